"""netdesk-cli writing into a full disk (a redirection to /dev/full): one line naming the
output, exit code 1, never a bare "[Errno 28]" nor a traceback."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import ok
from tests.test_cli_errors import cli_log_handlers  # noqa: F401  (a fixture)

OUTPUT = "cannot write the output (standard output): No space left on device"


def _into_full_disk(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    with open("/dev/full", "w", encoding="utf-8") as full:
        return subprocess.run(
            [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=60, check=False,
        )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["stats"], OUTPUT),
        (["--json", "show", "1"], OUTPUT),
        (["export", "--out", "-"], "cannot write standard output: No space left on device"),
    ],
)  # fmt: skip
def test_output_into_a_full_disk_is_named(tmp_data_dir: Path, args: list[str], said: str) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    result = _into_full_disk(tmp_data_dir, *args)
    assert (result.returncode, result.stderr) == (1, f"netdesk-cli: error: {said}\n")


def test_output_failing_at_the_last_flush_is_named(
    tmp_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    cli_log_handlers: None,  # noqa: F811
) -> None:
    """A short output waits in the buffer until main() flushes it, after the command."""
    from netdesk import cli

    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    full = io.TextIOWrapper(io.BufferedWriter(io.FileIO("/dev/full", "w"), 1 << 16))
    monkeypatch.setattr(sys, "stdout", full)
    assert cli.main(["--data-dir", str(tmp_data_dir), "stats"]) == 1
    assert capsys.readouterr().err == f"netdesk-cli: error: {OUTPUT}\n"
