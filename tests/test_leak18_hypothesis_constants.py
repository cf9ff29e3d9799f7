"""Property tests draw the same examples whatever ran before them (tests/conftest.py)."""

from __future__ import annotations

import pkgutil
import sys

import netdesk


def test_every_netdesk_module_is_loaded_before_the_tests_draw() -> None:
    """Hypothesis draws from the constants of the project modules loaded at the time, so a
    module a test before loaded (the CSV reader, for test_user_text's mapping test) changed
    the undo state machine's derandomized examples: one it drew only after that test failed.
    conftest.py loads them all first; none may be left for a test to load."""
    names = {m.name for m in pkgutil.walk_packages(netdesk.__path__, "netdesk.")}
    missing = sorted(n for n in names if not n.endswith(".__main__") and n not in sys.modules)
    assert missing == []
