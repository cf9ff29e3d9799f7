"""Find duplicates imports its name comparisons (core.names_alike, rapidfuzz) on the search's
worker, not on the window's thread as the dialog opens: with the dialog's module they took
the window 15 ms (40 ms without compiled files) before it first showed. Run in a fresh
interpreter: the other tests may have imported them already."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path

    WATCHED = ("netdesk.core.names_alike", "rapidfuzz")
    imported = {}  # module -> the thread it was imported on


    class Watch:
        def find_spec(self, name, path=None, target=None):
            if name in WATCHED:
                imported.setdefault(name, threading.current_thread() is threading.main_thread())
            return None


    sys.meta_path.insert(0, Watch())

    from PySide6.QtWidgets import QApplication

    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact, EmailAddress
    from netdesk.ui.context import AppContext
    from netdesk.ui.operations import Operation

    app = QApplication([])
    folder = Path(sys.argv[1])
    core = Core.open(Paths(folder))
    for given in ("Ana", "Ana", "Luis"):
        core.contacts.create(
            Contact(given_name=given, family_name="Ruiz", emails=[EmailAddress("ana@x.org")])
        )
    context = AppContext.create(Paths(folder), core, folder / "netdesk.log")
    from netdesk.ui.duplicates_dialog import DuplicatesDialog

    dialog = DuplicatesDialog(context)
    dialog.show()
    app.processEvents()
    while dialog.operation.running:
        Operation.pool().waitForDone(50)
        app.processEvents()
    print("on the window's thread:", ",".join(n for n, main in sorted(imported.items()) if main))
    print("on a worker:", ",".join(n for n, main in sorted(imported.items()) if not main))
    print("rows:", dialog.table.rowCount())
    dialog.reject()
    Operation.pool().waitForDone()
    core.close()
    """
)


def test_the_name_comparisons_are_imported_on_the_search_worker(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    said = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
    assert said["on the window's thread"] == ""
    assert said["on a worker"] == "netdesk.core.names_alike,rapidfuzz"
    assert said["rows"] == "1"  # the search found the pair (Ana and Ana)
