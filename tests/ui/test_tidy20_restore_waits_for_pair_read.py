"""A restore waits for Find duplicates' read of a pair under way: that read has the database
open on a connection of its own, on a thread pool the restore did not know of."""

from __future__ import annotations

import sys
import threading

from pytestqt.qtbot import QtBot
from test_restore_dialog import CountedAnswers, back_up, listed, window  # noqa: F401

from netdesk.ui import duplicates_dialog
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.restore_dialog import start_restore


def _waiting_for_reads() -> bool:
    """Whether a thread (the restore's worker) waits in duplicates_dialog.wait_for_reads."""
    for frame in sys._current_frames().values():
        seen = frame
        while seen is not None:
            if seen.f_code.co_name == "wait_for_reads":
                return True
            seen = seen.f_back
    return False


def test_a_restore_waits_for_a_pair_read_under_way_then_restores(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    """The read was on the dialog's own pool: a restore begun meanwhile found the database
    open, and refused it as "in use by another program (is netdesk running?)" (or replaced it
    under the read). The restore now waits for it, then goes on."""
    person("Ana")
    made = back_up(window, qtbot)
    person("Bob")
    core = app_context.core
    reading, release, ended = threading.Event(), threading.Event(), threading.Event()

    def read_held() -> None:  # as _ReadSides reads a pair, slowly (a big database, a slow disk)
        try:
            core.contacts.count()  # on this thread's own connection, closed when done
            reading.set()
            release.wait(30)
        finally:
            core.store.close()
            ended.set()

    duplicates_dialog.sides_pool().start(read_held)
    assert reading.wait(10)
    answers = CountedAnswers("OK")  # a refused restore says so in a message box
    try:
        operation = start_restore(window, made)
        qtbot.waitUntil(lambda: not operation.running or _waiting_for_reads(), timeout=20_000)
        assert operation.running and not ended.is_set()
        with qtbot.waitSignal(operation.ended, timeout=20_000):
            release.set()
    finally:
        release.set()
        answers.stop()
    assert answers.seen == []  # not refused as in use
    assert listed(window) == ["Ana"]
    assert core.contacts.count() == 1


def test_no_pair_is_read_while_a_restore_has_the_database(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """A read asked once the restore has waited for those under way would open the database
    it is replacing: none is begun until the restore is over, and then the pair selected
    meanwhile is read."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest

    from netdesk.core.types import Contact, EmailAddress
    from netdesk.ui.duplicates_dialog import DuplicatesDialog, sides_pool

    for given, family in (("Ana", "Ruiz"), ("Bruno", "Costa")):
        for title in ("CTO", "CEO"):
            mail = [EmailAddress(f"{given}@x.org")]
            app_context.core.contacts.create(
                Contact(given_name=given, family_name=family, title=title, emails=mail)
            )
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.details[0].text().startswith("Ana Ruiz"))
    changes = app_context.changes
    changes.database_replacing.emit(True)  # a restore began (RestoringWindow.enter)
    try:
        dialog.table.setFocus()
        QTest.keyClick(dialog.table, Qt.Key.Key_Down)
        sides_pool().waitForDone()  # a read begun would end here, and be shown below
        QCoreApplication.processEvents()
        assert dialog.details[0].text().startswith("Ana Ruiz")
    finally:
        changes.database_replacing.emit(False)
    changes.contacts_changed.emit(None)  # as the restore's end says it (changes.everything)
    qtbot.waitUntil(lambda: dialog.details[0].text().startswith("Bruno Costa"))
