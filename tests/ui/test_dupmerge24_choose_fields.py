"""Find duplicates > Merge… (Alt+M): the merge dialog for the selected pair, where the user picks
whose job title stays; its merge leaves the list as the quick buttons' does, and undoes alike."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog
from netdesk.ui.merge_dialog import MergeTwoDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _contacts(context: AppContext) -> tuple[int, int]:
    """Ana Ruiz, CTO, with a journal (the merge dialog keeps her by default), her card from
    work with its own job title, and another pair (Bea Roca twice) to go on to."""
    core = context.core
    ana = core.contacts.create(
        Contact(given_name="Ana", family_name="Ruiz", title="CTO",
                emails=[EmailAddress("ana@x.org")])
    )  # fmt: skip
    work = core.contacts.create(
        Contact(given_name="Ana", family_name="Ruiz", title="Chief Technology Officer",
                emails=[EmailAddress("ana@x.org"), EmailAddress("ana@acme.com")])
    )  # fmt: skip
    core.journal.log([ana], "call", "Caught up", at=dt.datetime(2026, 2, 1, 10))
    for _ in range(2):
        core.contacts.create(
            Contact(given_name="Bea", family_name="Roca", emails=[EmailAddress("bea@x.org")])
        )
    return ana, work


def _open(qtbot: QtBot, context: AppContext, ana: int) -> tuple[DuplicatesDialog, int]:
    """Find duplicates shown and active, Ana's pair selected: its row."""
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    row = next(i for i, p in enumerate(dialog.pairs) if ana in (p.keep_id, p.other_id))
    dialog.table.selectRow(row)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog, row


def _merge_dialog(qtbot: QtBot, dialog: DuplicatesDialog) -> MergeTwoDialog:
    """Alt+M, as a keyboard user opens it: the merge dialog, over Find duplicates."""
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), MergeTwoDialog))
    merge = QApplication.activeWindow()
    assert isinstance(merge, MergeTwoDialog)
    assert merge.parentWidget() is dialog
    return merge


def _selected_pair(dialog: DuplicatesDialog) -> tuple[int, int]:
    rows = dialog.table.selectionModel().selectedRows()
    assert len(rows) == 1
    pair = dialog.pairs[rows[0].row()]
    return pair.keep_id, pair.other_id


def test_the_others_job_title_chosen_from_find_duplicates_is_kept_and_undone(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    ana, work = _contacts(app_context)
    dialog, _row = _open(qtbot, app_context, ana)
    pair = _selected_pair(dialog)
    assert dialog.status.text() == "2 possible duplicates."
    merge = _merge_dialog(qtbot, dialog)
    assert set(merge.ids) == {ana, work}  # the pair selected
    assert merge.keep_id == ana
    # the other's title, chosen by keyboard: its radio button, then Space
    theirs = merge.rows["title"][work]
    theirs.setFocus()
    QTest.keyClick(theirs, Qt.Key.Key_Space)
    assert merge.take_other == {"title"}
    with qtbot.assertNotEmitted(app_context.changes.open_contact):  # no card opened behind
        QTest.keyClick(merge.merge_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not shiboken6.isValid(merge), timeout=10_000)
        qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    kept = core.contacts.get(ana)
    assert kept is not None and kept.title == "Chief Technology Officer"
    assert [e.value for e in kept.emails] == ["ana@x.org", "ana@acme.com"]
    assert core.contacts.get(work) is None
    # the pair left the list as after a quick merge: the next one selected, the count said
    assert dialog.table.rowCount() == 1
    assert _selected_pair(dialog) != pair
    assert dialog.status.text() == "1 possible duplicate."
    assert dialog.merge_choosing.isEnabled()

    app_context.undo_stack.undo()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    back, other = core.contacts.get(ana), core.contacts.get(work)
    assert back is not None and back.title == "CTO"
    assert [e.value for e in back.emails] == ["ana@x.org"]
    assert other is not None and other.title == "Chief Technology Officer"
    assert dialog.table.rowCount() == 2
    assert _selected_pair(dialog) == pair  # the pair that came back
    assert dialog.status.text() == "2 possible duplicates."

    app_context.undo_stack.redo()  # takes the same choice
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    again = core.contacts.get(ana)
    assert again is not None and again.title == "Chief Technology Officer"
    assert dialog.table.rowCount() == 1


def test_cancel_in_the_merge_dialog_changes_nothing_and_keeps_the_pair_selected(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    ana, work = _contacts(app_context)
    before = {i: core.contacts.get(i) for i in (ana, work)}
    dialog, row = _open(qtbot, app_context, ana)
    pair = _selected_pair(dialog)
    merge = _merge_dialog(qtbot, dialog)
    theirs = merge.rows["title"][work]
    theirs.setFocus()
    QTest.keyClick(theirs, Qt.Key.Key_Space)  # chosen, then given up
    QTest.keyClick(theirs, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(merge))  # closed, let go
    assert {i: core.contacts.get(i) for i in (ana, work)} == before
    assert app_context.undo_stack.count() == 0
    assert dialog.table.rowCount() == 2
    assert _selected_pair(dialog) == pair
    assert dialog.table.selectionModel().selectedRows()[0].row() == row
    assert dialog.focusWidget() is dialog.table  # where Alt+M was pressed: the arrows go on


def test_the_losses_of_the_quick_buttons_point_to_merge(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """ "Keeping the first loses: Job title …" read as what any merge must lose."""
    ana, _work = _contacts(app_context)
    dialog, _row = _open(qtbot, app_context, ana)
    qtbot.waitUntil(lambda: dialog.not_kept.text() != "", timeout=10_000)
    lines = dialog.not_kept.text().splitlines()
    assert lines[0].startswith("Keeping the first loses: Job title")
    assert lines[-1] == "Merge… lets you choose, field by field, whose to keep."
