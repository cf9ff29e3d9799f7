"""Where netdesk keeps its files: platformdirs defaults, overridden by --data-dir or the env."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "netdesk"
ENV_DATA_DIR = "NETDESK_DATA_DIR"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "netdesk.sqlite3"

    def no_database(self) -> bool:
        """Nothing to open: no database file, or an empty one (0 bytes, no write-ahead log
        holding its pages), as a disk that filled up or a copy cut short can leave. Opened,
        it would silently become a new, empty address book beside the backups."""
        try:
            if self.database.stat().st_size > 0:
                return False
        except FileNotFoundError:
            return True
        except OSError:
            return False  # there, but not readable: opening it says why
        wal = self.database.with_name(self.database.name + "-wal")
        try:
            return wal.stat().st_size == 0
        except OSError:
            return True

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        # Logs follow the data folder when it is overridden, so tests never touch the real one.
        if os.environ.get(ENV_DATA_DIR) or self.data_dir != default_data_dir():
            return self.data_dir / "logs"
        return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class EmptyDataDirError(ValueError):
    """A data folder was named, but by an empty name (``NETDESK_DATA_DIR=""``)."""


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """``--data-dir`` first, then ``NETDESK_DATA_DIR``, then the platform's user data folder.

    Raises:
        EmptyDataDirError: either is given but empty (or blank). ``NETDESK_DATA_DIR="$DIR"``
            in a script whose ``DIR`` was unset fell back to the user's real data folder,
            and the script wrote into the real address book.
    """
    if data_dir is not None and not os.fspath(data_dir).strip():
        raise EmptyDataDirError("--data-dir is empty: give the data folder's name")
    chosen = os.fspath(data_dir) if data_dir is not None else os.environ.get(ENV_DATA_DIR)
    if chosen is not None and not chosen.strip():
        raise EmptyDataDirError(
            f"{ENV_DATA_DIR} is set but empty: give the data folder's name, or unset it "
            "for the usual one; nothing was read or written"
        )
    return Paths(Path(chosen).expanduser().resolve() if chosen else default_data_dir())
