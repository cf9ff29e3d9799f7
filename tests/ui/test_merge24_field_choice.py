"""Contact > Merge…: where both contacts have their own job title (a birthday, a cadence),
the user picks, field by field, whose value the merged contact keeps."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.merge_dialog import MergeTwoDialog, merge_two
from netdesk.ui.widgets import ElidedLabel

_MAINTAINED = {"created_at", "updated_at", "last_interaction", "next_due"}


def _pair(core: Core) -> tuple[int, int]:
    """Ana Ruiz, CTO, with a journal (kept by default), and her card from work."""
    keep = core.contacts.create(
        Contact(
            given_name="Ana",
            family_name="Ruiz",
            title="CTO",
            emails=[EmailAddress("ana@home.org")],
        )
    )
    other = core.contacts.create(
        Contact(
            given_name="Ana",
            family_name="Ruiz",
            title="Chief Technology Officer",
            organization="Acme",
            emails=[EmailAddress("ana@acme.com")],
        )
    )
    core.journal.log([keep], "call", "Caught up", at=dt.datetime(2026, 2, 1, 10))
    return keep, other


def _open(qtbot: QtBot, context: AppContext, ids: list[int]) -> MergeTwoDialog:
    dialog = merge_two(context, ids, None)
    assert isinstance(dialog, MergeTwoDialog)
    qtbot.addWidget(dialog)
    return dialog


def _same(found: Contact | None, expected: Contact) -> None:
    assert found is not None
    for item in dataclasses.fields(Contact):
        if item.name not in _MAINTAINED:
            assert getattr(found, item.name) == getattr(expected, item.name), item.name


def test_the_default_keeps_the_kept_contacts_title_as_before(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    keep, other = _pair(core)
    dialog = _open(qtbot, app_context, [keep, other])
    assert dialog.keep_id == keep
    title = dialog.rows["title"]
    assert title[keep].isChecked() and not title[other].isChecked()
    assert title[keep].text() == "CTO" and title[other].text() == "Chief Technology Officer"
    assert title[other].accessibleName() == "Job title: Ana Ruiz's, Chief Technology Officer"
    assert "organization" not in dialog.rows  # filled, not a conflict
    headings = [w.text() for w in dialog.conflicts.findChildren(ElidedLabel)]
    assert headings == ["The one kept", "The other"]  # namesakes: not their names
    assert "Not kept, as the one kept has its own: Job title “Chief Technology Officer”." in (
        dialog.outcome.text()
    )
    with qtbot.waitSignal(app_context.changes.open_contact):
        QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    kept = core.contacts.get(keep)
    assert kept is not None and kept.title == "CTO" and kept.organization == "Acme"


def test_the_others_title_chosen_is_kept_stored_undone_and_redone(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    keep, other = _pair(core)
    keep_before, other_before = core.contacts.get(keep), core.contacts.get(other)
    assert keep_before is not None and other_before is not None
    dialog = _open(qtbot, app_context, [keep, other])
    QTest.mouseClick(dialog.rows["title"][other], Qt.MouseButton.LeftButton)
    assert dialog.take_other == {"title"}
    said = dialog.outcome.text()
    assert "Not kept, as you chose the other's: Job title “CTO”." in said
    assert "Chief Technology Officer" not in said  # no longer lost
    assert "Job title" in said.splitlines()[0]  # what the one kept gets
    with qtbot.waitSignal(app_context.changes.open_contact):
        QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    kept = core.contacts.get(keep)
    assert kept is not None and core.contacts.get(other) is None
    assert kept.title == "Chief Technology Officer"
    assert [e.value for e in kept.emails] == ["ana@home.org", "ana@acme.com"]  # combined
    stack = app_context.undo_stack
    stack.undo()
    _same(core.contacts.get(keep), keep_before)
    _same(core.contacts.get(other), other_before)
    stack.redo()
    again = core.contacts.get(keep)
    assert again is not None and again.title == "Chief Technology Officer"
    assert core.contacts.get(other) is None


def test_the_choice_survives_closing_the_database(
    qtbot: QtBot,
    app_context: AppContext,
    tmp_data_dir,
    clock,  # type: ignore[no-untyped-def]
) -> None:
    from netdesk.core.paths import Paths

    keep, other = _pair(app_context.core)
    dialog = _open(qtbot, app_context, [keep, other])
    QTest.mouseClick(dialog.rows["title"][other], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(app_context.changes.open_contact):
        QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    app_context.undo_stack.clear()
    app_context.core.close()
    reopened = Core.open(Paths(tmp_data_dir), clock)
    try:
        kept = reopened.contacts.get(keep)
        assert kept is not None and kept.title == "Chief Technology Officer"
        assert reopened.contacts.get(other) is None
    finally:
        reopened.close()


def test_a_field_is_chosen_with_the_keyboard_alone(qtbot: QtBot, app_context: AppContext) -> None:
    keep, other = _pair(app_context.core)
    dialog = _open(qtbot, app_context, [keep, other])
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # arrows move among the radio buttons of the active window only
    dialog.buttons[keep].setFocus()
    qtbot.waitUntil(dialog.buttons[keep].hasFocus)
    title = dialog.rows["title"]
    # Tab from the contact kept (past the other: one stop per group) to the job title's row
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is title[keep]
    QTest.keyClick(title[keep], Qt.Key.Key_Right)  # to the other's value
    assert QApplication.focusWidget() is title[other]
    assert title[other].isChecked() and dialog.take_other == {"title"}
    assert "you chose the other's: Job title “CTO”" in dialog.outcome.text()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.merge_button  # then on to Merge
    QTest.keyClick(dialog.merge_button, Qt.Key.Key_Return)
    kept = app_context.core.contacts.get(keep)
    assert kept is not None and kept.title == "Chief Technology Officer"


def test_keeping_the_other_contact_keeps_the_title_picked(
    qtbot: QtBot, app_context: AppContext
) -> None:
    keep, other = _pair(app_context.core)
    dialog = _open(qtbot, app_context, [keep, other])
    QTest.mouseClick(dialog.rows["title"][other], Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.buttons[other], Qt.MouseButton.LeftButton)  # keep the work card
    assert (dialog.keep_id, dialog.other_id) == (other, keep)
    assert dialog.rows["title"][other].isChecked()  # its own title, picked before
    assert dialog.take_other == frozenset()


def test_the_rows_of_choices_are_not_squeezed_as_the_outcome_grows(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """The dialog's minimum width kept its layout from setting a minimum height: the rows
    and the outcome's lines were drawn over each other."""
    core = app_context.core
    keep, other = _pair(core)
    stored = core.contacts.get(other)
    assert stored is not None
    core.contacts.update(
        dataclasses.replace(
            stored, keep_in_touch_days=90, nickname="Anita", department="Platform engineering"
        )
    )
    stored = core.contacts.get(keep)
    assert stored is not None
    core.contacts.update(
        dataclasses.replace(stored, keep_in_touch_days=30, nickname="Ani", department="R&D")
    )
    dialog = _open(qtbot, app_context, [keep, other])
    qtbot.waitExposed(dialog)
    for buttons in dialog.rows.values():
        QTest.mouseClick(buttons[other], Qt.MouseButton.LeftButton)
    assert len(dialog.rows) == 4
    layout = dialog.layout()
    assert layout is not None
    for widget in (dialog.conflicts, dialog.outcome):
        assert widget.height() >= widget.minimumSizeHint().height(), widget.objectName()
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width())


def test_whom_they_were_met_through_and_the_photo_are_chosen_by_name(
    qtbot: QtBot, app_context: AppContext
) -> None:
    import io

    from PIL import Image

    from netdesk.core.photos import prepare_photo

    def photo(colour: tuple[int, int, int]) -> bytes:
        data = io.BytesIO()
        Image.new("RGB", (60, 60), colour).save(data, "PNG")
        return prepare_photo(data.getvalue())[0]

    core = app_context.core
    marta = core.contacts.create(Contact(given_name="Marta", family_name="Vidal"))
    luis = core.contacts.create(Contact(given_name="Luis", family_name="Soto"))
    keep = core.contacts.create(
        Contact(given_name="Ana", family_name="Ruiz", met_through_id=marta, photo=photo((9, 9, 9)))
    )
    other = core.contacts.create(
        Contact(given_name="Ana", family_name="Ruiz", met_through_id=luis, photo=photo((250, 0, 0)))
    )
    theirs = core.contacts.get(other)
    assert theirs is not None
    dialog = _open(qtbot, app_context, [keep, other])
    assert dialog.keep_id == keep  # the older one: neither has a journal
    met = dialog.rows["met_through_id"]
    assert (met[keep].text(), met[other].text()) == ("Marta Vidal", "Luis Soto")
    assert dialog.rows["photo"][other].text() == "Ana Ruiz's photo"
    QTest.mouseClick(met[other], Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.rows["photo"][other], Qt.MouseButton.LeftButton)
    assert "Not kept, as you chose the other's: Photo; Met through “Marta Vidal”." in (
        dialog.outcome.text()
    )
    with qtbot.waitSignal(app_context.changes.open_contact):
        QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    kept = core.contacts.get(keep)
    assert kept is not None
    assert kept.met_through_id == luis and kept.photo == theirs.photo
    app_context.undo_stack.undo()
    back = core.contacts.get(keep)
    assert back is not None and back.met_through_id == marta and back.photo != theirs.photo
