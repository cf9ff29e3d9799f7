"""The window's first focus, before the first paint, makes no Python types: the window
asks Qt by class name whether a focused widget is a text field (see MainWindow.eventFilter)."""

from __future__ import annotations

from pathlib import Path

from app_probe import run_probe

PROBE = """
import sys

from netdesk import app

def first_paint(window):
    from PySide6 import QtWidgets
    from PySide6.QtWidgets import QApplication

    made = [n for n in ("QAbstractSpinBox", "QTextEdit", "QPlainTextEdit") if n in vars(QtWidgets)]
    focus = QApplication.focusWidget()
    print("painted", made, focus is not None and window.isAncestorOf(focus), flush=True)
    QApplication.instance().quit()

sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""


def test_the_first_focus_makes_no_types_for_text_fields_the_window_does_not_show(
    tmp_data_dir: Path,
) -> None:
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    result = run_probe(PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["painted [] True"], result.stderr
