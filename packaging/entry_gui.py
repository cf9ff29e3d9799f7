"""Frozen entry point of the netdesk window (PyInstaller runs this as `netdesk`)."""

from netdesk.app import run

if __name__ == "__main__":
    run()
