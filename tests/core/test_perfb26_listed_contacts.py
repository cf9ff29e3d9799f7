"""What a search's one-line listing shows of each match, read without the whole contact."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.exporting import contacts_in_order
from netdesk.core.list_search import listed_contacts
from netdesk.core.types import Contact, EmailAddress, PhoneNumber
from netdesk.store.models import db


def test_a_listing_reads_name_organization_and_first_email_in_the_order_given(
    core: Core,
) -> None:
    """netdesk-cli search loaded whole contacts (phones, addresses, tags...) to print a line
    each: 1.9 s of CPU for 44,717 matches on 100,000 contacts."""
    ana = core.contacts.create(
        Contact(
            given_name="Ana",
            family_name="Muñoz",
            organization="Acme",
            emails=[EmailAddress("second@x.es"), EmailAddress("third@x.es")],
            phones=[PhoneNumber("+34 600 000 000")],
            tags=["friends"],
        )
    )
    bo = core.contacts.create(Contact(given_name="Bo"))  # no organization, no e-mail
    cy = core.contacts.create(
        Contact(given_name="Cy", emails=[EmailAddress("cy@x.es", preferred=True)])
    )
    whole = core.contacts.get(ana)
    assert whole is not None
    # the first e-mail as the card lists it, whatever order the rows were written in
    whole.emails = [EmailAddress("first@x.es"), *whole.emails]
    core.contacts.update(whole)
    gone = core.contacts.create(Contact(given_name="Gone"))
    core.contacts.delete([gone])
    order = [cy, gone, ana, bo, 999_999]

    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        listed = list(listed_contacts(order))
    finally:
        db.connection().set_trace_callback(None)

    expected = list(contacts_in_order(order))
    assert [c.id for c in listed] == [cy, ana, bo]  # the order given, the missing left out
    assert [(c.id, c.display_name, c.organization, c.emails[:1]) for c in listed] == [
        (
            c.id,
            c.display_name,
            c.organization,
            [EmailAddress(c.emails[0].value)] if c.emails else [],
        )
        for c in expected
    ]
    assert listed[1].display_name == "Ana Muñoz" and listed[1].emails[0].value == "first@x.es"
    assert not listed[1].phones and not listed[1].tags  # not read
    assert len(statements) == 1  # one query for the lot, no phones, addresses or tags
