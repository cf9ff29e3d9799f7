"""The File menu's work off the GUI thread: the calendar export and Back up now."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from netdesk.ui import settings as s
from netdesk.ui.widgets import fill, tr

if TYPE_CHECKING:
    from netdesk.ui.main_window import MainWindow

CALENDAR_FILE = s.Setting[str]("export/last_calendar", "", "where the last calendar was saved")


def export_calendar(window: MainWindow) -> None:
    """File > Export calendar…: follow-ups and birthdays to one .ics, off the GUI thread."""
    from netdesk.core.exporting import ExportCancelled, refuse_a_database, through_link
    from netdesk.interop import ical
    from netdesk.ui.errors import show_problem
    from netdesk.ui.export_dialog import why
    from netdesk.ui.operations import run_operation

    # the file saved to the last time, offered again (its folder gone: the home folder): a
    # calendar kept in ~/Documents/Calendars was looked for from the home folder each week
    settings = window.context.settings
    last = Path(settings.get(CALENDAR_FILE) or Path.home() / "netdesk.ics")
    offered = last if last.parent.is_dir() else Path.home() / last.name
    chooser = QFileDialog(window, tr("Export calendar"), str(offered))
    chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chooser.setNameFilter(tr("iCalendar files (*.ics)"))
    chooser.setDefaultSuffix("ics")  # "work" is saved as work.ics (overwriting it asked)
    if not chooser.exec() or not chooser.selectedFiles():
        return
    name = chooser.selectedFiles()[0]
    from netdesk.ui.tray import calendar_labels

    target = Path(name)
    core = window.context.core
    labels = calendar_labels()  # translated here, on the GUI thread

    def work(_progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Path:
        # as the contacts export: netdesk's database or a backup picked by a slip (the
        # chooser's "replace it?" answered yes) was renamed over, every contact gone; a link
        # (into a synced folder) was replaced by the file instead of the file it names
        refuse_a_database(target)
        data = ical.calendar_bytes(core, labels=labels)  # 1.2 s of CPU for 100,000 contacts
        if cancelled():  # Cancel pressed meanwhile: the file stays as it was, nothing said
            raise ExportCancelled
        ical.write_file(through_link(target), data)
        return target

    def done(written: Path) -> None:
        settings.set(CALENDAR_FILE, str(written))
        window.statusBar().showMessage(tr("Calendar saved to %1").replace("%1", str(written)), 8000)

    def failed(error: BaseException) -> None:
        # in the user's words, as the contacts export says it (a database, a full disk...)
        show_problem(
            window, tr("Export calendar"), fill(tr("Could not export to %1: %2"), name, why(error))
        )

    operation = run_operation(
        window.context,
        window,
        tr("Exporting the calendar…"),
        work,
        on_success=done,
        changes=False,
        report_errors=False,
    )
    operation.failed.connect(failed)


def backup_now(window: MainWindow) -> None:
    """File > Back up now: on a worker thread, with progress and Cancel."""
    from netdesk.core.backups import backup_now, folder_to_use
    from netdesk.ui.operations import run_operation

    settings = window.context.settings
    chosen = settings.get(s.BACKUP_FOLDER)
    now = window.context.core.clock.now()
    keep = max(1, settings.get(s.BACKUPS_TO_KEEP))
    default = window.context.paths.backups
    gone: list[Path] = []

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Path:
        # looked at on the worker: a network share that stopped answering may hang
        folder, missing = folder_to_use(Path(chosen) if chosen else None, default)
        if missing is not None:
            gone.append(missing)  # not made again under an empty mount point
        return backup_now(folder, now, keep_daily=keep, progress=progress, cancelled=cancelled)

    def done(made: Path) -> None:
        said = tr("Backed up to %1").replace("%1", str(made))
        if gone:
            said = fill(
                tr("The backups folder %1 is not there (is its drive connected?). Backed up to %2"),
                str(gone[0]),
                str(made),
            )
        window.statusBar().showMessage(said, 15000)

    run_operation(
        window.context, window, tr("Backing up the database…"), work, on_success=done, changes=False
    )
