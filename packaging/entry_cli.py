"""Frozen entry point of the command line (PyInstaller runs this as `netdesk-cli`)."""

import sys

from netdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
