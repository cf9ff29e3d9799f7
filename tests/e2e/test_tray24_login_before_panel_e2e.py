"""The real netdesk started at login (``--minimized``) a moment before the panel holding the
tray (trayer) under Xvfb: its window stays hidden, its icon comes into the tray, and the
"became due while netdesk was closed" message is shown there once the icon is."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_tray_e2e import REPO, embedded_icon, log_lines, top_windows, wait_for, x

from netdesk.core import Core
from netdesk.core.clock import SystemClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact

pytestmark = pytest.mark.e2e
TRAYER = ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width",
          "120", "--heighttype", "pixel", "--height", "32"]  # fmt: skip


def main_window_shown(display: str) -> bool:
    return bool(x(display, "xdotool", "search", "--onlyvisible", "--name", "^netdesk"))


def first_line(lines: list[str], text: str) -> int:
    return next((n for n, line in enumerate(lines) if text in line), -1)


def test_a_login_start_before_the_panel_stays_in_the_tray_and_tells_what_was_missed(
    display: str, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    # no quiet hours (any time of day); the close-to-tray news told already
    (data / "settings.ini").write_text(
        "[reminders]\nquiet_start=00:00\nquiet_end=00:00\n[app]\nclose_to_tray_told=true\n"
    )
    core = Core.open(Paths(data), SystemClock())
    yesterday = SystemClock().now() - dt.timedelta(days=1)
    for given in ("Ana", "Bruno"):  # due while logged out
        core.follow_ups.add(core.contacts.create(Contact(given_name=given)), yesterday, "Call")
    core.close()
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / ".config"),
        "PYTHONPATH": str(REPO),
    }
    command = [sys.executable, "-m", "netdesk", "--data-dir", str(data), "--minimized"]
    app = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    tray_host = None
    try:
        # 60 s: a loaded machine took 18-26 s to reach the database (a new one's migrations)
        assert wait_for(
            lambda: any("tray started (system tray missing)" in s for s in log_lines(data)), 60
        ), "netdesk did not start"
        time.sleep(1)  # the panel a second late, as at a login (no clock across processes)
        assert not main_window_shown(display), "the window of a start in the tray came up"
        before = set(top_windows(display))
        tray_host = subprocess.Popen(
            TRAYER,
            env={**os.environ, "DISPLAY": display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert wait_for(lambda: embedded_icon(display), 20), "no icon in the tray that came up"
        missed = "message: 2 follow-ups became due while netdesk was closed"
        assert wait_for(lambda: first_line(log_lines(data), missed) >= 0, 20), log_lines(data)
        lines = log_lines(data)
        assert first_line(lines, "a system tray came up") < first_line(lines, missed), (
            "the message was said before there was a tray to show it by: it was lost"
        )
        balloon = wait_for(
            lambda: [g for w, g in top_windows(display).items() if w not in before and g[3] < 300],
            10,
        )
        assert balloon, "no notification balloon appeared"
        x(display, "import", "-window", "root", str(tmp_path / "login.png"))
        assert not main_window_shown(display), "the window came up though the tray did"
        time.sleep(1)  # the wait for a tray is over: nothing shows the window later
        assert not main_window_shown(display)
        app.terminate()  # as a log out does
        assert app.wait(20) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
        if tray_host is not None:
            tray_host.terminate()
            tray_host.wait(10)
