"""A journal page's first people are read in one query for the page, not one per entry."""

from __future__ import annotations

import datetime as dt

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store.models import db

D = dt.datetime


def test_a_page_of_entries_with_none_one_or_many_people_reads_them_in_two_queries(
    core: Core,
) -> None:
    """Opening a contact with 1,700 entries ran 117 queries for its first page (43 ms on the
    GUI thread, cold): one per entry, and one more per entry with more people than a row
    names. Now one for the page, one more for the counts of the crowded entries."""
    ids = [core.contacts.create(Contact(given_name=f"P{n:02}")) for n in range(12)]
    me = ids[0]
    for day in range(1, 41):  # 40 entries of one, two or three people
        others = ids[1 : 1 + day % 3]
        core.journal.log([me, *others], "call", f"Call {day}", at=D(2026, 1, 1) + dt.timedelta(day))
    core.journal.log(list(reversed(ids)), "event", "Crowd", at=D(2026, 3, 1))
    core.journal.log(list(reversed(ids[:6])), "event", "Six", at=D(2026, 3, 2))
    gone = core.journal.log([me, ids[5]], "note", "Left alone", at=D(2026, 3, 3))
    from netdesk.store import journal as journal_rows

    journal_rows.unlink_interaction(gone, [me, ids[5]])  # an entry nobody is left in
    # ... which no contact's journal lists: read as the global journal would, by page
    page = core.journal.page(people=5, limit=10).entries
    assert page[0].summary == "Left alone"
    assert (page[0].contact_ids, page[0].people) == ([], 0)  # type: ignore[attr-defined]
    assert (page[1].contact_ids, page[1].people) == (ids[:5], 6)  # type: ignore[attr-defined]
    assert (page[2].contact_ids, page[2].people) == (ids[:5], 12)  # type: ignore[attr-defined]

    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        listed = core.journal.for_contact(me, limit=100, people=5)
    finally:
        db.connection().set_trace_callback(None)

    assert [e.summary for e in listed] == ["Six", "Crowd"] + [f"Call {d}" for d in range(40, 0, -1)]
    assert (
        [(e.contact_ids, e.people) for e in listed[:2]]
        == [  # type: ignore[attr-defined]
            (ids[:5], 6),
            (ids[:5], 12),
        ]
    )
    for entry in listed[2:]:  # as many as they have, by id, each counted
        day = int(entry.summary.split()[1])
        assert entry.contact_ids == [me, *ids[1 : 1 + day % 3]]
        assert entry.people == 1 + day % 3  # type: ignore[attr-defined]
    # the page, its people, the counts of the two with more than five
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 3, reads


def test_a_contacts_journal_read_a_page_at_a_time_is_the_whole_of_it_in_order(
    core: Core,
) -> None:
    """The page's ids are found first, its rows read then: pages at any offset, entries
    logged at the same moment among them (newest id first), make up the whole journal."""
    ids = [core.contacts.create(Contact(given_name=f"P{n}")) for n in range(3)]
    me = ids[0]
    for n in range(23):  # every third one at the same moment as the one before
        at = D(2026, 1, 1) + dt.timedelta(hours=n - n // 3)
        core.journal.log([me, ids[1 + n % 2]], "call", f"Talk {n}", body="x" * 3000, at=at)
    core.journal.log(ids[1:], "note", "Not mine", at=D(2026, 6, 1))
    whole = core.journal.for_contact(me, limit=1000)
    assert len(whole) == 23
    moments = [(e.occurred_at, e.id or 0) for e in whole]
    assert moments == sorted(moments, reverse=True)
    paged = [
        e
        for offset in range(0, 30, 4)
        for e in core.journal.for_contact(me, limit=4, offset=offset)
    ]
    assert paged == whole
    assert core.journal.for_contact(me, limit=4, offset=23) == []
