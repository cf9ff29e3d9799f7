"""netdesk started on a database damaged past its first pages, on a desktop with no system
tray: start-up says one thing at a time. The "No system tray" note opened at once, and the
boxes that said the damage opened over it (or it over them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from backup_files import damaged_copy

PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
import netdesk.ui.i18n as i18n
from netdesk import app

def look():
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
             and w.isVisible()]
    if len(shown) > 1:
        print("together", " + ".join(sorted(w.windowTitle() for w in shown)), flush=True)
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isVisible():
        print("told", box.windowTitle(), flush=True)
        box.done(0)
        if box.windowTitle() == "No system tray":
            QTimer.singleShot(500, QApplication.quit)

looking = QTimer()
looking.timeout.connect(look)
installed = i18n.install_translators

def install(application):
    installed(application)
    looking.start(50)

i18n.install_translators = install
sys.exit(app.main(sys.argv[1:]))
"""


def test_the_damage_is_said_before_the_no_tray_note_and_never_beside_it(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact
    from netdesk.store import backup

    core = Core.open(Paths(tmp_path / "sound"))
    people = [core.contacts.create(Contact(given_name=f"Person {n:03}")) for n in range(100)]
    for n in range(600):  # the file's second half: journal pages, damaged below
        core.journal.log([people[n % 100]], "note", f"Talked {n}", body="x" * 500)
    made = backup.backup_to(tmp_path / "sound.sqlite3")
    core.close()
    damaged_copy(made, tmp_data_dir / "netdesk.sqlite3")  # its first pages read fine
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(tmp_data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),  # no system tray there
        check=False,
    )
    lines = result.stdout.splitlines()
    assert not [line for line in lines if line.startswith("together")], result.stdout
    told = [line.removeprefix("told ") for line in lines]
    assert "netdesk found damage in its database" in told, result.stdout + result.stderr
    assert told[-1] == "No system tray", result.stdout  # last, once the rest is answered
    assert told.count("No system tray") == 1
