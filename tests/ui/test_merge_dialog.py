"""Contact > Merge…: two contacts chosen by the user become one, undoably."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.merge_dialog import MergeTwoDialog, merge_two

D = dt.datetime


def _bob_and_robert(context: AppContext) -> tuple[int, int]:
    core = context.core
    bob = core.contacts.create(
        Contact(given_name="Bob", family_name="Smith", emails=[EmailAddress("bob@home.org")])
    )
    robert = core.contacts.create(
        Contact(
            given_name="Robert",
            family_name="Smith",
            organization="Acme",
            emails=[EmailAddress("robert@acme.com")],
        )
    )
    core.journal.log([bob], "call", "Caught up", at=D(2026, 2, 1, 10))
    for day in (3, 4):
        core.journal.log([robert], "meeting", f"Project {day}", at=D(2026, 2, day, 10))
    return bob, robert


def click(
    window,  # type: ignore[no-untyped-def]
    contact_id: int,
    keys: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A click on the contact's row in the window's list (with Ctrl: added to the selection)."""
    view, model = window.contacts.view, window.contacts.model
    where = view.visualRect(model.index(model.row_of(contact_id))).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, keys, where)


def _open(qtbot: QtBot, context: AppContext, ids: list[int]) -> MergeTwoDialog:
    dialog = merge_two(context, ids, None)
    assert isinstance(dialog, MergeTwoDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_the_contact_kept_takes_over_the_others_story_and_undo_splits_them(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    bob, robert = _bob_and_robert(app_context)
    dialog = _open(qtbot, app_context, [bob, robert])
    assert dialog.keep_id == robert  # the longer story is kept by default
    assert "Robert Smith\nAcme\nrobert@acme.com\n2 journal entries, last" in (
        dialog.buttons[robert].text()
    )
    QTest.mouseClick(dialog.buttons[bob], Qt.MouseButton.LeftButton)  # keep Bob after all
    assert (dialog.keep_id, dialog.other_id) == (bob, robert)
    with qtbot.waitSignal(app_context.changes.open_contact) as opened:
        QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert opened.args == [bob]
    assert dialog.result() == MergeTwoDialog.DialogCode.Accepted
    kept = core.contacts.get(bob)
    assert kept is not None and core.contacts.get(robert) is None
    assert [e.value for e in kept.emails] == ["bob@home.org", "robert@acme.com"]
    assert kept.organization == "Acme"  # an empty field filled from the other
    assert kept.given_name == "Bob"  # one it had is kept
    assert sorted(e.summary for e in core.journal.for_contact(bob)) == [
        "Caught up",
        "Project 3",
        "Project 4",
    ]
    app_context.undo_stack.undo()  # Ctrl+Z
    restored = core.contacts.get(robert)
    assert restored is not None and [e.value for e in restored.emails] == ["robert@acme.com"]
    again = core.contacts.get(bob)
    assert again is not None and [e.value for e in again.emails] == ["bob@home.org"]
    assert [e.summary for e in core.journal.for_contact(bob)] == ["Caught up"]


def test_only_two_contacts_can_be_merged(app_context: AppContext) -> None:
    core = app_context.core
    ids = [core.contacts.create(Contact(given_name=n)) for n in ("A", "B", "C")]
    assert merge_two(app_context, ids, None) is None
    assert merge_two(app_context, ids[:1], None) is None


def test_a_merge_the_database_refuses_is_said_and_changes_nothing(
    qtbot: QtBot,
    app_context: AppContext,
    write_lock,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    core = app_context.core
    bob, robert = _bob_and_robert(app_context)
    dialog = _open(qtbot, app_context, [bob, robert])
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    lock = write_lock()
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    lock.release()
    assert len(said) == 1 and "is locked by another program" in said[0]
    assert core.contacts.get(bob) is not None and core.contacts.get(robert) is not None
    assert app_context.undo_stack.count() == 0
    assert dialog.result() != MergeTwoDialog.DialogCode.Accepted  # still open to try again


def test_the_contact_menu_merges_the_two_selected_contacts(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    bob, robert = _bob_and_robert(app_context)
    app_context.core.contacts.create(Contact(given_name="Carla"))
    app_context.changes.contacts_changed.emit(None)
    with qtbot.waitExposed(main_window):
        main_window.show()
    model = main_window.contacts.model
    click(main_window, bob)
    assert not main_window.merge_action.isEnabled()  # one contact: nothing to merge
    click(main_window, robert, Qt.KeyboardModifier.ControlModifier)
    assert main_window.merge_action.isEnabled()
    main_window.merge_action.trigger()
    dialog = main_window.findChild(MergeTwoDialog, "mergeDialog")
    assert dialog is not None and dialog.isVisible()
    assert set(dialog.ids) == {bob, robert}
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    # on the worker; Robert, with the longer story, kept
    qtbot.waitUntil(lambda: app_context.core.contacts.get(bob) is None, timeout=10000)
    qtbot.waitUntil(lambda: main_window.contacts.current_id() == robert)
    qtbot.waitUntil(lambda: model.rowCount() == 2)


def test_unsaved_card_edits_are_saved_before_a_merge_and_the_merge_kept(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    """A save after the merge wrote the card's old values back over what the merge brought
    in: Bob's e-mail went away again, without a word."""
    core = app_context.core
    bob, robert = _bob_and_robert(app_context)
    app_context.changes.contacts_changed.emit(None)
    with qtbot.waitExposed(main_window):
        main_window.show()
    click(main_window, bob)
    # both selected, Robert's card shown
    click(main_window, robert, Qt.KeyboardModifier.ControlModifier)
    card = main_window.card
    qtbot.waitUntil(lambda: card.contact_id() == robert)  # the card follows a settled click
    card.job_title.setFocus()
    QTest.keyClicks(card.job_title, "Engineer")  # typed, not saved
    assert card.dirty
    main_window.merge_action.trigger()
    dialog = main_window.findChild(MergeTwoDialog, "mergeDialog")
    assert dialog is not None and dialog.keep_id == robert
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: core.contacts.get(bob) is None, timeout=10000)  # on the worker
    kept = core.contacts.get(robert)
    assert kept is not None and kept.title == "Engineer"  # the edit was saved first
    assert sorted(e.value for e in kept.emails) == ["bob@home.org", "robert@acme.com"]
    assert not card.dirty
    assert card.save()  # a save now changes nothing the merge did
    again = core.contacts.get(robert)
    assert again is not None
    assert sorted(e.value for e in again.emails) == ["bob@home.org", "robert@acme.com"]


def test_an_ampersand_in_a_name_is_shown_not_taken_for_a_shortcut(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    smith = core.contacts.create(Contact(given_name="Smith & Co"))
    other = core.contacts.create(Contact(given_name="Smith and Co"))
    dialog = _open(qtbot, app_context, [smith, other])
    assert dialog.buttons[smith].text().startswith("Smith && Co\n")


def test_tab_goes_through_the_buttons_in_the_order_they_are_shown(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Keyboard only: from the choice, Tab reaches the button on the left first; Cancel was made
    first, so Tab went to it and then back left to Merge."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    dialog = _open(qtbot, app_context, list(_bob_and_robert(app_context)))
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    box = dialog.findChild(QDialogButtonBox)
    shown = sorted(box.buttons(), key=lambda b: b.geometry().x())
    # the last choice before the buttons: the last row of whose value to keep (Bob's or
    # Robert's first name)
    first = list(dialog.rows.values())[-1][dialog.keep_id]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    reached = []
    for _ in shown:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == shown


def test_the_dialog_says_what_the_merge_will_do_and_the_merge_does_it(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """What the one kept gets and what of the other is lost (its name, a job title the kept
    one has too) are said for the choice made, by the merge's own rules; the general
    explanation did not say that 'Bob' would be gone."""
    import dataclasses

    from netdesk.ui.merge_dialog import _SHOWN_FIELDS, _label

    core = app_context.core
    bob, robert = _bob_and_robert(app_context)
    core.follow_ups.add(robert, D(2026, 3, 9, 9), "Send the contract")
    dialog = _open(qtbot, app_context, [bob, robert])
    outcome = dialog.findChild(QLabel, "mergeOutcome")
    assert dialog.keep_id == robert
    assert outcome.text() == (
        "Robert Smith gets from Bob Smith: E-mails, 1 journal entry.\n"
        "Not kept, as Robert Smith has its own: First name “Bob”."
    )
    QTest.mouseClick(dialog.buttons[bob], Qt.MouseButton.LeftButton)
    assert outcome.text() == (
        "Bob Smith gets from Robert Smith: Company, E-mails, 2 journal entries, Follow-ups.\n"
        "Not kept, as Bob Smith has its own: First name “Robert”."
    )
    before = core.contacts.get(bob)
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    after = core.contacts.get(bob)
    assert before is not None and after is not None
    changed = [_label(f) for f in _SHOWN_FIELDS if getattr(after, f) != getattr(before, f)]
    assert changed == ["Company", "E-mails"]  # as said, nothing more
    assert len(core.journal.for_contact(bob)) == 3
    assert [f.note for f in core.follow_ups.of_contact(bob)] == ["Send the contract"]
    assert after.given_name == "Bob"
    assert dataclasses.replace(after).organization == "Acme"


def test_nothing_new_is_said_as_such(qtbot: QtBot, app_context: AppContext) -> None:
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana", emails=[EmailAddress("a@x.org")]))
    again = core.contacts.create(Contact(given_name="Ana", emails=[EmailAddress("A@x.org")]))
    dialog = _open(qtbot, app_context, [ana, again])
    outcome = dialog.findChild(QLabel, "mergeOutcome")
    assert outcome.text() == "The one kept gets nothing new from the other."  # namesakes


def test_a_contact_another_program_deleted_meanwhile_is_said_plainly(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store's 'merge needs two different stored contacts' was shown as the reason."""
    import sqlite3

    bob, robert = _bob_and_robert(app_context)
    dialog = _open(qtbot, app_context, [bob, robert])
    other = sqlite3.connect(app_context.paths.database)
    other.execute("PRAGMA foreign_keys = 1")
    other.execute("DELETE FROM contact WHERE id = ?", (bob,))
    other.commit()
    other.close()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    with qtbot.waitSignal(app_context.changes.contacts_changed):
        QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert said == ["One of the two contacts has been deleted."]
    assert dialog.result() == MergeTwoDialog.DialogCode.Rejected
    assert app_context.undo_stack.count() == 0
    assert app_context.core.contacts.get(robert) is not None
