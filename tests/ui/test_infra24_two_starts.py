"""Two netdesk windows started on one folder at the same moment (a double click, a second
click while the first is slow): the real app, twice. One runs; the other hands over to it
and stops, having waited for the first one's name, never for the lock's 30 s, and never
starting a second window beside it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.paths import Paths

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 120  # for a loaded machine; the lock's own wait (30 s) is told by its warning


def _both_at_once(data_dir: Path, tmp_path: Path) -> tuple[list[int | None], str]:
    """(each launch's exit code once one has ended, None for one still running; the log)."""
    temp = tmp_path / "tmp"  # the single-instance socket and lock: this test's own
    temp.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(temp), PYTHONPATH=str(ROOT))
    launches = [
        subprocess.Popen(
            [sys.executable, "-m", "netdesk", "--data-dir", str(data_dir)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for _launch in range(2)
    ]
    try:
        deadline = time.monotonic() + WAIT_S
        while all(launch.poll() is None for launch in launches):
            assert time.monotonic() < deadline, "neither launch handed over"
            time.sleep(0.05)
        time.sleep(1)  # the other one goes on running (a second one ending would be wrong)
        codes = [launch.poll() for launch in launches]
    finally:
        for launch in launches:
            if launch.poll() is None:
                launch.kill()
            launch.communicate(timeout=60)
    return codes, (data_dir / "logs" / "netdesk.log").read_text()


@pytest.mark.parametrize("database", ["made", "none yet"])
def test_two_windows_started_at_once_make_one_netdesk(
    tmp_data_dir: Path, tmp_path: Path, database: str
) -> None:
    """With a database, each start paints first and takes the name after (holding the
    lock); with none yet, each takes it before making the database."""
    if database == "made":
        Core.open(Paths(tmp_data_dir)).close()
    codes, log = _both_at_once(tmp_data_dir, tmp_path)
    assert sorted(codes, key=str) == [0, None]  # one handed over (0), one runs
    assert log.count("netdesk starting, data folder") == 2
    assert log.count("another netdesk took over 0 file(s)") == 1
    assert "lock is held; going on" not in log  # it never waited the lock out
    assert "another netdesk answers on" not in log  # nor did the first find a second
