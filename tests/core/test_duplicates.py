"""Find duplicates: shared e-mails and phones, similar names within blocks, scores and reasons."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.duplicates import find_duplicates
from netdesk.core.types import Contact, EmailAddress, PhoneNumber


def test_shared_email_phone_and_similar_names(core: Core) -> None:
    add = core.contacts.create
    ana = add(Contact(given_name="Ana", family_name="García", emails=[EmailAddress("ana@x.org")]))
    ana2 = add(Contact(given_name="Ana", family_name="Garcia", emails=[EmailAddress("ANA@x.org")]))
    jon = add(Contact(given_name="Jon", family_name="Smith", organization="Acme"))
    john = add(Contact(given_name="John", family_name="Smith", organization="Acme"))
    lee = add(
        Contact(given_name="Lee", family_name="Park", phones=[PhoneNumber("+1 415 555 0100")])
    )
    lee2 = add(Contact(formatted_name="L. Park", phones=[PhoneNumber("+14155550100")]))
    add(Contact(given_name="Maria", family_name="Lopez"))
    add(Contact(given_name="Mario", family_name="Rossi"))
    add(Contact(given_name="Smith", family_name="John", organization="Globex"))  # other company
    pairs = {(p.keep_id, p.other_id): p for p in find_duplicates(core)}
    assert set(pairs) == {(ana, ana2), (jon, john), (lee, lee2)}
    assert pairs[(ana, ana2)].score == 100
    assert pairs[(ana, ana2)].reasons == ["same email: ana@x.org", "same name"]
    assert pairs[(lee, lee2)].reasons == ["same phone: +14155550100"]
    assert pairs[(jon, john)].reasons == ["similar names"]
    assert 88 <= pairs[(jon, john)].score < 100


def test_word_order_does_not_hide_a_duplicate(core: Core) -> None:
    first = core.contacts.create(Contact(formatted_name="García López, Ana"))
    second = core.contacts.create(Contact(given_name="Ana", family_name="García López"))
    (pair,) = find_duplicates(core)
    assert (pair.keep_id, pair.other_id) == (first, second)


def test_cancel_stops_the_name_comparison(core: Core) -> None:
    core.contacts.create(Contact(given_name="Jon", family_name="Smith"))
    core.contacts.create(Contact(given_name="John", family_name="Smith"))
    assert find_duplicates(core, cancelled=lambda: True) == []
