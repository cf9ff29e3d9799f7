"""Application settings, declared once with their type and default (git-cola's prefs pattern)."""

from __future__ import annotations

import contextlib
import logging
import os
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QThread, QTimer

from netdesk.core.types import LONGEST_CADENCE

T = TypeVar("T")

log = logging.getLogger("netdesk.ui")

# what a Qt widget (a spin box) or a count in tr() holds: a hand-edited 99999999999 made
# Preferences fail to open (OverflowError), the one place to set it right
_QT_INT = range(-(2**31), 2**31)

# A setting kept in passing (a splitter's place, the sort order, the last folder used) reaches
# the disk this long after the last write of a burst, when netdesk quits, or when its Settings
# goes: QSettings.sync took 17 ms a write on the GUI thread (348 ms once on a slow disk). A
# crash loses at most the last moments of them.
SYNC_DELAY_MS = 1500


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    description: str
    allowed: range = _QT_INT  # an int read outside it is the default
    # the user's own choice (Preferences, a question answered): on disk before set() returns,
    # which says whether it could be written
    at_once: bool = False


DEFAULT_CADENCE_DAYS = Setting[int](
    "contacts/default_cadence_days", 0, "0 means never", range(LONGEST_CADENCE + 1), at_once=True
)
QUIET_HOURS_START = Setting[str]("reminders/quiet_start", "21:00", "HH:MM", at_once=True)
QUIET_HOURS_END = Setting[str]("reminders/quiet_end", "08:00", "HH:MM", at_once=True)
START_AT_LOGIN = Setting[bool](
    "app/start_at_login", False, "start minimized to the tray", at_once=True
)
CLOSE_TO_TRAY = Setting[bool](
    "app/close_to_tray", True, "closing the window keeps netdesk running", at_once=True
)
CLOSE_TO_TRAY_EXPLAINED = Setting[bool](
    "app/close_to_tray_told", False, "the user was told once", at_once=True
)
NO_TRAY_EXPLAINED = Setting[bool]("app/no_tray_told", False, "the user was told once", at_once=True)
BACKUP_FOLDER = Setting[str]("backups/folder", "", "empty: <data dir>/backups", at_once=True)
BACKUPS_TO_KEEP = Setting[int]("backups/keep_daily", 7, "daily backups kept", at_once=True)
PAUSED_UNTIL = Setting[str]("reminders/paused_until", "", "ISO date-time or empty", at_once=True)
ICS_FOLDER = Setting[str]("calendar/ics_folder", "", "keep a .ics file updated here", at_once=True)
LAST_CONTACT = Setting[int]("window/last_contact", 0, "selected at the last exit")
SORT_ORDER = Setting[str]("window/sort_order", "name", "name, last_interaction or next_due")
LIST_FILTER = Setting[str]("window/list_filter", "", "filter:<ListFilter> or tag:<name>")


# Values set and not on disk yet, by settings file: shared by the Settings of one file (a
# Settings made to read it sees what another one set, as two QSettings of a file do).
_NOT_WRITTEN: dict[str, dict[str, Any]] = {}
_NOT_SET = object()


class Settings:
    """Typed access to an INI file in the data folder, so each data folder has its own."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self._failed = False
        # values set and not handed to QSettings yet: those waiting for SYNC_DELAY_MS, and
        # those set while the data folder is gone (moved or deleted while netdesk runs), which
        # QSettings would write by making the folder again, with nothing but settings.ini in
        # it, in the way of the folder put back (and the next start would find it without a
        # database and make an empty one)
        self._unsaved = _NOT_WRITTEN.setdefault(os.path.abspath(path), {})
        # the write's timer, made on first use: the application's child, so that the collector
        # freeing this object on a worker thread (a cycle) never deletes a running timer
        # there (Qt: "Timers cannot be stopped from another thread"); let go as this goes
        self._timers: list[QTimer] = []
        # what is left is written when this object goes, or at the latest as Python exits
        weakref.finalize(self, _write_left, Path(path), self._unsaved, self._timers)

    def _value(self, key: str, default: Any = None) -> Any:
        if key in self._unsaved:
            return self._unsaved[key]
        return self._qsettings.value(key, default)

    def _write(self, key: str, value: Any, *, at_once: bool) -> bool:
        return self._write_all({key: value}, at_once=at_once)

    def _write_all(self, values: dict[str, Any], *, at_once: bool) -> bool:
        self._unsaved.update(values)
        if not self.path.parent.is_dir():
            log.warning("the folder of the settings file %s is gone; not written", self.path)
            return False
        if at_once:
            return self.flush()
        self._flush_later()
        return not self._failed

    def _flush_later(self) -> None:
        """:meth:`flush` once writes pause for SYNC_DELAY_MS (at once without an event loop
        to wait in: the command line, a worker thread)."""
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            self.flush()
            return
        if not self._timers:
            timer = QTimer(app)
            timer.setSingleShot(True)
            timer.setInterval(SYNC_DELAY_MS)
            this = weakref.ref(self)  # the timer, held by this object, does not hold it
            timer.timeout.connect(lambda: _flush(this))
            self._timers.append(timer)
        self._timers[0].start()

    def flush(self) -> bool:
        """Write to the file what was set and is not there yet; False when the file could not
        take it (a full disk, a read-only or vanished folder): the values still hold, and
        the next write tries again."""
        for timer in self._timers:
            timer.stop()
        if not self._unsaved:
            return not self._failed
        if not self.path.parent.is_dir():
            log.warning("the folder of the settings file %s is gone; not written", self.path)
            return False
        written = list(self._unsaved.items())
        for key, value in written:
            self._qsettings.setValue(key, value)
        if self._sync():
            _forget_written(self._unsaved, written)
            return True
        return False

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._value(setting.key, setting.default)
        default = setting.default
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.lower() in ("true", "1", "yes")  # type: ignore[return-value]
            return bool(value)  # type: ignore[return-value]
        if isinstance(default, int):
            try:
                number = int(value)
            except (TypeError, ValueError):
                return default
            return number if number in setting.allowed else default  # type: ignore[return-value]
        if isinstance(default, str) and isinstance(value, list):
            # an unquoted comma in a hand-edited settings.ini ("folder=My Backups,old"):
            # QSettings reads a list (the app could not start), split and trimmed; the line
            # as written is the value
            written = self._as_written(setting.key)
            return written if written is not None else default  # type: ignore[return-value]
        if isinstance(default, str) and not isinstance(value, str):
            return default
        return value if value is not None else default

    def _as_written(self, key: str) -> str | None:
        """The text after ``name=`` under ``[section]`` in the file, as typed."""
        section, _, name = key.rpartition("/")
        current = ""
        try:
            lines = Path(self.path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeError):
            return None
        for line in lines:
            stripped = line.strip()
            if stripped.startswith("[") and stripped.endswith("]"):
                current = stripped[1:-1]
            elif current == (section or "General") and "=" in stripped:
                found, _, value = stripped.partition("=")
                if found.strip() == name:
                    return value.strip()
        return None

    def set(self, setting: Setting[T], value: T) -> bool:
        """Change a setting; False when the file could not be written (a full disk, a
        read-only folder): the value still holds until netdesk quits. One not ``at_once``
        is written later (SYNC_DELAY_MS): False then says only that the folder is gone or
        the last write failed."""
        return self._write(setting.key, value, at_once=setting.at_once)

    def set_all(self, values: Iterable[tuple[Setting[Any], Any]]) -> bool:
        """Change several settings with one write of the file (Preferences' OK synced it once
        a setting, eight times); False as :meth:`set` says it."""
        pairs = list(values)
        written = {setting.key: value for setting, value in pairs}
        return self._write_all(written, at_once=any(setting.at_once for setting, _ in pairs))

    def save_geometry(self, name: str, state: QByteArray) -> None:
        """Window geometry and splitter state go through here, nowhere else (written later,
        see SYNC_DELAY_MS)."""
        self._write(f"geometry/{name}", state, at_once=False)

    def _sync(self) -> bool:
        if self._failed:
            # QSettings keeps the first error it met for good, even once writing works again:
            # a new one (it shares the values not yet written) tries afresh
            self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._qsettings.sync()
        self._failed = self._qsettings.status() != QSettings.Status.NoError
        if self._failed:
            log.warning("cannot write the settings file %s", self.path)
        return not self._failed

    def geometry(self, name: str) -> QByteArray | None:
        value = self._value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def raw(self) -> QSettings:
        """For values too specific to declare (e.g. remembered CSV mappings)."""
        return self._qsettings


def _flush(settings: weakref.ref[Settings]) -> None:
    alive = settings()
    if alive is not None:
        alive.flush()


def _write_left(path: Path, unsaved: dict[str, Any], timers: list[QTimer]) -> None:
    """What a Settings that went (or the process, exiting) left unwritten, if its folder is
    there; a Settings of the same file still open writes it otherwise. Its timer is deleted
    on its own thread (or went with the application already)."""
    for timer in timers:
        with contextlib.suppress(RuntimeError):  # "Internal C++ object already deleted"
            timer.deleteLater()
    timers.clear()
    if not unsaved or not path.parent.is_dir():
        return
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    written = list(unsaved.items())
    for key, value in written:
        settings.setValue(key, value)
    settings.sync()
    if settings.status() == QSettings.Status.NoError:
        _forget_written(unsaved, written)
    else:
        log.warning("cannot write the settings file %s", path)


def _forget_written(unsaved: dict[str, Any], written: list[tuple[str, Any]]) -> None:
    """Take what was written out of ``unsaved``, and only that: a value set again meanwhile
    (this may run on a worker thread: a Settings the collector frees there) is still to
    write. Clearing all of it lost such a value, never written."""
    for key, value in written:
        if unsaved.get(key, _NOT_SET) is value:
            del unsaved[key]
