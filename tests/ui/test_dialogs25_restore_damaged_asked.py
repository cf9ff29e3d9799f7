"""File > Restore from backup…: a backup damaged past its contacts is found so while its
question is read, and refused there, in the user's words: it was counted, asked about, and
refused only once the user had agreed and the window had gone grey for the restore, in
SQLite's English ("Page 3: btreeInitPage() returns error code 11")."""

from __future__ import annotations

import time

import pytest
from backup_files import damaged_copy
from modal_answers import ModalAnswers
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from test_restore_dialog import back_up, listed, window  # noqa: F401  (fixture)

from netdesk.core import backups
from netdesk.ui.main_window import MainWindow
from netdesk.ui.restore_dialog import open_restore

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class ReadingAnswers(ModalAnswers):
    """Reads the question for up to 3 s once its counts are in, then answers Cancel; every
    other box is answered OK."""

    def __init__(self) -> None:
        super().__init__("OK")
        self.reading_since: float | None = None
        self.questions_cancelled = 0

    def answer(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox) and widget.objectName() == "confirmRestore":
            if "counting…" in widget.text() or not widget.isVisible():
                return
            if self.reading_since is None:
                self.reading_since = time.monotonic()
            if time.monotonic() - self.reading_since < 3:
                return
            self.questions_cancelled += 1
            widget.reject()
            return
        super().answer()


def test_a_damaged_backup_is_refused_while_its_question_is_read(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    person,  # type: ignore[no-untyped-def]
) -> None:
    for n in range(300):
        person(f"Person {n:03}", notes="x" * 200)
    made = back_up(window, qtbot)
    bad = damaged_copy(made, made.with_name("netdesk-20260301-080000.sqlite3"))
    made.unlink()
    assert backups.contact_counts(bad)[0] == 300  # its contacts read fine: it is asked about
    before = listed(window)
    dialog = open_restore(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.listing.reading())
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    answers = ReadingAnswers()
    started: list[object] = []
    dialog.restore_started.connect(started.append)
    dialog.restore_button.click()
    answers.stop()
    assert answers.questions_cancelled == 0, "the question stayed, damaged backup and all"
    assert "is not a netdesk backup, or it is damaged" in answers.texts()
    assert str(bad) in answers.texts()
    assert started == []
    assert listed(window) == before
