"""Restoring a backup through core: the reminders already shown stay shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netdesk.core import Core, backups
from netdesk.core.clock import FixedClock
from netdesk.core.reminders import ReminderPlanner
from netdesk.core.types import Contact, PartialDate
from netdesk.store import backup
from netdesk.store.database import StoreError

BEFORE_TODAY = dt.datetime(2026, 3, 1)  # items due after this are announced one by one


def test_a_restore_does_not_announce_again_what_was_shown_but_announces_the_rest(
    core: Core, clock: FixedClock, tmp_path: Path
) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", birthday=PartialDate(1990, 3, 2)))
    bob = core.contacts.create(Contact(given_name="Bob"))
    dan = core.contacts.create(Contact(given_name="Dan"))
    call_ana = core.follow_ups.add(ana, dt.datetime(2026, 3, 2, 8, 30), "Call Ana")
    offer = core.follow_ups.add(bob, dt.datetime(2026, 3, 2, 10, 0), "Send Bob the offer")
    thank_dan = core.follow_ups.add(dan, dt.datetime(2026, 3, 2, 8, 45), "Thank Dan")
    made = backups.backup_now(tmp_path / "backups", clock.now())  # 09:00, nothing shown yet

    core.follow_ups.delete(thank_dan)  # gone before it was announced: the backup still has it
    shown = ReminderPlanner(core, started_at=BEFORE_TODAY).take(clock.now())
    assert sorted(shown.keys) == sorted(
        [f"followup:{call_ana}:2026-03-02T08:30:00", f"birthday:{ana}:2026-03-02"]
    )

    backups.restore(core, made)
    clock.set(dt.datetime(2026, 3, 2, 10, 30))
    # a planner that knows nothing yet, as the tray's after a restart
    again = ReminderPlanner(core, started_at=BEFORE_TODAY).take(clock.now())
    assert sorted(again.keys) == sorted(
        [f"followup:{thank_dan}:2026-03-02T08:45:00", f"followup:{offer}:2026-03-02T10:00:00"]
    )
    assert ReminderPlanner(core, started_at=BEFORE_TODAY).take(clock.now()).empty


def test_an_item_announced_then_moved_or_closed_is_not_announced_again_at_its_old_time(
    core: Core, clock: FixedClock, tmp_path: Path
) -> None:
    """Announced at 08:30 and then snoozed, or done: the backup has it open and due at 08:30,
    the time it was shown at. Due at another time in the backup, it is announced then."""
    ana = core.contacts.create(Contact(given_name="Ana"))
    snoozed = core.follow_ups.add(ana, dt.datetime(2026, 3, 2, 8, 30), "Snoozed")
    closed = core.follow_ups.add(ana, dt.datetime(2026, 3, 2, 8, 40), "Closed")
    moved = core.follow_ups.add(ana, dt.datetime(2026, 3, 2, 8, 50), "Moved")
    made = backups.backup_now(tmp_path / "backups", clock.now())
    core.follow_ups.reschedule(moved, dt.datetime(2026, 3, 2, 8, 55))  # after the backup
    planner = ReminderPlanner(core, started_at=BEFORE_TODAY)
    assert len(planner.take(clock.now()).keys) == 3
    core.follow_ups.snooze(snoozed, dt.datetime(2026, 3, 2, 12, 0))
    core.follow_ups.mark_done(closed)

    backups.restore(core, made)
    again = ReminderPlanner(core, started_at=BEFORE_TODAY).take(clock.now())
    # shown at 08:55; the backup has it due at 08:50, never shown at that time
    assert again.keys == [f"followup:{moved}:2026-03-02T08:50:00"]


def test_a_refused_restore_says_why_even_when_the_database_cannot_be_opened_again(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a full disk the safety copy fails, and so does opening the database again after
    it: the user read 'could not write netdesk.sqlite3', not that the restore was refused."""
    source = backups.backup_to(tmp_path / "b.sqlite3")

    def copy_fails(*_args: object, **_kwargs: object) -> Path:
        raise backups.BackupError("Could not keep a copy (disk full). Nothing was changed.")

    def open_fails(path: Path) -> object:
        raise StoreError(f"netdesk could not write {path}")

    monkeypatch.setattr(backup, "restore", copy_fails)
    monkeypatch.setattr(backups, "open_database", open_fails)
    with pytest.raises(backups.BackupError, match="Could not keep a copy"):
        backups.restore(core, source)


def test_back_up_now_rotates_out_only_this_databases_backups(core: Core, tmp_path: Path) -> None:
    from netdesk.core.paths import Paths

    folder = tmp_path / "drive"
    core.contacts.create(Contact(given_name="Work"))
    start = dt.datetime(2026, 3, 2, 9)
    for day in range(20):
        backups.backup_now(folder, start + dt.timedelta(days=day))
    work = set(backup.backups(folder))
    core.close()
    home = Core.open(Paths(tmp_path / "home"))
    home.contacts.create(Contact(given_name="Home"))
    made = {backups.backup_now(folder, start + dt.timedelta(days=d)) for d in range(20, 25)}
    assert set(backup.backups(folder)) == work | made
    home.close()
