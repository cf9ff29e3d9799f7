"""netdesk-cli import reads a pipe the shell hands over by its name as it reads `-`: `import
<(curl …)` (/dev/fd/63) and `import /dev/stdin` were refused as "not a regular file (a device
or a pipe)". A named pipe in a folder stays refused. Real pipes, real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from tests.test_cli import ok, run

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


def test_a_pipe_handed_over_as_dev_fd_is_read_with_a_file(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    """As the shell runs `netdesk-cli import <(curl …) ana.vcf`: a pipe's reading end open
    in the process, named /dev/fd/N, a program writing into the other end."""
    card = tmp_path / "ana.vcf"
    card.write_bytes(CARD)
    reading, writing = os.pipe()

    def write() -> None:
        with open(writing, "wb") as pipe:
            pipe.write(TABLE)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "netdesk.cli", "--data-dir", str(tmp_data_dir), "--json",
             "import", f"/dev/fd/{reading}", str(card)],
            pass_fds=(reading,), capture_output=True, timeout=60, check=False,
        )  # fmt: skip
    finally:
        os.close(reading)
        writer.join(10)
    assert result.returncode == 0, result.stderr
    said = json.loads(result.stdout)
    assert (said["new"], said["problems"]) == (2, [])
    found = json.loads(ok(tmp_data_dir, "--json", "search", "ortiz"))
    assert [c["emails"] for c in found] == [["ben@example.org"]]


def test_a_named_pipe_in_a_folder_is_still_refused_unread(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    """Nothing may ever write into it: read, the import waited forever (test_cli.py has the
    whole of it)."""
    fifo = tmp_path / "contacts.vcf"
    os.mkfifo(fifo)
    result = run(tmp_data_dir, "import", str(fifo))
    assert result.returncode == 1
    assert f"{fifo}:-: error: not a regular file (a device or a pipe)" in result.stdout
