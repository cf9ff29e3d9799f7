"""Worth reviving leaves out whoever a view lists already (a follow-up due, a birthday)."""

from __future__ import annotations

import datetime as dt

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact
from netdesk.store import queries
from netdesk.store.models import db

D = dt.datetime


def silent(core: Core, name: str, **fields: object) -> int:
    """A contact who once mattered (three talks), silent since a year."""
    contact_id = core.contacts.create(Contact(given_name=name, **fields))  # type: ignore[arg-type]
    for day in (1, 2, 3):
        core.journal.log([contact_id], "call", f"talk {day}", at=D(2025, 1, day))
    return contact_id


def test_those_with_a_follow_up_due_in_the_view_are_left_out(core: Core, clock: FixedClock) -> None:
    olga = silent(core, "Olga", keep_in_touch_days=30)  # her keep-in-touch item is overdue
    pia = silent(core, "Pia")
    core.follow_ups.add(pia, D(2026, 3, 5), "Lunch", has_time=False)  # this week
    rita = silent(core, "Rita")
    core.follow_ups.add(rita, D(2026, 4, 20), "Far away", has_time=False)  # after the week
    sam = silent(core, "Sam")
    week_end = D(2026, 3, 10)  # the Today view of 2 March lists items due before 10 March
    assert set(core.contacts.worth_reviving(limit=5)) == {olga, pia, rita, sam}
    assert core.contacts.worth_reviving(limit=5, listed_until=week_end) == [
        c for c in core.contacts.worth_reviving(limit=5) if c in (rita, sam)
    ]
    # the limit is of those kept: two asked, two found though two before them are left out
    assert len(core.contacts.worth_reviving(limit=2, listed_until=week_end)) == 2


def test_those_listed_for_a_birthday_are_left_out_and_the_rest_still_fill_the_page(
    core: Core,
) -> None:
    people = [silent(core, name) for name in ("Ana", "Bob", "Cy", "Dee", "Eve")]
    everyone = core.contacts.worth_reviving(limit=5)
    assert sorted(everyone) == sorted(people)
    listed = everyone[:3]  # the first three have their birthday in the view
    assert core.contacts.worth_reviving(limit=2, listed=listed) == everyone[3:]
    assert core.contacts.worth_reviving(limit=3, listed=listed) == everyone[3:]


def test_the_cobweb_query_still_walks_its_index(core: Core) -> None:
    """Left out by their next follow-up, read from the row: the most talked-to first still
    comes from the contact_talks index (not every contact's next_due)."""
    silent(core, "Olga", keep_in_touch_days=30)
    statements: list[str] = []
    connection = db.connection()
    connection.set_trace_callback(statements.append)
    try:
        queries.cobweb_candidates(D(2026, 3, 2, 9), 180, 3, D(2026, 3, 10))
    finally:
        connection.set_trace_callback(None)
    plan = [
        str(step[3])
        for sql in statements
        if sql.lstrip().upper().startswith("SELECT")
        for step in connection.execute(f"EXPLAIN QUERY PLAN {sql}")
    ]
    assert any("contact_talks" in step for step in plan), plan
