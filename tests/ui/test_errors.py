"""Unexpected errors: logged, and told in one dialog on the GUI thread, from any thread."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.errors import ErrorReporter


class Boxes:
    """Answers each error dialog as it opens, noting its texts and the thread it ran on."""

    def __init__(self, qtbot: QtBot, button: str = "Close") -> None:
        self.seen: list[tuple[str, str, bool]] = []
        self.button = button
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        on_gui_thread = box.thread() is QApplication.instance().thread()  # built there
        self.seen.append((box.text(), box.informativeText(), on_gui_thread))
        wanted = next(b for b in box.findChildren(QPushButton) if b.text() == self.button)
        wanted.click()


@pytest.fixture
def reporter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ErrorReporter:
    made = ErrorReporter(tmp_path / "logs" / "netdesk.log")
    monkeypatch.setattr(sys, "excepthook", made.hook)
    return made


def test_an_error_in_a_slot_is_logged_and_told(
    qtbot: QtBot, reporter: ErrorReporter, caplog: pytest.LogCaptureFixture
) -> None:
    boxes = Boxes(qtbot)

    def broken_slot() -> None:
        raise RuntimeError("the card could not be drawn")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(boxes.seen) == 1)
    text, informative, _ = boxes.seen[0]
    assert text == "An unexpected error happened: the card could not be drawn"
    assert str(reporter.log_file) in informative
    assert "RuntimeError: the card could not be drawn" in caplog.text
    assert len(reporter.errors) == 1


def test_an_error_on_a_worker_thread_is_told_on_the_gui_thread(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    boxes = Boxes(qtbot)

    class BrokenJob(QRunnable):
        def run(self) -> None:
            raise ValueError("the backup worker tripped")

    QThreadPool.globalInstance().start(BrokenJob())
    qtbot.waitUntil(lambda: len(boxes.seen) == 1)
    text, _, on_gui_thread = boxes.seen[0]
    assert text == "An unexpected error happened: the backup worker tripped"
    assert on_gui_thread
    assert "ValueError: the backup worker tripped" in reporter.errors[0]


def test_open_log_folder(
    qtbot: QtBot, reporter: ErrorReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    boxes = Boxes(qtbot, button="Open log folder")
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(boxes.seen) == 1)
    assert [url.toLocalFile() for url in opened] == [str(reporter.log_file.parent)]


def test_not_interactive_only_logs_and_prints(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quiet = ErrorReporter(tmp_path / "netdesk.log", interactive=False)
    try:
        raise KeyError("x")
    except KeyError as error:
        quiet.hook(KeyError, error, error.__traceback__)
    assert QApplication.activeModalWidget() is None
    assert "KeyError: 'x'" in capsys.readouterr().err


def test_a_card_the_full_disk_refuses_is_told_as_not_saved_and_saved_once_there_is_room(
    qtbot: QtBot,
    reporter: ErrorReporter,
    main_window,
    person,
    app_context,  # type: ignore[no-untyped-def]
) -> None:
    """A full disk is expected, not "an unexpected error" with a traceback: the box says
    which file could not be written and that the edit waits in the card."""
    from PySide6.QtTest import QTest

    from netdesk.store.models import db

    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    main_window.show_pending_contact()
    card = main_window.card
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # the file may not grow: a full disk
    card.notes.setFocus()
    QTest.keyClicks(card.notes, "met at the harbour ")
    card.notes.setPlainText(card.notes.toPlainText() + "x" * 100_000)
    boxes = Boxes(qtbot)
    try:
        QTimer.singleShot(0, card.save_button.click)
        qtbot.waitUntil(lambda: len(boxes.seen) == 1)
    finally:
        db.execute_sql("PRAGMA max_page_count = 1073741823")  # room again
    text, informative, _ = boxes.seen[0]
    assert text == f"The disk holding {app_context.paths.database} is full; nothing was changed."
    assert "Unsaved edits stay in the window" in informative
    assert str(reporter.log_file) in informative
    assert card.dirty and card.notes.toPlainText().startswith("met at the harbour x")
    assert app_context.core.contacts.get(ana).notes == ""
    card.save_button.click()
    assert not card.dirty
    assert app_context.core.contacts.get(ana).notes.startswith("met at the harbour x")


def test_a_damaged_database_is_told_as_such_naming_the_file_and_the_backups(
    qtbot: QtBot,
    reporter: ErrorReporter,
    main_window,
    app_context,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """SQLite's "database disk image is malformed" was "an unexpected error" whose box said
    "Your data is safe", without naming the file or where the backups are."""
    import sqlite3

    from peewee import SqliteDatabase

    from netdesk.core.backups import backup_to

    for n in range(300):
        app_context.core.contacts.create(Contact(given_name=f"Person {n}", notes="x" * 500))
    data = bytearray(backup_to(tmp_path / "sound.sqlite3").read_bytes())
    for page in range(len(data) // 4096 // 2, len(data) // 4096):  # whole pages overwritten
        data[page * 4096 : (page + 1) * 4096] = b"\xab" * 4096
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    reporter.parent = main_window
    boxes = Boxes(qtbot)

    def read_damaged() -> None:
        database = SqliteDatabase(str(damaged))  # peewee's error, as the store's reads raise
        try:
            database.execute_sql("SELECT count(*), max(notes) FROM contact").fetchall()
        finally:
            database.close()

    with pytest.raises(sqlite3.DatabaseError, match="malformed"):  # as a damaged file fails
        sqlite3.connect(damaged).execute("SELECT count(*), max(notes) FROM contact").fetchall()
    QTimer.singleShot(0, read_damaged)
    qtbot.waitUntil(lambda: len(boxes.seen) == 1)
    text, informative, _ = boxes.seen[0]
    assert text == f"{app_context.paths.database} is damaged: netdesk cannot read part of it."
    assert "Your data is safe" not in informative
    assert "File > Restore from backup…" in informative
    assert str(app_context.paths.backups) in informative
    assert str(reporter.log_file) in informative


def test_ctrl_c_copies_what_the_box_says_with_the_log_and_the_details(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    """On Linux Ctrl+C on the box copied nothing (QMessageBox copies on Windows only): the
    log's path and the traceback could be had only by selecting with the mouse."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    QApplication.clipboard().setText("before")
    copied: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isActiveWindow() and not copied:
            QTest.keySequence(box, QKeySequence.StandardKey.Copy)
            copied.append(QApplication.clipboard().text())
            box.done(0)

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(5)

    def broken_slot() -> None:
        raise RuntimeError("the card could not be drawn")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(copied))
    timer.stop()
    text = copied[0]
    assert text.startswith(
        "netdesk: something went wrong\n\nAn unexpected error happened: the card could not be drawn"
    )
    assert str(reporter.log_file) in text
    assert "RuntimeError: the card could not be drawn" in text


def test_ctrl_c_in_the_details_copies_what_is_selected_there(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTextEdit

    copied: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isActiveWindow() and not copied:
            next(b for b in box.findChildren(QPushButton) if "Details" in b.text()).click()
            details = box.findChild(QTextEdit)
            details.setFocus()
            cursor = details.textCursor()
            cursor.setPosition(0)
            cursor.setPosition(9, cursor.MoveMode.KeepAnchor)
            details.setTextCursor(cursor)
            QTest.keySequence(details, QKeySequence.StandardKey.Copy)
            copied.append(QApplication.clipboard().text())
            box.done(0)

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(5)
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: bool(copied))
    timer.stop()
    assert copied == ["Traceback"]
