"""Frozen entry point of the netdesk window (PyInstaller runs this as `netdesk`)."""

import sys

from netdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
