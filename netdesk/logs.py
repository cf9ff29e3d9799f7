"""Logging: one rotating file in the platform's log folder, one logger per area."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from netdesk.core.paths import Paths

MAX_BYTES = 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# a file name that is not UTF-8 ("caf\udce9.vcf") is written escaped: strict, its whole line
# was lost, with a "--- Logging error ---" traceback on stderr
ERRORS = "backslashreplace"


def setup(paths: Paths, *, verbose: bool = False) -> Path:
    """Log to ``<log dir>/netdesk.log`` (1 MiB x 5 once ``rotate()`` ran). Returns its path.

    Start-up logs through a plain file handler: logging.handlers (socket, pickle, queue) costs
    ~8 ms to import, which the first paint need not wait for; ``rotate()`` follows it.

    A log folder netdesk cannot write (read-only, full, a file in its place) must not keep it
    from starting: the log goes to a new private folder in the temporary folder instead (the
    error dialog names it), or to stderr when even that fails.
    """
    wanted = paths.logs / "netdesk.log"
    try:
        wanted.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(wanted, encoding="utf-8", errors=ERRORS)
    except OSError as error:
        log_file = _elsewhere(verbose)
        logging.getLogger("netdesk").warning("cannot write the log %s (%s)", wanted, error)
        return log_file
    _use(handler, verbose)
    return wanted


def _elsewhere(verbose: bool) -> Path:
    """The log in a new private temporary folder, else on stderr (its path then unused)."""
    log_file = Path(tempfile.gettempdir()) / "netdesk.log"
    handler: logging.Handler
    try:
        log_file = Path(tempfile.mkdtemp(prefix="netdesk-log-")) / "netdesk.log"
        handler = logging.FileHandler(log_file, encoding="utf-8", errors=ERRORS)
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    _use(handler, verbose)
    return log_file


def rotate(log_file: Path) -> None:
    """From now on the log rotates at 1 MiB, keeping 5 old files."""
    import logging.handlers

    root = logging.getLogger("netdesk")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        return  # logging to stderr: no file could be written at start-up
    try:
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", errors=ERRORS
        )
    except OSError as error:  # the folder became unwritable: keep the handler that works
        root.warning("cannot rotate the log %s (%s)", log_file, error)
        return
    _use(handler, root.level == logging.DEBUG)


def _use(handler: logging.Handler, verbose: bool) -> None:
    root = logging.getLogger("netdesk")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
