"""An entry with many people is written a step at a time: progress after each step, and a
cancel between steps leaves nothing of it (one transaction). Logging with 100,000 people
gave no sign of moving for minutes, and could not be stopped."""

from __future__ import annotations

import pytest

from netdesk.core import Core
from netdesk.core import journal as core_journal
from netdesk.core.contacts import BulkCancelled
from netdesk.core.journal import JournalCancelled
from netdesk.core.types import Contact
from netdesk.store.models import db


@pytest.fixture(autouse=True)
def _small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core_journal, "_STEP", 2)


def stored_state() -> list[object]:
    """Everything a log writes: entries, links, the contacts' derived columns, follow-ups,
    search rows."""
    return [
        db.execute_sql(sql).fetchall()
        for sql in (
            "SELECT * FROM interaction ORDER BY id",
            "SELECT * FROM interaction_contact ORDER BY interaction_id, contact_id",
            "SELECT id, last_interaction, interaction_count, next_due FROM contact ORDER BY id",
            "SELECT * FROM follow_up ORDER BY id",
            "SELECT rowid, names, details FROM contact_fts ORDER BY rowid",
        )
    ]


def people(core: Core, count: int) -> list[int]:
    return [
        core.contacts.create(Contact(given_name=f"P{n}", keep_in_touch_days=30))
        for n in range(count)
    ]


def test_a_log_says_its_progress_step_by_step(core: Core) -> None:
    ids = people(core, 5)
    said: list[tuple[int, int]] = []
    entry_id = core.journal.log(
        ids, "meeting", "Conference", progress=lambda d, t: said.append((d, t))
    )
    assert said == [(2, 5), (4, 5), (5, 5)]
    entry = core.journal.get(entry_id)
    assert entry is not None and sorted(entry.contact_ids) == sorted(ids)
    for contact_id in ids:
        contact = core.contacts.get(contact_id)
        assert contact is not None and contact.last_interaction == entry.occurred_at
        assert core.journal.count_for(contact_id) == 1


def test_a_log_cancelled_between_steps_writes_nothing(core: Core) -> None:
    ids = people(core, 5)
    before = stored_state()
    steps: list[tuple[int, int]] = []
    with pytest.raises(JournalCancelled) as raised:
        core.journal.log(
            ids,
            "meeting",
            "Conference",
            progress=lambda d, t: steps.append((d, t)),
            cancelled=lambda: len(steps) == 2,  # after two of the three steps
        )
    assert isinstance(raised.value, BulkCancelled)  # what the operations take for a cancel
    assert steps == [(2, 5), (4, 5)]
    assert stored_state() == before
    # the next entry is written whole
    entry_id = core.journal.log(ids, "meeting", "Conference")
    entry = core.journal.get(entry_id)
    assert entry is not None and sorted(entry.contact_ids) == sorted(ids)


def test_delete_restore_and_update_of_many_people_step_and_cancel(core: Core) -> None:
    ids = people(core, 5)
    entry_id = core.journal.log(ids, "meeting", "Conference")
    entry = core.journal.get(entry_id)
    assert entry is not None
    before = stored_state()
    with pytest.raises(JournalCancelled):
        core.journal.delete(entry_id, cancelled=lambda: True)
    assert stored_state() == before
    said: list[tuple[int, int]] = []
    gone = core.journal.delete(entry_id, progress=lambda d, t: said.append((d, t)))
    assert gone is not None and said[-1] == (5, 5)
    after_delete = stored_state()
    with pytest.raises(JournalCancelled):
        core.journal.restore(gone, cancelled=lambda: True)
    assert stored_state() == after_delete
    core.journal.restore(gone)
    assert stored_state() == before
    moved = core.journal.get(entry_id)
    assert moved is not None
    moved.summary = "Conference, day two"
    with pytest.raises(JournalCancelled):
        core.journal.update(moved, cancelled=lambda: True)
    assert stored_state() == before
