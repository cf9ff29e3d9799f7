"""A problem Save showed under a field goes as that field is put right, and the card's
"Not saved: …" follows: it named a date already corrected until the next Save."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_problems_go_as_their_fields_are_put_right(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    card.emails.add_button.click()
    card.emails.rows[0].edit.setText("ana@")
    card.anniversary.setText("2020-13-01")
    card._mark_dirty()
    refused = card.save()
    try:
        assert not refused
        assert "ana@" in card.problem_label.text()  # the first from the top
        assert card.anniversary_problem.text() and card.emails.rows[0].problem.text()
        card.emails.rows[0].edit.selectAll()
        QTest.keyClicks(card.emails.rows[0].edit, "ana@example.org")
        assert card.emails.rows[0].problem.isHidden()
        assert "2020-13-01" in card.problem_label.text()  # the one left, named now
        card.anniversary.selectAll()
        QTest.keyClicks(card.anniversary, "2020-11-01")
        assert card.anniversary_problem.isHidden()  # said "2020-13-01" is not a date
        assert card.problem_label.isHidden()
    finally:
        saved = card.save()
        if not saved:
            card.revert()  # else closing the window asks about the edits
    assert saved
    stored = app_context.core.contacts.get(ana)
    assert stored.anniversary is not None and stored.emails[0].value == "ana@example.org"


def test_a_store_refusal_stays_until_the_next_save(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """Only problems shown under fields go as they are typed over: nothing else is hidden."""
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    card.problem_label.show_problem("Not saved: the database refused it")
    card.notes.setPlainText("x")
    card.birthday.setText("1990")
    QTest.keyClicks(card.birthday, "-05")
    assert card.problem_label.text() == "Not saved: the database refused it"
    card.revert()
