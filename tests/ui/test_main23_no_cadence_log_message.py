"""Logging an interaction with someone who has no keep-in-touch rhythm does not say a clock
restarted: there is none (the card says "none — set a cadence to be reminded"). Found on
Xvfb: Ctrl+N, a name, Ctrl+L said "Logged. The keep-in-touch clock restarted." for the new
contact, as for every contact without a cadence of their own or from their tags."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from test_main23_archived_log_message import RESTARTED, log_with

from netdesk.core.types import NEVER_KEEP_IN_TOUCH
from netdesk.ui.context import AppContext

NO_CLOCK = "Logged. No keep-in-touch cadence is set, so there is no clock to restart."


def test_logging_with_someone_without_a_cadence_says_there_is_no_clock(
    qtbot: QtBot, main_window, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana")
    said = log_with(main_window, [ana])
    assert app_context.core.journal.for_contact(ana)  # logged all the same
    assert said == NO_CLOCK


def test_a_tags_rhythm_restarts_and_never_overrides_it(
    qtbot: QtBot, main_window, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    bea = person("Bea", tags=["mentors"])
    cai = person("Cai", tags=["mentors"], keep_in_touch_days=NEVER_KEEP_IN_TOUCH)
    app_context.core.tags.set_cadence("mentors", 30)
    assert log_with(main_window, [bea]) == RESTARTED  # the tag's rhythm
    assert log_with(main_window, [cai]) == NO_CLOCK  # "Never" on the card wins
    assert log_with(main_window, [bea, cai]) == RESTARTED  # one of them has a clock
