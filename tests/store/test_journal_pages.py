"""The global journal read a page at a time: keyset pages in bounded slices of the journal."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import journal as journal_rows

D = dt.datetime


@pytest.fixture
def journal(core: Core) -> Core:
    """40 entries, one a day (two on the 10th, at the same minute: ties go by id)."""
    ana = core.contacts.create(Contact(given_name="Ana"))
    for day in range(1, 40):
        kind = "call" if day % 3 == 0 else "note"
        core.journal.log([ana], kind, f"day {day}", at=D(2026, 1, 1) + dt.timedelta(days=day))
    core.journal.log([ana], "call", "the rare word", at=D(2026, 1, 11))
    return core


def pages(core: Core, **filters: object) -> tuple[list[list[str]], list[str]]:
    """Every page until the end: their summaries, and all of them in order."""
    found: list[list[str]] = []
    after = None
    while True:
        page = core.journal.page(limit=4, after=after, **filters)  # type: ignore[arg-type]
        found.append([e.summary for e in page.entries])
        after = page.resume
        if after is None:
            return found, [s for p in found for s in p]


def test_pages_follow_on_in_the_order_of_the_whole_list(journal: Core) -> None:
    every = [e.summary for e in journal.journal.all(limit=1000)]
    found, flat = pages(journal)
    assert flat == every  # newest first, nothing twice, nothing left out
    assert all(len(p) == 4 for p in found[:-1])
    calls = [e.summary for e in journal.journal.all(kind="call", limit=1000)]
    assert pages(journal, kind="call")[1] == calls


def test_a_filter_reads_a_bounded_slice_per_page(
    journal: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Matching little, a page says where it stopped instead of reading on to the end."""
    monkeypatch.setattr(journal_rows, "TEXT_SCAN_ROWS", 5)
    found, flat = pages(journal, text="rare")
    assert flat == ["the rare word"]
    # 40 rows, 5 a slice: empty pages until the one that has it, and one that finds the end
    assert len(found) == 9
    assert found[0] == [] and found[-1] == []
    every = [e.summary for e in journal.journal.all(kind="call", limit=1000)]
    found, flat = pages(journal, kind="call")
    assert flat == every
    assert max(len(p) for p in found) <= 4
    with_text = [e.summary for e in journal.journal.all(text="day 1", limit=1000)]
    assert pages(journal, text="day 1")[1] == with_text
    since = D(2026, 1, 20)
    dated = [e.summary for e in journal.journal.all(since=since, kind="note", limit=1000)]
    assert pages(journal, since=since, kind="note")[1] == dated


def test_a_long_read_finds_everyone_involved_through_the_key(core: Core) -> None:
    """5,000 entries or more in one read (the global journal read again that far down):
    SQLite read every link of the journal in contact order to find their people instead,
    1.1 s a change over 1,000,000 entries."""
    from netdesk.core.types import Interaction
    from netdesk.store.models import db

    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    entries = [
        Interaction(
            D(2025, 1, 1) + dt.timedelta(minutes=n),
            "call",
            f"call {n}",
            contact_ids=[bob, ana] if n % 2 else [ana],
        )
        for n in range(5_000)
    ]
    with core.store.transaction():
        journal_rows.insert_interactions(entries, D(2026, 1, 1))
    statements: list[str] = []
    connection = db.connection()
    connection.set_trace_callback(statements.append)
    try:
        found = journal_rows.all_interactions(limit=6_000)
    finally:
        connection.set_trace_callback(None)
    assert len(found) == 5_000
    assert [(e.summary, e.contact_ids) for e in found[:2]] == [
        ("call 4999", [ana, bob]),
        ("call 4998", [ana]),
    ]
    links = [s for s in statements if "FROM interaction_contact" in s]
    plans = [row[3] for s in links for row in db.execute_sql(f"EXPLAIN QUERY PLAN {s}")]
    assert plans and not [p for p in plans if p.startswith("SCAN")], plans
