"""The Contact menu's actions as a new user meets them: what is current after a delete."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    return asked


def test_deleting_the_current_contact_moves_on_to_the_next_one(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext, say_yes
) -> None:  # type: ignore[no-untyped-def]
    """As archiving does, and as a mail program does: the card stood empty and greyed, nothing
    selected, and the next Delete did nothing."""
    ana, berta, carla = (person(n) for n in ("Ana", "Berta", "Carla"))
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(berta)
    main_window.delete_action.trigger()
    assert len(say_yes) == 1
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 2)
    assert main_window.contacts.current_id() == carla
    assert main_window.selected_contact_ids() == [carla]
    qtbot.waitUntil(lambda: main_window.card.contact_id() == carla)
    main_window.delete_action.trigger()  # the next Delete deletes the next one
    qtbot.waitUntil(lambda: main_window.contacts.current_id() == ana)
    assert app_context.core.contacts.get(carla) is None


def test_a_cancelled_delete_keeps_the_contact_current(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ids = [person(n) for n in ("Ana", "Berta", "Carla")]
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ids[1])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    main_window.delete_action.trigger()
    app_context.changes.contacts_changed.emit(None)  # a write elsewhere meanwhile
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 3)
    assert main_window.contacts.current_id() == ids[1]
