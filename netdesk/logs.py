"""Logging: one rotating file in the platform's log folder, one logger per area."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from netdesk.core.paths import Paths


def setup(paths: Paths, *, verbose: bool = False) -> Path:
    """Log to ``<log dir>/netdesk.log`` (1 MiB x 5). Returns the file's path."""
    folder = paths.logs
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / "netdesk.log"
    root = logging.getLogger("netdesk")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1024 * 1024, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_file
