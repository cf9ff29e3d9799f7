"""File > Restore from backup… > Choose a file…: the database in use chosen instead of a
backup is refused before the question."""

from __future__ import annotations

from modal_answers import ModalAnswers
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation
from netdesk.ui.restore_dialog import RestoreDialog


def test_the_database_in_use_is_refused_before_the_question(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    person("Ana")
    dialog = RestoreDialog(main_window)
    qtbot.addWidget(dialog)
    answers = ModalAnswers("Restore")  # the question, were it asked, would be answered yes
    try:
        assert dialog.restore(app_context.paths.database) is None
    finally:
        answers.stop()
    assert "is the database netdesk uses, not a backup of it" in answers.texts()
    assert "Replace all your contacts" not in answers.texts()
    assert not Operation.running_now()
    assert main_window.isEnabled() and main_window.pages.isEnabled()
