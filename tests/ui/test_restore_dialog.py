"""File > Restore from backup…: the list, the one question, the restore on the worker, the window
showing the restored data; refusals that change nothing."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from backup_files import damaged_copy
from modal_answers import ModalAnswers
from PySide6.QtCore import QModelIndex, Qt, QThreadPool, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netdesk.core import Core, backups
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.ui import undo
from netdesk.ui.contact_list_model import Role
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation, run_operation
from netdesk.ui.restore_dialog import (
    PATH_ROLE,
    RestoreDialog,
    backup_folder,
    open_restore,
    start_restore,
)


class CountedAnswers(ModalAnswers):
    """ModalAnswers that answers the restore's question once its counts are in (a worker
    counts them while it shows)."""

    def answer(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox) and "counting…" in widget.text():
            return
        super().answer()


def listed(window: MainWindow) -> list[str]:
    model = window.contacts.model
    return [model.index(r).data() for r in range(model.rowCount())]


def names_in(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in connection.execute("SELECT display_name FROM contact ORDER BY 1")]
    finally:
        connection.close()


@pytest.fixture
def window(main_window: MainWindow, qtbot: QtBot) -> MainWindow:
    main_window.show()
    qtbot.waitUntil(lambda: main_window._card is not None and main_window.contacts.model.loaded)
    return main_window


def back_up(window: MainWindow, qtbot: QtBot) -> Path:
    """File > Back up now, as the user does it."""
    folder = backup_folder(window.context)
    window.backup_now()
    qtbot.waitUntil(lambda: any(folder.glob("netdesk-*.sqlite3")), timeout=10_000)
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
    (made,) = folder.glob("netdesk-*.sqlite3")
    return made


class HeldWorker:
    """See held_worker(); ``released`` turns True when the block ends or the wait times out."""

    def __init__(self) -> None:
        self.running = threading.Event()
        self.release = threading.Event()
        self.ended = threading.Event()

    @property
    def released(self) -> bool:
        return self.ended.is_set()

    def hold(self, timeout: float) -> None:
        self.running.set()
        self.release.wait(timeout)
        self.ended.set()


@contextlib.contextmanager
def held_worker(timeout: float = 15.0) -> Iterator[HeldWorker]:
    """The restore's worker held at its start, the GUI thread having let go of the database:
    the worker first waits for the jobs of the global thread pool (the start-up backup), and
    one runs until this block ends. A GUI call that waited for the restore would wait
    ``timeout`` s for it, and ``released`` would then be True."""
    held = HeldWorker()
    QThreadPool.globalInstance().start(lambda: held.hold(timeout))
    assert held.running.wait(10)
    try:
        yield held
    finally:
        held.release.set()


def restore_row(qtbot: QtBot, dialog: RestoreDialog, row: int, answer: str) -> ModalAnswers:
    """Select ``row``, press Restore… and answer the question with ``answer``."""
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    item = dialog.table.topLevelItem(row)
    assert item is not None
    dialog.table.setCurrentItem(item)
    assert dialog.restore_button.isEnabled()
    answers = CountedAnswers(answer)
    dialog.restore_button.click()
    return answers


def restore_first_to_the_end(qtbot: QtBot, window: MainWindow) -> ModalAnswers:
    """File > Restore…, the newest backup restored and the restore over (its questions still
    answered by what is returned, for the caller to stop)."""
    dialog = open_restore(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    with qtbot.waitSignal(dialog.restore_started) as started:
        answers = restore_row(qtbot, dialog, 0, "Restore")
    with qtbot.waitSignal(started.args[0].ended, timeout=20_000):
        pass
    return answers


def test_restoring_a_backup_shows_its_data_everywhere_and_keeps_the_current_one(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext, tmp_data_dir: Path
) -> None:
    core = app_context.core
    ana = person("Ana", tags=["friends"])
    bob = person("Bob")
    core.journal.log([ana], "call", "Talked about the offer")
    core.follow_ups.add(bob, core.clock.now() - dt.timedelta(hours=1), "Send the proposal")
    app_context.changes.everything()
    window.contacts.select_contact(bob)
    made = back_up(window, qtbot)

    # then a mistake beyond undo, and more work
    undo.push(app_context, undo.DeleteContacts(app_context, [ana, bob]))
    carl = person("Carl")
    core.journal.log([carl], "meeting", "Lunch with Carl")
    app_context.changes.everything()
    assert listed(window) == ["Carl"]
    window.contacts.select_contact(carl)
    assert window.card.contact_id() == carl
    window.show_today()  # built over the data of now: must follow the restore
    window.show_journal()
    journal = window.global_journal
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1)
    assert journal.model.entry(0).summary == "Lunch with Carl"
    window.show_contacts()
    assert app_context.undo_stack.count() == 1

    from PySide6.QtWidgets import QMenu

    (file_menu,) = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&File"]
    assert window.restore_action in file_menu.actions()
    window.restore_action.trigger()  # File > Restore from backup…
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    assert dialog.table.topLevelItemCount() == 1
    qtbot.waitUntil(lambda: dialog.table.topLevelItem(0).text(2) == "2")  # counted on a worker
    with qtbot.waitSignal(dialog.restore_started) as started:
        answers = restore_row(qtbot, dialog, 0, "Restore")
    operation = started.args[0]
    assert isinstance(operation, Operation)
    with qtbot.waitSignal(operation.ended, timeout=20_000):
        pass
    answers.stop()
    assert len(answers.seen) == 1  # asked once, no error
    (question, details, default) = answers.seen[0]
    assert "Replace all your contacts, journal and follow-ups" in question
    assert question.endswith(
        "\n\nNow: 1 contact, 1 journal entry\nIn the backup: 2 contacts, 1 journal entry"
    )
    safety_folder = tmp_data_dir / "backups"
    assert str(safety_folder) in details
    assert "Undo history is cleared" in details
    assert default == "Cancel"

    assert listed(window) == ["Ana", "Bob"]
    # Carl is not in the backup: the card shows the first contact, with its journal
    assert window.contacts.current_id() == ana
    assert window.card.contact_id() == ana
    assert window.card.given_name.text() == "Ana"
    assert window.journal.contact_id == ana
    assert [
        window.journal.model.entry(r).summary for r in range(window.journal.model.rowCount())
    ] == ["Talked about the offer"]
    assert window.pages.currentWidget() is window.split
    assert window.contacts.filter_box.findText("friends (1)") >= 0  # tag menu rebuilt
    assert window.status_due.text() == "1 follow-up due"
    assert app_context.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
    message = window.statusBar().currentMessage()
    assert f"Restored {made.name}." in message and "before-restore-" in message

    window.show_today()
    qtbot.waitUntil(lambda: any("Bob" in t for t in window.today.row_texts("today")))
    window.show_journal()
    # read again on the worker (the rows shown stay until then)
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1 and not journal.model.reading())
    assert journal.model.entry(0).summary == "Talked about the offer"

    (safety,) = safety_folder.glob("before-restore-*.sqlite3")
    assert names_in(safety) == ["Carl"]
    assert str(safety) in message

    # the data survives closing and reopening
    core.close()
    reopened = Core.open(Paths(tmp_data_dir), FixedClock(core.clock.now()))
    try:
        assert sorted(
            c.display_name for c in reopened.contacts.summaries(reopened.contacts.list_ids())
        ) == ["Ana", "Bob"]
    finally:
        reopened.close()


def _newer_copy(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA user_version = 999")
    connection.close()
    return target


def _not_netdesk(_source: Path, target: Path) -> Path:
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE note (text)")
    connection.close()
    return target


def _text_file(_source: Path, target: Path) -> Path:
    target.write_text("not a database")
    return target


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (damaged_copy, "damaged"),
        (_not_netdesk, "not a netdesk backup"),
        (_text_file, "not a netdesk backup"),
    ],
)
def test_a_file_that_cannot_be_restored_is_refused_and_nothing_changes(
    qtbot: QtBot,
    window: MainWindow,
    person,
    app_context: AppContext,
    tmp_data_dir: Path,
    make: Callable[[Path, Path], Path],
    said: str,
) -> None:
    core = app_context.core
    for n in range(300):
        person(f"Person {n:03}", notes="x" * 200)
    made = back_up(window, qtbot)
    # stands where the daily backups are, under a backup's name: it is listed and chosen
    bad = make(made, made.with_name("netdesk-20260301-080000.sqlite3"))
    made.unlink()
    undo.push(app_context, undo.DeleteContacts(app_context, core.contacts.list_ids()[:10]))
    app_context.changes.everything()
    before = listed(window)
    assert len(before) == 290

    dialog = open_restore(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    answers = restore_row(qtbot, dialog, 0, "Restore")
    operations = Operation.running_now()
    for operation in operations:
        with qtbot.waitSignal(operation.ended, timeout=20_000):
            pass
    qtbot.waitUntil(lambda: bool(answers.seen) and said in answers.texts())
    answers.stop()
    assert str(bad) in answers.texts()  # names the file
    assert "Nothing was changed" in answers.texts()

    assert listed(window) == before
    assert app_context.undo_stack.count() == 1  # kept: nothing was replaced
    assert not list((tmp_data_dir / "backups").glob("before-restore-*"))
    carl = person("Carl")  # the app keeps working on its database
    app_context.changes.contacts_changed.emit([carl])
    assert "Carl" in listed(window)


def test_a_database_held_by_another_program_is_not_replaced(
    qtbot: QtBot,
    window: MainWindow,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
    tmp_data_dir: Path,
    write_lock,  # type: ignore[no-untyped-def]
) -> None:
    person("Ana")
    back_up(window, qtbot)
    person("Bob")
    app_context.changes.everything()
    lock = write_lock()  # another program has the database open (an sqlite3 shell, say)
    try:
        answers = restore_first_to_the_end(qtbot, window)
        qtbot.waitUntil(lambda: len(answers.seen) == 2)
        answers.stop()
    finally:
        lock.release()
    assert "in use by another program" in answers.texts()
    assert str(tmp_data_dir / "netdesk.sqlite3") in answers.texts()
    assert listed(window) == ["Ana", "Bob"]
    assert app_context.core.contacts.count() == 2  # still working on it


def test_cancelling_the_question_changes_nothing(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext, tmp_data_dir: Path
) -> None:
    person("Ana")
    back_up(window, qtbot)
    person("Bob")
    app_context.changes.everything()
    dialog = open_restore(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    with qtbot.assertNotEmitted(dialog.restore_started):
        answers = restore_row(qtbot, dialog, 0, "Cancel")
    answers.stop()
    assert len(answers.seen) == 1
    assert dialog.isVisible()  # the user may choose another backup
    assert not Operation.running_now()
    assert listed(window) == ["Ana", "Bob"]
    assert not list((tmp_data_dir / "backups").glob("before-restore-*"))


def test_restoring_is_refused_while_an_operation_runs(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext
) -> None:
    person("Ana")
    back_up(window, qtbot)
    release = threading.Event()
    running = run_operation(
        app_context, window, "Importing contacts…", lambda _p, _c: release.wait(20)
    )
    try:
        answers = CountedAnswers("OK")
        assert open_restore(window) is None
        qtbot.waitUntil(lambda: bool(answers.seen))
        answers.stop()
        assert "still running" in answers.texts()
    finally:
        release.set()
        with qtbot.waitSignal(running.ended, timeout=20_000):
            pass
    assert listed(window) == ["Ana"]


def test_the_list_shows_backups_and_safety_copies_newest_first(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext, tmp_data_dir: Path
) -> None:
    person("Ana")
    first = back_up(window, qtbot)
    safety = backups.safety_folder(app_context.core) / "before-restore-20260302-100000.sqlite3"
    safety.write_bytes(first.read_bytes())
    older = first.with_name("netdesk-20260215-080000.sqlite3")
    older.write_bytes(first.read_bytes())
    upgrade = first.with_name("netdesk-20260210-080000-schema12.sqlite3")  # store.upgrade_copy
    upgrade.write_bytes(first.read_bytes())

    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    rows = [dialog.table.topLevelItem(r) for r in range(dialog.table.topLevelItemCount())]
    assert [r.data(0, PATH_ROLE) for r in rows] == [
        str(safety),
        str(first),
        str(older),
        str(upgrade),
    ]
    assert [r.text(1) for r in rows] == [
        "Kept before a restore",
        "Backup",
        "Backup",
        "Kept before an upgrade",  # it read "Backup", as the daily one made a second later
    ]
    assert rows[1].text(0).startswith("Mon 2 Mar 2026, ")  # the clock's 09:00, in the locale
    assert "9:00" in rows[1].text(0)
    assert rows[0].text(3).endswith(("KiB", "KB", "MiB", "MB"))
    qtbot.waitUntil(lambda: all(r.text(2) == "1" for r in rows))
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_no_backups_yet_says_how_to_make_one(qtbot: QtBot, window: MainWindow) -> None:
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    dialog.show()
    assert dialog.empty.isVisible()
    assert not dialog.table.isVisible()
    assert dialog.choose_button.isEnabled()
    dialog.reject()


def test_the_tray_lets_go_during_the_restore_and_counts_the_restored_data(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext
) -> None:
    from netdesk.ui.tray import ReminderTray

    core = app_context.core
    bob = person("Bob")
    core.follow_ups.add(bob, core.clock.now() - dt.timedelta(hours=1), "Send the proposal")
    back_up(window, qtbot)
    core.contacts.delete([bob])
    app_context.changes.everything()
    tray = ReminderTray(app_context, window)
    tray.start()
    try:
        assert tray.due_count == 0
        during: list[tuple[bool, bool, bool]] = []
        app_context.changes.database_replacing.connect(
            lambda replacing: during.append(
                (replacing, tray.menu.isEnabled(), tray.notifier.watchdog.isActive())
            )
        )
        answers = restore_first_to_the_end(qtbot, window)
        answers.stop()
        assert during == [(True, False, False), (False, True, True)]
        qtbot.waitUntil(lambda: tray.due_count == 1)
    finally:
        tray.stop()


def test_choose_a_file_restores_a_backup_kept_elsewhere_or_refuses_another_file(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext, tmp_path: Path
) -> None:
    person("Ana")
    made = back_up(window, qtbot)
    elsewhere = tmp_path / "usb" / "old netdesk.sqlite3"
    elsewhere.parent.mkdir()
    made.rename(elsewhere)
    notes = tmp_path / "usb" / "notes.sqlite3"
    notes.write_text("shopping list")
    person("Bob")
    app_context.changes.everything()

    def pick(path: Path) -> Callable[[QWidget], None]:
        def act(widget: QWidget) -> None:
            assert isinstance(widget, QFileDialog)
            edit = widget.findChild(QLineEdit, "fileNameEdit")
            assert edit is not None
            edit.setText(str(path))
            QTest.keyClick(edit, Qt.Key.Key_Return)

        return act

    dialog = open_restore(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    answers = CountedAnswers("Restore", pick(notes))
    dialog.choose_button.click()
    answers.stop()
    assert len(answers.seen) == 1  # refused at once, without asking
    assert str(notes) in answers.texts() and "not a netdesk backup" in answers.texts()
    assert listed(window) == ["Ana", "Bob"]

    answers = CountedAnswers("Restore", pick(elsewhere))
    with qtbot.waitSignal(dialog.restore_started) as started:
        dialog.choose_button.click()
    with qtbot.waitSignal(started.args[0].ended, timeout=20_000):
        pass
    answers.stop()
    assert str(elsewhere) in answers.seen[0][0]  # the question names the file
    assert listed(window) == ["Ana"]


def test_a_read_on_the_gui_thread_during_the_restore_is_refused_at_once(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext
) -> None:
    """A timer's read on the GUI thread while the worker replaces the file used to open a
    connection and keep it (the restore then refused the file as "in use by another
    program"), and then to wait for the restore, the window frozen meanwhile: it is refused
    at once, and the restore goes on."""
    person("Ana")
    made = back_up(window, qtbot)
    person("Bob")
    answers = CountedAnswers("OK")  # a refused restore would say so in a message box
    with held_worker() as held:
        operation = start_restore(window, made)
        with pytest.raises(backups.DatabaseAwayError, match="being replaced by a backup"):
            app_context.core.contacts.count()  # what a timer firing now would do
        assert operation.running and not held.released
    with qtbot.waitSignal(operation.ended, timeout=20_000):
        pass
    answers.stop()
    assert answers.seen == []  # not refused as "in use"
    assert app_context.core.contacts.count() == 1  # the backup's data, read on this thread
    assert listed(window) == ["Ana"]


def test_the_window_stays_alive_during_the_restore_and_shows_the_restored_data_after(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext
) -> None:
    """While the worker is inside the restore the window is driven as a user and its timers
    would: every call returns at once (the worker still held), nothing reads the database,
    and once the restored file is in place everything shows it."""
    core = app_context.core
    ids = [person(f"Person {n:03}") for n in range(300)]
    for n in range(120):  # more than one page of the card's journal
        core.journal.log([ids[0]], "note", f"Note {n:03}")
    made = back_up(window, qtbot)
    core.contacts.delete(ids[150:])
    zoe = person("Zoe")
    app_context.changes.everything()
    window.contacts.select_contact(ids[0])
    journal = window.journal.model
    assert window.card.contact_id() == ids[0] and journal.rowCount() == 100
    assert journal.canFetchMore(QModelIndex())  # the rest is read when scrolled to
    view = window.contacts.view
    view.scrollToTop()
    view.viewport().grab()  # painted: the first rows are cached, the last ones not
    model = window.contacts.model
    window.contacts._select_row(1)  # the user moves on: the card follows once it settles
    assert window._card_timer.isActive()

    answers = CountedAnswers("OK")
    with held_worker() as held:
        operation = start_restore(window, made)
        dialog = operation.dialog
        assert not window.pages.isEnabled()  # shown as it was, greyed
        assert not window.new_action.isEnabled() and not window.restore_action.isEnabled()
        assert not window.delete_action.isEnabled() and not window.quit_action.isEnabled()
        assert window.about_action.isEnabled()
        running = [
            t for t in window.findChildren(QTimer) if t.isActive() and t.parent() is not dialog
        ]
        assert running == []  # the card's debounce among them: paused; the progress shows

        QApplication.processEvents()
        view.scrollToBottom()  # rows never read: painted blank, not read
        view.viewport().grab()
        last = model.index(model.rowCount() - 1)
        assert last.data() is None and last.data(Role.CONTACT_ID) == zoe
        window.journal.list.scrollToBottom()  # the journal's next page: not read
        window.resize(window.width(), window.height() + 200)
        QApplication.processEvents()
        window.grab()
        assert journal.rowCount() == 100
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.visualRect(model.index(model.rowCount() - 3)).center(),
        )
        window.contacts.select_contact(ids[140])  # as a link or undo would
        window.open_contact(ids[200])  # a notification clicked, of someone not listed
        QApplication.processEvents()
        assert operation.running and not held.released  # all that while the worker was held
        assert window.card.contact_id() == ids[0]  # the card keeps what it showed
        assert window.card.given_name.text() == "Person 000"
        assert not window.close()  # closing waits for the restore
        assert window.isVisible()
        assert operation.running and not held.released

    with qtbot.waitSignal(operation.ended, timeout=20_000):
        pass
    answers.stop()
    assert answers.seen == []
    assert window.pages.isEnabled()
    assert window.new_action.isEnabled() and window.quit_action.isEnabled()
    assert window.restore_action.isEnabled()
    assert not app_context.changes.replacing
    assert model.rowCount() == 300
    assert listed(window)[:2] == ["Person 000", "Person 001"]
    assert listed(window)[-1] == "Person 299"
    assert model.index(model.rowCount() - 1).data() == "Person 299"
    # the card shows the list's current contact, as the backup has it
    current = window.contacts.current_id()
    assert current is not None and window.card.contact_id() == current
    shown = core.contacts.get(current)
    assert shown is not None and window.card.given_name.text() == shown.given_name
    window.contacts.select_contact(ids[0])
    assert window.card.contact_id() == ids[0]
    journal = window.journal.model
    qtbot.waitUntil(lambda: journal.rowCount() == 100)
    window.journal.list.scrollToBottom()
    qtbot.waitUntil(lambda: journal.rowCount() == 120)
    assert journal.entry(0).summary == "Note 119"


def test_reminders_shown_before_the_restore_are_not_shown_again_after_it(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext
) -> None:
    from netdesk.ui.tray import ReminderTray

    core = app_context.core
    now = core.clock.now()
    bob, carl = person("Bob"), person("Carl")
    proposal = core.follow_ups.add(bob, now - dt.timedelta(hours=1), "Send the proposal")
    thanks = core.follow_ups.add(carl, now - dt.timedelta(minutes=30), "Thank Carl")
    back_up(window, qtbot)  # before either was announced
    core.follow_ups.delete(thanks)  # gone before it was announced: the backup still has it
    app_context.changes.everything()
    tray = ReminderTray(app_context, window)
    announced: list[str] = []
    tray.notifier.checked.connect(lambda plan: announced.extend(plan.keys))
    tray.start()
    try:
        assert announced == [f"followup:{proposal}:{(now - dt.timedelta(hours=1)).isoformat()}"]
        announced.clear()
        answers = restore_first_to_the_end(qtbot, window)
        answers.stop()
        expected = f"followup:{thanks}:{(now - dt.timedelta(minutes=30)).isoformat()}"
        qtbot.waitUntil(lambda: expected in announced)
        tray.notifier.soon()  # anything changed: planned again from scratch
        tray.notifier.check()
        assert announced == [expected]  # Bob's proposal, shown before, is not shown again
        assert tray.due_count == 2
    finally:
        tray.stop()


def test_a_journal_search_under_way_stops_for_the_restore_and_the_journal_is_read_after(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext
) -> None:
    """A search of a long journal reads it a slice per turn of the event loop: the slices
    stop while the database is being replaced (each would read it), and the search starts
    again once the restored journal is in place."""
    from netdesk.core.journal import JournalPage

    ana = person("Ana")
    app_context.core.journal.log([ana], "call", "Talked about the offer")
    made = back_up(window, qtbot)
    window.show_journal()
    journal = window.global_journal
    model = journal.model
    sliced: list[object] = []

    def slice_of_a_long_journal(limit: int, after: object) -> JournalPage:
        sliced.append(after)
        app_context.core.journal.count()  # each slice reads the database
        return JournalPage([], ("2026-01-01 00:00:00", len(sliced)))  # nothing found yet

    model.set_paged_source(slice_of_a_long_journal)
    assert model.scanning
    with held_worker() as held:
        operation = start_restore(window, made)
        before = len(sliced)
        for _turn in range(5):
            QApplication.processEvents()
        assert len(sliced) == before and not model.scanning  # no slice asked for
        assert operation.running and not held.released
    with qtbot.waitSignal(operation.ended, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: len(sliced) > before and model.scanning)  # searched again
    journal.refresh()  # the search the journal's own filters make: the restored entry
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.entry(0).summary == "Talked about the offer"


def test_a_backup_from_a_newer_netdesk_is_refused_before_the_question(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext
) -> None:
    """It was refused only after 'Replace all your contacts…?' had been answered and the
    window had gone grey for the restore."""
    app_context.changes.contacts_changed.emit([person("Ana")])
    made = back_up(window, qtbot)
    _newer_copy(made, made.with_name("netdesk-20260301-080000.sqlite3"))
    made.unlink()
    dialog = open_restore(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    # chosen as a file (the list marks it, and it cannot be picked there: test_dialogs26_…)
    answers = ModalAnswers("Cancel")  # the refusal has only OK
    dialog.restore(made.with_name("netdesk-20260301-080000.sqlite3"))
    qtbot.waitUntil(lambda: bool(answers.seen))
    answers.stop()
    assert "made by a newer netdesk: update netdesk to restore it" in answers.texts()
    assert "Replace all your contacts" not in answers.texts()
    assert not Operation.running_now()
    assert listed(window) == ["Ana"]


def test_the_restore_shows_how_far_it_is_in_each_step(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """It showed a busy bar without a percentage for the 6 to 30 s of a 100,000-contact
    restore, and no Cancel."""
    from netdesk.ui import restore_dialog

    person("Ana")
    made = back_up(window, qtbot)
    person("Bob")
    phases: list[str] = []
    shown = restore_dialog._Phases.show

    def show(self: restore_dialog._Phases, phase: str) -> None:
        phases.append(phase)
        shown(self, phase)

    monkeypatch.setattr(restore_dialog._Phases, "show", show)
    answers = CountedAnswers("OK")
    operation = start_restore(window, made)
    assert operation.dialog.findChild(QPushButton) is not None  # Cancel, until it is too late
    steps: list[tuple[int, int]] = []
    operation.signals.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(operation.ended, timeout=20_000):
        pass
    answers.stop()
    assert answers.seen == []
    assert list(dict.fromkeys(phases)) == ["checking", "keeping", "restoring", "opening"]
    total = steps[-1][1]
    assert total > 1 and all(t == total for _d, t in steps[1:])
    assert [d for d, _t in steps] == sorted(d for d, _t in steps)
    assert steps[-1][0] == total
    assert listed(window) == ["Ana"]


def test_cancelling_the_restore_keeps_everything_as_it_was(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext
) -> None:
    person("Ana")
    made = back_up(window, qtbot)
    person("Bob")
    app_context.changes.everything()
    kept_before = set(backups.safety_folder(app_context.core).glob("before-restore-*"))
    answers = CountedAnswers("OK")
    with held_worker():
        operation = start_restore(window, made)
        cancel = operation.dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        cancel.click()
    with qtbot.waitSignal(operation.ended, timeout=20_000):
        pass
    answers.stop()
    assert answers.seen == []  # a cancel is no failure to report
    assert set(backups.safety_folder(app_context.core).glob("before-restore-*")) == kept_before
    assert window.pages.isEnabled() and window.restore_action.isEnabled()
    assert names_in(app_context.paths.database) == ["Ana", "Bob"]
    assert sorted(listed(window)) == ["Ana", "Bob"]


def test_the_question_counts_the_archived_apart_now_and_in_the_backup(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext
) -> None:
    """It said "(3 contacts)" for two contacts and one archived, and nothing of what there
    is now: the list shows 2 contacts."""
    core = app_context.core
    ids = [person(name) for name in ("Ana", "Bob", "Cleo")]
    core.contacts.set_archived([ids[2]], True)
    made = back_up(window, qtbot)
    more = [person(f"Person {n}") for n in range(1200)]
    core.contacts.set_archived(more[:37], True)
    app_context.changes.everything()
    dialog = open_restore(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    qtbot.waitUntil(lambda: dialog.table.topLevelItem(0).text(2) == "2 (1 archived)")
    answers = CountedAnswers("Cancel")
    assert dialog.restore(made) is None
    answers.stop()
    [(question, _details, _default)] = answers.seen
    when = restore_dialog_when(made)
    assert question == (
        f"Replace all your contacts, journal and follow-ups with the backup of {when}?\n\n"
        "Now: 1165 contacts (38 archived)\nIn the backup: 2 contacts (1 archived)"
    )
    dialog.reject()


def restore_dialog_when(made: Path) -> str:
    from netdesk.core.backups import backup_files
    from netdesk.ui.restore_dialog import when_text

    [found] = [f for f in backup_files(made.parent) if f.path == made]
    return when_text(found.made)


def test_the_question_says_the_journal_entries_now_and_in_the_backup(
    qtbot: QtBot, window: MainWindow, person, app_context: AppContext
) -> None:
    """Only contacts were counted: a backup from before a month of journal entries read as
    "Now: 2 contacts / In the backup: 2 contacts", the same, and the entries were lost."""
    core = app_context.core
    ana, bob = person("Ana"), person("Bob")
    core.journal.log([ana], "call", "Before the backup")
    core.journal.log([ana, bob], "meeting", "Also before it")
    made = back_up(window, qtbot)
    for n in range(3):
        core.journal.log([bob], "meeting", f"Since the backup {n}")
    dialog = open_restore(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    answers = CountedAnswers("Cancel")
    assert dialog.restore(made) is None
    answers.stop()
    [(question, _details, _default)] = answers.seen
    assert question.endswith(
        "\n\nNow: 2 contacts, 5 journal entries\nIn the backup: 2 contacts, 2 journal entries"
    )
    dialog.reject()


def test_another_databases_backup_in_the_folder_is_told_apart(
    qtbot: QtBot, window: MainWindow, person
) -> None:
    """Two data folders backing up into one folder: each one's backups looked the same."""
    person("Ana")
    ours = back_up(window, qtbot)
    theirs = ours.with_name("netdesk-20260301-090000.sqlite3")
    theirs.write_bytes(ours.read_bytes())
    with contextlib.closing(sqlite3.connect(theirs)) as connection, connection:
        connection.execute("UPDATE setting SET value = 'work' WHERE key = 'database_id'")
    dialog = open_restore(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    rows = {
        dialog.table.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole): dialog.table.topLevelItem(r)
        for r in range(dialog.table.topLevelItemCount())
    }
    qtbot.waitUntil(lambda: all(row.text(2) == "1" for row in rows.values()))
    assert rows[str(theirs)].text(1) == "Another database's"
    assert "another data folder" in rows[str(theirs)].toolTip(1)
    assert rows[str(ours)].text(1) == "Backup"
    dialog.reject()
