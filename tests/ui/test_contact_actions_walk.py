"""The Contact menu's actions as a new user meets them: what is current after a delete."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from modal_answers import ModalAnswers
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def say_yes() -> Iterator[ModalAnswers]:
    answers = ModalAnswers("Delete")  # the confirmation's own button
    yield answers
    answers.stop()


def test_deleting_the_current_contact_moves_on_to_the_next_one(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext, say_yes
) -> None:  # type: ignore[no-untyped-def]
    """As archiving does, and as a mail program does: the card stood empty and greyed, nothing
    selected, and the next Delete did nothing."""
    ana, berta, carla = (person(n) for n in ("Ana", "Berta", "Carla"))
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(berta)
    main_window.delete_action.trigger()
    assert len(say_yes.seen) == 1
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 2)
    assert main_window.contacts.current_id() == carla
    assert main_window.selected_contact_ids() == [carla]
    qtbot.waitUntil(lambda: main_window.card.contact_id() == carla)
    main_window.delete_action.trigger()  # the next Delete deletes the next one
    qtbot.waitUntil(lambda: main_window.contacts.current_id() == ana)
    assert app_context.core.contacts.get(carla) is None


def test_a_cancelled_delete_keeps_the_contact_current(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    ids = [person(n) for n in ("Ana", "Berta", "Carla")]
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ids[1])
    answers = ModalAnswers("Cancel")
    main_window.delete_action.trigger()
    answers.stop()
    assert answers.titles == ["Delete contacts"]
    app_context.changes.contacts_changed.emit(None)  # a write elsewhere meanwhile
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 3)
    assert main_window.contacts.current_id() == ids[1]
