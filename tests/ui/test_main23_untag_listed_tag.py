"""Untag… in the list of a tag offers that tag first: in the list of "friend", Ctrl+A,
Ctrl+Shift+T offered "client" (the first of their tags by name), and Enter took "client"
off everyone selected who had it, while "friend" stayed."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from netdesk.core.listing import ListFilter
from netdesk.ui.context import AppContext


def test_untag_in_a_tags_list_offers_that_tag_first(
    qtbot: QtBot, main_window, app_context: AppContext, person, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    core = app_context.core
    ana = person("Ana", tags=["client", "friend"])
    ben = person("Ben", tags=["friend"])
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.set_filter(ListFilter.ALL, tag="friend")
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 2)
    main_window.contacts.view.selectAll()
    offered: list[tuple[list[str], int]] = []

    def enter(*args: object, **_kwargs: object) -> tuple[str, bool]:
        choices, current = list(args[3]), int(args[4])  # type: ignore[call-overload]
        offered.append((choices, current))
        return choices[current], True  # Enter: the item shown

    monkeypatch.setattr(QInputDialog, "getItem", enter)
    main_window.untag_action.trigger()
    assert offered == [(["client", "friend"], 1)]
    qtbot.waitUntil(lambda: core.contacts.get(ana).tags == ["client"])  # type: ignore[union-attr]
    assert core.contacts.get(ben).tags == []  # type: ignore[union-attr]


def test_untag_in_the_whole_list_offers_the_first_tag(
    qtbot: QtBot, main_window, app_context: AppContext, person, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    person("Ana", tags=["client", "friend"])
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 1)
    main_window.contacts.view.selectAll()
    offered: list[int] = []
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda *a, **k: (offered.append(a[4]), ("", False))[1]
    )
    main_window.untag_action.trigger()
    assert offered == [0]
