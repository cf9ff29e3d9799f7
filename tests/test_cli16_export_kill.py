"""netdesk-cli export stopped by a kill or a closed terminal leaves no file behind."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.test_cli_signals import (  # noqa: F401  (fixtures)
    CARDS,
    ROOT,
    big_data_dir,
    big_vcf,
    command,
)


def _export_until(data_dir: Path, target: Path, stop: int, **options: object) -> list[str]:
    """Export to ``target``, sending ``stop`` once the first chunk is written; its stderr."""
    process = subprocess.Popen(
        command(data_dir, "export", "--out", str(target), "--progress"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        **options,  # type: ignore[call-overload]
    )  # fmt: skip
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if f"exporting 1000/{CARDS} contacts" in line:
            process.send_signal(stop)
            break
    seen += process.stderr.readlines()
    process.wait(timeout=120)
    seen.append(f"exit {process.returncode}")
    return seen


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP])
def test_a_kill_during_an_export_leaves_the_old_file_and_no_partial_one(
    big_data_dir: Path,  # noqa: F811
    tmp_path: Path,
    stop: int,
) -> None:
    """`timeout 60 netdesk-cli export …`, a service stopped, a terminal closed: the process
    ended where it stood and its hidden .part file (megabytes of contacts) stayed beside
    the target for good."""
    out = tmp_path / "exported"
    out.mkdir()
    target = out / "all.vcf"
    target.write_text("the export of last week\n", encoding="utf-8")
    said = _export_until(big_data_dir, target, stop)
    assert said[-2:] == [f"netdesk-cli: interrupted; {target} was not written\n", "exit 130"]
    assert target.read_text(encoding="utf-8") == "the export of last week\n"
    assert [p.name for p in out.iterdir()] == ["all.vcf"]


def test_an_export_under_nohup_goes_on_when_the_terminal_closes(
    big_data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    target = tmp_path / "all.vcf"
    said = _export_until(
        big_data_dir,
        target,
        signal.SIGHUP,
        preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN),
    )
    assert said[-1] == "exit 0"
    assert target.read_text(encoding="utf-8").count("BEGIN:VCARD") == CARDS


def test_a_kill_ends_an_export_blocked_on_a_pipe_nobody_reads(
    big_data_dir: Path,  # noqa: F811
) -> None:
    """`timeout 60 netdesk-cli export --out - | stalled-reader`: with the kill only asking
    for a stop at the next safe point, the process blocked writing into the full pipe
    never reached one, and outlived its timeout. Streamed output leaves no file to clean up:
    a kill ends it."""
    process = subprocess.Popen(
        command(big_data_dir, "export", "--out", "-"),
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT,
    )  # fmt: skip
    try:
        wchan = Path(f"/proc/{process.pid}/wchan")
        deadline = time.monotonic() + 60
        while "pipe_write" not in wchan.read_text():  # blocked on the full pipe (64 KB)
            assert time.monotonic() < deadline, "the export never filled its pipe"
            assert process.poll() is None
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("the export blocked on its output outlived the kill")
    finally:
        process.kill()
        process.wait()
        assert process.stdout is not None
        process.stdout.close()
    assert process.returncode == -signal.SIGTERM
