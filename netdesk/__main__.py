"""``python -m netdesk``: the desktop app."""

import sys

from netdesk.app import main

sys.exit(main())
