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


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """``--data-dir`` first, then ``NETDESK_DATA_DIR``, then the platform's user data folder."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    return Paths(Path(chosen).expanduser().resolve() if chosen else default_data_dir())
