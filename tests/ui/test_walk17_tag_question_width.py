"""Ctrl+T's question is as wide as Manage tags' Rename: at 200 pixels a new tag of a few
words scrolled out of its field as it was typed ("Speakers at the Mad")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui import contact_actions

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize("known", [[], ["client", "investor"]])
def test_a_tag_of_a_few_words_shows_whole_as_it_is_typed(qtbot: QtBot, known: list[str]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    dialog = contact_actions.tag_dialog(window, 3, known)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    with qtbot.waitExposed(dialog):
        dialog.show()
    # the field typed in: the tags' combo box's, or a plain field when there are none yet
    (field,) = [f for f in dialog.findChildren(QLineEdit) if f.isVisible()]
    typed = "Speakers at the Madrid conference"
    field.setText(typed)
    assert field.width() > field.fontMetrics().horizontalAdvance(typed)
    assert dialog.textValue() == typed
