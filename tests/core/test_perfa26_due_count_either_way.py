"""The due count read the cheaper way for the data (store.queries.due_count: every due row
less the archived contacts', while those are fewer; joined to the contacts otherwise) gives
store.journal.count_due's answers whatever the share archived, with or without a start."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import journal as journal_rows
from netdesk.store import queries
from tests.store.test_perfa25_count_due import varied

D = dt.datetime


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
