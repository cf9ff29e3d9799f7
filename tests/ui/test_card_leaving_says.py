"""What the box says when a card with edits that cannot be saved is left."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_box_names_the_problem_once_and_how_many_more(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext, person, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    ana, ben = person("Ana"), person("Ben")
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    window = main_window
    window.open_contact(ana)
    card = window.card
    qtbot.keyClicks(card.met_on, "not a date")
    window.open_contact(ben)  # leaves the card: asked, Cancel
    (said,) = asked
    assert said.startswith("The changes to this contact cannot be saved: “not a date” is not")
    assert "Not saved" not in said  # it said "cannot be saved: Not saved: …"
    assert card.contact_id() == ana and card.dirty
    qtbot.keyClicks(card.birthday, "the 31st of Smarch")
    window.open_contact(ben)
    assert "(and 1 more shown on the card)" in asked[1]
    assert card.problem_label.text().startswith("Not saved: ")  # the card's own header
    # a stop names it in the log without the header's words either
    window.before_close = lambda event: True
    window.stop_now()
    assert f"unsaved edits to contact {ana} that cannot be saved: “not a date”" in caplog.text
    card.revert()  # closing the window at the test's end would ask
