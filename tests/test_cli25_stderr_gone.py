"""netdesk-cli whose stderr is a pipe nobody reads any more (`2>&1 | head -1` took its line,
a log reader quit): the exit code says how the command went, and stdout is whole. A closed
stdout is still exit 141, the output being cut short. Real processes, real closed pipes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.test_cli import ok, run


def run_into_closed_pipe(
    data_dir: Path, stream: str, *args: str
) -> subprocess.CompletedProcess[bytes]:
    """``netdesk-cli --data-dir DATA_DIR ARGS`` with ``stream`` ("stdout" or "stderr") a pipe
    whose reading end is closed before it starts; the other stream is captured."""
    reading, writing = os.pipe()
    os.close(reading)
    try:
        command = [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args]
        closed = {stream: writing}
        other = "stderr" if stream == "stdout" else "stdout"
        return subprocess.run(
            command, timeout=60, check=False, **closed, **{other: subprocess.PIPE}
        )
    finally:
        os.close(writing)


def test_add_that_notes_a_namesake_exits_0_with_its_id(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    result = run_into_closed_pipe(tmp_data_dir, "stderr", "add", "--name", "Ana Muñoz")
    assert result.returncode == 0  # was 141: the note on the namesake met the closed pipe
    assert result.stdout == b"2\n"
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 2  # added once


def test_a_search_that_finds_nobody_exits_1_as_always(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    result = run_into_closed_pipe(tmp_data_dir, "stderr", "search", "nobody")
    assert (result.returncode, result.stdout) == (1, b"")  # was 141


def test_the_more_matches_note_leaves_the_output_whole(tmp_data_dir: Path) -> None:
    for name in ("Ana Muñoz", "Ana Gil", "Ana Ruiz"):
        ok(tmp_data_dir, "add", "--name", name)
    result = run_into_closed_pipe(tmp_data_dir, "stderr", "--json", "search", "ana", "--limit", "2")
    assert result.returncode == 0
    assert [c["display_name"] for c in json.loads(result.stdout)] == ["Ana Gil", "Ana Muñoz"]


def test_an_export_to_stdout_with_progress_is_whole(tmp_data_dir: Path) -> None:
    for name in ("Ana Muñoz", "Bob Stone"):
        ok(tmp_data_dir, "add", "--name", name)
    result = run_into_closed_pipe(tmp_data_dir, "stderr", "export", "--out", "-", "--progress")
    assert result.returncode == 0  # the progress and the summary went to the closed pipe
    assert result.stdout.decode("utf-8").count("BEGIN:VCARD") == 2
    assert result.stdout.endswith(b"END:VCARD\r\n")


def test_an_error_is_still_exit_1(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    result = run_into_closed_pipe(tmp_data_dir, "stderr", "show", "99")
    assert (result.returncode, result.stdout) == (1, b"")


def test_a_closed_stdout_is_still_141(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    result = run_into_closed_pipe(tmp_data_dir, "stdout", "stats")
    assert result.returncode == 141
    assert result.stderr == b""  # no message, no traceback: the reader had what it wanted
    assert run(tmp_data_dir, "stats").returncode == 0
