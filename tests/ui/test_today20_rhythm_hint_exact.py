"""Today's "nothing comes due by itself" hint is exact: it shows whenever no active contact
has a keep-in-touch rhythm of their own or from a tag, however many follow-ups were set by
hand, and never when one has; and it is read from the open follow-ups' index, not by a walk
over every contact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import NEVER_KEEP_IN_TOUCH, Contact
from netdesk.store import queries
from netdesk.store.models import db
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import TodayView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _hint_shown(qtbot: QtBot, core: Core, tmp_data_dir: Path) -> bool:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.due_label.text() != "")
    return view.rhythm_hint.isVisible()


def test_many_follow_ups_by_hand_are_no_rhythm(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    clock.set(dt.datetime(2026, 3, 2, 9))
    ana = core.contacts.create(Contact(given_name="Ana"))
    for n in range(60):  # a page of them and more, none from a rhythm
        core.follow_ups.add(ana, dt.datetime(2026, 3, 3, 9) + dt.timedelta(days=n), f"Call {n}")
    assert _hint_shown(qtbot, core, tmp_data_dir)


def test_a_tags_rhythm_on_nobody_is_no_rhythm(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    clock.set(dt.datetime(2026, 3, 2, 9))
    core.contacts.create(Contact(given_name="Ana", tags=["mentors"]))
    bo = core.contacts.create(Contact(given_name="Bo", tags=["clients"]))
    core.contacts.remove_tag([bo], "clients")
    core.tags.set_cadence("clients", 30)  # its only contact lost the tag
    assert _hint_shown(qtbot, core, tmp_data_dir)


def test_a_tags_rhythm_under_everyones_own_never_is_no_rhythm(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    clock.set(dt.datetime(2026, 3, 2, 9))
    core.contacts.create(
        Contact(given_name="Ana", tags=["mentors"], keep_in_touch_days=NEVER_KEEP_IN_TOUCH)
    )
    core.tags.set_cadence("mentors", 30)  # Ana's own "never" wins
    assert _hint_shown(qtbot, core, tmp_data_dir)


def test_a_tags_rhythm_on_someone_is_a_rhythm(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    clock.set(dt.datetime(2026, 3, 2, 9))
    core.contacts.create(Contact(given_name="Ana", tags=["mentors"]))
    core.tags.set_cadence("mentors", 30)
    assert not _hint_shown(qtbot, core, tmp_data_dir)


def test_a_rhythm_behind_many_follow_ups_by_hand_is_a_rhythm(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    clock.set(dt.datetime(2026, 3, 2, 9))
    ana = core.contacts.create(Contact(given_name="Ana"))
    for n in range(60):
        core.follow_ups.add(ana, dt.datetime(2026, 3, 3, 9) + dt.timedelta(days=n), f"Call {n}")
    core.contacts.create(Contact(given_name="Bo", keep_in_touch_days=365))  # due in a year
    assert not _hint_shown(qtbot, core, tmp_data_dir)


def test_only_an_archived_contacts_rhythm_is_no_rhythm(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    clock.set(dt.datetime(2026, 3, 2, 9))
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=14))
    core.contacts.set_archived([ana], True)  # nothing of hers is ever listed on Today
    assert _hint_shown(qtbot, core, tmp_data_dir)


def test_read_from_the_open_follow_ups_index_not_every_contact(core: Core) -> None:
    plan = " / ".join(
        str(row[-1])
        for row in db.execute_sql("EXPLAIN QUERY PLAN " + queries.ANYONE_KEPT_IN_TOUCH_SQL)
    )
    assert "follow_up_open_due" in plan, plan
    assert "SCAN c" not in plan and "SCAN contact" not in plan, plan
