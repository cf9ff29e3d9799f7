"""Merging two contacts by hand (ContactService.merge): one number written two ways is
kept once, as the import's merge keeps it (core.merging.same_number)."""

from __future__ import annotations

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact, PhoneNumber, PostalAddress, RelatedPerson, WebLink


@pytest.fixture
def in_the_us(monkeypatch: pytest.MonkeyPatch) -> None:
    """A number without its + read as the US's, as the CI machine's locale reads it: with
    LANG=de_DE.UTF-8 "030 1234567" was Berlin's own, and the case at hand never came up."""
    from netdesk.core import names

    monkeypatch.setattr(names, "DEFAULT_REGION", "US")  # read at each call


def test_merge_keeps_a_national_and_an_international_number_once(
    core: Core, in_the_us: None
) -> None:
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


def test_merge_keeps_a_web_link_and_an_address_written_two_ways_once(core: Core) -> None:
    """URLs were compared as written and addresses whole, label included: the merged card
    listed "https://ana.example/" and "https://ana.example", and one street twice."""
    home = PostalAddress(label="home", street="Calle Mayor 1", locality="Madrid")
    keep = core.contacts.create(
        Contact(given_name="Ana", urls=[WebLink("https://ana.example/")], addresses=[home])
    )
    other = core.contacts.create(
        Contact(
            given_name="Ana",
            urls=[WebLink("https://Ana.example"), WebLink("https://blog.ana.example")],
            addresses=[
                PostalAddress(label="work", street="calle  mayor 1", locality="MADRID"),
                PostalAddress(label="work", street="Gran Vía 2", locality="Madrid"),
            ],
        )
    )
    core.contacts.merge(keep, other)
    merged = core.contacts.get(keep)
    assert merged is not None
    assert [u.value for u in merged.urls] == ["https://ana.example/", "https://blog.ana.example"]
    assert [a.street for a in merged.addresses] == ["Calle Mayor 1", "Gran Vía 2"]


def test_merge_keeps_links_whose_paths_differ_in_case_and_a_linked_relation(core: Core) -> None:
    """A URL's path is case-sensitive (two short links), and a relation linked to a contact
    is not the same as one by name alone: a merge kept only the first of each."""
    keep = core.contacts.create(
        Contact(
            given_name="Ana",
            urls=[WebLink("https://bit.ly/3AbCd")],
            related=[RelatedPerson(label="spouse", name="Luis")],
        )
    )
    luis = core.contacts.create(Contact(given_name="Luis"))
    other = core.contacts.create(
        Contact(
            given_name="Ana",
            urls=[WebLink("HTTPS://Bit.ly/3AbCd/"), WebLink("https://bit.ly/3abcd")],
            related=[RelatedPerson(label="spouse", name="Luis", contact_id=luis)],
        )
    )
    core.contacts.merge(keep, other)
    merged = core.contacts.get(keep)
    assert merged is not None
    assert [u.value for u in merged.urls] == ["https://bit.ly/3AbCd", "https://bit.ly/3abcd"]
    assert [r.contact_id for r in merged.related] == [None, luis]
