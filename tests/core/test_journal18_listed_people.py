"""An entry as a list reads it: its first people by id and how many it has."""

from __future__ import annotations

import datetime as dt

from netdesk.core import Core
from netdesk.core.journal import ListedInteraction
from netdesk.core.types import Contact

D = dt.datetime


def test_entries_read_for_a_list_hold_their_first_people_and_their_count(core: Core) -> None:
    ids = [core.contacts.create(Contact(given_name=f"P{n}")) for n in range(4)]
    core.journal.log(ids[:2], "call", "Two", at=D(2026, 2, 1, 10))
    core.journal.log(list(reversed(ids[:3])), "call", "Three", at=D(2026, 2, 2, 10))
    core.journal.log(ids, "event", "Four", at=D(2026, 2, 3, 10))
    listed = core.journal.for_contact(ids[0], people=3)
    assert all(isinstance(e, ListedInteraction) for e in listed)
    assert (
        [(e.summary, e.contact_ids, e.people) for e in listed]
        == [  # type: ignore[attr-defined]
            ("Four", ids[:3], 4),
            ("Three", ids[:3], 3),
            ("Two", ids[:2], 2),
        ]
    )
    page = core.journal.page(people=1)
    assert [(e.contact_ids, e.people) for e in page.entries] == [  # type: ignore[attr-defined]
        ([ids[0]], 4),
        ([ids[0]], 3),
        ([ids[0]], 2),
    ]
    # read whole otherwise: what an edit, a delete's undo or a merge works on
    whole = core.journal.for_contact(ids[0])
    assert [sorted(e.contact_ids) for e in whole] == [ids, ids[:3], ids[:2]]
    assert not any(isinstance(e, ListedInteraction) for e in whole)
    assert core.journal.get(whole[0].id or 0) == whole[0]
