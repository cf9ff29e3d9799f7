"""Application settings, declared once with their type and default (git-cola's prefs pattern)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from netdesk.core.types import LONGEST_CADENCE

T = TypeVar("T")

log = logging.getLogger("netdesk.ui")

# what a Qt widget (a spin box) or a count in tr() holds: a hand-edited 99999999999 made
# Preferences fail to open (OverflowError), the one place to set it right
_QT_INT = range(-(2**31), 2**31)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    description: str
    allowed: range = _QT_INT  # an int read outside it is the default


DEFAULT_CADENCE_DAYS = Setting[int](
    "contacts/default_cadence_days", 0, "0 means never", range(LONGEST_CADENCE + 1)
)
QUIET_HOURS_START = Setting[str]("reminders/quiet_start", "21:00", "HH:MM")
QUIET_HOURS_END = Setting[str]("reminders/quiet_end", "08:00", "HH:MM")
START_AT_LOGIN = Setting[bool]("app/start_at_login", False, "start minimized to the tray")
CLOSE_TO_TRAY = Setting[bool]("app/close_to_tray", True, "closing the window keeps netdesk running")
CLOSE_TO_TRAY_EXPLAINED = Setting[bool]("app/close_to_tray_told", False, "the user was told once")
NO_TRAY_EXPLAINED = Setting[bool]("app/no_tray_told", False, "the user was told once")
BACKUP_FOLDER = Setting[str]("backups/folder", "", "empty: <data dir>/backups")
BACKUPS_TO_KEEP = Setting[int]("backups/keep_daily", 7, "daily backups kept")
PAUSED_UNTIL = Setting[str]("reminders/paused_until", "", "ISO date-time or empty")
ICS_FOLDER = Setting[str]("calendar/ics_folder", "", "keep a .ics file updated here")
LAST_CONTACT = Setting[int]("window/last_contact", 0, "selected at the last exit")
SORT_ORDER = Setting[str]("window/sort_order", "name", "name, last_interaction or next_due")
LIST_FILTER = Setting[str]("window/list_filter", "", "filter:<ListFilter> or tag:<name>")


class Settings:
    """Typed access to an INI file in the data folder, so each data folder has its own."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self._failed = False
        # values set while the data folder is gone (moved or deleted while netdesk runs): never
        # handed to QSettings, which would make the folder again to write them, with nothing
        # but settings.ini in it, in the way of the folder put back (and the next start would
        # find it without a database and make an empty one)
        self._unsaved: dict[str, Any] = {}

    def _value(self, key: str, default: Any = None) -> Any:
        if key in self._unsaved:
            return self._unsaved[key]
        return self._qsettings.value(key, default)

    def _write(self, key: str, value: Any) -> bool:
        if not self.path.parent.is_dir():
            self._unsaved[key] = value
            log.warning("the folder of the settings file %s is gone; not written", self.path)
            return False
        for unsaved_key, unsaved in self._unsaved.items():  # the folder is back
            self._qsettings.setValue(unsaved_key, unsaved)
        self._unsaved.clear()
        self._qsettings.setValue(key, value)
        return self._sync()

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
        read-only folder): the value still holds until netdesk quits."""
        return self._write(setting.key, value)

    def save_geometry(self, name: str, state: QByteArray) -> None:
        """Window geometry and splitter state go through here, nowhere else."""
        self._write(f"geometry/{name}", state)

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
