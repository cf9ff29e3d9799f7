"""The quick entry: typed like a user would, saved with Enter, other people picked by name."""

from __future__ import annotations

import datetime as dt

import pytest
from log_dialog_setup import OFFSCREEN, open_dialog
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.log_dialog import LogInteractionDialog

D = dt.datetime
pytestmark = OFFSCREEN


def choose_person(qtbot: QtBot, dialog: LogInteractionDialog, typed: str) -> None:
    """Type part of a name in "Also there", then Down and Enter in the list of names."""
    edit = dialog.people.picker.edit
    edit.setFocus()
    QTest.keyClicks(edit, typed)
    completer = dialog.people.picker.completer
    popup = completer.popup()
    model = completer.model()
    qtbot.waitUntil(
        lambda: (
            popup.isVisible()
            and model.rowCount() > 0
            and str(model.index(0, 0).data()).startswith(typed)
        )
    )
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)


def test_a_person_chosen_by_name_is_logged_and_the_field_empties(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    bob = core.contacts.create(Contact(given_name="Bob", family_name="Ruiz"))
    dialog = open_dialog(qtbot, app_context, [ana])
    QTest.keyClicks(dialog.summary, "Lunch at the market")
    choose_person(qtbot, dialog, "Bob")
    assert dialog.isVisible()  # Enter chose a name, it did not save
    assert dialog.people.contact_ids() == [bob]
    qtbot.waitUntil(lambda: dialog.people.picker.edit.text() == "")  # ready for the next name
    with qtbot.waitSignal(app_context.changes.journal_changed) as changed:
        QTest.keyClick(dialog.people.picker.edit, Qt.Key.Key_Return)
    assert sorted(changed.args[0]) == sorted([ana, bob])
    assert not dialog.isVisible()
    (entry,) = core.journal.for_contact(bob)
    assert (entry.summary, sorted(entry.contact_ids)) == ("Lunch at the market", [ana, bob])
    assert core.contacts.get(ana).last_interaction == D(2026, 3, 2, 9)  # type: ignore[union-attr]


def test_a_name_typed_but_not_chosen_is_not_dropped_silently(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.contacts.create(Contact(given_name="Bob", family_name="Ruiz"))
    core.contacts.create(Contact(given_name="Bob", family_name="Ruiz"))  # two: no guessing
    dialog = open_dialog(qtbot, app_context, [ana])
    QTest.keyClicks(dialog.summary, "Call")
    dialog.people.picker.edit.setFocus()
    QTest.keyClicks(dialog.people.picker.edit, "Bob Ru")
    popup = dialog.people.picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Escape)  # closes the list of names only
    assert dialog.isVisible()
    QTest.keyClick(dialog.people.picker.edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Bob Ru" in dialog.problem.text() and dialog.problem.isVisible()
    assert core.journal.for_contact(ana) == []


def test_enter_in_the_notes_is_a_new_line_and_escape_asks_before_discarding(
    qtbot: QtBot, app_context: AppContext
) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana])
    assert dialog.focusWidget() is dialog.summary
    QTest.keyClicks(dialog.summary, "Coffee")
    QTest.keyClick(dialog.summary, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.body
    QTest.keyClicks(dialog.body, "first")
    QTest.keyClick(dialog.body, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.body, "second")
    assert dialog.isVisible()
    assert dialog.body.toPlainText() == "first\nsecond"
    answers = ModalAnswers("&Keep editing")
    QTest.keyClick(dialog.body, Qt.Key.Key_Escape)  # one stray Esc: the notes were lost
    answers.stop()
    assert answers.seen == [("Discard what you typed?", "", "&Keep editing")]
    assert dialog.isVisible() and dialog.body.toPlainText() == "first\nsecond"
    answers = ModalAnswers("&Discard")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    answers.stop()
    assert len(answers.seen) == 1 and not dialog.isVisible()
    assert app_context.core.journal.for_contact(ana) == []


def test_escape_on_an_untouched_quick_entry_closes_it_at_once(
    qtbot: QtBot, app_context: AppContext
) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana])
    QTest.keyClick(dialog.summary, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_meeting_with_many_people_keeps_the_dialog_on_the_screen(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """20 people made it 3,860 pixels wide, Save off the screen."""
    ids = [
        app_context.core.contacts.create(Contact(given_name=f"Participant{n}", family_name="Long"))
        for n in range(20)
    ]
    dialog = open_dialog(qtbot, app_context, ids)
    assert dialog.width() < 700
    assert (
        dialog.windowTitle()
        == "Log interaction with Participant0 Long, Participant1 Long and 18 more"
    )
    assert dialog.who.text().count("Long") == 20  # every name, in its tooltip when cut


def test_a_time_the_clock_skips_is_kept_as_written(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """02:30 on the night the clocks go forward (logged abroad, or by netdesk-cli) read as
    03:30 in local time and was saved so by an edit of its summary alone."""
    import time

    from netdesk.ui.log_dialog import pydatetime, qdatetime

    monkeypatch.setenv("TZ", "Europe/Madrid")
    time.tzset()
    try:
        at = D(2026, 3, 29, 2, 30)
        assert pydatetime(qdatetime(at)) == at
        ana = app_context.core.contacts.create(Contact(given_name="Ana"))
        dialog = LogInteractionDialog(app_context, [ana])
        qtbot.addWidget(dialog)
        dialog.when.setDateTime(qdatetime(at))
        assert pydatetime(dialog.when.dateTime()) == at
    finally:
        monkeypatch.undo()
        time.tzset()


def test_an_empty_summary_is_refused_with_a_message(qtbot: QtBot, app_context: AppContext) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana])
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert app_context.core.journal.for_contact(ana) == []


def test_enter_in_the_summary_logs_the_interaction_once(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """The summary's returnPressed saved, and the Enter it let through saved again: every
    interaction typed and saved with Enter was in the journal twice."""
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana])
    QTest.keyClicks(dialog.summary, "Coffee")
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [e.summary for e in app_context.core.journal.for_contact(ana)] == ["Coffee"]
    dialog.accept()  # a second click on Save before the dialog went
    assert len(app_context.core.journal.for_contact(ana)) == 1


def test_delete_or_alt_r_in_the_list_of_people_takes_one_off(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob", family_name="Ruiz"))
    cleo = core.contacts.create(Contact(given_name="Cleo", family_name="Park"))
    dialog = open_dialog(qtbot, app_context, [ana])
    dialog.people.add_contact(bob)
    dialog.people.add_contact(cleo)
    chosen = dialog.people.chosen
    chosen.setFocus()
    chosen.setCurrentRow(0)
    QTest.keyClick(chosen, Qt.Key.Key_Delete)  # did nothing: only the Remove button did
    assert dialog.people.contact_ids() == [cleo]
    chosen.setCurrentRow(0)
    dialog.activateWindow()  # shortcuts reach an active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    QTest.keyClick(chosen, "R", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.people.contact_ids() == [])
    assert dialog.isVisible()


def test_two_chosen_namesakes_are_told_apart_in_also_there(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """The list of names offers "Ana García — Acme" and "Ana García — Globex"; once chosen,
    both read "Ana García"."""
    contacts = app_context.core.contacts
    bob = contacts.create(Contact(given_name="Bob"))
    contacts.create(Contact(given_name="Ana", family_name="García", organization="Acme"))
    contacts.create(Contact(given_name="Ana", family_name="García", organization="Globex"))
    dialog = open_dialog(qtbot, app_context, [bob])
    choose_person(qtbot, dialog, "Ana")  # the first one offered
    edit = dialog.people.picker.edit
    qtbot.waitUntil(lambda: edit.text() == "")
    QTest.keyClicks(edit, "Ana")
    popup = dialog.people.picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):  # the second one
        QTest.keyClick(popup, key)
    chosen = [dialog.people.chosen.item(i).text() for i in range(dialog.people.chosen.count())]
    assert sorted(chosen) == ["Ana García — Acme", "Ana García — Globex"]


def test_a_when_in_the_future_is_said_once_before_it_is_saved(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """A year mistyped (2027) moved the 30-day cadence a year on, and that contact's reminder
    dropped out of everything due, without a word."""
    from netdesk.ui.log_dialog import qdatetime

    ana = app_context.core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    dialog = open_dialog(qtbot, app_context, [ana])
    dialog.summary.setText("Lunch")
    dialog.when.setDateTime(qdatetime(D(2027, 3, 2, 13)))
    dialog.accept()
    assert dialog.isVisible() and "in the future" in dialog.problem.text()
    assert app_context.core.journal.for_contact(ana) == []
    dialog.accept()  # saved again: meant
    assert not dialog.isVisible()
    (entry,) = app_context.core.journal.for_contact(ana)
    assert entry.occurred_at == D(2027, 3, 2, 13)


def test_later_today_or_tomorrow_is_saved_at_once(qtbot: QtBot, app_context: AppContext) -> None:
    from netdesk.ui.log_dialog import qdatetime

    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana])
    dialog.summary.setText("Call, planned")
    dialog.when.setDateTime(qdatetime(D(2026, 3, 2, 18)))  # the clock says 09:00
    dialog.accept()
    assert not dialog.isVisible() and len(app_context.core.journal.for_contact(ana)) == 1


def test_a_time_typed_is_that_minute_and_one_minute_lists_the_later_logged_first(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """The field shows minutes; a time typed in it kept the seconds the dialog opened with,
    unseen: two calls both typed at 08:15 listed in the order of those seconds, the one
    logged last below the other. A When left as it was is the moment, seconds included."""
    from netdesk.core.clock import FixedClock

    clock = app_context.core.clock
    assert isinstance(clock, FixedClock)
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    opened = ((D(2026, 3, 2, 9, 0, 41), "First"), (D(2026, 3, 2, 9, 1, 7), "Then"))
    for opened_at, summary in opened:
        clock.set(opened_at)
        dialog = open_dialog(qtbot, app_context, [ana])
        shown = dialog.when.dateTime()
        # the hour and minute typed over: the seconds stay as they were, not shown
        dialog.when.setDateTime(shown.addSecs((8 - 9) * 3600 + (15 - opened_at.minute) * 60))
        assert dialog.when.text() == "2026-03-02 08:15"
        QTest.keyClicks(dialog.summary, summary)
        QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
        assert not dialog.isVisible()
    clock.set(D(2026, 3, 2, 9, 2, 13))
    dialog = open_dialog(qtbot, app_context, [ana])
    QTest.keyClicks(dialog.summary, "Now")
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert [(e.summary, e.occurred_at) for e in core.journal.for_contact(ana)] == [
        ("Now", D(2026, 3, 2, 9, 2, 13)),
        ("Then", D(2026, 3, 2, 8, 15)),
        ("First", D(2026, 3, 2, 8, 15)),
    ]
