"""Bulk import writes: the transaction's page cache is raised for the import and restored."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact, CustomField, PostalAddress, RelatedPerson, WebLink
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
        "DELETE FROM contact_tag WHERE contact_id = {id}",
        "INSERT INTO tag (name) VALUES ('Friends'); "
        "UPDATE contact_tag SET tag_id = (SELECT id FROM tag WHERE name = 'Friends') "
        "WHERE contact_id = {id}",
        "DELETE FROM tag WHERE name = 'Clients'",
        "UPDATE tag SET name = 'Customers' WHERE name = 'Clients'",
    ],
)
def test_any_edit_of_what_a_merge_compares_clears_the_import_fingerprint(
    core: Core, edit: str
) -> None:
    contact_id = _imported(core)
    for statement in edit.format(id=contact_id).split("; "):
        db.execute_sql(statement)
    assert bulk.import_fingerprints([contact_id]) == {contact_id: None}


@pytest.mark.parametrize(
    "edit",
    [
        lambda c: c.emails.pop(),
        lambda c: setattr(c.phones[0], "raw", "+34 600 00 00 00"),
        lambda c: c.urls.append(WebLink("https://example.org")),
        lambda c: c.addresses.append(PostalAddress(street="Calle Mayor 1")),
        lambda c: c.related.append(RelatedPerson("friend", "Ben")),
        lambda c: c.custom_fields.append(CustomField("Shoe", "42")),
    ],
)
def test_an_edit_of_the_contacts_lists_through_core_clears_the_fingerprint(
    core: Core, edit: Callable[[Contact], object]
) -> None:
    # e-mails, phones, addresses, links, related people and custom fields of a stored contact
    # are only written with its contact row, whose trigger clears the fingerprint
    contact_id = _imported(core)
    contact = core.contacts.get(contact_id)
    assert contact is not None
    edit(contact)
    core.contacts.update(contact)
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


def test_a_tag_added_keeps_the_import_fingerprint(core: Core) -> None:
    """Merging the same card again only adds the tags the contact lacks: one more tag changes
    nothing it would do, so the re-import still settles the contact unread (schema 18)."""
    contact_id = _imported(core)
    db.execute_sql("INSERT INTO tag (name) VALUES ('Friends')")
    db.execute_sql(
        "INSERT INTO contact_tag (contact_id, tag_id) SELECT ?, id FROM tag WHERE name = 'Friends'",
        (contact_id,),
    )
    assert bulk.import_fingerprints([contact_id]) == {contact_id: "fp-1"}
    db.execute_sql(  # the card's own tag taken off: the card would bring it back
        "DELETE FROM contact_tag WHERE contact_id = ? AND tag_id = "
        "(SELECT id FROM tag WHERE name = 'Clients')",
        (contact_id,),
    )
    assert bulk.import_fingerprints([contact_id]) == {contact_id: None}


def test_new_contacts_with_and_without_tags_keep_their_fingerprints(core: Core) -> None:
    import datetime as dt

    from netdesk.core.types import Contact

    plain, tagged = Contact(given_name="Ana"), Contact(given_name="Bea", tags=["Clients"])
    with bulk.write_transaction():
        ids = bulk.insert_contacts(
            [(plain, None), (tagged, None), (Contact(given_name="Eva"), None)],
            dt.datetime(2026, 3, 2),
            ["fp-a", "fp-b", None],
        )
    assert bulk.import_fingerprints(ids) == dict(zip(ids, ["fp-a", "fp-b", None], strict=True))


def _automerge() -> object:
    row = db.execute_sql("SELECT v FROM contact_fts_config WHERE k = 'automerge'").fetchone()
    return row[0] if row else None


@pytest.mark.parametrize("setting", [None, 8])
def test_a_bulk_insert_leaves_fts_automerge_as_it_was_and_the_index_sound(
    core: Core, setting: int | None
) -> None:
    import datetime as dt

    from netdesk.core.types import Contact
    from netdesk.store import search

    if setting is not None:
        db.execute_sql(
            "INSERT INTO contact_fts (contact_fts, rank) VALUES ('automerge', ?)", (setting,)
        )
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)  # in order, from either thread
    try:
        with bulk.write_transaction():
            bulk.insert_contacts(
                [(Contact(given_name=f"Zed{i}"), None) for i in range(1200)],
                dt.datetime(2026, 3, 2),
            )
    finally:
        db.connection().set_trace_callback(None)
    merging = [i for i, sql in enumerate(statements) if sql.startswith("INSERT INTO contact_fts ")]
    fts = [i for i, sql in enumerate(statements) if sql.startswith('INSERT INTO "contact_fts"')]
    assert len(fts) == 1 and len(merging) == 2  # 1,200 search rows: one statement
    assert merging[0] < fts[0] and fts[-1] < merging[1]  # off while the rows go in
    assert _automerge() == (setting if setting is not None else 4)
    db.execute_sql("INSERT INTO contact_fts (contact_fts) VALUES ('integrity-check')")
    assert len(search.search_ids("zed", limit=5000)) == 1200


def test_contacts_are_found_by_fingerprint_through_an_index(core: Core) -> None:
    import datetime as dt

    from netdesk.core.types import Contact

    with bulk.write_transaction():
        ids = bulk.insert_contacts(
            [(Contact(given_name="A"), None), (Contact(given_name="B"), None)],
            dt.datetime(2026, 3, 2),
            ["x:1", "x:2"],
        )
    assert bulk.ids_by_fingerprint(["x:2", "x:3"]) == {"x:2": ids[1]}
    plan = db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM contact WHERE import_fingerprint IN ('x:1', 'x:2')"
    ).fetchall()
    assert any("contact_import_fingerprint" in str(step) for step in plan)


@pytest.mark.parametrize("failing", ["_fts_automerge", "_Writer"])
def test_the_switch_interval_is_restored_when_a_bulk_insert_cannot_start(
    core: Core, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """A failure before the writer runs (reading FTS5's settings, starting the thread) must
    not leave the whole process switching threads every millisecond."""
    import datetime as dt
    import sqlite3
    import sys

    def fail(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    from netdesk.store import search

    monkeypatch.setattr(search if failing == "_fts_automerge" else bulk, failing, fail)
    before = sys.getswitchinterval()
    assert before != bulk._SWITCH_INTERVAL
    with pytest.raises(bulk.StoreError), bulk.write_transaction():
        bulk.insert_contacts([(Contact(given_name="Ana"), None)], dt.datetime(2026, 3, 2))
    assert sys.getswitchinterval() == before


def test_new_contacts_are_numbered_in_name_order_and_returned_in_the_order_given(
    core: Core,
) -> None:
    """The import writes new contacts in name order (their order indexes fill page by page):
    their ids follow the names, and what each id holds is still the contact given there,
    with its fingerprint, tags and search row."""
    import datetime as dt

    from netdesk.store import search

    given = ["Zoë Adler", "adam Smith", "Émile Zola", "Bob Ng", "élise Bé"]
    contacts = [
        (Contact(given_name=name, display_name=name, tags=[name.split()[1]]), None)
        for name in given
    ]
    with bulk.write_transaction():
        ids = bulk.insert_contacts(contacts, dt.datetime(2026, 3, 2), [f"fp-{n}" for n in given])
    stored = dict(db.execute_sql("SELECT id, display_name FROM contact").fetchall())
    assert [stored[i] for i in ids] == given
    assert [c.id for c, _ in contacts] == ids
    by_id = sorted(ids)
    assert [stored[i] for i in by_id] == [
        "adam Smith",
        "Bob Ng",
        "élise Bé",
        "Émile Zola",
        "Zoë Adler",
    ]
    assert bulk.import_fingerprints(ids) == {i: f"fp-{n}" for i, n in zip(ids, given, strict=True)}
    assert search.search_ids("zola") == [ids[2]]
    tags = search.tags_by_contact(ids)
    assert [tags[i] for i in ids] == [[name.split()[1]] for name in given]


def test_a_new_tag_is_spelt_as_the_first_contact_given_spells_it(core: Core) -> None:
    """Written in name order, the import took a new tag's spelling from the alphabetically
    first contact ("vip" from Adam) instead of the file's first card ("VIP" from Zoë)."""
    import datetime as dt

    contacts = [
        (Contact(given_name="Zoë", display_name="Zoë", tags=["VIP"]), None),
        (Contact(given_name="Adam", display_name="Adam", tags=["vip"]), None),
    ]
    with bulk.write_transaction():
        ids = bulk.insert_contacts(contacts, dt.datetime(2026, 3, 2))
    assert [r[0] for r in db.execute_sql("SELECT name FROM tag")] == ["VIP"]
    from netdesk.store import search

    assert search.tags_by_contact(ids) == {ids[0]: ["VIP"], ids[1]: ["VIP"]}
