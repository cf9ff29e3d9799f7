"""Folding a tag of many contacts into another (and undoing it) takes time in proportion to
their number: each contact was looked up in a set made anew for it (quadratic)."""

from __future__ import annotations

import time

from netdesk.core import Core
from netdesk.store import contacts as contact_rows
from netdesk.store.models import db

MEMBERS = 20_000  # in each tag: quadratic, 4 x 10^8 steps (many seconds); linear, milliseconds


def tagged_crowds(core: Core) -> tuple[list[int], list[int]]:
    """2 x MEMBERS contacts, the first half tagged "big", the second "other" (in SQL: made
    one by one they would take minutes)."""
    now = core.clock.now()
    with core.store.transaction():
        db.execute_sql(
            "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?) "
            "INSERT INTO contact (given_name, created_at, updated_at) SELECT 'P' || i, ?, ? FROM k",
            (2 * MEMBERS, now, now),
        )
        ids = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY id")]
        big, other = contact_rows.ensure_tags(["big", "other"])
        contact_rows.link_tag(big, ids[:MEMBERS])
        contact_rows.link_tag(other, ids[MEMBERS:])
    return ids[:MEMBERS], ids[MEMBERS:]


def test_undoing_a_fold_of_many_contacts_is_not_quadratic(core: Core) -> None:
    big, other = tagged_crowds(core)
    done = core.tags.rename("big", "other")
    assert done.into is not None and len(done.into.members) == MEMBERS
    assert len(core.tags.state("other").members) == 2 * MEMBERS
    started = time.thread_time()  # CPU time, which a loaded machine does not stretch
    core.tags.undo_rename(done)
    took = time.thread_time() - started
    assert sorted(core.tags.state("big").members) == big
    assert sorted(core.tags.state("other").members) == other
    assert took < 6, f"undoing the fold took {took:.1f} s of CPU"
