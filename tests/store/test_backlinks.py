"""Links others hold to a deleted contact come back with it, never over a newer choice."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.types import Contact, RelatedPerson


def test_restore_relinks_only_what_the_user_did_not_change_meanwhile(core: Core) -> None:
    contacts = core.contacts
    ana = contacts.create(Contact(given_name="Ana"))
    eve = contacts.create(Contact(given_name="Eve"))
    bob = contacts.create(Contact(given_name="Bob", met_through_id=ana))
    cy = contacts.create(
        Contact(given_name="Cy", met_through_id=ana, related=[RelatedPerson("boss", "Ana", ana)])
    )
    records = contacts.delete([ana])
    bob_now = contacts.get(bob)
    assert bob_now is not None and bob_now.met_through_id is None
    bob_now.met_through_id = eve  # the user filled it in again, with someone else
    contacts.update(bob_now)
    contacts.restore(records)
    assert [contacts.get(i).met_through_id for i in (bob, cy)] == [eve, ana]  # type: ignore[union-attr]
    assert contacts.get(cy).related == [RelatedPerson("boss", "Ana", ana)]  # type: ignore[union-attr]


def test_deleting_the_contacts_on_both_ends_restores_them_together(core: Core) -> None:
    contacts = core.contacts
    ana = contacts.create(Contact(given_name="Ana"))
    bob = contacts.create(Contact(given_name="Bob", met_through_id=ana))
    contacts.restore(contacts.delete([ana, bob]))
    assert contacts.get(bob).met_through_id == ana  # type: ignore[union-attr]
