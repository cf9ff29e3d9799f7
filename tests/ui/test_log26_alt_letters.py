"""Every Alt+letter of the quick entry and of a journal entry's edit, pressed from each of
their fields: a label's puts the focus in its field, a button's presses it, and none types
its letter in the field (Alt+S typed an "s" in the summary where the platform's Save button
had no "&S": Xvfb, XFCE, any desktop but KDE and GNOME)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from log_dialog_setup import OFFSCREEN
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.journal_edit import EditEntryDialog
from netdesk.ui.log_dialog import EntryForm, LogInteractionDialog

pytestmark = OFFSCREEN


def letter(text: str) -> str:
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").upper()


def alt_letters(dialog: EntryForm) -> dict[str, list[QWidget]]:
    """Letter -> the labels and buttons of ``dialog`` it belongs to."""
    found: dict[str, list[QWidget]] = {}
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None and letter(label.text()):
            found.setdefault(letter(label.text()), []).append(label)
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and letter(button.text()):
            found.setdefault(letter(button.text()), []).append(button)
    return found


def fields(dialog: EntryForm) -> list[QWidget]:
    return [
        dialog.kind,
        dialog.when,
        dialog.summary,
        dialog.body,
        dialog.people.picker.edit,
        dialog.people.chosen,
    ]


def typed(dialog: EntryForm) -> tuple[str, ...]:
    return (
        dialog.summary.text(),
        dialog.body.toPlainText(),
        dialog.people.picker.edit.text(),
        dialog.when.text(),
    )


def shown(qtbot: QtBot, dialog: EntryForm) -> EntryForm:
    qtbot.addWidget(dialog, before_close_func=lambda open_: open_.done(0))
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.people.chosen.setCurrentRow(0)  # a person to take off: Remove is on
    return dialog


def misses(qtbot: QtBot, make: Callable[[], EntryForm]) -> list[str]:
    """Each Alt+letter pressed from each field of a dialog ``make`` opens afresh: what did
    not do its work, or typed its letter. Cancel with a person added asks first: kept."""
    answers = ModalAnswers("Keep editing")
    letters = alt_letters(shown(qtbot, make()))
    found = []
    for index in range(len(fields(shown(qtbot, make())))):
        for key, (owner,) in letters.items():
            dialog = shown(qtbot, make())
            field = fields(dialog)[index]
            field.setFocus()
            before = typed(dialog)
            where = f"Alt+{key} in {field.accessibleName() or type(field).__name__}"
            if isinstance(owner, QLabel):
                buddy = alt_letters(dialog)[key][0].buddy()  # type: ignore[attr-defined]
                QTest.keyClick(field, key, Qt.KeyboardModifier.AltModifier)
                now = QApplication.focusWidget()
                if now is None or not (now is buddy or buddy.isAncestorOf(now)):
                    found.append(f"{where}: the focus is not in {owner.text()!r}'s field")
            else:
                button = alt_letters(dialog)[key][0]
                assert isinstance(button, QAbstractButton)
                with qtbot.waitSignal(button.clicked, timeout=500, raising=False) as pressed:
                    QTest.keyClick(field, key, Qt.KeyboardModifier.AltModifier)
                if not pressed.signal_triggered:
                    found.append(f"{where}: {button.text()!r} not pressed")
            if dialog.isVisible() and typed(dialog) != before:
                found.append(f"{where}: typed {typed(dialog)} over {before}")
            dialog.done(0)
    answers.stop()
    return found


@pytest.fixture
def people(app_context: AppContext) -> tuple[int, int]:
    contacts = app_context.core.contacts
    return contacts.create(Contact(given_name="Ana")), contacts.create(Contact(given_name="Bob"))


def test_the_quick_entry_has_save_and_cancel_letters_and_no_two_alike(
    qtbot: QtBot, app_context: AppContext, people: tuple[int, int]
) -> None:
    ana, bob = people
    dialog = LogInteractionDialog(app_context, [ana])
    dialog.people.add_contact(bob)
    letters = alt_letters(shown(qtbot, dialog))
    assert {key: len(owners) for key, owners in letters.items() if len(owners) > 1} == {}
    named = {key: owners[0] for key, owners in letters.items()}
    assert isinstance(named.get("S"), QAbstractButton) and isinstance(
        named.get("C"), QAbstractButton
    )
    assert sorted(letters) == ["A", "C", "K", "M", "N", "R", "S", "W"]


def test_every_alt_letter_of_the_quick_entry_works_from_every_field(
    qtbot: QtBot, app_context: AppContext, people: tuple[int, int]
) -> None:
    ana, bob = people

    def make() -> EntryForm:
        dialog = LogInteractionDialog(app_context, [ana])
        dialog.people.add_contact(bob)
        return dialog

    assert misses(qtbot, make) == []


def test_every_alt_letter_works_in_the_quick_entry_opened_with_nobody(
    qtbot: QtBot, app_context: AppContext, people: tuple[int, int]
) -> None:
    def make() -> EntryForm:
        dialog = LogInteractionDialog(app_context, [])
        dialog.people.add_contact(people[0])
        return dialog

    assert sorted(alt_letters(shown(qtbot, make()))) == ["C", "K", "M", "N", "P", "R", "S", "W"]
    assert misses(qtbot, make) == []


def test_every_alt_letter_of_an_entry_s_edit_works_from_every_field(
    qtbot: QtBot, app_context: AppContext, people: tuple[int, int]
) -> None:
    journal = app_context.core.journal
    entry = journal.get(journal.log(list(people), "call", "Call"))
    assert entry is not None

    def make() -> EntryForm:
        return EditEntryDialog(app_context, entry)

    letters = alt_letters(shown(qtbot, make()))
    assert [key for key, owners in letters.items() if len(owners) > 1] == []
    assert {"S", "C"} <= set(letters)
    assert misses(qtbot, make) == []
