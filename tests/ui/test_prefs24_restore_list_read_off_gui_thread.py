"""File > Restore from backup… lists the backups on a worker: the dialog shows at once and says
it is looking, the list follows; closing it while it lists is clean."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from netdesk.core import backups
from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact
from netdesk.ui.main_window import MainWindow
from netdesk.ui.preferences import backups_pool
from netdesk.ui.restore_dialog import PATH_ROLE, RestoreDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class SlowDrive:
    """Listing the backups waits for ``release`` on a worker, as a USB drive waking up; a
    listing on the window's thread is noted and not held (the window, and the test, would
    freeze)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release = threading.Event()
        self.listed_on_gui_thread: list[tuple[Path, ...]] = []
        real = backups.backup_files

        def slow(*folders: Path) -> list[backups.BackupFile]:
            if threading.current_thread() is threading.main_thread():
                self.listed_on_gui_thread.append(folders)
            else:
                self.release.wait(10)
            return real(*folders)

        monkeypatch.setattr(backups, "backup_files", slow)


def made_backups(window: MainWindow, clock: FixedClock, days: int) -> list[Path]:
    folder = window.context.paths.backups
    return [backups.backup_now(folder, clock.now() - dt.timedelta(days=d)) for d in range(days)]


def listed(dialog: RestoreDialog) -> list[str]:
    table = dialog.table
    return [table.topLevelItem(row).data(0, PATH_ROLE) for row in range(table.topLevelItemCount())]


def test_the_dialog_shows_at_once_and_the_list_follows(
    qtbot: QtBot, main_window: MainWindow, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = made_backups(main_window, clock, 3)
    drive = SlowDrive(monkeypatch)
    dialog = RestoreDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert drive.listed_on_gui_thread == []
    assert dialog.looking.isVisible() and dialog.looking.text() == "Looking at the backups…"
    assert dialog.table.topLevelItemCount() == 0 and not dialog.empty.isVisible()
    assert not dialog.gone.isVisible()
    dialog.table.setFocus()  # (the offscreen platform gives no window focus of its own)
    qtbot.waitUntil(dialog.table.hasFocus)

    drive.release.set()
    qtbot.waitUntil(lambda: not dialog.listing.reading())
    assert listed(dialog) == [str(p) for p in made]  # newest first
    assert dialog.table.isVisible() and not dialog.looking.isVisible()
    assert not dialog.empty.isVisible()
    assert dialog.table.height() > 200  # the list takes the room
    # the newest backup in focus, none selected: Enter asks to restore it, as before
    assert dialog.table.currentItem() is dialog.table.topLevelItem(0)
    assert not dialog.table.selectedItems()
    qtbot.waitUntil(
        lambda: all(dialog.table.topLevelItem(r).text(2) == "0" for r in range(3)), timeout=5000
    )
    assert drive.listed_on_gui_thread == []


def test_no_backups_found_after_the_dialog_showed_keeps_its_lines_together(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    drive = SlowDrive(monkeypatch)
    dialog = RestoreDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tall = dialog.height()
    drive.release.set()
    qtbot.waitUntil(lambda: not dialog.listing.reading())
    qtbot.waitUntil(lambda: dialog.height() < tall)  # no 380-pixel dialog for three lines
    assert dialog.empty.isVisible() and not dialog.looking.isVisible()
    assert not dialog.table.isVisible()
    gap = dialog.buttons.geometry().top() - dialog.empty.geometry().bottom()
    assert gap < 4 * dialog.empty.height()
    assert drive.listed_on_gui_thread == []


@pytest.mark.parametrize("shown", [True, False], ids=["closed", "deleted unshown"])
def test_closing_while_the_backups_are_listed_is_clean(
    qtbot: QtBot,
    main_window: MainWindow,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    shown: bool,
) -> None:
    made_backups(main_window, clock, 2)
    drive = SlowDrive(monkeypatch)
    counted: list[Path] = []
    real_counts = backups.contact_counts

    def noted(path: Path) -> tuple[int, int]:
        counted.append(path)
        return real_counts(path)

    monkeypatch.setattr(backups, "contact_counts", noted)
    dialog = RestoreDialog(main_window)
    if shown:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.reject()  # Cancel: nothing waits for the listing
        assert dialog.isHidden()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)

    drive.release.set()  # the drive answers once the dialog is gone
    assert backups_pool().waitForDone(10_000)
    qtbot.wait(20)  # no exception in a slot, no Qt warning (both fail the test)
    assert counted == []  # the list went to no one: no backup counted for it
    assert drive.listed_on_gui_thread == []


class CountingDelegate(QStyledItemDelegate):
    """The list's own delegate, counting how many cells it is asked the size of."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.asked += 1
        return super().sizeHint(option, index)


def test_the_counts_coming_in_size_their_cells_not_the_whole_column_each_time(
    qtbot: QtBot, main_window: MainWindow, clock: FixedClock, tmp_path: Path
) -> None:
    """A column resized to its contents read every row again at each count: 6 ms each on the
    window's thread, 2.5 s for a year of backups, the counts queued back to back."""
    (first,) = made_backups(main_window, clock, 1)
    core = main_window.context.core
    core.contacts.create(Contact(given_name="Ana"))
    core.contacts.set_archived([core.contacts.create(Contact(given_name="Bea"))], True)
    folder = main_window.context.paths.backups
    backups.backup_now(folder, clock.now() + dt.timedelta(minutes=1))  # "1 (1 archived)"
    for day in range(1, 40):
        when = clock.now() - dt.timedelta(days=day)
        shutil.copyfile(first, folder / f"netdesk-{when:%Y%m%d-%H%M%S}.sqlite3")
    dialog = RestoreDialog(main_window)
    qtbot.addWidget(dialog)
    delegate = CountingDelegate()
    dialog.table.setItemDelegate(delegate)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = 41
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == rows)
    table = dialog.table
    qtbot.waitUntil(
        lambda: all(table.topLevelItem(r).text(2) != "counting…" for r in range(rows)),
        timeout=10_000,
    )
    assert delegate.asked < 10 * rows  # was rows × rows: the column again at each count
    assert table.topLevelItem(0).text(2) == "1 (1 archived)"
    header = table.header()
    for column in (1, 2, 3):  # each text whole, as a column fitted to its contents shows it
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)


class SlowCounts:
    """Each backup's contacts counted on a worker wait for ``release`` (a slow drive);
    ``finished`` is set when a held count returns."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release = threading.Event()
        self.counting = threading.Event()
        self.finished = threading.Event()
        self.counted: list[Path] = []
        real = backups.contact_counts

        def slow(path: Path) -> tuple[int, int]:
            self.counted.append(path)
            self.counting.set()
            self.release.wait(5)
            try:
                return real(path)
            finally:
                self.finished.set()

        monkeypatch.setattr(backups, "contact_counts", slow)


def test_closing_while_the_backups_are_counted_waits_for_no_file(
    qtbot: QtBot, main_window: MainWindow, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing waited for the count of the file under way: seconds of a frozen window for a
    backup on a drive waking up."""
    made_backups(main_window, clock, 3)
    counts = SlowCounts(monkeypatch)
    dialog = RestoreDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(counts.counting.is_set)  # (the list comes through the window's events)
    dialog.reject()
    assert not counts.finished.is_set()  # returned with the count still held
    counts.release.set()
    assert backups_pool().waitForDone(10_000)
    qtbot.wait(20)
    assert len(counts.counted) == 1  # it stopped at its next file


def test_a_dialog_deleted_unshown_while_counting_is_told_nothing(
    qtbot: QtBot, main_window: MainWindow, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its counter's worker went on, and told a counter deleted with the dialog: "Signal
    source has been deleted" on the worker, at each file."""
    made_backups(main_window, clock, 3)
    counts = SlowCounts(monkeypatch)
    dialog = RestoreDialog(main_window)
    qtbot.waitUntil(lambda: not dialog.listing.reading())
    assert counts.counting.wait(10)
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)
    counts.release.set()
    assert backups_pool().waitForDone(10_000)
    qtbot.wait(20)  # no exception in a slot or a worker (either fails the test)
    assert len(counts.counted) == 1
