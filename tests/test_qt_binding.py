"""The Qt binding netdesk depends on keeps Python's singletons alive (PySide6 6.12 did not)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QStandardItemModel

class Emitter(QObject):
    changed = Signal(object)

app = QCoreApplication([])
emitter = Emitter()
emitter.changed.connect(lambda value: None)
model = QStandardItemModel(1, 1)
for _ in range(20000):
    emitter.changed.emit(None)
    model.index(0, 0).data()
print("alive")
"""


def test_many_signal_emits_and_empty_reads_do_not_abort() -> None:
    # PySide6 6.12.0 on Python 3.11 returned references it never took to None/True/False,
    # aborting CPython after a few thousand emits; pyproject.toml excludes it.
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"
