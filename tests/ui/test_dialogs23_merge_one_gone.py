"""Merge two contacts of which one was deleted meanwhile says so, as its Merge button does."""

from __future__ import annotations

import pytest
from modal_answers import ModalAnswers
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.merge_dialog import merge_two


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_merge_two_with_one_deleted_meanwhile_says_why(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """netdesk-cli deleted one of the two selected before the list caught up: Ctrl+Shift+M
    did nothing at all, without a word."""
    contacts = app_context.core.contacts
    ana = contacts.create(Contact(given_name="Ana", family_name="García"))
    other = contacts.create(Contact(given_name="Ana", family_name="Garcia"))
    contacts.delete([other])  # as another program would
    answers = ModalAnswers("OK")
    with qtbot.waitSignal(app_context.changes.contacts_changed, timeout=5_000):
        assert merge_two(app_context, [ana, other], None) is None
    answers.stop()
    assert [text for text, _info, _default in answers.seen] == [
        "One of the two contacts has been deleted."
    ]
    assert contacts.get(ana) is not None
