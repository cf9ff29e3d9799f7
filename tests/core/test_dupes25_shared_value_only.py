"""A mobile or an e-mail shared by two contacts whose names have nothing in common ("Mum" and
"Margaret Hill") is proposed, below what the names find, unless many share it."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.duplicates import NAME_THRESHOLD, DuplicatePair, find_duplicates
from netdesk.core.types import Contact, EmailAddress, PhoneNumber


def _pairs(core: Core) -> dict[tuple[int, int], DuplicatePair]:
    return {(p.keep_id, p.other_id): p for p in find_duplicates(core)}


def test_mum_sharing_a_mobile_with_margaret_hill_is_proposed_below_the_names(
    core: Core,
) -> None:
    add = core.contacts.create
    # the phone's card ("N:;Mum;;;") and the one from work
    mum = add(Contact(given_name="Mum", phones=[PhoneNumber("07911 123456", e164="+447911123456")]))
    margaret = add(Contact(given_name="Margaret", family_name="Hill",
                           phones=[PhoneNumber("+44 7911 123456")]))  # fmt: skip
    jon = add(Contact(given_name="Jon", family_name="Smith"))
    john = add(Contact(given_name="John", family_name="Smith"))
    found = find_duplicates(core)
    assert [(p.keep_id, p.other_id) for p in found] == [(jon, john), (mum, margaret)]
    assert found[1].reasons == ["same mobile: +44 7911 123456"]
    assert found[1].score < NAME_THRESHOLD <= found[0].score


def test_a_mobile_the_cards_call_so_counts_where_the_number_cannot_tell(core: Core) -> None:
    """A US number may be a mobile or a landline: the card's label says."""
    add = core.contacts.create
    mom = add(Contact(given_name="Mom", phones=[PhoneNumber("+1 212 555 0142", label="mobile")]))
    susan = add(Contact(given_name="Susan", family_name="Park",
                        phones=[PhoneNumber("(212) 555-0142")]))  # fmt: skip
    landline = [PhoneNumber("+1 212 555 0199")]
    add(Contact(given_name="Dad", phones=landline))
    add(Contact(given_name="Peter", family_name="Park", phones=landline))
    assert set(_pairs(core)) == {(mom, susan)}


def test_an_email_shared_by_unrelated_names_is_proposed_a_familys_is_not(core: Core) -> None:
    add = core.contacts.create
    mum = add(Contact(given_name="Mum", emails=[EmailAddress("mags.hill@example.org")]))
    margaret = add(Contact(given_name="Margaret", family_name="Hill",
                           emails=[EmailAddress("Mags.Hill@example.org")]))  # fmt: skip
    family = [EmailAddress("ngfamily@example.org")]
    add(Contact(given_name="Ann", family_name="Ng", emails=family))
    add(Contact(given_name="Tom", family_name="Ng", emails=family))
    pairs = _pairs(core)
    assert set(pairs) == {(mum, margaret)}
    assert pairs[(mum, margaret)].reasons == ["same email: mags.hill@example.org"]
    assert pairs[(mum, margaret)].score < NAME_THRESHOLD


def test_a_mobile_or_email_many_share_proposes_nobody_of_other_names(core: Core) -> None:
    """Four of other names on one mobile (a team's on-call phone) or one address: no pair."""
    add = core.contacts.create
    for given, family in (("Ann", "Lee"), ("Tom", "Hart"), ("Raj", "Iyer"), ("Eva", "Kos")):
        add(Contact(given_name=given, family_name=family,
                    phones=[PhoneNumber("+447911123456")],
                    emails=[EmailAddress("oncall@example.org")]))  # fmt: skip
    assert _pairs(core) == {}
