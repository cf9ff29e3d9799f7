"""Find duplicates: a pair the names find says the phone it shares, though the phone alone was
set aside for the pair's e-mails (none in common: a phone's card and a work card)."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.duplicates import find_duplicates
from netdesk.core.types import Contact, EmailAddress, PhoneNumber


def test_the_shared_phone_is_said_of_a_pair_the_names_find(core: Core) -> None:
    add = core.contacts.create
    mobile = [PhoneNumber("+39 324 597 747")]
    work = add(Contact(given_name="Elena", family_name="Bianchi", phones=mobile,
                       emails=[EmailAddress("elena.bianchi@acme.example")]))  # fmt: skip
    phone = add(Contact(given_name="Elena", family_name="Bianchi", phones=mobile,
                        emails=[EmailAddress("elena.b@gmail.com")]))  # fmt: skip
    # a colleague on the office's number, her own e-mail: still no pair
    add(Contact(given_name="Marta", family_name="Conti", phones=mobile,
                emails=[EmailAddress("marta@acme.example")]))  # fmt: skip
    (pair,) = find_duplicates(core)
    assert (pair.keep_id, pair.other_id) == (work, phone)
    assert pair.reasons == ["same name", "same phone: +39324597747"]
    assert pair.score == 95
