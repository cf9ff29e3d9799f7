"""An unexpected error while netdesk starts, before its window exists: told and logged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BROKEN_START_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
import netdesk.core.rescue as rescue
import netdesk.ui.i18n as i18n
from netdesk import app

def first_read(path):
    raise RuntimeError("the first read tripped")

rescue.damage_seen = first_read  # a bug in a step before the window: the stand-in

def answer():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print("told", box.text(), "|", box.informativeText().replace(chr(10), " "), flush=True)
        box.done(0)

answering = QTimer()
answering.timeout.connect(answer)
installed = i18n.install_translators

def install(application):
    installed(application)
    answering.start(20)

i18n.install_translators = install
sys.exit(app.main(sys.argv[1:]))
"""


def test_an_error_before_the_window_exists_is_told_in_a_box_and_logged(
    tmp_data_dir: Path,
) -> None:
    """Launched from the desktop, netdesk ended without a word: the traceback went to a
    stderr nobody sees, and not even to the log."""
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    result = subprocess.run(
        [sys.executable, "-c", BROKEN_START_PROBE, "--data-dir", str(tmp_data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    log_file = tmp_data_dir / "logs" / "netdesk.log"
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "told An unexpected error happened: the first read tripped | "
        f"The details were written to the log: {log_file}"
    ], result.stderr
    assert "RuntimeError: the first read tripped" in log_file.read_text(encoding="utf-8")
