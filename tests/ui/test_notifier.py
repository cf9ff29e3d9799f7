"""The notifier with a long backlog: one summary counting every missed item, logged once."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.reminders import MISSED_SHOWN, Plan
from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.notifier import Notifier
from netdesk.ui.tray import ReminderTray

D = dt.datetime

# The offscreen platform has no tray host and no window manager; these are its complaints.
pytestmark = pytest.mark.qt_log_ignore(
    "systemTrayWindowChanged", "does not support raise", "does not support activateWindow"
)


class FakeWindow(QWidget):
    before_close = None

    def open_contact(self, contact_id: int) -> None: ...
    def show_today(self) -> None: ...
    def log_interaction(self, *_args: object, **_kwargs: object) -> None: ...


def test_missed_backlog_is_one_message_with_the_full_count(
    qtbot: QtBot,
    core: Core,
    clock: FixedClock,
    tmp_data_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="netdesk.ui")
    backlog = MISSED_SHOWN + 5
    for n in range(backlog):
        contact_id = core.contacts.create(Contact(given_name=f"P{n:02d}"))
        core.follow_ups.add(contact_id, D(2026, 3, 1, 8) + dt.timedelta(minutes=n), "old")
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    window = FakeWindow()
    qtbot.addWidget(window)
    tray = ReminderTray(context, window)  # type: ignore[arg-type]
    tray.available = True
    messages: list[tuple[str, str]] = []
    tray.post_message = lambda title, text: messages.append((title, text))  # type: ignore[method-assign]
    tray.start()
    try:
        names = ", ".join(f"P{n:02d}" for n in range(MISSED_SHOWN))
        assert messages == [
            (f"{backlog} follow-ups became due while netdesk was closed", f"{names}, …")
        ]
        assert caplog.text.count("notified followup:") == 1
        assert "and 5 more due while closed" in caplog.text
        clock.advance(minutes=1)
        tray.notifier.soon()  # a change: plan again, nothing is repeated
        tray.notifier.check()
        assert len(messages) == 1
        assert tray.icon.toolTip() == f"{backlog} follow-ups due"
    finally:
        tray.stop()


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time in Berlin: summer time begins 29 March 2026 at 2:00 (clocks go to 3:00)."""
    import time

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_timer_counts_real_time_across_a_change_to_summer_time(
    qtbot: QtBot, core: Core, clock: FixedClock, tmp_data_dir: Path, berlin: None
) -> None:
    """The timer's wait was worked out on the wall clock: across the night clocks go forward,
    a follow-up due at 5:00 was announced at 6:00, an hour late."""
    clock.set(D(2026, 3, 29, 0, 0))
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, D(2026, 3, 29, 5, 0), "Call before her flight")
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    context.settings.set(s.QUIET_HOURS_START, "00:00")  # no quiet hours: a night owl
    context.settings.set(s.QUIET_HOURS_END, "00:00")
    notifier = Notifier(context, lambda _plan: None)
    notifier.start()
    try:
        assert notifier.next_wakeup == D(2026, 3, 29, 5, 0)
        assert notifier.timer.interval() == 4 * 3600 * 1000  # 0:00 to 5:00 is four hours
        clock.set(D(2026, 10, 25, 1, 0))  # clocks go back from 3:00 to 2:00 that night
        notifier.schedule(D(2026, 10, 25, 5, 0), clock.now())
        assert notifier.timer.interval() == 5 * 3600 * 1000  # not 4: not an hour early
    finally:
        notifier.stop()


def test_a_database_held_by_another_program_is_tried_again_and_shown_once(
    app_context: AppContext,
    clock: FixedClock,
    write_lock,  # type: ignore[no-untyped-def]
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A long `netdesk-cli import` holds the write lock when a reminder falls due: the check
    failed with an error box (at start-up, the daily backup was never started after it)."""
    from netdesk.ui.notifier import RETRY_MS

    core = app_context.core
    app_context.settings.set(s.QUIET_HOURS_START, "00:00")
    app_context.settings.set(s.QUIET_HOURS_END, "00:00")
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, clock.now() + dt.timedelta(minutes=5), "Send the deck")
    shown: list[object] = []
    notifier = Notifier(app_context, shown.append)
    notifier.start()
    clock.advance(minutes=10)
    lock = write_lock()
    with caplog.at_level(logging.WARNING, logger="netdesk.ui"):
        notifier.check()
    assert shown == []  # not shown while it cannot be recorded as shown
    assert notifier.timer.isActive() and notifier.timer.interval() == RETRY_MS
    assert "reminders not checked" in caplog.text
    lock.release()
    notifier.check()  # the retry
    notifier.check()
    assert len(shown) == 1
    notifier.stop()


def add_from_another_program(data_dir: Path, contact_id: int, due: str, note: str) -> None:
    """What ``netdesk-cli followup ID --due DATE --note NOTE`` writes, from its own process."""
    script = (
        "import datetime as dt, sys\nfrom pathlib import Path\n"
        "from netdesk.core import Core\n"
        "from netdesk.core.paths import Paths\n"
        "core = Core.open(Paths(Path(sys.argv[1])))\n"
        "core.follow_ups.add(int(sys.argv[2]), dt.datetime.fromisoformat(sys.argv[3]), "
        "sys.argv[4], has_time='T' in sys.argv[3])\n"
        "core.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(data_dir), str(contact_id), due, note],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_a_follow_up_another_program_adds_is_announced_within_a_minute(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock, tmp_data_dir: Path
) -> None:
    """`netdesk-cli followup ID --due TODAY` from a cron job at 10:00 (due at midnight: a date
    alone) was never announced while netdesk ran (its planner looks only past its last look),
    one due at 11:00 waited for the next wake-up (midnight here), and the tray showed the old
    count until something else changed."""
    core = app_context.core
    app_context.settings.set(s.QUIET_HOURS_START, "00:00")
    app_context.settings.set(s.QUIET_HOURS_END, "00:00")
    ana = core.contacts.create(Contact(given_name="Ana"))
    shown: list[Plan] = []
    notifier = Notifier(app_context, shown.append)
    notifier.start()
    try:
        clock.set(D(2026, 3, 2, 10))
        notifier.check()  # a look at 10:00: everything due by then is settled
        assert notifier.next_wakeup == D(2026, 3, 3)
        add_from_another_program(tmp_data_dir, ana, "2026-03-02", "From the cron job")
        add_from_another_program(tmp_data_dir, ana, "2026-03-02T11:00", "Call at eleven")
        clock.advance(minutes=1)
        with qtbot.waitSignal(notifier.checked):  # the tray's count and menu follow it
            notifier.watch()  # once a minute, the window hidden in the tray or not
        assert len(shown) == 1
        assert [r.note for r in shown[0].notify] == ["From the cron job"]
        assert notifier.next_wakeup == D(2026, 3, 2, 11)
        clock.set(D(2026, 3, 2, 11))
        notifier.check()
        assert [r.note for r in shown[-1].notify] == ["Call at eleven"]
        with qtbot.assertNotEmitted(notifier.checked):
            notifier.watch()  # nothing written elsewhere since: nothing planned again
    finally:
        notifier.stop()
