"""What the first pair's details need (the merge dialog's "loses" wording) is loaded by the
search's worker, not by the window as the list arrives (75 ms of its time on the first
pair of the 100,000-contact copy)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys, threading, time
from pathlib import Path
from PySide6.QtWidgets import QApplication

app = QApplication([])
from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog
import datetime as dt

assert "netdesk.ui.merge_dialog" not in sys.modules
importers = []

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "netdesk.ui.merge_dialog":
            importers.append(threading.current_thread() is threading.main_thread())
        return None

sys.meta_path.insert(0, Watch())
folder = Path(sys.argv[1])
core = Core.open(Paths(folder), FixedClock(dt.datetime(2026, 3, 2, 9)))
for title in ("CTO", "CEO"):
    core.contacts.create(Contact(given_name="Ana", title=title, emails=[EmailAddress("a@x.org")]))
context = AppContext.create(Paths(folder), core, folder / "netdesk.log")
dialog = DuplicatesDialog(context)
dialog.show()
while dialog.operation is None or dialog.operation.running or not dialog.not_kept.text():
    app.processEvents()
    time.sleep(0.01)
print(dialog.not_kept.text().splitlines()[0])
print("window imported it:", any(importers))
dialog.done(0)
core.close()
"""


def test_the_first_pairs_details_are_not_loaded_by_the_window(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    said, window = result.stdout.splitlines()[-2:]
    assert said == "Keeping the first loses: Job title “CEO”."
    assert window == "window imported it: False"
