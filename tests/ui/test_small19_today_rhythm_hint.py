"""Today says why nothing ever falls due when no active contact has a keep-in-touch rhythm
(their own or a tag's), with a link that tells where one is set; with a rhythm it says nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import TodayView
from tests.ui.modal_answers import ModalAnswers

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HINT = "Nothing comes due by itself until someone has a keep-in-touch rhythm."


def _today(qtbot: QtBot, core: Core, tmp_data_dir: Path) -> TodayView:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()
    return view


def test_no_rhythm_anywhere_is_said_with_where_to_set_one(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    clock.set(dt.datetime(2026, 3, 2, 9))
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, dt.datetime(2026, 3, 4, 10), "Send the proposal")  # by hand
    view = _today(qtbot, core, tmp_data_dir)
    qtbot.waitUntil(view.rhythm_hint.isVisible)
    assert view.rhythm_hint.text().startswith(HINT)
    answers = ModalAnswers("OK")
    try:
        view.rhythm_hint.linkActivated.emit("#rhythm")
    finally:
        answers.stop()
    assert answers.titles == ["Keep in touch"]
    told = answers.texts()
    assert "Contact > Set cadence…" in told
    assert "Contact > Manage tags…" in told


def test_a_contacts_rhythm_takes_the_hint_away(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    clock.set(dt.datetime(2026, 3, 2, 9))
    ana = core.contacts.create(Contact(given_name="Ana"))
    view = _today(qtbot, core, tmp_data_dir)
    qtbot.waitUntil(view.rhythm_hint.isVisible)
    core.contacts.set_cadence([ana], 30)
    view.context.changes.contacts_changed.emit([ana])
    qtbot.waitUntil(lambda: not view.rhythm_hint.isVisible())


def test_a_tags_rhythm_is_a_rhythm_once_it_applies_to_someone(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    clock.set(dt.datetime(2026, 3, 2, 9))
    # the tag's only contact is archived: nothing of theirs is listed, nothing can fall due
    ana = core.contacts.create(Contact(given_name="Ana", tags=["mentors"]))
    core.contacts.set_archived([ana], True)
    core.tags.set_cadence("mentors", 30)
    view = _today(qtbot, core, tmp_data_dir)
    qtbot.waitUntil(view.rhythm_hint.isVisible)
    core.contacts.set_archived([ana], False)  # back among the contacts, with the tag's rhythm
    view.context.changes.contacts_changed.emit([ana])
    qtbot.waitUntil(lambda: not view.rhythm_hint.isVisible())


def test_a_contact_with_a_rhythm_shows_no_hint(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    clock.set(dt.datetime(2026, 3, 2, 9))
    core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=14))
    view = _today(qtbot, core, tmp_data_dir)
    qtbot.waitUntil(lambda: view.due_label.text() != "")
    assert not view.rhythm_hint.isVisible()
