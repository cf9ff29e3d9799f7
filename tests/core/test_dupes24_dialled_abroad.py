"""Find duplicates: a number written with Europe's international prefix "00", which the user's
region does not read ("0034 612 345 678" in the US), is the "+34 612 345 678" it dials."""

from __future__ import annotations

import pytest

from netdesk.core import Core
from netdesk.core.duplicates import find_duplicates
from netdesk.core.types import Contact, PhoneNumber


@pytest.mark.parametrize("region", ["US", ""])
def test_a_number_dialled_with_00_is_its_international_form(
    core: Core, monkeypatch: pytest.MonkeyPatch, region: str
) -> None:
    from netdesk.core import names

    monkeypatch.setattr(names, "DEFAULT_REGION", region)  # read at each call
    add = core.contacts.create
    spain = [PhoneNumber("+34 612 345 678")]
    pablo = add(Contact(given_name="Pablo", family_name="Neruda", phones=spain))
    office = add(Contact(given_name="Pablo", family_name="Ruiz Neruda", phones=spain))
    copied = add(
        Contact(formatted_name="Neruda (Madrid)", phones=[PhoneNumber("0034 612 345 678")])
    )
    add(Contact(given_name="Eva", phones=[PhoneNumber("0034 612 345 679")]))  # another one
    stored = core.contacts.get(copied)
    assert stored is not None and stored.phones[0].e164 == ""  # read by no region here
    pairs = {(p.keep_id, p.other_id): p.reasons for p in find_duplicates(core)}
    phone = "same phone: +34612345678"
    assert pairs == {
        (pablo, office): [phone, "similar names"],
        (pablo, copied): [phone],
        (office, copied): [phone],
    }


def test_two_numbers_dialled_with_00_alike_are_one(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.core import names

    monkeypatch.setattr(names, "DEFAULT_REGION", "US")
    add = core.contacts.create
    first = add(Contact(given_name="Ana", phones=[PhoneNumber("0034 612 345 678")]))
    second = add(Contact(given_name="Ana María", phones=[PhoneNumber("(0034) 612-345-678")]))
    pairs = {(p.keep_id, p.other_id): p.reasons for p in find_duplicates(core)}
    assert pairs == {(first, second): ["same phone: +34612345678"]}


def test_the_trunk_zero_in_brackets_is_not_dialled(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A British business card's "0044 (0)20 7946 0958" is "+44 20 7946 0958"."""
    from netdesk.core import names

    monkeypatch.setattr(names, "DEFAULT_REGION", "US")
    add = core.contacts.create
    card = add(
        Contact(formatted_name="Tom Baker (card)", phones=[PhoneNumber("0044 (0)20 7946 0958")])
    )
    phone = add(
        Contact(given_name="Tom", family_name="B.", phones=[PhoneNumber("+44 20 7946 0958")])
    )
    pairs = {(p.keep_id, p.other_id): p.reasons for p in find_duplicates(core)}
    assert pairs == {(card, phone): ["same phone: +442079460958"]}
