"""store.listing.tags (the filter menu's counts, read on the worker) says what
ContactService.tags says: archived contacts not counted, tags by name, case and accents kept."""

from __future__ import annotations

import contextlib
import sqlite3

from netdesk.core import Core
from netdesk.core.listing import tags_read
from netdesk.core.types import Contact


def test_the_worker_reads_the_same_tags_as_the_service(core: Core) -> None:
    contacts = core.contacts
    ana = contacts.create(Contact(given_name="Ana", tags=["Émigré", "zeta", "club"]))
    contacts.create(Contact(given_name="Ben", tags=["club", "alpha"]))
    old = contacts.create(Contact(given_name="Old", tags=["club", "alumni"]))
    contacts.create(Contact(given_name="Cleo", tags=["ÉMIGRÉ"]))  # the same tag
    contacts.set_archived([old], True)
    core.tags.set_cadence("club", 30)
    contacts.remove_tag([ana], "zeta")  # a tag left with nobody: counted 0
    expected = contacts.tags()
    assert [(t.name, t.count) for t in expected] == [
        ("alpha", 1),
        ("alumni", 0),
        ("club", 2),
        ("Émigré", 2),  # case and accents aside (core.listing.tags_by_name)
        ("zeta", 0),
    ]
    assert tags_read(core.store.path).run() == expected


def test_the_read_leaves_no_transaction_open(core: Core) -> None:
    from netdesk.store import listing

    core.contacts.create(Contact(given_name="Ana", tags=["club"]))
    with contextlib.closing(sqlite3.connect(core.store.path, isolation_level=None)) as other:
        assert [t.name for t in listing.tags(other)] == ["club"]
        assert not other.in_transaction
