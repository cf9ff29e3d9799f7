"""Contact rows to and from core dataclasses; children are replaced whole on each save."""

from __future__ import annotations

import array
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import marshal
import os
import sqlite3
import threading
import uuid
import weakref
import zlib
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from netdesk.core import types as t
from netdesk.store import fresh_ids, listing, search
from netdesk.store import models as m
from netdesk.store.database import StoreError
from netdesk.store.models import db
from netdesk.store.text import fold

log = logging.getLogger("netdesk.store")
_CHUNK = 500  # ids per IN (...) query, well under SQLite's 32,766 parameters


_CHILD_TABLES = (
    "email",
    "phone",
    "address",
    "url",
    "related",
    "custom_field",
    "contact_tag",
    "interaction_contact",
    "follow_up",
)


# The page cache a change of many contacts works with (store.database keeps 8 MiB a
# connection). Deleting 20,000 of 100,000 contacts touches pages all over the file, and with
# 8 MiB each was read back and written out again and again: twice the time (16 s of CPU
# against 8.6 with 1 GiB, 9.9 with this, 15.5 with 64 MiB).
ROOMY_CACHE_KIB = 256 * 1024


@contextlib.contextmanager
def roomy_cache(contacts: int) -> Iterator[None]:
    """A page cache of ROOMY_CACHE_KIB on this connection (the worker's, closed after) while
    a change of ``contacts`` contacts runs, if more than _CHUNK; then the usual one again,
    the pages over it freed."""
    if contacts <= _CHUNK:
        yield
        return
    usual = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql(f"PRAGMA cache_size = -{ROOMY_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(usual)}")


def chunks(ids: Sequence[int], size: int = _CHUNK) -> list[list[int]]:
    """``ids`` (duplicates dropped) in slices small enough for one ``IN (...)`` each."""
    unique = list(dict.fromkeys(ids))
    return [unique[start : start + size] for start in range(0, len(unique), size)]


def ids_table(name: str, ids: Iterable[int]) -> str:
    """``ids`` in a new table of this connection's own, for queries to join (``WHERE id IN``
    the name returned, ``temp."name"``). Drop it when done (a rollback takes it back too).

    Handed to SQLite as one JSON text: inserted one statement each, 100,000 ids took ~0.4 s,
    and named in each query (``IN (?, ?...)``) binding them cost ~20 ms a query."""
    table = f'temp."{name}"'
    db.execute_sql(f"DROP TABLE IF EXISTS {table}")
    db.execute_sql(f'CREATE TEMP TABLE "{name}" (id INTEGER PRIMARY KEY)')
    db.execute_sql(
        f"INSERT OR IGNORE INTO {table} SELECT value FROM json_each(?)",
        (json.dumps([int(i) for i in ids]),),
    )
    return table


def _iso(value: t.PartialDate | None) -> str | None:
    return value.to_iso() if value is not None else None


def _month_day(value: t.PartialDate | None) -> str | None:
    if value is None or value.month is None or value.day is None:
        return None
    return f"{value.month:02d}-{value.day:02d}"


def _row_fields(
    contact: t.Contact, thumbnail: bytes | None, sort_key: str | None = None
) -> dict[str, object]:
    """``sort_key``: ``fold(contact.display_name)``, when the caller has it already."""
    return {
        "given_name": contact.given_name,
        "family_name": contact.family_name,
        "additional_names": contact.additional_names,
        "prefix": contact.prefix,
        "suffix": contact.suffix,
        "nickname": contact.nickname,
        "formatted_name": contact.formatted_name,
        "display_name": contact.display_name,
        "sort_key": fold(contact.display_name) if sort_key is None else sort_key,
        "organization": contact.organization,
        "department": contact.department,
        "title": contact.title,
        "birthday": _iso(contact.birthday),
        "birthday_md": _month_day(contact.birthday),
        "anniversary": _iso(contact.anniversary),
        "photo": contact.photo,
        "thumbnail": thumbnail,
        "photo_url": contact.photo_url,
        "notes": contact.notes,
        "what_they_do": contact.what_they_do,
        "looking_for": contact.looking_for,
        "can_offer": contact.can_offer,
        "met_on": _iso(contact.met_on),
        "met_at": contact.met_at,
        "met_through": contact.met_through_id,
        "source": contact.source,
        "source_file": contact.source_file,
        "source_date": contact.source_date,
        "keep_in_touch_days": contact.keep_in_touch_days,
        "archived": contact.archived,
        "uid": contact.uid or f"urn:uuid:{uuid.uuid4()}",  # exports carry it: see schema 13
        "raw_properties": "\n".join(contact.raw_properties),
    }


def insert(contact: t.Contact, thumbnail: bytes | None, now: dt.datetime) -> int:
    """Insert a contact with its children; keeps ``contact.id`` when set (undoing a delete)."""
    return insert_many([(contact, thumbnail)], now)[0]


def insert_many(
    items: Sequence[tuple[t.Contact, bytes | None]],
    now: dt.datetime,
    *,
    coming: Collection[int] = (),
) -> list[int]:
    """Insert contacts with their children and tags: a few statements per chunk of rows.

    Contacts with an ``id`` keep it (undoing a delete). ``met_through`` and related-contact
    links are written once every row is in, so they may point at each other; a link to a
    contact that no longer exists is left empty (as deleting that contact would have done).
    ``coming``: ids of contacts the same transaction puts back later (a restore's next
    chunks), whose links are kept too; the caller has called :func:`defer_link_checks`.

    Returns:
        The ids, in the order of ``items``.
    """
    rows = []
    for contact, thumbnail in items:
        fields = _row_fields(contact, thumbnail)
        fields["created_at"] = contact.created_at or now
        fields["updated_at"] = now
        fields["last_interaction"] = contact.last_interaction
        fields["met_through"] = None
        rows.append(fields)
    # new contacts get ids no deleted contact's undo holds (fresh_ids)
    first = fresh_ids.take("contact", sum(1 for c, _ in items if c.id is None))
    ids: list[int] = []
    for contact, _ in items:
        if contact.id is None:
            ids.append(first)
            first += 1
        else:
            ids.append(contact.id)
    _insert_rows(m.Contact, [{**row, "id": cid} for cid, row in zip(ids, rows, strict=True)])
    pairs = [(cid, contact) for cid, (contact, _) in zip(ids, items, strict=True)]
    referenced = {c.met_through_id for _, c in pairs if c.met_through_id is not None}
    referenced |= {r.contact_id for _, c in pairs for r in c.related if r.contact_id is not None}
    present = existing(list(referenced)) | referenced.intersection(coming)
    links = [(c.met_through_id, cid) for cid, c in pairs if c.met_through_id in present]
    if links:
        db.cursor().executemany("UPDATE contact SET met_through_id = ? WHERE id = ?", links)
    _write_children(pairs, present)
    return ids


def defer_link_checks() -> None:
    """Check the links between rows (foreign keys) at the commit of this transaction, not at
    each statement: a restore in chunks links contacts to others its later chunks put back.
    SQLite turns this off again at the commit or rollback."""
    db.execute_sql("PRAGMA defer_foreign_keys = ON")


def update(contact: t.Contact, thumbnail: bytes | None, now: dt.datetime) -> None:
    update_many([(contact, thumbnail)], now)


_CHILDREN = (m.Email, m.Phone, m.Address, m.Url, m.Related, m.CustomField, m.ContactTag)


def update_many(pairs: Sequence[tuple[t.Contact, bytes | None]], now: dt.datetime) -> None:
    """Rewrite stored contacts whole (their children and tags replaced): one UPDATE run for
    all and a few statements per chunk of ids. Contact by contact through the query builder,
    an import's 5,000 merges took 14 s."""
    if not pairs:
        return
    rows = []
    for contact, thumbnail in pairs:
        assert contact.id is not None
        fields = _row_fields(contact, thumbnail)
        fields["updated_at"] = now
        rows.append(fields)
    fields_of = [m.Contact._meta.fields[name] for name in rows[0]]
    assignments = ", ".join(f'"{f.column_name}" = ?' for f in fields_of)
    db.cursor().executemany(
        f'UPDATE "contact" SET {assignments} WHERE "id" = ?',
        [
            (*(f.db_value(row[f.name]) for f in fields_of), contact.id)
            for row, (contact, _) in zip(rows, pairs, strict=True)
        ],
    )
    ids = [contact.id for contact, _ in pairs if contact.id is not None]
    for chunk in chunks(ids):
        for child in _CHILDREN:
            child.delete().where(child.contact.in_(chunk)).execute()
    related = {r.contact_id for c, _ in pairs for r in c.related if r.contact_id is not None}
    _write_children([(c.id, c) for c, _ in pairs if c.id is not None], existing(list(related)))


def _insert_rows(
    model: type[m.BaseModel], rows: Sequence[Mapping[str, object]], *, ignore: bool = False
) -> None:
    """Insert rows of one shape with executemany: peewee's insert_many spends more time
    building SQL for thousands of rows than SQLite spends writing them."""
    if not rows:
        return
    fields = [model._meta.fields[name] for name in rows[0]]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    sql = (
        f'{verb} INTO "{model._meta.table_name}" ({columns}) '
        f"VALUES ({', '.join('?' * len(fields))})"
    )
    db.cursor().executemany(sql, [tuple(f.db_value(row[f.name]) for f in fields) for row in rows])


def _write_children(pairs: Sequence[tuple[int, t.Contact]], present: set[int]) -> None:
    """Children and tags of stored contacts; ``present``: which related contacts exist."""
    _insert_rows(
        m.Email,
        [
            {
                "contact": contact_id,
                "position": i,
                "label": e.label,
                "value": e.value,
                "value_folded": e.value.strip().casefold(),
                "preferred": e.preferred,
            }
            for contact_id, contact in pairs
            for i, e in enumerate(contact.emails)
        ],
    )
    _insert_rows(
        m.Phone,
        [
            {
                "contact": contact_id,
                "position": i,
                "label": p.label,
                "number": p.raw,
                "e164": p.e164,
                "preferred": p.preferred,
            }
            for contact_id, contact in pairs
            for i, p in enumerate(contact.phones)
        ],
    )
    _insert_rows(
        m.Address,
        [
            {
                "contact": contact_id,
                "position": i,
                "label": a.label,
                "preferred": a.preferred,
                "po_box": a.po_box,
                "extended": a.extended,
                "street": a.street,
                "locality": a.locality,
                "region": a.region,
                "postal_code": a.postal_code,
                "country": a.country,
            }
            for contact_id, contact in pairs
            for i, a in enumerate(contact.addresses)
        ],
    )
    _insert_rows(
        m.Url,
        [
            {
                "contact": contact_id,
                "position": i,
                "label": u.label,
                "value": u.value,
                "preferred": u.preferred,
            }
            for contact_id, contact in pairs
            for i, u in enumerate(contact.urls)
        ],
    )
    _insert_rows(
        m.Related,
        [
            {
                "contact": contact_id,
                "position": i,
                "label": r.label,
                "name": r.name,
                "related_contact": r.contact_id if r.contact_id in present else None,
            }
            for contact_id, contact in pairs
            for i, r in enumerate(contact.related)
        ],
    )
    _insert_rows(
        m.CustomField,
        [
            {"contact": contact_id, "position": i, "label": f.label, "value": f.value}
            for contact_id, contact in pairs
            for i, f in enumerate(contact.custom_fields)
        ],
    )
    names = list(dict.fromkeys(name for _, contact in pairs for name in contact.tags))
    if names:
        tag_ids = {name: ensure_tags([name])[0] for name in names if name.strip()}
        rows = [
            {"contact": contact_id, "tag": tag_id}
            for contact_id, contact in pairs
            for tag_id in dict.fromkeys(tag_ids[n] for n in contact.tags if n in tag_ids)
        ]
        _insert_rows(m.ContactTag, rows, ignore=True)


def ensure_tags(names: Iterable[str]) -> list[int]:
    """Ids of the named tags, creating the missing ones (names compare case-insensitively)."""
    ids = []
    for name in names:
        clean = name.strip()
        if not clean:
            continue
        row = m.Tag.get_or_none(m.Tag.name == clean)
        ids.append(row.id if row is not None else int(m.Tag.insert(name=clean).execute()))
    return ids


def get(contact_id: int) -> t.Contact | None:
    return get_many([contact_id]).get(contact_id)


def get_many(contact_ids: Sequence[int]) -> dict[int, t.Contact]:
    """Full contacts (children and tags included) by id, a few queries per chunk of ids.

    Read as an export reads them (``bulk.load_contacts``, plain SQL): through peewee's models
    one contact took 5.5-9 ms on 100,000 contacts (its seven queries built each time), on the
    GUI thread as the card opens each contact the arrows reach; ~0.3 ms so."""
    from netdesk.store import bulk  # (bulk reads this module's helpers)

    return bulk.load_contacts(contact_ids)


def email_values(contact_id: int) -> list[str]:
    """The e-mail addresses stored for one contact, as written (one query)."""
    return [
        row[0]
        for row in db.execute_sql("SELECT value FROM email WHERE contact_id = ?", (contact_id,))
    ]


def tags_of_many(contact_ids: Sequence[int]) -> dict[int, list[str]]:
    """Tag names of each contact that has any, sorted case-insensitively."""
    found: dict[int, list[str]] = {}
    for chunk in chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        for contact_id, name in db.execute_sql(
            "SELECT ct.contact_id, t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id "
            f"WHERE ct.contact_id IN ({marks}) ORDER BY t.name COLLATE NOCASE",
            tuple(chunk),
        ):
            found.setdefault(contact_id, []).append(name)
    return found


def having_tag(contact_ids: Sequence[int], name: str) -> set[int]:
    """Those of ``contact_ids`` that carry the tag ``name``, one query per chunk of ids (in
    one, a selection of over 32,766 contacts was refused: "too many SQL variables")."""
    found: set[int] = set()
    for chunk in chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0]
            for r in db.execute_sql(
                "SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                f"WHERE t.name = ? AND ct.contact_id IN ({marks})",
                (name, *chunk),
            )
        )
    return found


def exists(contact_id: int) -> bool:
    return contact_id in existing([contact_id])


def existing(contact_ids: Sequence[int]) -> set[int]:
    """Those of ``contact_ids`` that are stored."""
    found: set[int] = set()
    for chunk in chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0] for r in db.execute_sql(f"SELECT id FROM contact WHERE id IN ({marks})", chunk)
        )
    return found


def delete(contact_ids: Sequence[int]) -> None:
    """Delete contacts; interactions left with nobody involved go too."""
    orphan_candidates: set[int] = set()
    for chunk in chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        params = tuple(chunk)
        orphan_candidates.update(
            r[0]
            for r in db.execute_sql(
                "SELECT DISTINCT interaction_id FROM interaction_contact "
                f"WHERE contact_id IN ({marks})",
                params,
            )
        )
        # children first, each in one indexed statement: twice as fast as letting ON DELETE
        # CASCADE remove them row by row behind every contact row
        for child in _CHILD_TABLES:
            db.execute_sql(f'DELETE FROM "{child}" WHERE contact_id IN ({marks})', params)
        db.execute_sql(f"DELETE FROM contact_fts WHERE rowid IN ({marks})", params)
        db.execute_sql(f"DELETE FROM contact WHERE id IN ({marks})", params)
    # the journal entries in id order, once every link of these contacts is gone: a batch of
    # one slice of contacts' entries was spread over the whole table (a million entries: 19 s
    # of the 77 of deleting 97,519 contacts with them, 10 s in id order)
    for batch in chunks(sorted(orphan_candidates)):
        db.execute_sql(
            f"DELETE FROM interaction WHERE id IN ({','.join('?' * len(batch))}) AND NOT "
            "EXISTS (SELECT 1 FROM interaction_contact ic WHERE ic.interaction_id = "
            "interaction.id)",
            batch,
        )


def count() -> int:
    """How many contacts are stored."""
    return int(db.execute_sql("SELECT count(*) FROM contact").fetchone()[0])


def delete_most(taken: TakenRows) -> Iterator[tuple[int, int]]:
    """Delete the contacts ``taken`` holds (kept by :func:`keep_most`, its file attached) as
    :func:`delete` does, when they are most of those stored: each table's rows go with its
    indexes dropped, the indexes made again from their own SQL over the rows left, and the
    search index is built again from the rows left. Row by row, each of a million rows went
    out of every index one at a time: deleting 97,519 of 100,000 contacts took 33 s of CPU
    that way, 9 s this way.

    A step at a time (a table, the search index), each yielding (steps done, steps): iterate
    it inside the transaction, which a cancel between steps rolls back, indexes and all.
    """
    steps = len(_CHILD_TABLES) + 3
    going = f"{_SIDE}.going"
    for done, table in enumerate(_CHILD_TABLES, 1):
        with _indexes_dropped(table):
            db.execute_sql(f'DELETE FROM main."{table}" WHERE contact_id IN {going}')
        yield done, steps
    # the journal entries left with nobody, in id order (as delete)
    with _indexes_dropped("interaction"):
        db.execute_sql(
            f"DELETE FROM main.interaction WHERE id IN (SELECT id FROM {_SIDE}.entry) AND NOT "
            "EXISTS (SELECT 1 FROM main.interaction_contact ic WHERE ic.interaction_id = "
            "interaction.id)"
        )
    yield steps - 2, steps
    # FTS5 takes a row out of its index by reading its text again, word by word: its own
    # table of the text, less the rows that go, is indexed anew ("rebuild")
    db.execute_sql(f"DELETE FROM main.contact_fts_content WHERE id IN {going}")
    db.execute_sql("INSERT INTO main.contact_fts (contact_fts) VALUES ('rebuild')")
    yield steps - 1, steps
    # the "met through" links to them are emptied (ON DELETE SET NULL) through their index
    with _indexes_dropped("contact", keep_links=True):
        db.execute_sql(f"DELETE FROM main.contact WHERE id IN {going}")
    yield steps, steps


@contextlib.contextmanager
def indexes_made_after() -> Iterator[None]:
    """The indexes of the tables an undo of a delete writes to, dropped inside and made again
    after (those links are checked through stay: see :func:`_indexes_dropped`). Putting back
    97,519 contacts into 2,481, each of 2.4 million rows went into every index one at a
    time."""
    with contextlib.ExitStack() as dropped:
        for table in ("contact", *_CHILD_TABLES, "interaction"):
            dropped.enter_context(_indexes_dropped(table, keep_links=True))
        yield


@contextlib.contextmanager
def _indexes_dropped(table: str, *, keep_links: bool = False) -> Iterator[None]:
    """``table``'s indexes dropped inside, made again after by their SQL as stored (those
    SQLite makes for a key stay). An error inside leaves them to the transaction's rollback.

    Args:
        keep_links: keep those that begin with a column linking a row of ``table`` to
            another row: SQLite finds the rows linked to one through them as that one
            goes (to empty their links) or comes back (links checked at the commit).
    """
    links = {row[3] for row in db.execute_sql(f'PRAGMA main.foreign_key_list("{table}")')}
    dropped = []
    for name, sql in db.execute_sql(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY rowid",
        (table,),
    ).fetchall():
        first = db.execute_sql(f'PRAGMA main.index_info("{name}")').fetchone()
        if keep_links and first is not None and first[2] in links:
            continue
        dropped.append(sql)
        quoted = name.replace('"', '""')
        db.execute_sql(f'DROP INDEX main."{quoted}"')
    yield
    for sql in dropped:
        db.execute_sql(sql)


def reindex_search(contact_ids: Sequence[int]) -> None:
    """``search.reindex`` for many contacts at once: their search text read in batches
    (``search.documents``), old rows dropped and new ones written a chunk at a time."""
    # in rowid order: FTS5 starts a new index segment each time a rowid comes lower than the
    # one before (see search.reindex), and rows in the order of a selection by name did that
    # at nearly every row (three quarters of restoring deleted contacts' search rows)
    ids = sorted(set(contact_ids))
    documents = search.documents(ids)
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        db.execute_sql(f"DELETE FROM contact_fts WHERE rowid IN ({marks})", tuple(chunk))
        db.cursor().executemany(
            "INSERT INTO contact_fts (rowid, names, details) VALUES (?, ?, ?)",
            [(i, *documents[i]) for i in chunk if i in documents],
        )


def set_archived(contact_ids: Sequence[int], archived: bool, now: dt.datetime) -> None:
    m.Contact.update(archived=archived, updated_at=now).where(
        m.Contact.id.in_(list(contact_ids))
    ).execute()


def set_cadence(contact_ids: Sequence[int], days: int | None, now: dt.datetime) -> None:
    m.Contact.update(keep_in_touch_days=days, updated_at=now).where(
        m.Contact.id.in_(list(contact_ids))
    ).execute()


def add_tag(contact_ids: Sequence[int], name: str) -> None:
    (tag_id,) = ensure_tags([name])
    m.ContactTag.insert_many(
        [{"contact": cid, "tag": tag_id} for cid in contact_ids]
    ).on_conflict_ignore().execute()


def remove_tag(contact_ids: Sequence[int], name: str) -> None:
    row = m.Tag.get_or_none(m.Tag.name == name)
    if row is not None:
        m.ContactTag.delete().where(
            (m.ContactTag.tag == row.id) & (m.ContactTag.contact.in_(list(contact_ids)))
        ).execute()


def tag_row(name: str) -> tuple[int, str, int | None] | None:
    """(id, name as written, default cadence) of the tag named ``name``, any case."""
    row = m.Tag.get_or_none(m.Tag.name == name.strip())
    return None if row is None else (row.id, row.name, row.default_cadence_days)


def tag_rows() -> list[tuple[int, str, int | None]]:
    """(id, name as written, default cadence) of every tag: NOCASE folds ASCII letters only,
    so a caller matching "Émigré" with "ÉMIGRÉ" compares these itself."""
    return [
        (r[0], r[1], r[2]) for r in db.execute_sql("SELECT id, name, default_cadence_days FROM tag")
    ]


def tag_members(tag_id: int) -> list[int]:
    return [
        r[0]
        for r in db.execute_sql(
            "SELECT contact_id FROM contact_tag WHERE tag_id = ? ORDER BY contact_id", (tag_id,)
        )
    ]


def rename_tag_row(tag_id: int, name: str) -> None:
    m.Tag.update(name=name).where(m.Tag.id == tag_id).execute()


def delete_tag_row(tag_id: int) -> None:
    """The tag and, by cascade, every contact's link to it."""
    m.ContactTag.delete().where(m.ContactTag.tag == tag_id).execute()
    m.Tag.delete().where(m.Tag.id == tag_id).execute()


def link_tag(tag_id: int, contact_ids: Sequence[int]) -> None:
    """Give the tag to those of ``contact_ids`` still stored (others are skipped)."""
    for chunk in chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        db.execute_sql(
            "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) "
            f"SELECT id, ? FROM contact WHERE id IN ({marks})",
            (tag_id, *chunk),
        )


def unlink_tag(tag_id: int, contact_ids: Sequence[int]) -> None:
    for chunk in chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        db.execute_sql(
            f"DELETE FROM contact_tag WHERE tag_id = ? AND contact_id IN ({marks})",
            (tag_id, *chunk),
        )


def set_tag_row_cadence(tag_id: int, days: int | None) -> None:
    m.Tag.update(default_cadence_days=days).where(m.Tag.id == tag_id).execute()


def thumbnails(contact_ids: Sequence[int]) -> dict[int, bytes]:
    found: dict[int, bytes] = {}
    for chunk in chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        found.update(
            (r[0], bytes(r[1]))
            for r in db.execute_sql(
                f"SELECT id, thumbnail FROM contact WHERE id IN ({marks}) "
                "AND thumbnail IS NOT NULL",
                tuple(chunk),
            )
        )
    return found


def summaries(contact_ids: Sequence[int]) -> list[t.ContactSummary]:
    """Rows for the list, in the order of ``contact_ids`` (missing ids are left out); one
    query per chunk of ids (see having_tag)."""
    rows: list[Any] = []
    for chunk in chunks(contact_ids):
        rows += db.execute_sql(listing.summaries_sql(chunk), tuple(chunk)).fetchall()
    return listing.summaries_in_order(rows, contact_ids)


_datetime = listing.parse_datetime


# --- a delete's undo: the rows it took out, as they were stored -----------------------------

# each deleted contact's own rows besides its card (keyed by contact_id), put back whole
_OWN_ROWS = ("email", "phone", "address", "url", "custom_field", "follow_up")


@dataclasses.dataclass
class TakenRows:
    """The rows a delete took out, to put them back as they were: cards (photos, dates,
    import marks), their children, tags (by name), follow-ups, the journal entries that went
    with them (with every link they had) and their search rows.

    Kept as one compressed ``marshal`` of plain row tuples per step of the delete: as
    dataclasses (a Contact, Interactions and FollowUps per contact), the undo record of
    deleting 97,000 of 100,000 contacts with a million journal entries held ~3 GB. (The rows
    hold only what SQLite gives, ints, floats, text, bytes and None, which marshal writes
    four times as fast as pickle: 1.1 s against 4.8 s of that delete.) A delete of most of
    the contacts has SQLite copy them into a file of their own instead (``side``: keep_most).
    """

    contact_ids: array.array[int] = dataclasses.field(default_factory=lambda: array.array("q"))
    steps: list[bytes] = dataclasses.field(default_factory=list)
    step_sizes: list[int] = dataclasses.field(default_factory=list)  # contacts in each
    tag_names: dict[int, str] = dataclasses.field(default_factory=dict)
    interactions: int = 0  # journal entries kept (those that went with their last contact)
    follow_ups: int = 0
    # everyone on a journal entry with the deleted contacts (their journals change)
    sharing: set[int] = dataclasses.field(default_factory=set)
    # journal entries kept by an earlier step (while the delete runs)
    _kept: set[int] = dataclasses.field(default_factory=set, repr=False)
    # or (a delete of most of the contacts: keep_most) the rows are in this file of their own
    # next to the database, removed with this record (set_aside)
    side: Path | None = None

    def __len__(self) -> int:
        return len(self.contact_ids)

    def finish(self) -> None:
        """The delete is done: what it needed along the way goes."""
        self._kept = set()


def _select(sql: str, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """``sql`` with ``{marks}`` for ``ids``, run a chunk of ids at a time.

    Text is decoded by Python's own UTF-8 decoding, in C: through listing.stored_text, a
    Python call per value, the text of a million journal entries and of the cards cost
    ~2.5 s more of deleting 97,519 contacts. A chunk that holds text that is not UTF-8 is
    read again as every connection reads it (stored_text): the undo puts back what the app
    showed.
    """
    connection = db.connection()
    usual = connection.text_factory
    rows: list[tuple[Any, ...]] = []
    try:
        for chunk in chunks(ids):
            query = sql.format(marks=",".join("?" * len(chunk)))
            connection.text_factory = str
            try:
                rows += connection.execute(query, chunk).fetchall()
            except sqlite3.OperationalError as error:
                if "decode" not in str(error):
                    raise
                connection.text_factory = listing.stored_text
                rows += connection.execute(query, chunk).fetchall()
    finally:
        connection.text_factory = usual
    return rows


def take_out(contact_ids: Sequence[int], taken: TakenRows) -> list[int]:
    """Keep the rows of these contacts in ``taken`` and delete them (as :func:`delete`).

    Returns:
        Those of ``contact_ids`` that were stored, in id order.
    """
    found = keep(contact_ids, taken)
    delete(found)
    return found


def keep(contact_ids: Sequence[int], taken: TakenRows) -> list[int]:
    """Keep the rows of these contacts in ``taken``, for an undo of their delete, and hold
    their ids (fresh_ids): the read half of :func:`take_out`.

    Returns:
        Those of ``contact_ids`` that are stored, in id order.
    """
    cards = _select('SELECT * FROM "contact" WHERE id IN ({marks}) ORDER BY id', contact_ids)
    found = [row[0] for row in cards]
    if not found:
        return found
    step: dict[str, list[tuple[Any, ...]]] = {"contact": cards}
    for table in _OWN_ROWS:
        step[table] = _select(f'SELECT * FROM "{table}" WHERE contact_id IN ({{marks}})', found)
    step["related"] = _select("SELECT * FROM related WHERE contact_id IN ({marks})", found)
    step["contact_tag"] = _select(
        "SELECT contact_id, tag_id FROM contact_tag WHERE contact_id IN ({marks})", found
    )
    for tag_id in {tag_id for _, tag_id in step["contact_tag"]} - taken.tag_names.keys():
        row = db.execute_sql("SELECT name FROM tag WHERE id = ?", (tag_id,)).fetchone()
        taken.tag_names[tag_id] = row[0]
    linked = _select(
        "SELECT DISTINCT interaction_id FROM interaction_contact WHERE contact_id IN ({marks})",
        found,
    )
    # an entry shared with a later step's contacts is kept once, by the first step
    new = sorted({row[0] for row in linked} - taken._kept)
    taken._kept.update(new)
    step["interaction"] = _select("SELECT * FROM interaction WHERE id IN ({marks})", new)
    step["interaction_contact"] = _select(
        "SELECT interaction_id, contact_id FROM interaction_contact "
        "WHERE interaction_id IN ({marks})",
        new,
    )
    step["contact_fts"] = _select(
        "SELECT rowid, names, details FROM contact_fts WHERE rowid IN ({marks})", found
    )
    taken.sharing.update(row[1] for row in step["interaction_contact"])
    taken.interactions += len(step["interaction"])
    taken.follow_ups += len(step["follow_up"])
    taken.contact_ids.extend(found)
    taken.step_sizes.append(len(found))
    taken.steps.append(zlib.compress(marshal.dumps(step), 1))
    fresh_ids.reserve("contact", found)
    fresh_ids.reserve("interaction", new)
    fresh_ids.reserve("follow_up", (row[0] for row in step["follow_up"]))
    return found


def _insert(table: str, rows: Sequence[Sequence[Any]], *, ignore: bool = False) -> None:
    if rows:
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        marks = ",".join("?" * len(rows[0]))
        db.cursor().executemany(f'{verb} INTO "{table}" VALUES ({marks})', rows)


def _free_ids(table: str, rows: list[tuple[Any, ...]], moved: set[int]) -> list[tuple[Any, ...]]:
    """``rows`` of a child table (an e-mail address, a phone...) with their ids, less those a
    new row took meanwhile (nothing reserves them, nothing refers to them): those get new ones,
    and their contacts go into ``moved`` (their search rows list them in id order)."""
    taken = {
        r[0]
        for r in _select(f'SELECT id FROM "{table}" WHERE id IN ({{marks}})', [r[0] for r in rows])
    }
    moved.update(r[1] for r in rows if r[0] in taken)
    return [(None, *r[1:]) if r[0] in taken else r for r in rows] if taken else rows


def put_back_tags(taken: TakenRows) -> dict[int, int]:
    """The stored id of each tag ``taken`` holds, by its id then: found by name (case
    aside), made again when it was deleted meanwhile (a tag's id may be another tag's by now)."""
    return {old: ensure_tags([name])[0] for old, name in taken.tag_names.items()}


def put_back(step: bytes, coming: Collection[int], tag_ids: Mapping[int, int]) -> set[int]:
    """Write one step of :class:`TakenRows` back, ids and all. The caller has called
    :func:`defer_link_checks` (contacts link to others a later step puts back).

    Args:
        coming: every contact the restore puts back; a link to one that is neither coming
            nor stored (deleted meanwhile) is left empty, as deleting it would have done.
        tag_ids: :func:`put_back_tags`.

    Returns:
        The contacts whose journal, last talk and search row must be read again: those on a
        journal entry that is stored still (it may have changed meanwhile), and those others
        linked again to an entry put back, and those some of whose e-mail addresses or phones
        got new ids. The others' search rows are put back as they were.
    """
    rows: dict[str, list[tuple[Any, ...]]] = marshal.loads(zlib.decompress(step))
    cards = rows["contact"]
    columns = [c[1] for c in db.execute_sql('PRAGMA table_info("contact")').fetchall()]
    through, fingerprint = columns.index("met_through_id"), columns.index("import_fingerprint")
    related_to = 5  # related: id, contact_id, position, label, name, related_contact_id
    others = {r[through] for r in cards if r[through] is not None and r[through] not in coming}
    others |= {r[related_to] for r in rows["related"] if r[related_to] not in coming} - {None}
    gone = others - existing(list(others))
    _insert(
        "contact",
        [
            (*r[:through], None if r[through] in gone else r[through], *r[through + 1 :])
            for r in cards
        ],
    )
    moved: set[int] = set()
    for table in _OWN_ROWS:
        if table != "follow_up":
            _insert(table, _free_ids(table, rows[table], moved))
    _insert(
        "related",
        [
            (*r[:related_to], None if r[related_to] in gone else r[related_to])
            for r in _free_ids("related", rows["related"], moved)
        ],
    )
    _insert("contact_tag", [(c, tag_ids[tag]) for c, tag in rows["contact_tag"]], ignore=True)
    # a tag linked clears its contact's import mark (a trigger): back as it was
    marks = [(r[fingerprint], r[0]) for r in cards if r[fingerprint] is not None]
    if marks:
        db.cursor().executemany("UPDATE contact SET import_fingerprint = ? WHERE id = ?", marks)
    # an entry still stored is shared with someone the delete left: edited meanwhile, the
    # journals of those put back on it are read again; an entry that went with its last
    # contact comes back, linked to those of its people who exist now
    kept = {r[0]: r for r in rows["interaction"]}
    stored = {
        r[0]: r for r in _select("SELECT * FROM interaction WHERE id IN ({marks})", list(kept))
    }
    changed = {i for i, row in stored.items() if row != kept[i]}
    _insert("interaction", [r for r in rows["interaction"] if r[0] not in stored])
    links = rows["interaction_contact"]
    outside = {c for i, c in links if c not in coming and i not in stored}
    present = existing(list(outside))
    again = [(i, c) for i, c in links if c in coming or (c in present and i not in stored)]
    _insert("interaction_contact", again, ignore=True)
    _insert("follow_up", rows["follow_up"])
    read_again = moved | {c for i, c in again if i in changed or c not in coming}
    fts = [r for r in rows["contact_fts"] if r[0] not in read_again]
    db.cursor().executemany("INSERT INTO contact_fts (rowid, names, details) VALUES (?, ?, ?)", fts)
    return read_again


# --- a delete of most of the contacts: its rows copied to a file of their own ----------------

_SIDE = "taken_rows"  # the schema name that file is attached under, while a delete or undo runs
_SIDE_MARK = "-undo-"  # its name: the database's, this, the process id and a random part
_GOING = "."  # and before it, once it is no longer needed, while a thread removes it
_removers: list[threading.Thread] = []
_removers_lock = threading.Lock()


@contextlib.contextmanager
def set_aside(taken: TakenRows, *, new: bool = False) -> Iterator[bool]:
    """``taken``'s own file attached to this connection for the transactions inside (ATTACH
    must come before them); yields whether it is. SQLite copies a delete's rows there and back
    (:func:`keep_most`, :func:`put_back_most`), none of them made a Python object.

    Args:
        new: make the file (a delete): next to the database, on its disk, and removed
            with ``taken`` (or at exit, or if the delete fails). Inside a transaction
            already, none is made and False is yielded: the caller keeps the rows otherwise.

    Raises:
        StoreError: an undo's file is gone (or empty): ATTACH would make one anew, empty.

    The file is written without a journal kept on disk nor syncs: a crash loses the undo with
    the app, and leaves the database as its own journal does. A delete copies its rows there
    in a transaction of its own, committed before the one that deletes them: of a transaction
    that writes both, SQLite commits the database first, then writes the file's last pages,
    and a full disk there left the contacts deleted and nothing to undo it with.
    """
    if taken.side is None and not new:
        yield False
        return
    connection = db.connection()
    if new and (connection.in_transaction or db.database in ("", ":memory:")):
        yield False  # (nor beside a database in memory)
        return
    if connection.in_transaction:
        raise RuntimeError("a delete's undo cannot run inside another transaction")
    if taken.side is None:
        try:
            taken.side = _new_side_file()
        except OSError as error:  # a folder where no file can be made: the rows kept otherwise
            log.warning("no file for a delete's rows beside %s: %s", db.database, error)
            yield False
            return
        weakref.finalize(taken, _remove_side_file, taken.side)
    elif not taken.side.exists():  # (ATTACH would make it anew, empty)
        raise StoreError(_side_gone(taken.side))
    made, emptied = new, False
    db.execute_sql(f"ATTACH DATABASE ? AS {_SIDE}", (str(taken.side),))
    try:
        if (
            not new
            and not db.execute_sql(
                f"SELECT 1 FROM {_SIDE}.sqlite_master WHERE name = 'going'"
            ).fetchone()
        ):  # gone after the look above: ATTACH made it anew
            emptied = True
            raise StoreError(_side_gone(taken.side))
        db.execute_sql(f"PRAGMA {_SIDE}.journal_mode = MEMORY")
        db.execute_sql(f"PRAGMA {_SIDE}.synchronous = OFF")
        yield True
        made = False
    finally:
        db.execute_sql(f"DETACH DATABASE {_SIDE}")
        if made:  # the delete failed or was cancelled: rolled back, its copy goes
            _remove_side_file(taken.side)
            taken.side = None
        elif emptied:
            _remove_side_file(taken.side)


def _side_gone(path: Path) -> str:
    return (
        f"The copy of the deleted contacts kept for this undo ({path}) is gone; "
        "they cannot be put back."
    )


def _new_side_file() -> Path:
    """A new empty file for a delete's rows, next to the database: those a crash left (of a
    process that is gone: this one removes its own) are removed first."""
    database = Path(db.database)
    for prefix in (f"{database.name}{_SIDE_MARK}", f"{_GOING}{database.name}{_SIDE_MARK}"):
        for left in database.parent.glob(f"{prefix}*-*"):
            pid = left.name[len(prefix) :].split("-")[0]
            if pid.isdigit() and not _running(int(pid)):
                left.unlink(missing_ok=True)
    path = database.with_name(f"{database.name}{_SIDE_MARK}{os.getpid()}-{uuid.uuid4().hex}")
    path.touch(mode=0o600, exist_ok=False)
    return path


def _running(pid: int) -> bool:
    """Whether the process ``pid`` is running (on Windows, taken to be: os.kill ends it)."""
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)  # no signal: only asks
    except ProcessLookupError:
        return False
    except OSError:  # another user's
        return True
    return True


def _remove_side_file(path: Path) -> None:
    """Remove a delete's file: renamed at once (out of sight, its name free), then unlinked
    on a thread of its own. Unlinking 241 MiB took 120-400 ms, on the window's thread when
    the record went with its undo command (weakref.finalize inside QUndoStack.push)."""
    with contextlib.suppress(OSError):
        path.with_name(path.name + "-journal").unlink(missing_ok=True)
    going = path.with_name(f"{_GOING}{path.name}")
    try:
        path.rename(going)
    except FileNotFoundError:
        return
    except OSError:  # (not to be renamed: removed where it is)
        going = path
    if not threading.main_thread().is_alive():  # at exit (atexit): no thread would finish it
        _unlink(going)
        return
    # not a daemon: an exit waits for it (threading's shutdown joins it)
    remover = threading.Thread(target=_unlink, args=(going,), name="netdesk-undo-file-removal")
    with _removers_lock:
        _removers[:] = [t for t in _removers if t.is_alive()]
        _removers.append(remover)
    remover.start()


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def side_files_removed(timeout: float | None = None) -> bool:
    """Wait for the removals of delete files begun so far (tests); whether they are done."""
    with _removers_lock:
        removers = list(_removers)
    for remover in removers:
        remover.join(timeout)
    return not any(remover.is_alive() for remover in removers)


def _side_table(table: str, source: str | None = None) -> list[str]:
    """A table named ``table`` in the side file, with the columns of ``source`` (``table``)
    of the database: their names and declared types, so that each value keeps the type it was
    stored with, and its integer key as the rowid (rows found by id, kept in id order).

    Returns:
        The columns' names, quoted, in order.
    """
    info = db.execute_sql(f'PRAGMA main.table_info("{source or table}")').fetchall()
    keys = [row for row in info if row[5]]
    key = keys[0][1] if len(keys) == 1 and keys[0][2].upper() == "INTEGER" else None
    columns = [f'"{row[1]}"' for row in info]
    defined = ", ".join(
        f"{name} {row[2]}" + (" PRIMARY KEY" if row[1] == key else "")
        for name, row in zip(columns, info, strict=True)
    )
    db.execute_sql(f'CREATE TABLE {_SIDE}."{table}" ({defined})')
    return columns


def keep_most(contact_ids: Sequence[int], taken: TakenRows) -> Iterator[tuple[int, int]]:
    """Keep the rows of these contacts in ``taken``'s file (attached by :func:`set_aside`):
    :func:`keep` for most of the contacts, each table copied by SQLite in one statement, in a
    transaction of its own that writes nothing else (their ids are held by :func:`hold_most`
    in the delete's). Read into Python and marshalled, the rows of deleting 97,519 of 100,000
    contacts (a million journal entries) took 16-20 s of its ~30 s of CPU, and ~60 MB.

    A step at a time (a table), each yielding (steps done, steps), as :func:`delete_most`.
    """
    side = _SIDE
    steps = len(_OWN_ROWS) + 6
    db.execute_sql(f"CREATE TABLE {side}.going (id INTEGER PRIMARY KEY)")
    db.execute_sql(
        f"INSERT OR IGNORE INTO {side}.going SELECT c.id FROM json_each(?) j "
        "JOIN main.contact c ON c.id = j.value",
        (json.dumps([int(i) for i in contact_ids]),),
    )
    columns = ", ".join(_side_table("contact"))
    db.execute_sql(
        f"INSERT INTO {side}.contact SELECT {columns} FROM main.contact WHERE id IN {side}.going"
    )
    yield 1, steps
    # each table read through in id order ("+" keeps SQLite off its index by contact): most of
    # the rows go, and the file, with its small cache, takes rows best in id order (the journal
    # entries' ids, in the order of the links by contact: 3.4 s of CPU, 2.5 so)
    for done, table in enumerate((*_OWN_ROWS, "related", "contact_tag"), 2):
        columns = ", ".join(_side_table(table))
        db.execute_sql(
            f'INSERT INTO {side}."{table}" SELECT {columns} FROM main."{table}" '
            f"WHERE +contact_id IN {side}.going"
        )
        yield done, steps
    # the journal entries they are on, with every link they have (those to contacts who
    # stay too): an entry that stays is compared with its copy by the undo (put_back_most)
    db.execute_sql(f"CREATE TABLE {side}.entry (id INTEGER PRIMARY KEY)")
    db.execute_sql(
        f"INSERT OR IGNORE INTO {side}.entry SELECT interaction_id FROM "
        f"main.interaction_contact WHERE +contact_id IN {side}.going ORDER BY interaction_id"
    )
    columns = ", ".join(_side_table("interaction"))
    db.execute_sql(
        f"INSERT INTO {side}.interaction SELECT {columns} FROM main.interaction "
        f"WHERE id IN {side}.entry"
    )
    yield steps - 3, steps
    columns = ", ".join(_side_table("interaction_contact"))
    db.execute_sql(
        f"INSERT INTO {side}.interaction_contact SELECT {columns} FROM {side}.entry e "
        "JOIN main.interaction_contact ic ON ic.interaction_id = e.id"
    )
    yield steps - 2, steps
    # the search rows as FTS5 keeps their text (contact_fts would look each up by rowid)
    columns = ", ".join(_side_table("contact_fts", "contact_fts_content"))
    db.execute_sql(
        f"INSERT INTO {side}.contact_fts SELECT {columns} FROM main.contact_fts_content "
        f"WHERE id IN {side}.going"
    )
    yield steps - 1, steps
    for tag_id, name in db.execute_sql(
        f"SELECT id, name FROM main.tag WHERE id IN (SELECT tag_id FROM {side}.contact_tag)"
    ):
        taken.tag_names[tag_id] = name
    taken.contact_ids.extend(r[0] for r in db.execute_sql(f"SELECT id FROM {side}.going"))
    # (those who stay only: the DISTINCT of every link's contact took 3 s)
    taken.sharing.update(taken.contact_ids)
    taken.sharing.update(
        r[0]
        for r in db.execute_sql(
            f"SELECT DISTINCT contact_id FROM {side}.interaction_contact "
            f"WHERE contact_id NOT IN {side}.going"
        )
    )
    taken.interactions = db.execute_sql(f"SELECT count(*) FROM {side}.entry").fetchone()[0]
    taken.follow_ups = db.execute_sql(f"SELECT count(*) FROM {side}.follow_up").fetchone()[0]
    yield steps, steps


def hold_most(taken: TakenRows) -> None:
    """Hold the ids of the rows ``taken``'s file holds (fresh_ids), in the delete's own
    transaction: :func:`keep_most` writes nothing to the database (see ``set_aside``)."""
    for table, what in (("contact", "going"), ("interaction", "entry"), ("follow_up", None)):
        (highest,) = db.execute_sql(f'SELECT max(id) FROM {_SIDE}."{what or table}"').fetchone()
        fresh_ids.reserve(table, [highest])


def data_version() -> int:
    """SQLite's count of the database's commits by other connections (PRAGMA data_version):
    the same twice, nobody wrote to it in between."""
    return int(db.execute_sql("PRAGMA main.data_version").fetchone()[0])


def put_back_most(
    taken: TakenRows, tag_ids: Mapping[int, int], read_again: set[int]
) -> Iterator[tuple[int, int]]:
    """Write the rows ``taken``'s file holds (:func:`keep_most`) back, ids and all, as
    :func:`put_back` writes a step of them, each table in a few statements: read and written
    a row at a time, putting back 97,519 contacts took ~43 s of CPU. The caller has attached
    the file (:func:`set_aside`) and called :func:`defer_link_checks`.

    A step at a time (a table), each yielding (steps done, steps): iterate it inside the
    transaction, which a cancel between steps rolls back.

    Args:
        tag_ids: :func:`put_back_tags`.
        read_again: filled with the contacts whose journal, last talk and search row must
            be read again (as :func:`put_back` returns them).
    """
    side = _SIDE
    steps = len(_OWN_ROWS) + 5
    made = ("gone", "clash", "tag", "stored", "again")
    for name in made:
        db.execute_sql(f"CREATE TEMP TABLE put_back_{name} (id INTEGER PRIMARY KEY, value)")
    # a link to a contact neither coming back nor stored (deleted meanwhile) is left empty
    db.execute_sql(
        "INSERT OR IGNORE INTO temp.put_back_gone (id) SELECT linked FROM ("
        f"SELECT met_through_id AS linked FROM {side}.contact UNION ALL "
        f"SELECT related_contact_id FROM {side}.related) WHERE linked IS NOT NULL "
        f"AND linked NOT IN {side}.going AND linked NOT IN (SELECT id FROM main.contact)"
    )
    _put_back_table("contact", link="met_through_id")
    yield 1, steps
    for done, table in enumerate((*_OWN_ROWS[:-1], "related"), 2):
        # a row whose id a new one took meanwhile gets a new id (nothing refers to these), and
        # its contact's search row lists it in another order: read again
        db.execute_sql("DELETE FROM temp.put_back_clash")
        db.execute_sql(
            f'INSERT INTO temp.put_back_clash (id) SELECT id FROM {side}."{table}" '
            f'WHERE id IN (SELECT id FROM main."{table}")'
        )
        read_again.update(
            r[0]
            for r in db.execute_sql(
                f'SELECT DISTINCT contact_id FROM {side}."{table}" '
                "WHERE id IN (SELECT id FROM temp.put_back_clash)"
            )
        )
        link = "related_contact_id" if table == "related" else None
        _put_back_table(table, link=link, clashing=False)
        _put_back_table(table, link=link, clashing=True)
        yield done, steps
    db.cursor().executemany(
        "INSERT INTO temp.put_back_tag (id, value) VALUES (?, ?)", list(tag_ids.items())
    )
    db.execute_sql(
        "INSERT OR IGNORE INTO main.contact_tag (contact_id, tag_id) SELECT ct.contact_id, "
        f"t.value FROM {side}.contact_tag ct JOIN temp.put_back_tag t ON t.id = ct.tag_id"
    )
    # a tag linked clears its contact's import mark (a trigger): back as it was
    db.execute_sql(
        f"UPDATE main.contact AS c SET import_fingerprint = t.import_fingerprint FROM "
        f"{side}.contact AS t WHERE t.id = c.id AND t.import_fingerprint IS NOT NULL"
    )
    yield steps - 3, steps
    # an entry still stored is shared with someone the delete left: edited meanwhile (it
    # differs from its copy), the journals of those put back on it are read again; an entry
    # that went with its last contact comes back, linked to those of its people who exist now
    same = " AND ".join(f"m.{c} IS t.{c}" for c in _side_columns("interaction"))
    db.execute_sql(
        "INSERT INTO temp.put_back_stored (id, value) SELECT m.id, NOT "
        f"({same}) FROM main.interaction m JOIN {side}.interaction t ON t.id = m.id"
    )
    columns = ", ".join(_side_columns("interaction"))
    db.execute_sql(
        f"INSERT INTO main.interaction ({columns}) SELECT {columns} FROM {side}.interaction "
        "WHERE id NOT IN (SELECT id FROM temp.put_back_stored)"
    )
    linked_again = (
        f"(ic.contact_id IN {side}.going OR (ic.interaction_id NOT IN (SELECT id FROM "
        "temp.put_back_stored) AND ic.contact_id IN (SELECT id FROM main.contact)))"
    )
    read_again.update(
        r[0]
        for r in db.execute_sql(
            f"SELECT DISTINCT ic.contact_id FROM {side}.interaction_contact ic WHERE "
            f"(ic.contact_id NOT IN {side}.going OR ic.interaction_id IN (SELECT id FROM "
            f"temp.put_back_stored WHERE value)) AND {linked_again}"
        )
    )
    # its index by contact made again after: a million links went into it in random order
    # (the statement took 12 s of CPU with it, 7 s without and 3 s to make it). Each link's
    # entry and contact are stored by now: no link waits for its contact, and nothing needs
    # the index to find the links waiting for one
    with _indexes_dropped("interaction_contact"):
        db.execute_sql(
            "INSERT OR IGNORE INTO main.interaction_contact (interaction_id, contact_id) "
            f"SELECT ic.interaction_id, ic.contact_id FROM {side}.interaction_contact ic "
            f"WHERE {linked_again}"
        )
    yield steps - 2, steps
    _put_back_table("follow_up")
    yield steps - 1, steps
    # the others' search rows as they were, in rowid order (see reindex_search)
    db.cursor().executemany(
        "INSERT INTO temp.put_back_again (id) VALUES (?)", [(i,) for i in read_again]
    )
    with _search_rows_held(_HELD_SEARCH_BYTES):
        db.execute_sql(
            f"INSERT INTO main.contact_fts (rowid, names, details) SELECT id, c0, c1 FROM "
            f"{side}.contact_fts WHERE id NOT IN (SELECT id FROM temp.put_back_again)"
        )
    for name in made:
        db.execute_sql(f"DROP TABLE temp.put_back_{name}")
    yield steps, steps


# how much text FTS5 indexes in memory before it writes it out as a new segment of the index,
# which it merges with others later (its "hashsize", 1 MiB unless set): indexing the search
# rows of 97,519 contacts took 8.3 s of CPU so, 5.6-6.5 s with 16 MiB
_HELD_SEARCH_BYTES = 16 * 1024 * 1024
_FTS_HASHSIZE = "INSERT INTO main.contact_fts (contact_fts, rank) VALUES ('hashsize', ?)"


@contextlib.contextmanager
def _search_rows_held(size: int) -> Iterator[None]:
    """FTS5's hashsize ``size`` inside (a setting it keeps in the database: call inside the
    transaction, whose rollback takes it back too), then what it was."""
    row = db.execute_sql("SELECT v FROM main.contact_fts_config WHERE k = 'hashsize'").fetchone()
    db.execute_sql(_FTS_HASHSIZE, (size,))
    yield
    db.execute_sql(_FTS_HASHSIZE, (int(row[0]) if row is not None else 1024 * 1024,))


def _side_columns(table: str) -> list[str]:
    return [f'"{row[1]}"' for row in db.execute_sql(f'PRAGMA {_SIDE}.table_info("{table}")')]


def _put_back_table(table: str, *, link: str | None = None, clashing: bool | None = None) -> None:
    """The rows of ``table`` the side file holds, written back: ``link`` emptied where it
    points at a contact gone meanwhile; ``clashing`` True: only the rows whose ids were taken
    meanwhile, with new ones (after the others: a new id must not take one still to come);
    False: only the others."""
    columns = _side_columns(table)
    picks = [
        f"CASE WHEN {c} IN (SELECT id FROM temp.put_back_gone) THEN NULL ELSE {c} END"
        if c == f'"{link}"'
        else c
        for c in columns
    ]
    where = ""
    if clashing is not None:
        where = f"WHERE id {'' if clashing else 'NOT '}IN (SELECT id FROM temp.put_back_clash)"
        if clashing:
            picks[0] = "NULL"
    db.execute_sql(
        f'INSERT INTO main."{table}" ({", ".join(columns)}) SELECT {", ".join(picks)} '
        f'FROM {_SIDE}."{table}" {where}'
    )
