"""A second ``netdesk FILE`` launch hands the file to the running netdesk and exits at once;
the running one imports it (checked in the database). Real processes under Xvfb."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
REPO = Path(__file__).resolve().parents[2]


def _count(database: Path, sql: str) -> int:
    if not database.exists():
        return -1
    with sqlite3.connect(database) as connection:
        try:
            return int(connection.execute(sql).fetchone()[0])
        except sqlite3.OperationalError:
            return -1


def _wait_for(predicate, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)  # polling a real process: no clock to inject across processes
    return False


def test_second_launch_hands_the_file_over(display: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    env.pop("NETDESK_DATA_DIR", None)
    card = tmp_path / "ana.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Handover\r\nEMAIL:ana@handover.example\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    first = subprocess.Popen(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data)], cwd=REPO, env=env
    )
    try:
        database = data / "netdesk.sqlite3"
        assert _wait_for(lambda: _count(database, "SELECT count(*) FROM contact") == 0, 30)
        time.sleep(1.0)  # let the first instance start listening after opening the database
        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "netdesk", "--data-dir", str(data), str(card)],
            cwd=REPO, env=env, timeout=30, capture_output=True, text=True,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 10
        assert first.poll() is None  # the first one is still running
        # the running window shows the preview; the file reaches it either way, and with
        # the preview accepted (or hand-over importing directly) the contact appears
        found = _wait_for(
            lambda: _count(
                database, "SELECT count(*) FROM email WHERE value_folded = 'ana@handover.example'"
            ) == 1,
            20,
        )  # fmt: skip
        if not found:
            subprocess.run(["xdotool", "key", "--clearmodifiers", "Return"], env=env, check=False)
            found = _wait_for(
                lambda: _count(
                    database,
                    "SELECT count(*) FROM email WHERE value_folded = 'ana@handover.example'",
                ) == 1,
                20,
            )  # fmt: skip
        assert found
    finally:
        first.terminate()
        first.wait(20)
