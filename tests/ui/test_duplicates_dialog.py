"""The duplicates dialog lists pairs and merges them undoably; "Not the same person" is
remembered, undoable with Ctrl+Z, and forgotten on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.core import Core, duplicates
from netdesk.core.duplicates import find_duplicates
from netdesk.core.paths import Paths
from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog, MergeContacts, reason_text
from netdesk.ui.undo import DeleteContacts, push

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _done(qtbot: QtBot, dialog: DuplicatesDialog) -> None:
    """Waits for the merge (or its undo or redo) on the worker to end; the list is read
    again as it ends."""
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)


def test_merge_a_pair_and_undo_it(qtbot: QtBot, app_context: AppContext) -> None:
    core = app_context.core
    ana = core.contacts.create(
        Contact(given_name="Ana", family_name="García", emails=[EmailAddress("ana@x.org")])
    )
    other = core.contacts.create(
        Contact(given_name="Ana", family_name="Garcia", title="CTO",
                emails=[EmailAddress("ana@x.org"), EmailAddress("ana@home.org")])
    )  # fmt: skip
    core.contacts.create(Contact(given_name="Ben"))
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert [dialog.table.model().index(0, c).data() for c in range(3)] == [
        "Ana García",
        "Ana Garcia — CTO",  # what tells them apart
        "100%",
    ]
    assert "same e-mail: ana@x.org" in dialog.table.model().index(0, 3).data()  # the app's word
    before = core.contacts.get(ana)
    dialog.merge_left.click()
    assert dialog.working and not dialog.merge_right.isEnabled()  # on the worker
    _done(qtbot, dialog)
    assert dialog.table.rowCount() == 0
    merged = core.contacts.get(ana)
    assert merged is not None
    assert merged.title == "CTO"
    assert [e.value for e in merged.emails] == ["ana@x.org", "ana@home.org"]
    assert core.contacts.get(other) is None

    app_context.undo_stack.undo()
    _done(qtbot, dialog)
    assert dialog.table.rowCount() == 1  # the pair is a question again
    restored = core.contacts.get(other)
    assert restored is not None
    assert restored.title == "CTO"
    kept = core.contacts.get(ana)
    assert kept is not None
    assert before is not None
    assert (kept.title, [e.value for e in kept.emails]) == (before.title, ["ana@x.org"])
    app_context.undo_stack.redo()
    _done(qtbot, dialog)
    assert core.contacts.get(other) is None
    assert dialog.table.rowCount() == 0


def test_no_duplicates_says_so(qtbot: QtBot, app_context: AppContext) -> None:
    app_context.core.contacts.create(Contact(given_name="Ben"))
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.status.text() == "No duplicates found.", timeout=5000)
    assert not dialog.merge_left.isEnabled()


def test_undoing_a_merge_takes_the_other_journal_back(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana", emails=[EmailAddress("ana@x.org")]))
    other = core.contacts.create(Contact(given_name="Ana", emails=[EmailAddress("ana@x.org")]))
    core.journal.log([other], "call", "with the duplicate")
    core.follow_ups.add(other, core.clock.now(), "send the proposal")
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    dialog.merge_left.click()
    _done(qtbot, dialog)
    assert [i.summary for i in core.journal.for_contact(ana)] == ["with the duplicate"]
    app_context.undo_stack.undo()
    _done(qtbot, dialog)
    assert core.journal.for_contact(ana) == []
    assert core.follow_ups.of_contact(ana) == []
    assert [i.summary for i in core.journal.for_contact(other)] == ["with the duplicate"]
    assert [f.note for f in core.follow_ups.of_contact(other)] == ["send the proposal"]


def test_namesakes_show_what_tells_them_apart(qtbot: QtBot, app_context: AppContext) -> None:
    core = app_context.core
    core.contacts.create(
        Contact(given_name="Amelia", family_name="Davies", title="Product Manager")
    )
    core.contacts.create(
        Contact(given_name="Amelia", family_name="Davies", title="Data Scientist",
                organization="Acme Robotics", archived=True)
    )  # fmt: skip
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    row = [dialog.table.model().index(0, c).data() for c in range(4)]
    assert row[:2] == [
        "Amelia Davies — Product Manager",
        "Amelia Davies — Data Scientist · Acme Robotics",
    ]
    assert row[3] == "same name"
    tooltip = dialog.table.model().index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == row[1]  # whole, however narrow the column


def test_reasons_are_put_in_the_apps_words() -> None:
    assert reason_text("same email: a@b.org") == "same e-mail: a@b.org"
    assert reason_text("same phone: +34612345678") == "same phone: +34612345678"
    assert reason_text("similar names") == "similar names"


def test_a_merge_the_database_refuses_is_said_and_the_pair_stays(
    qtbot: QtBot,
    app_context: AppContext,
    write_lock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana", emails=[EmailAddress("a@x.org")]))
    other = core.contacts.create(Contact(given_name="Ana", emails=[EmailAddress("a@x.org")]))
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    dialog.table.selectRow(0)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    lock = write_lock()  # the worker waits for it, its busy timeout (5 s), and gives up
    dialog.merge_left.click()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    lock.release()
    _done(qtbot, dialog)
    assert len(said) == 1 and "is locked by another program" in said[0]
    assert dialog.table.rowCount() == 1  # still offered
    assert core.contacts.get(ana) is not None and core.contacts.get(other) is not None
    assert app_context.undo_stack.count() == 0


# -- "Not the same person", remembered ---------------------------------------------------------


def _two_pairs(core: Core) -> tuple[tuple[int, int], tuple[int, int]]:
    add = core.contacts.create
    ana = add(Contact(given_name="Ana", emails=[EmailAddress("ana@x.org")]))
    anna = add(Contact(given_name="Anna", emails=[EmailAddress("ana@x.org")]))
    jon = add(Contact(given_name="Jon", family_name="Smith"))
    john = add(Contact(given_name="John", family_name="Smith"))
    return (ana, anna), (jon, john)  # most certain first: a shared e-mail, then similar names


def _open(qtbot: QtBot, context: AppContext) -> DuplicatesDialog:
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.searched, timeout=5000)
    return dialog


def _shown(dialog: DuplicatesDialog) -> list[tuple[int, int]]:
    return [(p.keep_id, p.other_id) for p in dialog.pairs]


def _selected(dialog: DuplicatesDialog) -> str:
    row = dialog.table.selectionModel().selectedRows()[0].row()
    model = dialog.table.model()
    return model.index(row, 0).data() + " / " + model.index(row, 1).data()


def test_not_the_same_person_is_remembered_and_ctrl_z_brings_it_back(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    anas, smiths = _two_pairs(core)
    dialog = _open(qtbot, app_context)
    assert _shown(dialog) == [anas, smiths]
    assert not dialog.forget.isEnabled()  # nothing answered yet
    dialog.table.selectRow(0)
    dialog.skip.click()
    assert _shown(dialog) == [smiths]
    assert _selected(dialog) == "Jon Smith / John Smith"  # the next question, ready
    assert dialog.forget.text() == "Forget my “not the same” &answers (1)"
    assert dialog.forget.isEnabled()
    assert {(p.keep_id, p.other_id) for p in find_duplicates(core)} == {smiths}
    dialog.close()

    again = _open(qtbot, app_context)  # a later "Find duplicates"
    assert _shown(again) == [smiths]
    with qtbot.waitExposed(again):
        again.show()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow, timeout=5000)
    qtbot.keyClick(again.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _shown(again) == [anas, smiths]  # back in its place, selected
    assert _selected(again) == "Ana / Anna"
    assert again.forget.text() == "Forget my “not the same” &answers (0)"
    assert not again.forget.isEnabled()
    assert {(p.keep_id, p.other_id) for p in find_duplicates(core)} == {anas, smiths}
    qtbot.keyClick(
        again.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _shown(again) == [smiths]  # redone


def test_the_answer_survives_reopening_the_database(
    qtbot: QtBot, app_context: AppContext, tmp_data_dir: Path
) -> None:
    core = app_context.core
    anas, _smiths = _two_pairs(core)
    dialog = _open(qtbot, app_context)
    dialog.table.selectRow(1)
    dialog.skip.click()
    dialog.close()
    app_context.undo_stack.clear()
    core.close()
    reopened = Core.open(Paths(tmp_data_dir), core.clock)
    context = AppContext.create(Paths(tmp_data_dir), reopened, tmp_data_dir / "logs" / "x.log")
    try:
        after = _open(qtbot, context)
        assert _shown(after) == [anas]
        assert after.forget.text() == "Forget my “not the same” &answers (1)"
    finally:
        reopened.close()


def test_forgetting_the_answers_asks_first_and_brings_the_pairs_back(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    anas, smiths = _two_pairs(core)
    duplicates.dismiss(core, *anas)  # answered in earlier sessions
    duplicates.dismiss(core, *smiths)
    dialog = _open(qtbot, app_context)
    assert _shown(dialog) == []
    assert dialog.status.text() == "No duplicates found."
    assert dialog.forget.text() == "Forget my “not the same” &answers (2)"

    cancel = ModalAnswers("Cancel")
    dialog.forget.click()
    cancel.stop()
    assert len(cancel.seen) == 1 and "you said 2 pair" in cancel.seen[0][0]
    assert _shown(dialog) == [] and duplicates.dismissed_count(core) == 2

    forget = ModalAnswers("&Forget")  # Alt+F; Cancel, the default, is Esc
    dialog.forget.click()
    forget.stop()
    assert len(forget.seen) == 1
    assert _shown(dialog) == [anas, smiths]
    assert duplicates.dismissed_count(core) == 0
    assert not dialog.forget.isEnabled()

    app_context.undo_stack.undo()  # the answers are remembered again
    assert _shown(dialog) == []
    assert duplicates.dismissed_pairs(core) == {anas, smiths}


def test_an_answer_the_database_refuses_is_said_and_the_pair_stays(
    qtbot: QtBot, app_context: AppContext, write_lock, monkeypatch: pytest.MonkeyPatch
) -> None:
    core = app_context.core
    anas, smiths = _two_pairs(core)
    dialog = _open(qtbot, app_context)
    dialog.table.selectRow(0)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    lock = write_lock()
    dialog.skip.click()
    lock.release()
    assert len(said) == 1 and "is locked by another program" in said[0]
    assert _shown(dialog) == [anas, smiths]  # still offered
    assert _selected(dialog) == "Ana / Anna"
    assert duplicates.dismissed_count(core) == 0
    assert app_context.undo_stack.count() == 0
    dialog.skip.click()  # once the other program lets go, it works
    assert _shown(dialog) == [smiths]


def test_deleting_a_contact_takes_its_answers_along_and_undo_brings_them_back(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    anas, smiths = _two_pairs(core)
    dialog = _open(qtbot, app_context)
    dialog.skip.click()
    assert dialog.forget.text() == "Forget my “not the same” &answers (1)"
    dialog.close()
    push(app_context, DeleteContacts(app_context, [anas[1]]))
    assert duplicates.dismissed_count(core) == 0
    assert _shown(_open(qtbot, app_context)) == [smiths]
    app_context.undo_stack.undo()  # Anna is back, and so is the answer about her
    assert core.contacts.get(anas[1]) is not None
    assert duplicates.dismissed_count(core) == 1
    assert _shown(_open(qtbot, app_context)) == [smiths]
    app_context.undo_stack.redo()
    assert duplicates.dismissed_count(core) == 0


def _texts(dialog: DuplicatesDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.model().index(r, c).data() for c in range(4)] for r in range(table.rowCount())]


def test_the_rows_follow_merges_answers_and_undos_as_a_new_search_shows_them(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    add = core.contacts.create
    add(Contact(given_name="Ana", family_name="García", emails=[EmailAddress("a@x.org")]))
    add(Contact(given_name="Ana", family_name="Garcia", title="CTO",
                emails=[EmailAddress("a@x.org")]))  # fmt: skip
    add(Contact(given_name="Ana", family_name="Garcia"))
    _two_pairs(core)
    dialog = _open(qtbot, app_context)
    assert len(dialog.pairs) == 5
    dialog.table.selectRow(0)
    dialog.merge_left.click()  # Ana García gets "CTO": the row she keeps with the third Ana
    _done(qtbot, dialog)
    assert _texts(dialog) == _texts(_open(qtbot, app_context))
    assert [r[0] for r in _texts(dialog)].count("Ana García — CTO") == 1
    dialog.table.selectRow(1)
    dialog.skip.click()
    assert _texts(dialog) == _texts(_open(qtbot, app_context))
    app_context.undo_stack.undo()
    app_context.undo_stack.undo()
    _done(qtbot, dialog)
    assert _texts(dialog) == _texts(_open(qtbot, app_context))
    assert len(dialog.pairs) == 5
    assert "Ana García — CTO" not in [row[0] for row in _texts(dialog)]  # as she was


def close_button(dialog: DuplicatesDialog):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Close)


def _one_pair(qtbot: QtBot, app_context: AppContext) -> DuplicatesDialog:
    """Find duplicates over two Anas sharing an address, its one pair listed."""
    for family in ("García", "Garcia"):
        app_context.core.contacts.create(
            Contact(given_name="Ana", family_name=family, emails=[EmailAddress("ana@x.org")])
        )
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    return dialog


def test_tab_leaves_the_list_for_the_merge_buttons(qtbot: QtBot, app_context: AppContext) -> None:
    """Keyboard only: Tab goes from the list of pairs to Merge and "Not the same person"; it
    went from cell to cell, so the buttons could only be clicked."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    dialog = _one_pair(qtbot, app_context)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.waitUntil(dialog.table.hasFocus)
    reached = []
    for _ in range(6):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert {dialog.merge_left, dialog.merge_right, dialog.skip} <= set(reached)
    # left to right as shown: Close, made first, was reached before the merge buttons
    shown = sorted(
        (b for b in (dialog.merge_left, dialog.merge_right, dialog.skip, close_button(dialog))),
        key=lambda b: b.mapTo(dialog, b.rect().topLeft()).x(),
    )
    assert [w for w in dict.fromkeys(reached) if w in shown] == shown  # (Tab goes round)


def test_the_list_of_pairs_has_a_name_a_screen_reader_can_say(
    qtbot: QtBot, app_context: AppContext
) -> None:
    from test_accessibility import nameless_controls

    dialog = _one_pair(qtbot, app_context)
    assert nameless_controls(dialog) == []  # the list is named by "1 possible duplicate."


def test_enter_in_the_list_merges_nothing_and_alt_f_merges_keeping_the_first(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Enter on a pair merged it, keeping the first, through the dialog's default button."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    dialog = _one_pair(qtbot, app_context)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert app_context.core.contacts.count() == 2  # Enter merged nothing
    assert dialog.table.rowCount() == 1 and dialog.isVisible()
    with qtbot.waitSignal(app_context.changes.contacts_changed):
        QTest.keyClick(dialog.table, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert app_context.core.contacts.count() == 1


def test_cancelling_the_search_closes_the_dialog_rather_than_show_a_part(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel in the progress dialog: what was found so far (the shared e-mails, none of the
    names) was listed as if it were every duplicate, or 'No duplicates found.'"""
    import threading

    from netdesk.core.duplicates import DuplicatePair
    from netdesk.ui import duplicates_dialog

    asked = threading.Event()

    def partial(*_args: object, cancelled, **_kwargs: object) -> list[DuplicatePair]:  # type: ignore[no-untyped-def]
        asked.wait(5)
        assert cancelled()
        return [DuplicatePair(1, 2, 100, ["same email: a@x.org"])]

    monkeypatch.setattr(duplicates_dialog, "find_duplicates", partial)
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.operation is not None
    dialog.operation.cancel()
    asked.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert dialog.result() == DuplicatesDialog.DialogCode.Rejected
    assert dialog.pairs == [] and not dialog.searched


def test_after_merging_b_into_a_the_pair_b_c_is_asked_of_a(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """A chain: A and B share an e-mail, B and C a phone: one row for the three. Once B is
    merged into A (Merge two contacts), A has that phone: the pair B~C went away with B until
    the next search; it is now A~C, and undoing the merge puts the three back."""
    from netdesk.core.types import PhoneNumber

    add = app_context.core.contacts.create
    a = add(Contact(given_name="Ana", family_name="Ruiz", emails=[EmailAddress("ana@x.org")]))
    b = add(Contact(given_name="Ana", family_name="Ortega", emails=[EmailAddress("ana@x.org")],
                    phones=[PhoneNumber("+34612345678")]))  # fmt: skip
    c = add(Contact(given_name="Anita", family_name="Beltrán",
                    phones=[PhoneNumber("+34 612 34 56 78")]))  # fmt: skip
    dialog = _open(qtbot, app_context)
    assert [(p.keep_id, p.other_id, p.group) for p in dialog.pairs] == [(a, b, (a, b, c))]
    push(app_context, MergeContacts(app_context, a, b, dialog))  # keep A
    _done(qtbot, dialog)
    assert _shown(dialog) == [(a, c)]
    assert _texts(dialog)[0][3] == "same phone: +34612345678"
    assert dialog.status.text() == "1 possible duplicate."
    dialog.skip.click()  # "not the same person" is remembered of A and C
    assert _shown(dialog) == [] and duplicates.dismissed_pairs(app_context.core) == {(a, c)}
    app_context.undo_stack.undo()
    assert _shown(dialog) == [(a, c)]
    app_context.undo_stack.undo()  # the merge
    _done(qtbot, dialog)
    assert [(p.keep_id, p.other_id, p.group) for p in dialog.pairs] == [(a, b, (a, b, c))]
    assert dialog.status.text() == "1 possible duplicate."


def test_one_refresh_per_merge(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A merge refreshed the list three times (contacts changed, the stack moved, the push
    ended): over 100,000 contacts, 150 ms each, the window stood still half a second."""
    from PySide6.QtWidgets import QApplication

    dialog = _one_pair(qtbot, app_context)
    refreshes: list[None] = []
    real = DuplicatesDialog.refresh
    monkeypatch.setattr(
        DuplicatesDialog, "refresh", lambda self: (refreshes.append(None), real(self))
    )
    dialog.merge_left.click()
    _done(qtbot, dialog)
    QApplication.processEvents()
    assert len(refreshes) == 1 and dialog.table.rowCount() == 0
    app_context.undo_stack.undo()
    _done(qtbot, dialog)
    QApplication.processEvents()
    assert len(refreshes) == 2 and dialog.table.rowCount() == 1


def test_the_selected_pair_shows_both_contacts_in_full(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """To decide, the user sees each side's e-mails, phones and journal, not only names."""
    import datetime as dt

    from netdesk.core.types import PhoneNumber

    core = app_context.core
    ana = core.contacts.create(
        Contact(given_name="Ana", family_name="García", organization="Acme",
                emails=[EmailAddress("ana@x.org")], phones=[PhoneNumber("+34612345678")])
    )  # fmt: skip
    both = [EmailAddress("ana@x.org"), EmailAddress("ana@home.es")]
    core.contacts.create(Contact(given_name="Ana", family_name="Garcia", emails=both))
    for day in (1, 2):
        core.journal.log([ana], "call", "Caught up", at=dt.datetime(2026, 2, day, 10))
    dialog = _open(qtbot, app_context)
    qtbot.waitUntil(lambda: dialog.details[1].text() != "")  # read on a worker
    left, right = (label.text() for label in dialog.details)
    assert left == "Ana García\nAcme\nana@x.org, +34612345678\n2 journal entries, last 4 weeks ago"
    assert right == "Ana Garcia\nana@x.org, ana@home.es\nNo journal entries"
    dialog.merge_left.click()
    _done(qtbot, dialog)
    assert [label.text() for label in dialog.details] == ["", ""]  # nothing selected, nothing said


@pytest.mark.parametrize("button", ["merge_left", "skip"])
def test_a_pair_whose_contact_another_program_deleted_leaves_the_list(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch, button: str
) -> None:
    """netdesk-cli (or a script) deleted one of the two while the dialog was open: Merge said
    'merge needs two different stored contacts', and "Not the same person" left an undo
    entry for nothing. The pair now leaves the list, the next one selected."""
    import sqlite3

    core = app_context.core
    anas = [
        core.contacts.create(Contact(given_name="Ana", emails=[EmailAddress("a@x.org")]))
        for _ in range(3)
    ]
    dialog = _open(qtbot, app_context)
    assert [p.group for p in dialog.pairs] == [tuple(anas)]  # one row for the three
    dialog.table.selectRow(0)
    other = sqlite3.connect(app_context.paths.database)
    other.execute("PRAGMA foreign_keys = 1")
    other.execute("DELETE FROM contact WHERE id = ?", (anas[1],))
    other.commit()
    other.close()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    getattr(dialog, button).click()
    assert said == [] and app_context.undo_stack.count() == 0
    assert _shown(dialog) == [(anas[0], anas[2])]
    assert _selected(dialog) == "Ana / Ana"


def test_a_search_that_fails_is_said_and_closes_the_dialog(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search failed (a damaged database, a locked one): after the error box the dialog
    stayed open saying 'Looking for duplicates…' over an empty list, for good."""
    from netdesk.ui import duplicates_dialog

    def broken(*_args: object, **_kwargs: object) -> list[object]:
        raise RuntimeError("database disk image is malformed")

    said: list[str] = []
    monkeypatch.setattr(duplicates_dialog, "find_duplicates", broken)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "database disk image is malformed" in said[0]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert dialog.result() == DuplicatesDialog.DialogCode.Rejected


def test_the_pairs_are_kept_from_the_collector_only_while_the_dialog_is_open(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Frozen while shown (each full collection walked the 250,000 pairs of 100,000 contacts
    again, holding the interpreter lock), thawed when closed; a dialog never shown is never
    closed, so it freezes nothing (the import's test found 123,216 objects frozen)."""
    import gc

    assert gc.get_freeze_count() == 0
    hidden = _one_pair(qtbot, app_context)
    assert hidden.table.rowCount() == 1 and gc.get_freeze_count() == 0
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.searched, timeout=5000)
    assert gc.get_freeze_count() > 0
    dialog.close()
    assert gc.get_freeze_count() == 0


def test_the_pair_shown_says_what_each_merge_would_not_keep(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Greta as CEO and as CTO, born on one day with and without the year: 'Merge, keep the
    first' dropped 'CTO' without a word (Merge two contacts says it). A value the kept side
    has empty, or one it says already, is not lost."""
    from netdesk.core.types import PartialDate

    add = app_context.core.contacts.create
    mail = [EmailAddress("greta@ferro.example")]
    add(Contact(given_name="Greta", family_name="Schröder", title="CEO", emails=mail,
                birthday=PartialDate(None, 3, 9)))  # fmt: skip
    add(Contact(given_name="Greta", family_name="Schröder", title="CTO", emails=mail,
                organization="Ferro & Partners", birthday=PartialDate(1980, 3, 9)))  # fmt: skip
    dialog = _open(qtbot, app_context)
    dialog.table.selectRow(0)
    qtbot.waitUntil(lambda: dialog.not_kept.text() != "")  # read on a worker
    assert dialog.not_kept.text() == (
        "Keeping the first loses: Job title “CTO”.\nKeeping the second loses: Job title “CEO”.\n"
        "Merge… lets you choose, field by field, whose to keep."
    )
    dialog.skip.click()
    assert dialog.not_kept.text() == ""  # no pair left to show


def test_answering_in_a_full_list_selects_the_next_pair(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More pairs than the list shows (100,000 contacts have a quarter of a million): the
    pair that comes in at the end as one is answered read as one come back, and was
    selected, so each "Not the same person" or merge jumped to the last row."""
    from netdesk.ui import duplicates_dialog

    monkeypatch.setattr(duplicates_dialog, "SHOWN_PAIRS", 3)
    add = app_context.core.contacts.create
    for number in range(5):
        mail = [EmailAddress(f"person{number}@x.org")]
        add(Contact(given_name=f"Ana{number}", family_name="Ruiz", emails=mail))
        add(Contact(given_name=f"Ana{number}", family_name="Ruiz", emails=mail))
    dialog = _open(qtbot, app_context)
    shown = _shown(dialog)
    dialog.table.selectRow(0)
    dialog.skip.click()
    assert _shown(dialog) == [*shown[1:], (7, 8)]
    assert _selected(dialog).startswith("Ana1 Ruiz")  # it took the first row's place
    dialog.merge_left.click()
    _done(qtbot, dialog)
    assert _selected(dialog).startswith("Ana2 Ruiz")
    app_context.undo_stack.undo()  # the merge: its pair is back, and selected
    _done(qtbot, dialog)
    assert _selected(dialog).startswith("Ana1 Ruiz")


def test_an_answer_reads_only_what_changed(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each answer read the summaries of every row shown again (2,000 contacts for 1,000
    pairs) and both sides of a passing pair in full: 200 ms a click over 100,000 contacts.
    A contact changed elsewhere is still read again."""
    from PySide6.QtWidgets import QApplication

    from netdesk.core.contacts import ContactService

    core = app_context.core
    for number in range(6):
        mail = [EmailAddress(f"person{number}@x.org")]
        core.contacts.create(Contact(given_name=f"Ana{number}", family_name="Ruiz", emails=mail))
        core.contacts.create(Contact(given_name=f"Ana{number}", family_name="Ruiz", emails=mail))
    dialog = _open(qtbot, app_context)
    dialog.table.selectRow(0)
    qtbot.waitUntil(lambda: dialog.details[0].text() != "")  # read on a worker
    read: list[int] = []
    got: list[int] = []
    summaries, get = ContactService.summaries, ContactService.get
    monkeypatch.setattr(
        ContactService, "summaries", lambda self, ids: (read.extend(ids), summaries(self, ids))[1]
    )
    monkeypatch.setattr(ContactService, "get", lambda self, i: (got.append(i), get(self, i))[1])
    dialog.skip.click()
    qtbot.waitUntil(lambda: dialog.details[0].text().startswith("Ana1 "))  # read on a worker
    assert sorted(got) == [3, 4]  # the pair now selected, once
    assert sorted(read) == [1, 2, 3, 4]  # the pair answered, checked; the one now selected
    renamed = core.contacts.get(12)
    assert renamed is not None
    renamed.given_name = "Ana Sofía"
    core.contacts.update(renamed)
    app_context.changes.contacts_changed.emit([12])
    QApplication.processEvents()
    assert _texts(dialog)[-1][1] == "Ana Sofía Ruiz"


def test_a_closed_dialog_lets_its_pairs_go(qtbot: QtBot, app_context: AppContext) -> None:
    """The main window keeps each dialog it opened (its child) until it quits: every
    search's pairs stayed with it, 100 MB more each time over 100,000 contacts."""
    import gc
    import weakref

    dialog = _one_pair(qtbot, app_context)
    assert dialog._found is not None
    found = weakref.ref(dialog._found)
    dialog.done(0)
    gc.collect()
    assert found() is None and dialog.table.rowCount() == 0
