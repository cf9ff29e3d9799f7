"""The bulk import leaves out of its contact INSERTs the columns a whole chunk leaves at their
default: fewer values to bind, the same rows."""

from __future__ import annotations

import datetime as dt

from netdesk.core import Core
from netdesk.core.types import Contact, PartialDate
from netdesk.store import bulk
from netdesk.store import contacts as contact_rows
from netdesk.store.models import db

NOW = dt.datetime(2026, 3, 2, 9, 0)


def _columns(sql: str) -> list[str]:
    return [name.strip().strip('"') for name in sql.split("(", 1)[1].split(")", 1)[0].split(",")]


def test_only_defaults_of_the_schema_on_disk_are_left_out(core: Core) -> None:
    left_out = bulk._left_out("contact")
    assert left_out["notes"] == ""
    assert left_out["anniversary"] is None
    assert left_out["archived"] == 0
    # no default, or one a row must not get silently: always written
    for column in ("id", "created_at", "updated_at", "source"):
        assert column not in left_out


def test_a_chunk_leaves_out_what_every_contact_leaves_at_its_default(core: Core) -> None:
    plain = Contact(given_name="Ana", display_name="Ana", uid="u-1")
    dated = Contact(
        given_name="Bo",
        display_name="Bo",
        uid="u-2",
        anniversary=PartialDate(2001, 6, 2),
        keep_in_touch_days=30,
        archived=True,
    )
    left_out = bulk._left_out("contact")
    plain.id, dated.id = 1, 2
    ((alone, _),) = bulk._contact_statements([(plain, None)], [None], NOW, left_out)
    ((both, _),) = bulk._contact_statements(
        [(plain, None), (dated, None)], [None, None], NOW, left_out
    )
    assert {"anniversary", "keep_in_touch_days", "archived", "notes"}.isdisjoint(_columns(alone))
    # one contact of the chunk with a value: the column is written for every row
    assert {"anniversary", "keep_in_touch_days", "archived"} <= set(_columns(both))
    assert "notes" not in _columns(both)
    assert {"id", "given_name", "uid", "created_at", "source"} <= set(_columns(alone))


def test_contacts_written_with_columns_left_out_read_back_whole(core: Core) -> None:
    """A chunk where only some contacts fill a column: each row holds its own value or the
    default, exactly as if every column had been written."""
    full = Contact(
        given_name="Bo",
        family_name="Lind",
        display_name="Bo Lind",
        notes="met at a fair",
        anniversary=PartialDate(None, 6, 2),
        keep_in_touch_days=30,
        archived=True,
        photo_url="https://example.org/bo.jpg",
        raw_properties=["X-FOO:bar"],
    )
    empty = Contact(given_name="Ana", display_name="Ana")
    alone = Contact(given_name="Cy", display_name="Cy")
    with bulk.write_transaction():
        ids = bulk.insert_contacts([(full, b"thumb"), (empty, None)], NOW, ["fp-1", None])
        (alone_id,) = bulk.insert_contacts([(alone, None)], NOW)
    stored = bulk.load_contacts([*ids, alone_id])
    bo, ana, cy = stored[ids[0]], stored[ids[1]], stored[alone_id]
    assert (bo.notes, bo.anniversary, bo.keep_in_touch_days, bo.archived) == (
        "met at a fair",
        PartialDate(None, 6, 2),
        30,
        True,
    )
    assert (bo.photo_url, bo.raw_properties) == ("https://example.org/bo.jpg", ["X-FOO:bar"])
    for contact in (ana, cy):
        assert (contact.notes, contact.anniversary, contact.keep_in_touch_days) == ("", None, None)
        assert (contact.archived, contact.photo_url, contact.raw_properties) == (False, "", [])
    raw = dict(db.execute_sql("SELECT id, typeof(archived) FROM contact").fetchall())
    assert {raw[i] for i in (*ids, alone_id)} == {"integer"}
    assert bulk.import_fingerprints(ids) == {ids[0]: "fp-1", ids[1]: None}
    assert contact_rows.get(ids[0]) is not None
