"""A real X server for end-to-end tests (tests/ is on sys.path through its conftest)."""

from __future__ import annotations

import os
import shutil
import subprocess

SCREEN = ("-screen", "0", "1280x800x24")


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A real X server on a free display (Xvfb picks it and reports it through -displayfd).

    ``-noreset``: without it the server resets whenever its last client disconnects, and a
    client connecting during that reset (netdesk right after an xdotool call) fails to open
    the display.
    """
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: apt-get install xvfb (./dev test installs it)"
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-nolisten", "tcp", "-noreset", *SCREEN],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        number = reader.readline().strip()
    assert number, "Xvfb did not report a display"
    return server, f":{number}"


def stop_xvfb(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    server.wait(timeout=30)
