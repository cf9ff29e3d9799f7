"""A merge keeps one number written "0044 (0)20 7946 0958" on a British business card and
"+44 20 7946 0958" on the phone: the trunk "0" in brackets is not dialled from abroad."""

from __future__ import annotations

from netdesk.core.merging import same_number
from netdesk.core.types import PhoneNumber


def test_the_trunk_zero_in_brackets_is_one_number_with_the_international() -> None:
    card = PhoneNumber("0044 (0)20 7946 0958", e164="")  # read by no region (the US's)
    phone = PhoneNumber("+44 20 7946 0958", e164="+442079460958")
    assert same_number(card, phone) and same_number(phone, card)
    other = PhoneNumber("+44 20 7946 0959", e164="+442079460959")
    assert not same_number(card, other)
