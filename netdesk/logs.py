"""Logging: one rotating file in the platform's log folder, one logger per area."""

from __future__ import annotations

import logging
from pathlib import Path

from netdesk.core.paths import Paths

MAX_BYTES = 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup(paths: Paths, *, verbose: bool = False) -> Path:
    """Log to ``<log dir>/netdesk.log`` (1 MiB x 5 once ``rotate()`` ran). Returns its path.

    Start-up logs through a plain file handler: logging.handlers (socket, pickle, queue) costs
    ~8 ms to import, which the first paint need not wait for; ``rotate()`` follows it.
    """
    folder = paths.logs
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / "netdesk.log"
    _use(logging.FileHandler(log_file, encoding="utf-8"), verbose)
    return log_file


def rotate(log_file: Path) -> None:
    """From now on the log rotates at 1 MiB, keeping 5 old files."""
    import logging.handlers

    root = logging.getLogger("netdesk")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    _use(handler, root.level == logging.DEBUG)


def _use(handler: logging.Handler, verbose: bool) -> None:
    root = logging.getLogger("netdesk")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
