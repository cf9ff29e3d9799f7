"""netdesk-cli on a full disk: the message names the file that could not be written, not
standard output (which it blamed for any "no space" error that named no file); and `import -`
with standard input closed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.test_cli import ok
from tests.test_cli_signals import ROOT, no_room_to_grow


def _cli(
    data_dir: Path, *args: str, stdin: bytes, env: dict[str, str]
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args],
        input=stdin, capture_output=True, preexec_fn=no_room_to_grow, cwd=ROOT,
        env={**os.environ, **env}, timeout=120, check=False,
    )  # fmt: skip


def test_import_from_standard_input_on_a_full_disk_names_the_file_it_kept(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    """`import -` keeps standard input in a temporary file for the readers: on a full /tmp
    that said "cannot write the output (standard output): File too large"."""
    ok(tmp_data_dir, "add", "--name", "Already Here")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    card = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Gil\r\nNOTE:"
        + b"x" * 2_500_000
        + b"\r\nEND:VCARD\r\n"
    )
    result = _cli(tmp_data_dir, "import", "-", stdin=card, env={"TMPDIR": str(temporary)})
    assert result.returncode == 1
    said = result.stderr.decode("utf-8")
    start = f"netdesk-cli: error: cannot keep standard input in {temporary}/netdesk-import-"
    assert said.startswith(start), said
    assert said.endswith(
        "/standard-input.vcf to read it: File too large (TMPDIR may name a folder with more "
        "room); nothing was imported\n"
    ), said
    assert list(temporary.iterdir()) == []  # the partial copy is gone with its folder
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 1


def test_import_from_a_closed_standard_input_is_said(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Already Here")
    result = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(tmp_data_dir), "import", "-"],
        capture_output=True, preexec_fn=lambda: os.close(0), cwd=ROOT, timeout=60,
        check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr.decode()) == (
        1,
        "netdesk-cli: error: standard input is closed: give the contacts' file instead of -\n",
    )
