"""netdesk-cli import - reads no more of standard input than an import takes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from netdesk.interop.problems import MAX_IMPORT_BYTES


def test_standard_input_over_the_limit_is_refused_without_reading_it_all(
    tmp_path: Path,
) -> None:
    """`cat backup.tar | netdesk-cli import -` read all of it into memory (500 MB: 525 MB
    resident) and wrote it to the temporary folder, only to refuse it as too big."""
    process = subprocess.Popen(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(tmp_path / "data"), "import",
         "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
    )  # fmt: skip
    assert process.stdin is not None
    block = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Gil\r\nEND:VCARD\r\n" * 20_000
    sent = 0
    try:
        while sent < 4 * MAX_IMPORT_BYTES:
            process.stdin.write(block)
            sent += len(block)
    except BrokenPipeError:  # it stopped reading: what is asked
        pass
    finally:
        try:
            process.stdin.close()
        except BrokenPipeError:
            pass
    assert process.stdout is not None and process.stderr is not None
    out, err = process.stdout.read(), process.stderr.read()
    process.wait(timeout=120)
    assert process.returncode == 1
    assert sent < 2 * MAX_IMPORT_BYTES
    assert err.decode() == (
        "netdesk-cli: error: standard input holds more than 64 MB, the most an import reads; "
        "nothing was imported\n"
    )
    assert out == b""
