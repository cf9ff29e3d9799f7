"""A second ``netdesk FILE`` launch hands the file to the running netdesk and exits at once;
the running one imports it (checked in the database). Real processes under Xvfb."""

from __future__ import annotations

import os
import signal
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


def _netdesk(data: Path, env: dict[str, str], *files: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data), *map(str, files)],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _card(folder: Path, name: str) -> Path:
    card = folder / f"{name}.vcf"
    card.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{name}@e2e.example\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    return card


def test_two_launches_at_the_same_moment_make_one_netdesk(display: str, tmp_path: Path) -> None:
    """Two files opened at once (two launches): both ran a window on one database."""
    data = tmp_path / "data"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    env.pop("NETDESK_DATA_DIR", None)
    launches = [_netdesk(data, env, _card(tmp_path, name)) for name in ("ana", "ben")]
    try:
        assert _wait_for(lambda: any(p.poll() is not None for p in launches), 30)
        time.sleep(3)  # the other keeps running
        assert sorted(p.poll() is None for p in launches) == [False, True]
        assert [p.returncode for p in launches if p.poll() is not None] == [0]
    finally:
        for launch in launches:
            if launch.poll() is None:
                launch.terminate()
                launch.wait(20)


def test_a_netdesk_too_busy_to_answer_is_not_started_twice(display: str, tmp_path: Path) -> None:
    """A running netdesk that did not answer within 3 s (stopped here) got a second netdesk
    started beside it on the folder; now the launch leaves the files to it and exits."""
    data = tmp_path / "data"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    env.pop("NETDESK_DATA_DIR", None)
    first = _netdesk(data, env)
    try:
        database = data / "netdesk.sqlite3"
        assert _wait_for(lambda: _count(database, "SELECT count(*) FROM contact") == 0, 30)
        time.sleep(1.0)  # let it start listening
        first.send_signal(signal.SIGSTOP)
        try:
            second = _netdesk(data, env, _card(tmp_path, "cy"))
            try:
                assert second.wait(30) == 0
            finally:
                if second.poll() is None:  # a second netdesk, as before
                    second.kill()
                    second.wait(20)
        finally:
            first.send_signal(signal.SIGCONT)
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(20)
