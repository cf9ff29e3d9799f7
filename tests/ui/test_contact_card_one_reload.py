"""One change told by several signals reloads the card once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui import card_saving
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_an_outside_write_reloads_the_card_once(
    main_window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """Changes.everything() (netdesk-cli wrote, a restore) emits contacts_changed and
    journal_changed: each queued its own reload of the card (12-35 ms on 100,000 contacts)."""
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    qtbot.waitUntil(lambda: main_window.card.contact_id() == ana)
    reloads: list[int | None] = []
    reload = card_saving.reload_after_change

    def counted(card: object) -> None:
        reloads.append(main_window.card.contact_id())
        reload(card)  # type: ignore[arg-type]

    monkeypatch.setattr(card_saving, "reload_after_change", counted)
    app_context.changes.everything()
    qtbot.waitUntil(lambda: reloads == [ana])
    qtbot.wait(50)  # a second reload would have come by now: the events are all posted
    assert reloads == [ana]
