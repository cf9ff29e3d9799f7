"""netdesk-cli import reads a pipe given by its name as it reads `-`: `import <(curl …)`
(/dev/fd/63), `import /dev/stdin` and a named pipe were refused as "not a regular file (a
device or a pipe)". Real pipes, real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from tests.test_cli import ok

CARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Gil\r\nN:Gil;Ana;;;\r\nEND:VCARD\r\n"
TABLE = b"First Name,Last Name,E-mail Address\nBen,Ortiz,ben@example.org\n"


def _import(data_dir: Path, *files: str, stdin: bytes | None = None) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), "--json", "import",
         *files],
        input=stdin, capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    said: dict[str, object] = json.loads(result.stdout)
    return said


def test_dev_stdin_from_a_pipe_is_read(tmp_data_dir: Path) -> None:
    said = _import(tmp_data_dir, "/dev/stdin", stdin=CARD)
    assert (said["new"], said["problems"]) == (1, [])
    assert "Ana Gil" in ok(tmp_data_dir, "search", "gil")


def test_a_named_pipe_and_a_file_are_read_together(tmp_data_dir: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "contacts.csv"
    os.mkfifo(fifo)
    card = tmp_path / "ana.vcf"
    card.write_bytes(CARD)

    def write() -> None:
        with fifo.open("wb") as pipe:  # waits for the import to open it
            pipe.write(TABLE)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    said = _import(tmp_data_dir, str(fifo), str(card))
    writer.join(10)
    assert (said["new"], said["problems"]) == (2, [])
    found = json.loads(ok(tmp_data_dir, "--json", "search", "ortiz"))
    assert [c["emails"] for c in found] == [["ben@example.org"]]
