"""The demo's list, as a newcomer first sees it: one person per name."""

from __future__ import annotations

from collections import Counter

from netdesk.core import Core
from netdesk.core.demo import fill_demo


def test_the_demo_has_no_namesakes(core: Core) -> None:
    """The 300-contact demo listed five "Haruto Suzuki" and three "Henry Davies" in a row
    (54 names twice or more), each a pair for Find duplicates; two of them sharing a company
    shared an e-mail address too."""
    fill_demo(core, count=300, seed=1)
    contacts = [c for c in (core.contacts.get(i) for i in core.contacts.list_ids()) if c]
    assert len(contacts) > 250
    names = Counter(c.display_name for c in contacts)
    assert [name for name, times in names.items() if times > 1] == []
    addresses = Counter(e.value for c in contacts for e in c.emails)
    assert [value for value, times in addresses.items() if times > 1] == []


def test_a_demo_bigger_than_the_names_still_fills(core: Core) -> None:
    """Past the names there are (a --count in the thousands), namesakes come back rather
    than the demo stopping short."""
    assert fill_demo(core, count=800, seed=2) == 800
