"""The real netdesk in a real XEmbed tray (trayer) under Xvfb, the tray's panel quitting
while netdesk runs: closing the window then quits netdesk (it hid into the tray that was
gone, running on unseen); a panel started again gets the icon back, and closing hides
netdesk into it as before."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import subprocess
from pathlib import Path

import pytest
from test_tray_e2e import embedded_icon, launch, log_lines, open_tray_menu, top_windows, wait_for, x

pytestmark = pytest.mark.e2e


def start_panel(display: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "120",
         "--heighttype", "pixel", "--height", "32"],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _Event(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


def close_window(display: str, window: int) -> None:
    """What a window manager does on the title bar's close button: a WM_DELETE_WINDOW
    message to the window (Xvfb has no window manager, and xdotool's windowclose destroys
    the window instead of asking it to close)."""
    found = ctypes.util.find_library("X11")
    assert found, "libX11 is missing"
    x11 = ctypes.CDLL(found)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(_Event)
    ]  # fmt: skip
    x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.encode())
    assert connection, f"cannot open {display}"
    try:
        event = _Event()
        event.xclient.type = 33  # ClientMessage
        event.xclient.window = window
        event.xclient.message_type = x11.XInternAtom(connection, b"WM_PROTOCOLS", 0)
        event.xclient.format = 32
        event.xclient.data[0] = x11.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
        assert x11.XSendEvent(connection, window, 0, 0, ctypes.byref(event))
        x11.XFlush(connection)
    finally:
        x11.XCloseDisplay(connection)


def main_window(display: str) -> int | None:
    """netdesk's main window while it is on screen (its title starts with "netdesk")."""
    found = x(display, "xdotool", "search", "--onlyvisible", "--name", "^netdesk").split()
    return int(found[0]) if found else None


def started_in_a_tray(display: str, tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    data = tmp_path / "data"
    data.mkdir()
    # no quiet hours; the close-to-tray news told already (its box would wait for a click)
    (data / "settings.ini").write_text(
        "[reminders]\nquiet_start=00:00\nquiet_end=00:00\n[app]\nclose_to_tray_told=true\n"
    )
    app = launch(display, tmp_path, data)
    assert wait_for(lambda: embedded_icon(display), 60), "no icon embedded in trayer"
    assert wait_for(
        lambda: any("tray started (system tray available)" in s for s in log_lines(data)), 20
    )
    assert wait_for(lambda: main_window(display), 20), "the window did not show"
    return app, data


def test_closing_quits_netdesk_once_its_tray_is_gone(display: str, tmp_path: Path) -> None:
    panel = start_panel(display)
    app = None
    try:
        assert wait_for(lambda: x(display, "xwininfo", "-root", "-tree").count("trayer"), 10)
        app, data = started_in_a_tray(display, tmp_path)
        panel.terminate()  # the panel quits (or crashes) while netdesk runs
        panel.wait(10)
        window = main_window(display)
        assert window is not None
        close_window(display, window)
        quit_ = wait_for(lambda: app.poll() is not None, 20)
        assert quit_, "netdesk hid into a tray that is gone, and ran on unseen"
        assert app.returncode == 0
        assert any("the system tray went away" in line for line in log_lines(data))
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.wait(10)
        if panel.poll() is None:
            panel.terminate()
            panel.wait(10)


def test_a_panel_started_again_takes_netdesk_back_in(display: str, tmp_path: Path) -> None:
    panel = start_panel(display)
    app = None
    try:
        assert wait_for(lambda: x(display, "xwininfo", "-root", "-tree").count("trayer"), 10)
        app, data = started_in_a_tray(display, tmp_path)
        panel.terminate()
        panel.wait(10)
        assert wait_for(
            lambda: any("the system tray went away" in s for s in log_lines(data)), 20
        ), "netdesk did not notice the tray had gone"
        panel = start_panel(display)  # the panel is back: the icon goes into it again
        assert wait_for(lambda: embedded_icon(display), 20), "no icon in the panel started again"
        assert wait_for(lambda: any("a system tray came up" in s for s in log_lines(data)), 20)
        window = main_window(display)
        assert window is not None
        close_window(display, window)
        assert wait_for(lambda: main_window(display) is None, 10), "the window did not hide"
        assert any("window closed to the tray" in line for line in log_lines(data))
        assert app.poll() is None, "closing quit netdesk though the tray is back"
        # and the icon is the way in again: Quit from its menu ends netdesk
        mx, my, mw, mh = open_tray_menu(display, set(top_windows(display)))
        x(display, "xdotool", "mousemove", str(mx + mw - 30), str(my + mh - 12), "click", "1")
        assert app.wait(20) == 0
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.wait(10)
        if panel.poll() is None:
            panel.terminate()
            panel.wait(10)
