"""What the status bar says once File > Restore from backup is done: the backup by its file
name (as the start-up rescue says it), and where the data it replaced was kept. With both
full paths the message ran past the status bar's "follow-ups due" on a 1280-pixel screen and
the kept copy's name, the part to remember, was cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_restore_dialog import back_up, restore_first_to_the_end, window  # noqa: F401

from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_restored_backup_is_named_by_its_file_name_and_the_kept_copy_by_its_path(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811  (the fixture of test_restore_dialog)
    person,  # type: ignore[no-untyped-def]
) -> None:
    person("Ana")
    made = back_up(window, qtbot)
    answers = restore_first_to_the_end(qtbot, window)
    answers.stop()
    (kept,) = Path(made.parent).glob("before-restore-*.sqlite3")
    assert window.statusBar().currentMessage() == (
        f"Restored {made.name}. The previous database was kept as {kept}."
    )
