"""Contact > Set cadence… on many contacts: "Never" overrides the rhythm their tags give."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from netdesk.core.types import NEVER_KEEP_IN_TOUCH
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow


def _cadences(context: AppContext, ids: list[int]) -> list[int | None]:
    return [s.keep_in_touch_days for s in context.core.contacts.summaries(ids)]


def test_bulk_never_whatever_their_tags_say_and_its_undo(
    main_window: MainWindow, person, app_context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ids = [person("Ana", tags=["client"]), person("Berta", keep_in_touch_days=7)]
    app_context.core.tags.set_cadence("client", 30)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.view.selectAll()
    offered: list[tuple[list[str], int]] = []

    def choose(*args: object, **_kwargs: object) -> tuple[str, bool]:
        offered.append((list(args[3]), int(args[4])))  # type: ignore[call-overload]
        return "Never, whatever their tags say", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    main_window.cadence_action.trigger()
    labels, current = offered[0]
    assert labels[:3] == [
        "From their tags (none of their own)",
        "Never, whatever their tags say",
        "Every week",
    ]
    assert labels[current] == "Every month"  # still offered first
    assert _cadences(app_context, ids) == [NEVER_KEEP_IN_TOUCH] * 2
    assert app_context.core.follow_ups.of_contact(ids[0]) == []
    main_window.undo_action.trigger()
    assert _cadences(app_context, ids) == [None, 7]
    assert len(app_context.core.follow_ups.of_contact(ids[0])) == 1
    main_window.redo_action.trigger()
    assert _cadences(app_context, ids) == [NEVER_KEEP_IN_TOUCH] * 2
    # back to their tags' rhythm
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda *a, **k: ("From their tags (none of their own)", True)
    )
    main_window.cadence_action.trigger()
    assert _cadences(app_context, ids) == [None, None]
    assert len(app_context.core.follow_ups.of_contact(ids[0])) == 1


def test_without_a_tag_rhythm_never_is_no_cadence_as_before(
    main_window: MainWindow, person, app_context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ids = [person("Ana", keep_in_touch_days=7)]
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.view.selectAll()
    offered: list[list[str]] = []

    def choose(*args: object, **_kwargs: object) -> tuple[str, bool]:
        offered.append(list(args[3]))  # type: ignore[call-overload]
        return "Never", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    main_window.cadence_action.trigger()
    assert offered[0][:2] == ["Never", "Every week"]
    assert _cadences(app_context, ids) == [None]
