"""The due count read the cheaper way for the data (store.queries.due_count: every due row
less the archived contacts', while those are fewer; joined to the contacts otherwise) gives
store.journal.count_due's answers whatever the share archived, with or without a start."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import journal as journal_rows
from netdesk.store import queries

D = dt.datetime


def varied(core: Core, seed: int, archived_share: float) -> list[dt.datetime]:
    """Contacts with follow-ups open, done and snoozed, some at the same moment, a share of
    them archived; the moments worth asking about."""
    rng = random.Random(seed)
    start = D(2026, 3, 1)
    moments = [start + dt.timedelta(hours=rng.randrange(0, 24 * 20)) for _ in range(10)]
    people = [core.contacts.create(Contact(given_name=f"P{n}")) for n in range(30)]
    for person in people:
        for _ in range(rng.randrange(0, 6)):
            due = rng.choice(moments) if rng.random() < 0.3 else moments[0]
            due += dt.timedelta(hours=rng.randrange(-48, 24 * 20))
            item = core.follow_ups.add(person, due, "x")
            roll = rng.random()
            if roll < 0.2:
                core.follow_ups.mark_done(item)
            elif roll < 0.35:
                core.follow_ups.snooze(item, due + dt.timedelta(hours=rng.randrange(1, 72)))
    archived = [p for p in people if rng.random() < archived_share]
    if archived:
        core.contacts.set_archived(archived, True)
    return sorted({*moments, start - dt.timedelta(days=3), start + dt.timedelta(days=40)})


@pytest.mark.parametrize("archived_share", [0.0, 0.1, 0.5, 0.9, 1.0])
@pytest.mark.parametrize("seed", [1, 2])
def test_the_same_count_whatever_the_share_archived(
    core: Core, seed: int, archived_share: float
) -> None:
    moments = varied(core, seed, archived_share)
    for until in moments:
        assert queries.due_count(until) == journal_rows.count_due(until)
        for since in moments:
            if since <= until:
                expected = journal_rows.count_due(until, since=since)
                assert queries.due_count(until, since=since) == expected


def test_the_count_follows_what_is_archived_and_done(core: Core) -> None:
    ana, bob, cleo = (core.contacts.create(Contact(given_name=n)) for n in ("Ana", "Bob", "Cleo"))
    for person in (ana, bob, cleo):
        core.follow_ups.add(person, D(2026, 3, 1, 9), "x")
    late = core.follow_ups.add(ana, D(2026, 3, 1, 10), "y")
    moment = D(2026, 3, 2)
    assert queries.due_count(moment) == 4
    core.contacts.set_archived([bob], True)  # one archived: fewer than the four due rows
    assert queries.due_count(moment) == 3
    core.contacts.set_archived([ana, cleo], True)  # all archived
    assert queries.due_count(moment) == 0
    core.contacts.set_archived([ana], False)
    core.follow_ups.mark_done(late)
    assert queries.due_count(moment) == 1
    assert queries.due_count(moment, since=D(2026, 3, 1, 9, 30)) == 0
    assert queries.due_count(D(2026, 2, 1)) == 0
