"""One ordered start-up: arguments, paths, single instance, database, window, tray, show."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from netdesk import __version__

log = logging.getLogger("netdesk.app")


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
    parser.add_argument("--version", action="version", version=f"netdesk {__version__}")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Start netdesk; returns the process exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from netdesk.ui.startup import run  # Qt is imported only once the arguments are fine

    return run(args)
