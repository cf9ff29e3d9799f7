"""One contact's journal under the card, and the journal lists' keys and refreshes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from journal_menus import menu_at_row
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact, Interaction
from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_view import INTERACTION_ROLE, JournalView, when_text

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    """As ``app_context``: the undo stack emptied at the end (see test_follow_up_panel.py)."""
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.fixture
def view(qtbot: QtBot, context: AppContext) -> JournalView:
    widget = JournalView(context)
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def summaries(view: JournalView) -> list[str]:
    model = view.model
    return [model.index(r).data(INTERACTION_ROLE).summary for r in range(model.rowCount())]


def test_newest_first_with_an_empty_state(view: JournalView, context: AppContext) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    view.set_contact(ana)
    assert view.objectName() == "journalView"
    assert view.empty.isVisible() and not view.list.isVisible()
    core.journal.log([ana], "call", "Older", at=D(2026, 2, 1, 10))
    core.journal.log([ana], "note", "Newer", at=D(2026, 2, 20, 10))
    context.changes.journal_changed.emit([ana])
    assert summaries(view) == ["Newer", "Older"]
    assert view.list.isVisible() and not view.empty.isVisible()


def test_a_new_or_absent_contact_says_why_the_journal_is_empty(
    view: JournalView, context: AppContext
) -> None:
    view.set_contact(None, new=True)  # the card holds a contact not saved yet
    assert view.empty.isVisible() and not view.list.isVisible()
    assert "once the contact is saved" in view.empty.text()
    view.set_contact(None)  # nobody chosen
    assert view.empty.isVisible() and not view.list.isVisible()
    assert view.empty.text() == "Choose a contact to see their journal."
    ana = context.core.contacts.create(Contact(given_name="Ana"))
    view.set_contact(ana)
    assert view.empty.text().startswith("Nothing logged yet")
    # right under the title, not floating in the middle of the room the hidden list leaves
    label = view.empty
    assert label.height() <= label.heightForWidth(label.width()) + 4  # the spacer took the rest
    assert label.alignment() & Qt.AlignmentFlag.AlignTop


def test_delete_key_deletes_the_entry_undoably(
    qtbot: QtBot, view: JournalView, context: AppContext
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    core.journal.log([ana], "call", "Older", at=D(2026, 2, 1, 10))
    core.journal.log([ana], "call", "Mistake", at=D(2026, 2, 20, 10))
    view.set_contact(ana)
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0))
    QTest.keyClick(view.list, Qt.Key.Key_Delete)
    assert summaries(view) == ["Older"]
    assert core.contacts.get(ana).last_interaction == D(2026, 2, 1, 10)  # type: ignore[union-attr]
    assert core.follow_ups.of_contact(ana)[0].due == D(2026, 3, 3)  # the clock went back too
    context.undo_stack.undo()
    assert summaries(view) == ["Mistake", "Older"]
    assert core.follow_ups.of_contact(ana)[0].due == D(2026, 3, 22)


def test_other_people_on_entries_follow_renames_and_deletes(
    view: JournalView, context: AppContext
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.journal.log([ana, bob], "meeting", "Lunch", at=D(2026, 2, 1, 10))
    view.set_contact(ana)
    assert view.model.names([bob]) == ["Bob"]
    contact = core.contacts.get(bob)
    assert contact is not None
    contact.given_name = "Roberto"
    core.contacts.update(contact)
    context.changes.contacts_changed.emit([bob])  # renamed on his own card
    assert view.model.names([bob]) == ["Roberto"]
    core.contacts.delete([bob])
    context.changes.contacts_changed.emit(None)
    context.changes.journal_changed.emit([bob])  # as the delete command does
    (entry,) = [view.model.entry(r) for r in range(view.model.rowCount())]
    assert entry.contact_ids == [ana]  # no longer "with Roberto"


def test_deleting_far_down_keeps_the_place(
    qtbot: QtBot, view: JournalView, context: AppContext
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    for n in range(150):  # more than one page
        core.journal.log([ana], "call", f"Call {n:03d}", at=D(2025, 1, 1) + dt.timedelta(days=n))
    view.set_contact(ana)
    while view.model.canFetchMore(view.model.index(-1)):
        view.model.fetchMore(view.model.index(-1))
    view.list.scrollToBottom()
    bar = view.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() > 0)
    view.list.setCurrentIndex(view.model.index(148))
    view.list.setFocus()
    QTest.keyClick(view.list, Qt.Key.Key_Delete)
    assert view.model.rowCount() == 149
    assert "Call 001" not in summaries(view)
    assert bar.value() > bar.maximum() // 2  # not thrown back to the newest entries
    assert view.list.currentIndex().row() == 148


def test_dates_are_written_in_the_users_language(qtbot: QtBot) -> None:
    moment = D(2026, 3, 6, 15, 30)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        text = when_text(moment)
    finally:
        QLocale.setDefault(previous)
    assert text == "Fr. 6 März 2026, 15:30"  # strftime gave "Fri 06 Mar 2026, 15:30"


def test_a_delete_the_database_refuses_is_said_and_leaves_no_undo(
    view: JournalView, context: AppContext, write_lock, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    ana = context.core.contacts.create(Contact(given_name="Ana"))
    context.core.journal.log([ana], "call", "Keep me", at=D(2026, 2, 1, 10))
    view.set_contact(ana)
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    lock = write_lock()
    QTest.keyClick(view.list, Qt.Key.Key_Delete)
    lock.release()
    assert len(said) == 1 and "is locked by another program" in said[0]
    assert summaries(view) == ["Keep me"]
    assert context.undo_stack.count() == 0  # no "Undo Delete journal entry" for nothing


@pytest.mark.qt_log_ignore("does not support grabbing")  # offscreen popups
def test_an_entrys_menu_opens_the_others_who_were_there(
    qtbot: QtBot, view: JournalView, context: AppContext
) -> None:
    """ "with Bob" named him on Ana's entry; nothing opened him."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob", family_name="Smith & Sons"))
    core.journal.log([ana, bob], "meeting", "Lunch", at=D(2026, 3, 1, 13))
    view.set_contact(ana)
    menu = menu_at_row(view, 0)
    opens = [a for a in menu.actions() if a.text().startswith("Open ")]
    assert [a.text() for a in opens] == ["Open Bob Smith && Sons"]
    # E and D choose Edit and Delete from the keyboard (Menu key, then the letter); the
    # names' "&" marks none
    letters = [QKeySequence.mnemonic(a.text()).toString() for a in menu.actions()]
    assert [key for key in letters if key] == ["Alt+E", "Alt+D"]
    with qtbot.waitSignal(context.changes.open_contact) as opened:
        opens[0].trigger()
    assert opened.args == [bob]
    journal = GlobalJournal(context)  # everyone's journal offers everyone
    qtbot.addWidget(journal)
    journal.resize(600, 300)
    with qtbot.waitExposed(journal):
        journal.show()
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0)  # read on a worker
    menu = menu_at_row(journal, 0)
    assert [a.text() for a in menu.actions() if a.text().startswith("Open ")] == [
        "Open Ana",
        "Open Bob Smith && Sons",
    ]


def test_an_entrys_third_line_shows_that_the_notes_go_on(
    view: JournalView, context: AppContext
) -> None:
    """Only the notes' first line showed, with nothing saying there was more (and notes that
    began with an empty line showed nothing at all)."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.journal.log([ana, bob], "call", "Call")
    view.set_contact(ana)  # the list knows Bob's name
    delegate = view.delegate

    def entry(body: str, *ids: int) -> Interaction:
        return Interaction(D(2026, 3, 1), "call", "Call", body=body, contact_ids=[ana, *ids])

    assert delegate.detail(entry("One line")) == "One line"
    assert delegate.detail(entry("First\nSecond", bob)) == "with Bob — First …"
    assert delegate.detail(entry("\n  \nAt the office")) == "At the office"
    assert delegate.detail(entry("", bob)) == "with Bob"
    assert delegate.detail(entry(" \n")) == ""


def test_a_shared_entry_keeps_everyone_through_a_delete_of_one_and_its_undo(
    qtbot: QtBot, view: JournalView, context: AppContext
) -> None:
    """Bob deleted then put back: Ana's journal says "with Bob" again at once, and deleting
    the lunch from her card and undoing that keeps Bob on it (it used to come back with
    Ana only: Bob's journal lost it and his last interaction said "never")."""
    from netdesk.ui import undo

    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.journal.log([ana, bob], "meeting", "Lunch with both")
    view.set_contact(ana)
    undo.push(context, undo.DeleteContacts(context, [bob]))
    assert view.delegate.detail(view.model.index(0).data(INTERACTION_ROLE)) == ""
    context.undo_stack.undo()
    assert view.delegate.detail(view.model.index(0).data(INTERACTION_ROLE)) == "with Bob"
    view.list.setCurrentIndex(view.model.index(0))
    view.list.delete_current()
    context.undo_stack.undo()
    assert [e.contact_ids for e in core.journal.for_contact(bob)] == [[ana, bob]]
    bob_card = core.contacts.get(bob)
    assert bob_card is not None and bob_card.last_interaction is not None


def test_a_change_lays_the_list_out_once_with_cheap_row_heights(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each change read the list again and laid it out twice, each row's height writing its
    third line out (names, notes): 2,000 rows of the global journal took half a second a
    change. A row's height now asks only whether that line says something."""
    from netdesk.ui.journal_view import JournalDelegate

    asked: list[int] = []
    written: list[int] = []
    real_size, real_detail = JournalDelegate.sizeHint, JournalDelegate.detail
    monkeypatch.setattr(  # before the view is made: its virtual calls find these
        JournalDelegate,
        "sizeHint",
        lambda self, option, index: asked.append(index.row()) or real_size(self, option, index),
    )
    monkeypatch.setattr(
        JournalDelegate, "detail", lambda self, entry: written.append(1) or real_detail(self, entry)
    )
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    for n in range(150):
        people = [ana, bob] if n % 3 == 0 else [ana]
        body = ("", " \n\t", "Notes\nmore", "\u2028x")[n % 4]
        core.journal.log(people, "call", f"Call {n}", body=body, at=D(2025, 1, 1, n // 60, n % 60))
    view = JournalView(context)
    qtbot.addWidget(view)
    view.resize(500, 300)
    with qtbot.waitExposed(view):
        view.show()
    view.set_contact(ana)
    while view.model.canFetchMore(view.model.index(-1)):
        view.model.fetchMore(view.model.index(-1))
    delegate = view.delegate
    entries = [view.model.entry(r) for r in range(view.model.rowCount())]
    for focus, everyone in ((ana, False), (None, True)):
        delegate.focus_contact, delegate.show_all_people = focus, everyone
        assert [delegate.has_detail(e) for e in entries] == [
            bool(delegate.detail(e)) for e in entries
        ]
    delegate.focus_contact, delegate.show_all_people = ana, False
    view.list.setCurrentIndex(view.model.index(140))
    view.list.scrollTo(view.model.index(140))
    qtbot.wait(1)  # what was painted before the change is not counted
    asked.clear()
    written.clear()
    context.changes.journal_changed.emit([ana])
    assert view.list.currentIndex().row() == 140
    assert 150 <= len(asked) <= 150 + 20  # each row once, and a few the view asks again
    assert written == []  # nothing painted yet: no row written out for its height


def test_an_entrys_tooltip_shows_the_start_of_long_notes(
    view: JournalView, context: AppContext
) -> None:
    """300 pasted lines of notes made a tooltip taller than the screen, showing their last
    lines; a long paragraph one that covered the window."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    thread = "\n".join(f"Line {n}: the budget and the roadmap" for n in range(300))
    paragraph = "A very long paragraph pasted from a document. " * 100
    core.journal.log([ana], "email", "Thread", body=thread, at=D(2026, 2, 4))
    core.journal.log([ana], "note", "Paragraph", body=paragraph, at=D(2026, 2, 3))
    core.journal.log([ana], "call", "Short", body="Call me back\nat noon", at=D(2026, 2, 2))
    core.journal.log([ana], "call", "No notes " * 200, at=D(2026, 2, 1))
    view.set_contact(ana)
    tips = [
        view.model.index(r).data(Qt.ItemDataRole.ToolTipRole) for r in range(view.model.rowCount())
    ]
    assert tips[0].startswith("Line 0: the budget")
    assert tips[0].endswith("Line 14: the budget and the roadmap …")
    assert len(tips[0].splitlines()) == 15
    assert tips[1].startswith("A very long paragraph") and tips[1].endswith(" …")
    assert len(tips[1]) <= 802
    assert tips[2] == "Call me back\nat noon"  # short notes: as written
    assert tips[3].startswith("No notes No notes") and len(tips[3]) <= 802  # the summary, cut


def test_a_screen_reader_hears_all_an_entry_shows(
    qtbot: QtBot, view: JournalView, context: AppContext
) -> None:
    """It heard "Call: Lunch" alone: when it was and who else was there were seen, never
    heard (the contact list's rows read out all they show)."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.journal.log([ana, bob], "meeting", "Lunch", body="Offer\nmore", at=D(2026, 2, 27, 13))
    view.set_contact(ana)
    heard = view.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    when = when_text(D(2026, 2, 27, 13))
    assert heard == f"Meeting · {when} · 3 days ago — Lunch — with Bob — Offer …"
    journal = GlobalJournal(context)  # everyone's names everyone
    qtbot.addWidget(journal)
    journal.show()
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0)  # read on a worker
    heard = journal.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert heard == f"Meeting · {when} · 3 days ago — Lunch — Ana, Bob — Offer …"


def test_a_long_journal_read_again_far_down_takes_two_reads(
    qtbot: QtBot, view: JournalView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read again a page at a time, each read sorting the contact's whole journal anew: a
    contact with 1,700 entries, scrolled to the end, took 0.45 s a change."""
    from netdesk.core.journal import JournalService

    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    for n in range(350):
        core.journal.log([ana], "call", f"Call {n:03d}", at=D(2025, 1, 1) + dt.timedelta(days=n))
    view.set_contact(ana)
    while view.model.canFetchMore(view.model.index(-1)):
        view.model.fetchMore(view.model.index(-1))
    view.list.setCurrentIndex(view.model.index(340))
    reads: list[tuple[int, int]] = []
    real = JournalService.for_contact
    monkeypatch.setattr(
        JournalService,
        "for_contact",
        lambda self, cid, *, limit=200, offset=0, people=None: (
            reads.append((limit, offset))
            or real(self, cid, limit=limit, offset=offset, people=people)
        ),
    )
    core.journal.log([ana], "note", "Newest", at=D(2026, 3, 1))
    context.changes.journal_changed.emit([ana])
    assert reads == [(100, 0), (250, 100)]  # the first page, then the rest in one read
    assert summaries(view)[:2] == ["Newest", "Call 349"] and view.model.rowCount() == 350
    assert view.model.entry(view.list.currentIndex().row()).summary == "Call 009"
    view.model.fetchMore(view.model.index(-1))  # the one left, once scrolled to
    assert summaries(view)[-1] == "Call 000" and len(set(summaries(view))) == 351
    assert not view.model.canFetchMore(view.model.index(-1))
