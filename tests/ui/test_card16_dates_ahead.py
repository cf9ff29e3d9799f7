"""A birthday or a day met typed after today is said, not kept: "2062" for "1962" was saved
without a word (and the birthday never said an age). One the contact came with stays."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, PartialDate
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

# the clock of the tests says 2026-03-02


def _open(main_window: MainWindow, context: AppContext, contact: Contact) -> int:
    contact_id = context.core.contacts.create(contact)
    context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(contact_id)
    assert main_window.card.contact_id() == contact_id
    return contact_id


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("birthday", "2062-05-01"),
        ("birthday", "2026-03-03"),
        ("met_on", "2027"),
        ("met_on", "2026-04"),
    ],
)
def test_a_day_after_today_is_refused_with_its_reason(
    main_window: MainWindow, app_context: AppContext, qtbot: QtBot, field: str, typed: str
) -> None:
    ana = _open(main_window, app_context, Contact(given_name="Ana"))
    card = main_window.card
    edit = getattr(card, field)
    QTest.keyClicks(edit, typed)
    try:
        assert not card.save()
        problem = getattr(card, f"{field}_problem")
        assert problem.text() == f"“{typed}” is after today: check the year."
        said = card.problem_label.text()
        assert said == f"Not saved: “{typed}” is after today: check the year."
    finally:
        card.revert()  # the window closes with no edits to ask about
    stored = app_context.core.contacts.get(ana)
    assert stored is not None and getattr(stored, field) is None


@pytest.mark.parametrize("typed", ["1962-05-01", "2026-03-02", "2026", "2026-03", "--12-31"])
def test_today_and_days_gone_by_are_kept(
    main_window: MainWindow, app_context: AppContext, qtbot: QtBot, typed: str
) -> None:
    ana = _open(main_window, app_context, Contact(given_name="Ana"))
    card = main_window.card
    QTest.keyClicks(card.birthday, typed)
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None and stored.birthday is not None
    assert stored.birthday.to_iso() == typed


def test_a_day_ahead_the_contact_came_with_stays_and_an_anniversary_may_be_ahead(
    main_window: MainWindow, app_context: AppContext, qtbot: QtBot
) -> None:
    """An import's date after today is not the user's typing: the notes are saved with it;
    a wedding day may still be to come."""
    ana = _open(
        main_window,
        app_context,
        Contact(given_name="Ana", birthday=PartialDate(2031, 1, 1)),
    )
    card = main_window.card
    QTest.keyClicks(card.notes, "Met at PyCon")
    QTest.keyClicks(card.anniversary, "2027-06-12")
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None
    assert stored.notes == "Met at PyCon"
    assert stored.birthday == PartialDate(2031, 1, 1)
    assert stored.anniversary == PartialDate(2027, 6, 12)
