"""The duplicates dialog lists pairs and merges them undoably."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog, reason_text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


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
    assert [dialog.table.item(0, c).text() for c in range(3)] == [
        "Ana García",
        "Ana Garcia — CTO",  # what tells them apart
        "100%",
    ]
    assert "same e-mail: ana@x.org" in dialog.table.item(0, 3).text()  # the app's word
    before = core.contacts.get(ana)
    with qtbot.waitSignal(app_context.changes.contacts_changed):
        dialog.merge_left.click()
    assert dialog.table.rowCount() == 0
    merged = core.contacts.get(ana)
    assert merged is not None
    assert merged.title == "CTO"
    assert [e.value for e in merged.emails] == ["ana@x.org", "ana@home.org"]
    assert core.contacts.get(other) is None

    app_context.undo_stack.undo()
    restored = core.contacts.get(other)
    assert restored is not None
    assert restored.title == "CTO"
    kept = core.contacts.get(ana)
    assert kept is not None
    assert before is not None
    assert (kept.title, [e.value for e in kept.emails]) == (before.title, ["ana@x.org"])
    app_context.undo_stack.redo()
    assert core.contacts.get(other) is None


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
    assert [i.summary for i in core.journal.for_contact(ana)] == ["with the duplicate"]
    app_context.undo_stack.undo()
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
    row = [dialog.table.item(0, c).text() for c in range(4)]
    assert row[:2] == [
        "Amelia Davies — Product Manager",
        "Amelia Davies — Data Scientist · Acme Robotics",
    ]
    assert row[3] == "same name"
    assert dialog.table.item(0, 1).toolTip() == row[1]  # whole, however narrow the column


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
    lock = write_lock()
    dialog.merge_left.click()
    lock.release()
    assert len(said) == 1 and "is locked by another program" in said[0]
    assert dialog.table.rowCount() == 1  # still offered
    assert core.contacts.get(ana) is not None and core.contacts.get(other) is not None
    assert app_context.undo_stack.count() == 0
