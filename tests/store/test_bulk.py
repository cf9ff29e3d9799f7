"""Bulk import writes: the transaction's page cache is raised for the import and restored."""

from __future__ import annotations

import pytest

from netdesk.core import Core
from netdesk.store import bulk
from netdesk.store.models import db


def _cache_size() -> int:
    return int(db.execute_sql("PRAGMA cache_size").fetchone()[0])


def test_write_transaction_raises_the_page_cache_and_restores_it(core: Core) -> None:
    before = _cache_size()
    assert before != bulk.IMPORT_CACHE_KIB
    with bulk.write_transaction():
        assert _cache_size() == bulk.IMPORT_CACHE_KIB
    assert _cache_size() == before


def test_the_page_cache_is_restored_when_the_import_fails(core: Core) -> None:
    before = _cache_size()
    with pytest.raises(RuntimeError), bulk.write_transaction():
        raise RuntimeError("cancelled")
    assert _cache_size() == before


def _imported(core: Core) -> int:
    """A contact with an e-mail, a phone and a tag, written by the bulk import with a
    fingerprint; returns its id."""
    import datetime as dt

    from netdesk.core.types import Contact, EmailAddress, PhoneNumber

    contact = Contact(
        given_name="Ana",
        emails=[EmailAddress("ana@example.org")],
        phones=[PhoneNumber("+34 612 34 56 78", e164="+34612345678")],
        tags=["Clients"],
    )
    with bulk.write_transaction():
        (contact_id,) = bulk.insert_contacts([(contact, None)], dt.datetime(2026, 3, 2), ["fp-1"])
    assert bulk.import_fingerprints([contact_id]) == {contact_id: "fp-1"}
    return contact_id


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE contact SET title = 'CTO' WHERE id = {id}",
        "UPDATE contact SET archived = 1 WHERE id = {id}",
        "INSERT INTO email (contact_id, value, value_folded) VALUES ({id}, 'b@x.org', 'b@x.org')",
        "DELETE FROM phone WHERE contact_id = {id}",
        "UPDATE email SET value = 'other@example.org' WHERE contact_id = {id}",
        "INSERT INTO url (contact_id, value) VALUES ({id}, 'https://example.org')",
        "INSERT INTO address (contact_id, street) VALUES ({id}, 'Calle Mayor 1')",
        "INSERT INTO related (contact_id, name) VALUES ({id}, 'Ben')",
        "INSERT INTO custom_field (contact_id, label, value) VALUES ({id}, 'Shoe', '42')",
        "DELETE FROM contact_tag WHERE contact_id = {id}",
        "UPDATE tag SET name = 'Customers' WHERE name = 'Clients'",
    ],
)
def test_any_edit_of_what_a_merge_compares_clears_the_import_fingerprint(
    core: Core, edit: str
) -> None:
    contact_id = _imported(core)
    db.execute_sql(edit.format(id=contact_id))
    assert bulk.import_fingerprints([contact_id]) == {contact_id: None}


def test_journal_and_follow_up_bookkeeping_keeps_the_import_fingerprint(core: Core) -> None:
    contact_id = _imported(core)
    db.execute_sql(
        "UPDATE contact SET last_interaction = '2026-03-03 10:00:00', interaction_count = 1, "
        "next_due = '2026-04-01 09:00:00' WHERE id = ?",
        (contact_id,),
    )
    assert bulk.import_fingerprints([contact_id]) == {contact_id: "fp-1"}


def test_an_edit_through_core_clears_the_fingerprint_and_a_bulk_update_sets_it(
    core: Core,
) -> None:
    import datetime as dt

    contact_id = _imported(core)
    contact = core.contacts.get(contact_id)
    assert contact is not None
    contact.notes = "Met at the fair"
    core.contacts.update(contact)
    assert bulk.import_fingerprints([contact_id]) == {contact_id: None}
    with bulk.write_transaction():
        bulk.update_contacts([(contact, None)], dt.datetime(2026, 3, 3), ["fp-2"])
    assert bulk.import_fingerprints([contact_id, 999]) == {contact_id: "fp-2"}
