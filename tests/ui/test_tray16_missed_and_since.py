"""netdesk started at login during the quiet hours: at their end, one message says what fell
due while it was closed and, apart, what fell due since it started."""

from __future__ import annotations

import datetime as dt

from test_tray import FakeWindow, context, make_tray, window  # noqa: F401  (fixtures)

from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext


def test_an_item_due_since_the_start_is_not_named_among_those_due_while_closed(
    context: AppContext,  # noqa: F811
    window: FakeWindow,  # noqa: F811
    clock: FixedClock,
) -> None:
    """It was: "2 follow-ups became due while netdesk was closed: Ana, Bob, Carl", with
    Carl's due at 7:30, half an hour after the login, and nothing said of what it was."""
    core = context.core
    clock.set(dt.datetime(2026, 3, 2, 7, 0))  # the login, in the quiet hours (21:00-08:00)
    ana, bob, carl = (core.contacts.create(Contact(given_name=n)) for n in ("Ana", "Bob", "Carl"))
    core.follow_ups.add(ana, dt.datetime(2026, 3, 2, 6, 0), "Send the proposal")
    core.follow_ups.add(bob, dt.datetime(2026, 3, 2, 6, 30), "Call back")
    core.follow_ups.add(carl, dt.datetime(2026, 3, 2, 7, 30), "Ask about the intro")
    tray = make_tray(context, window, available=True)
    tray.start()
    try:
        assert tray.messages == []  # quiet
        clock.set(dt.datetime(2026, 3, 2, 8, 0))
        tray.notifier.check()
        assert tray.messages == [
            (
                "2 follow-ups became due while netdesk was closed",
                "Ana, Bob; Carl — Ask about the intro",
            )
        ]
    finally:
        tray.stop()
