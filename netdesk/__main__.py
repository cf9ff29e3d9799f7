"""``python -m netdesk``: the desktop app."""

from netdesk.app import run

run()
