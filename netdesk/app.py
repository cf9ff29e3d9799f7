"""One ordered start-up: arguments, paths, single instance, database, window, tray, show."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when used: start-up paints before they load
    from PySide6.QtWidgets import QLabel

    from netdesk.core.paths import Paths

log = logging.getLogger("netdesk.app")

APP_ID = "org.netdesk.NetDesk"
SMOKE_IMPORT_TIMEOUT_MS = 60_000


class _VersionAction(argparse.Action):
    """``--version``: looks the version up only when asked (importlib.metadata costs ~40 ms)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from netdesk import __version__

        print(f"netdesk {__version__}")  # on stdout, as argparse's own version action
        parser.exit()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="netdesk", description="netdesk, a personal CRM")
    parser.add_argument("files", nargs="*", help=".vcf or .csv files to import")
    parser.add_argument("--data-dir", help="folder holding the database (default: per-user)")
    parser.add_argument("--minimized", action="store_true", help="start in the tray")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, import FILES without a preview, paint the window and exit",
    )
    parser.add_argument("--verbose", action="store_true", help="debug logging")
    parser.add_argument("--version", action=_VersionAction)
    args = parser.parse_args(list(argv))
    args.files = command_line_files(args.files)
    return args


def command_line_files(files: Sequence[str]) -> list[str]:
    """The files to import as absolute local paths, from the folder netdesk started in.

    A file:// URI (what a dock or a launcher hands over for a file dropped on netdesk's icon)
    is its local file; a name beginning with "~" ("~old.vcf") is a file's name, as the shell
    expands a home folder before netdesk sees it.
    """
    if not files:
        return []  # the usual start: nothing more to import before the first paint
    import os
    from urllib.parse import unquote_to_bytes, urlsplit

    local: list[str] = []
    for name in files:
        parts = urlsplit(name)
        if parts.scheme == "file" and parts.netloc in ("", "localhost"):
            name = os.fsdecode(unquote_to_bytes(parts.path))
        local.append(os.path.abspath(name))
    return local


def _lighten_pyside_import_hook() -> None:
    """Make PySide's import hook read module files instead of ``inspect.getsource``.

    For its ``__feature__`` switching, PySide looks at every module imported after it to see
    whether its source mentions "PySide6", through inspect.getsource: the whole file is read,
    split and kept in linecache. Before the first paint that was 92 modules and 25 ms, and
    6.5 MiB of source lines stayed in memory for good. Reading the bytes gives the same
    answer. Anything unexpected (another PySide version, a module without a .py file) goes
    to PySide's own check.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "netdesk_light", False):
        return

    def uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.netdesk_light = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def upgrading_note(paths: Paths) -> QLabel | None:
    """A small window saying the database is being upgraded, shown while a newer netdesk
    migrates it (at 100,000 contacts from an old schema: ~15 s with nothing on the screen),
    in the middle of the screen under a busy cursor; None when no upgrade is due. The caller
    closes it with :func:`close_note`, once the window shows its first page."""
    from netdesk.store.database import schema_on_disk
    from netdesk.store.migrations import SCHEMA_VERSION

    if paths.no_database():
        return None
    version = schema_on_disk(paths.database)
    if version is None or not 0 < version < SCHEMA_VERSION:
        return None
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtWidgets import QApplication, QLabel

    note = QLabel(
        QCoreApplication.translate(
            "netdesk",
            "Updating your netdesk database for this version… This happens once, and can take "
            "a minute for a large address book.",
        )
    )
    note.setObjectName("upgradingNote")
    note.setWindowTitle("netdesk")
    note.setWordWrap(True)
    note.setMargin(24)
    note.setAlignment(Qt.AlignmentFlag.AlignCenter)
    note.resize(420, 120)
    screen = QApplication.primaryScreen()
    if screen is not None:
        note.move(screen.availableGeometry().center() - note.rect().center())
    note.show()
    # the event loop does not run until the migration is over: the pointer says it is busy
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    for _ in range(3):  # shown and painted before the migration holds the thread
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    return note


def upgrade_said(upgraded: Any) -> str:
    """What the status bar says once an older database was upgraded: where the copy of the
    old one is kept, or why none could be (said only in the log, it went unseen); "" when
    there was nothing to keep (no contact, no journal).

    Args:
        upgraded: the store's :class:`netdesk.store.upgrade_copy.UpgradeCopy`.
    """
    from PySide6.QtCore import QCoreApplication, QLocale

    from netdesk.ui.widgets import fill

    translate = QCoreApplication.translate
    if upgraded.empty or upgraded.restored is not None:  # a restore's: said as restored
        return ""
    if upgraded.path is not None:  # the whole path: the folder to look in, and the file
        return fill(
            translate(
                "netdesk",
                "Your database was updated for this version of netdesk; the old one is kept as %1.",
            ),
            str(upgraded.path),
        )
    if upgraded.needed:
        size = QLocale().formattedDataSize
        return fill(
            translate(
                "netdesk",
                "Your database was updated for this version of netdesk without a copy of the "
                "old one: the disk had %1 free, the copy and the update needed %2.",
            ),
            size(upgraded.free),
            size(upgraded.needed),
        )
    return fill(
        translate(
            "netdesk",
            "Your database was updated for this version of netdesk without a copy of the old "
            "one: none could be written in %1 (%2).",
        ),
        str(upgraded.folder),
        upgraded.error,
    )


def _open_core(paths: Paths, rescued: Any) -> Any:
    """``Core.open``; for a backup just put in place by ``rescued`` (a DamagedDatabase that
    restored one), without a copy of it kept before its migration: the backup is that copy,
    and a second one in the backups folder was listed as kept before an upgrade."""
    from netdesk.core import Core

    source = getattr(rescued, "restored_from", None)
    if source is None:
        return Core.open(paths)
    from netdesk.core.backups import restored_in_place

    with restored_in_place(paths.database, source):
        return Core.open(paths)


def _tell_upgrade(window: Any) -> None:
    """Once the window has started up (for a start in the tray: when it is first opened),
    say what became of the older database's copy, after any message already there (a
    restore's)."""
    store = window.context.core.store
    said = upgrade_said(store.upgraded) if store.upgraded is not None else ""
    if said:
        bar = window.statusBar()
        bar.showMessage(" ".join(filter(None, (bar.currentMessage(), said))))


def close_note(note: QLabel) -> None:
    """Close :func:`upgrading_note`'s window and give the pointer back (once)."""
    from PySide6.QtWidgets import QApplication

    if note.isVisible():
        note.close()
        QApplication.restoreOverrideCursor()


class _CollectorHeld:
    """Python's cyclic collector held from the start to the first paint.

    Start-up makes ~50,000 objects (modules, classes, PySide's enums: ~3,900 members) and
    next to no garbage; the ~60 collections it triggered walked them all and freed nothing,
    10-30 ms before the first paint. :meth:`resume` gives the collector back (once).
    """

    def __init__(self) -> None:
        self._held = gc.isenabled()
        gc.disable()

    def resume(self) -> None:
        if self._held:
            self._held = False
            gc.enable()


def main(
    argv: Sequence[str] | None = None, *, first_paint: Callable[[Any], None] | None = None
) -> int:
    """Start netdesk; returns the process exit code. Read it top to bottom.

    Args:
        argv: the arguments (default: sys.argv[1:]).
        first_paint: called with the main window once it has painted the first page of
            contacts (the start-up benchmark's and tests' probe).
    """
    collector = _CollectorHeld()
    try:
        return _main(argv, first_paint, collector)
    finally:
        collector.resume()


def run() -> None:
    """The process's entry (``netdesk``, ``python -m netdesk``): :func:`main`, then exit.

    What is left once main() returns (the database closed, the settings written, the workers
    done) goes with the process. Python's last collection at exit walked it all for nothing:
    0.25 s on 100,000 contacts, up to 2 s after a long session, with the window gone and the
    process still there. Frozen, those objects are left out of it; atexit handlers (logging's
    flush among them) still run.
    """
    code = main()
    gc.freeze()
    sys.exit(code)


def _main(
    argv: Sequence[str] | None,
    first_paint: Callable[[Any], None] | None,
    collector: _CollectorHeld,
) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from netdesk.ui import memory

    memory.one_arena()  # before any thread

    from netdesk import logs
    from netdesk.core import paths as core_paths

    try:
        paths = core_paths.resolve(args.data_dir)
    except core_paths.EmptyDataDirError as error:  # NETDESK_DATA_DIR="": never the real one
        print(f"netdesk: error: {error}", file=sys.stderr)
        if not args.smoke_test:  # started from a menu or at login, nobody reads stderr
            _empty_data_dir(given=args.data_dir is not None)
        return 2
    log_file = logs.setup(paths, verbose=args.verbose)
    log.info("netdesk starting, data folder %s", paths.data_dir)
    if args.minimized and not args.files and not args.smoke_test:
        from netdesk.running import window_running

        if window_running(paths):
            # the login's start (autostart) of a netdesk the session already restored: it
            # stays where it is, in the tray; handed over, its window was brought forward
            log.info("netdesk already runs: started minimized, nothing to do")
            return 0

    from PySide6.QtWidgets import QApplication

    _lighten_pyside_import_hook()
    from netdesk.ui.icons import app_icon, register_search_path

    app = QApplication(sys.argv[:1])
    app.setApplicationName("netdesk")
    app.setOrganizationDomain("netdesk.org")
    from netdesk.ui.i18n import install_translators

    install_translators(app)
    from PySide6.QtCore import QLocale

    from netdesk.core.names import region_if_none

    region_if_none(QLocale.territoryToCode(QLocale.system().territory()))
    app.setDesktopFileName(APP_ID)
    register_search_path()
    app.setWindowIcon(app_icon())
    from netdesk.ui.palette import keep_placeholders_readable

    # hints and placeholders at 4.5:1, in light and dark themes; kept while main() runs
    theme_watcher = keep_placeholders_readable(app, indicators=False)  # (after the paint)
    from netdesk.ui.errors import ErrorReporter

    # from here an unexpected error is logged and told in a box, also before the window
    # exists (launched from the desktop, a traceback on stderr is a silent exit)
    reporter = ErrorReporter(log_file, interactive=not args.smoke_test)
    reporter.install()

    from netdesk.ui.single_instance import SingleInstance

    instance = SingleInstance(paths)
    # the usual start (a window, no files) takes the name once its first page is on screen,
    # holding the look's lock until then (Unix; a named pipe is asked and taken at once);
    # any other start takes it before the database opens
    usual = not (args.smoke_test or args.minimized or args.files)
    if not args.smoke_test and instance.hand_over(list(args.files), take=not usual):
        log.info("another netdesk took over %d file(s)", len(args.files))
        return 0

    from netdesk.core import Core
    from netdesk.core.listing import ready
    from netdesk.core.rescue import damage_seen
    from netdesk.ui.context import AppContext

    # the first read, as the first paint makes it (a few ms, no quick_check): a damaged file
    # is offered its way out (restore a backup) before any window reads it
    damage = damage_seen(paths.database)
    rescued: Any = None
    if damage is not None:
        instance.take()  # a launch during the rescue's questions hands over to this one
        log.error("%s is damaged: %s", paths.database, damage)
        if args.smoke_test:
            print(f"netdesk: cannot open {paths.database}: damaged ({damage})", file=sys.stderr)
            return 1
        rescued = _rescue(paths, damage, log_file)
        if rescued is None:
            return 1
    elif not args.smoke_test and paths.no_database():
        # deleted (or left empty), or the data folder put back without it, while backups are
        # there: offered before an empty database is made beside them
        from netdesk.ui.damaged_database import DamagedDatabase

        missing = DamagedDatabase(paths, "", log_file, missing=True)
        if missing.latest() is not None:
            instance.take()
            if not missing.ask():
                return 1
            rescued = missing if missing.restored_from is not None else None

    note: QLabel | None = None
    if args.smoke_test or args.minimized or args.files or not ready(paths):
        # opened (created, migrated) now: a database that cannot be opened is said before any
        # window shows, and the import or the tray has it at once
        instance.take()  # an upgrade may take long: launches meanwhile hand over
        note = None if args.smoke_test else upgrading_note(paths)
        try:
            core = _open_core(paths, rescued)
        except Exception as error:  # a newer schema, a locked or damaged file: say which
            log.exception("cannot open %s", paths.database)
            if note is not None:
                close_note(note)  # not left behind the box that says why
            # damage the first read did not meet (a migration's): the same way out
            damage = None if args.smoke_test or rescued is not None else _damage_in(error)
            if damage is None:
                _cannot_open(app, paths, error, smoke_test=args.smoke_test, log_file=log_file)
                return 1
            rescued = _rescue(paths, damage, log_file)
            if rescued is None:
                return 1
            try:
                core = _open_core(paths, rescued)
            except Exception as again:
                log.exception("cannot open the restored %s", paths.database)
                _cannot_open(app, paths, again, smoke_test=False, log_file=log_file)
                return 1
        except BaseException:
            if note is not None:
                close_note(note)
            raise
        context = AppContext.create(paths, core, log_file)
    else:
        # the window paints the first page read without the ORM, then opens the database
        context = AppContext.starting(paths, log_file, lambda clock: Core.open(paths, clock))

    from netdesk.ui.main_window import MainWindow

    window = MainWindow(context)
    reporter.parent = window

    def core_failed(error: object) -> None:
        _cannot_open(app, paths, error, smoke_test=False, log_file=log_file)
        app.exit(1)

    window.core_failed.connect(core_failed)
    if rescued is not None:
        said = (
            app.translate("netdesk", "Restored %1. The damaged database was kept as %2.")
            if rescued.kept_as is not None
            else app.translate("netdesk", "Restored %1.")
        )
        window.statusBar().showMessage(
            said.replace("%1", rescued.restored_from.name).replace("%2", str(rescued.kept_as)),
            30000,
        )
    if first_paint is not None:
        window.first_page_painted.connect(lambda: first_paint(window))
    if instance.taking_later:  # QtNetwork and the name, once the first page is on screen
        window.first_page_painted.connect(lambda: _take_name_after_paint(instance, window))
    window.first_page_painted.connect(collector.resume)
    # an older database upgraded: where its copy is kept, once the window is up
    window.started_up.connect(lambda: _tell_upgrade(window))
    if note is not None:
        # up until the window shows its first page: closed at once, a second of blank
        # screen came between them (a start in the tray shows no window: closed now)
        if args.minimized:
            close_note(note)
        else:
            window.first_page_painted.connect(lambda: close_note(note))
    from netdesk.ui.palette import keep_indicators_visible

    # a dark theme's visible check boxes (Fusion): the style costs 75-100 ms, after the
    # first page (which has none), or now when there is no window to paint
    if args.minimized:
        keep_indicators_visible(app)
    else:
        window.first_page_painted.connect(lambda: keep_indicators_visible(app))
    instance.files_received.connect(lambda files: window.import_files(list(files)))
    instance.files_received.connect(lambda _files: window.open_from_elsewhere())
    if not instance.taking_later:
        instance.listen()

    if sys.platform == "darwin":  # Finder sends files as events, not arguments
        from netdesk.ui.file_open import FileOpenListener

        # an application-wide filter sees every event of every widget: only where it is needed
        file_open = FileOpenListener(app)
        file_open.files_opened.connect(lambda files: window.import_files(list(files)))
        app.installEventFilter(file_open)

    if args.smoke_test:
        _record_version(app)
        return _smoke_test(app, window, args.files, reporter)

    started: list[object] = []  # the tray and the backup, kept alive while the app runs
    stop_at_quit: list[Any] = []

    def start_background_work() -> None:
        """After the first paint: the version, reminders in the tray, then the daily backup."""
        if started:
            return
        from PySide6.QtCore import Qt

        from netdesk.ui.damaged_database import tell_damaged
        from netdesk.ui.startup_backup import StartupBackup
        from netdesk.ui.stop_signals import StopSignals
        from netdesk.ui.tray import ReminderTray

        # SIGTERM, SIGINT, SIGHUP: quit as Ctrl+Q does, without asking; the desktop session
        # ending (log out, shut down): save without asking
        stop_signals = StopSignals(app)
        stop_signals.stop_requested.connect(window.stop_now)
        stop_signals.install()
        stop_at_quit.append(stop_signals)
        app.commitDataRequest.connect(window.commit_data, Qt.ConnectionType.DirectConnection)
        _record_version(app)
        logs.rotate(log_file)
        from netdesk.ui.autostart import refresh_start_at_login

        refresh_start_at_login(paths.data_dir)  # an entry left starting a netdesk moved away
        tray = ReminderTray(context, window)
        daily_backup = StartupBackup(context)
        daily_backup.failed.connect(window.backup_failed)
        daily_backup.failed.connect(tray.backup_failed)  # hidden in the tray: its message
        # the copy went through SQLite's caches while the window allocated too: what it freed
        # (8 MiB on 100,000 contacts) stays resident below the window's blocks unless given back
        daily_backup.finished.connect(memory.give_back)
        daily_backup.failed.connect(memory.give_back)
        daily_backup.elsewhere.connect(lambda said: window.statusBar().showMessage(said, 15000))
        daily_backup.damaged.connect(
            lambda reason: tell_damaged(window, reason, log_file, window.restore_action.trigger)
        )
        # one box at a time: "No system tray" once the day's backup has said whether the
        # database is damaged, and once that question is answered (it opened over it)
        tray.hold_no_tray_note()
        daily_backup.job_ended.connect(tray.release_no_tray_note)
        started.extend([tray, daily_backup])
        stop_at_quit.append(daily_backup)
        daily_backup.start()  # first: nothing the tray meets (a database held) may stop it
        tray.start()

    if args.minimized:
        collector.resume()  # no first paint to wait for: started in the tray, it may never come
        # the tray decides whether there is anywhere to hide: without a tray, it shows the
        # window once none came up for a moment (the panel may start after netdesk)
        start_background_work()
    else:
        window.started_up.connect(start_background_work)
        window.show()
    if args.files:
        window.import_files(list(args.files))
    code = app.exec()
    context.settings.flush()  # what was set since the window saved its state (a dialog's size)
    del theme_watcher  # watched the theme while the window was up
    # an error while everything is taken down is logged: a box now, with no window and no
    # event loop left to answer it, would hold netdesk open after it has stopped
    reporter.interactive = False
    for stopping in stop_at_quit:  # the stop signals back to Python's; the daily backup
        stopping.stop()  # cancelled (its partial file removed), and waited for

    from netdesk.ui.operations import Operation

    for operation in Operation.running_now():  # an import, export or bulk change: rolled back
        operation.cancel()
    Operation.pool().waitForDone()
    if context.core_open:
        context.core.close()
    log.info("netdesk stopped (%d)", code)
    return code


def _take_name_after_paint(instance: Any, window: Any) -> None:
    """The usual start's single-instance name, taken once its first page is on screen. A
    launch that waited longer than the lock's wait for it may have started meanwhile: that
    one is netdesk on the folder, and this one hands over to it and stops, the database
    unopened. Should that one quit meanwhile, the hand-over takes the name and this one goes
    on."""
    if instance.take():
        instance.listen()
        return
    log.warning("another netdesk started on the folder meanwhile: handing over to it")
    window.hold_still(True)  # the hand-over waits for its answer in an event loop
    if instance.hand_over([]):  # its window comes to the front
        window.stand_down()
        return
    window.hold_still(False)
    instance.listen()


def _empty_data_dir(*, given: bool) -> None:
    """Say in a box that the data folder was named by an empty name (``--data-dir ""`` when
    ``given``, else ``NETDESK_DATA_DIR=""``): started from a menu or at login, the window
    exited with its one line on a stderr nobody sees, before any log was made."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from netdesk.ui.i18n import install_translators

    kept = install_translators(app)  # noqa: F841  (kept alive while the box shows)
    if given:
        said = app.translate("netdesk", "--data-dir is empty: give the data folder's name.")
    else:
        said = app.translate(
            "netdesk",
            "NETDESK_DATA_DIR is set but empty: give the data folder's name, or unset it for "
            "the usual one. Nothing was read or written.",
        )
    box = QMessageBox(QMessageBox.Icon.Critical, "", said)
    box.setWindowTitle(app.translate("netdesk", "netdesk cannot start"))
    box.exec()


def _cannot_open(app: Any, paths: Any, error: object, *, smoke_test: bool, log_file: Any) -> None:
    """Say why the database cannot be opened: on stderr for --smoke-test, else in a box that
    also says where the daily backups and the log are."""
    from PySide6.QtWidgets import QMessageBox

    from netdesk.ui.widgets import shown_as_written

    if smoke_test:
        print(f"netdesk: cannot open {paths.database}: {error}", file=sys.stderr)
        return
    said = str(error)
    if str(paths.database) not in said:  # the store's messages name it; others may not
        said = f"{paths.database}: {said}"
    where = app.translate("netdesk", "The details were written to the log:\n%1").replace(
        "%1", str(log_file)
    )
    from pathlib import Path

    from netdesk.ui.settings import BACKUP_FOLDER, Settings

    backups = Path(Settings(paths.data_dir / "settings.ini").get(BACKUP_FOLDER) or paths.backups)
    if any(backups.glob("netdesk-*.sqlite3")):
        where = (
            app.translate("netdesk", "netdesk's daily backups are in %1.").replace(
                "%1", str(backups)
            )
            + "\n\n"
            + where
        )
    box = QMessageBox(QMessageBox.Icon.Critical, "", shown_as_written(said))
    box.setWindowTitle(app.translate("netdesk", "netdesk cannot open its database"))
    box.setInformativeText(shown_as_written(where))
    box.exec()


def _damage_in(error: BaseException) -> str | None:
    """What SQLite said of a damaged file, if that is what ``error`` (or its cause) is."""
    import sqlite3

    from netdesk.core.rescue import is_damage

    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sqlite3.DatabaseError) and is_damage(seen):
            return str(seen)
        seen = seen.__cause__ or seen.__context__
    return None


def _rescue(paths: Any, damage: str, log_file: Any) -> Any:
    """The damaged database's box (netdesk.ui.damaged_database): the DamagedDatabase once a
    backup is in place, None to quit."""
    from netdesk.ui.damaged_database import DamagedDatabase

    rescue = DamagedDatabase(paths, damage, log_file)
    return rescue if rescue.ask() else None


def _record_version(app: Any) -> None:
    """The application version in QApplication and the log: after the first paint."""
    from netdesk import __version__

    app.setApplicationVersion(__version__)
    log.info("netdesk %s running", __version__)


def _smoke_test(app: object, window: object, files: list[str], reporter: object) -> int:
    """Load, import without preview, paint; 0 or the reason on stderr. Never waits for a user."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from netdesk.ui.errors import ErrorReporter
    from netdesk.ui.main_window import MainWindow

    assert isinstance(window, MainWindow) and isinstance(reporter, ErrorReporter)
    try:
        window.show()
        window.load()
        if files:
            controller = window.import_files(list(files), preview=False)
            loop = QEventLoop()
            outcome: list[object] = []

            def finished(summary: object) -> None:
                outcome.append(summary)
                loop.quit()

            controller.finished.connect(finished)  # type: ignore[attr-defined]
            QTimer.singleShot(SMOKE_IMPORT_TIMEOUT_MS, loop.quit)
            if not outcome:
                loop.exec()
            if not outcome or outcome[0] is None:
                raise RuntimeError(f"importing {', '.join(files)} did not finish")
            _check_smoke_import(outcome[0])
        QApplication.processEvents()
        image = window.grab()
        if image.isNull():
            raise RuntimeError("the main window painted nothing")
    except Exception as error:
        log.exception("smoke test failed")
        print(f"netdesk --smoke-test failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 2
    if reporter.errors:
        print(f"netdesk --smoke-test failed:\n{reporter.errors[0]}", file=sys.stderr)
        return 3
    count = window.contacts.model.rowCount()
    print(f"netdesk --smoke-test ok: {count} contacts listed")
    window.context.core.close()
    return 0


def _check_smoke_import(summary: object) -> None:
    """A file that could not be read at all, or an import that read nothing, is a failure."""
    from netdesk.core.importing import ImportSummary

    assert isinstance(summary, ImportSummary)
    unreadable = [p for p in summary.problems if p.severity == "error" and p.line is None]
    if unreadable:
        raise RuntimeError("; ".join(f"{p.file}: {p.reason}" for p in unreadable))
    if summary.new + summary.merged + summary.unchanged == 0:
        raise RuntimeError("no contact could be imported")
