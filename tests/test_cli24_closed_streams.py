"""netdesk-cli with its standard output or error closed by the shell (`>&-`, `2>&-`): no
note in the output a script reads, no traceback, nothing done that could not be said."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.test_cli import ok, run


def run_closed(data_dir: Path, closed: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``netdesk-cli --data-dir DATA_DIR ARGS`` with the descriptor ``closed`` ("1" or "2")
    closed, as `sh -c '… 2>&-'` runs it."""
    return subprocess.run(
        ["sh", "-c", f'exec "$0" "$@" {closed}>&-', sys.executable, "-m", "netdesk.cli",
         "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_with_stderr_closed_a_search_that_finds_nobody_prints_nothing(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    result = run_closed(tmp_data_dir, "2", "search", "nobody")
    assert result.returncode == 1
    assert result.stdout == ""  # the note went there: `if [ -z "$(search …)" ]` was fooled


def test_with_stderr_closed_the_more_results_note_stays_out_of_the_json(
    tmp_data_dir: Path,
) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    result = run_closed(tmp_data_dir, "2", "--json", "search", "ana", "--limit", "1")
    assert result.returncode == 0
    assert len(json.loads(result.stdout)) == 1


def test_with_stderr_closed_an_export_with_progress_is_written(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    target = tmp_data_dir.parent / "out.vcf"
    result = run_closed(tmp_data_dir, "2", "export", "--out", str(target), "--progress")
    assert result.returncode == 0  # was 1: "unexpected AttributeError" (no stderr to report on)
    assert "Ana Muñoz" in target.read_text(encoding="utf-8")


def test_with_stdout_closed_add_adds_nobody_and_says_why(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    result = run_closed(tmp_data_dir, "1", "--json", "add", "--name", "Bob Stone")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "netdesk-cli: error: standard output is closed (>&-); redirect it to /dev/null to "
        "drop the output; nothing was done"
    ]
    # Bob was added, then his id could not be said (the script saw only a failure)
    assert run(tmp_data_dir, "search", "bob").returncode == 1
