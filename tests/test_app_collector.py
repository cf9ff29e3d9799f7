"""Start-up holds Python's cyclic collector until the first page is painted, then gives it
back: the collections it made walked every new module, class and enum and freed nothing."""

from __future__ import annotations

from pathlib import Path

from app_probe import run_probe

PROBE = """
import gc
import sys

from netdesk import app

before = sum(generation["collections"] for generation in gc.get_stats())

def first_paint(window):
    during = sum(generation["collections"] for generation in gc.get_stats()) - before
    print("painted", during, flush=True)
    from PySide6.QtWidgets import QApplication

    QApplication.instance().quit()

code = app.main(sys.argv[1:], first_paint=first_paint)
print("returned", gc.isenabled(), flush=True)
sys.exit(code)
"""

EARLY_RETURN = """
import gc
import sys

from netdesk import app

code = app.main(sys.argv[1:] + ["--smoke-test", "/nonexistent/none.vcf"])
print("returned", code != 0, gc.isenabled(), flush=True)
"""


def test_no_collection_runs_before_the_first_paint_and_the_collector_is_back_after(
    tmp_data_dir: Path,
) -> None:
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    result = run_probe(PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["painted 0", "returned True"], result.stderr


def test_a_start_that_ends_early_gives_the_collector_back(tmp_data_dir: Path) -> None:
    result = run_probe(EARLY_RETURN, tmp_data_dir)
    assert result.stdout.splitlines() == ["returned True True"], result.stderr


EXIT_PROBE = """
import atexit
import gc
import sys

from netdesk import app

atexit.register(lambda: print("frozen at exit", gc.get_freeze_count() > 0, flush=True))
sys.argv = ["netdesk", *sys.argv[1:], "--smoke-test"]
app.run()
"""


def test_the_process_entry_leaves_what_main_left_out_of_the_last_collection(
    tmp_data_dir: Path,
) -> None:
    """``netdesk`` (app.run) freezes what is left once main() returns: Python's collection
    at exit walked it all, 0.25-2 s of a process whose window was gone."""
    result = run_probe(EXIT_PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "frozen at exit True", result.stdout


TRAY_PROBE = """
import gc
import sys

from PySide6 import QtWidgets

QtWidgets.QSystemTrayIcon.isSystemTrayAvailable = staticmethod(lambda: True)

from netdesk import app
from netdesk.ui import tray

started = tray.ReminderTray.start

def start(self):
    started(self)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look():
        print("in the tray", self.window.isVisible(), gc.isenabled(), flush=True)
        QApplication.instance().quit()

    QTimer.singleShot(0, look)

tray.ReminderTray.start = start
sys.exit(app.main(sys.argv[1:] + ["--minimized"]))
"""


def test_a_start_in_the_tray_gives_the_collector_back_without_a_paint(
    tmp_data_dir: Path,
) -> None:
    """Started in the tray (the login's autostart), the window is not painted until it is
    opened, maybe hours later: the collector is not held for that."""
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    result = run_probe(TRAY_PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["in the tray False True"], result.stderr
