"""Merging two contacts by hand (ContactService.merge): one number written two ways is
kept once, as the import's merge keeps it (core.merging.same_number)."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.types import Contact, PhoneNumber


def test_merge_keeps_a_national_and_an_international_number_once(core: Core) -> None:
    """In the US, Berlin's "030 1234567" is stored as "+10301234567" (possible, not valid);
    "+49 30 1234567" is the same number: the merged card had both."""
    keep = core.contacts.create(Contact(given_name="Jonas", phones=[PhoneNumber("+49 30 1234567")]))
    other = core.contacts.create(
        Contact(
            given_name="Jonas",
            phones=[PhoneNumber("030 1234567"), PhoneNumber("+49 170 1234567")],
        )
    )
    stored_other = core.contacts.get(other)
    assert stored_other is not None
    assert stored_other.phones[0].e164 == "+10301234567"  # the case the merge missed
    core.contacts.merge(keep, other)
    merged = core.contacts.get(keep)
    assert merged is not None
    assert [p.raw for p in merged.phones] == ["+49 30 1234567", "+49 170 1234567"]
