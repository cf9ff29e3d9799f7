"""Fast many-contact reads and writes for imports: multi-row statements, a few queries per chunk.

Writing one contact per statement (the path ``ContactService.create`` takes) costs about three
times as much as multi-row VALUES once the FTS index is involved, and peewee's ``insert_many``
is slower still; an import of 10,000 cards goes through here instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import logging
import queue
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from peewee import OperationalError

from netdesk.core import types as t
from netdesk.store import checkpoint, fresh_ids, listing, search
from netdesk.store import contacts as contact_rows
from netdesk.store.database import StoreError, explain, missing
from netdesk.store.models import db
from netdesk.store.text import fold

log = logging.getLogger("netdesk.store")

CHUNK = 500  # rows per statement: 500 x 36 columns stays far below SQLite's variable limit
IMPORT_CACHE_KIB = -65_536  # PRAGMA cache_size during write_transaction: 64 MiB
_SWITCH_INTERVAL = 0.001  # seconds, while insert_contacts hands statements to its writer thread


_ADDRESS_PARTS = ("po_box", "extended", "street", "locality", "region", "postal_code", "country")


def _chunks(items: Sequence[object], size: int = CHUNK) -> Iterator[Sequence[object]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(count: int) -> str:
    return ",".join("?" * count)


def _sql_value(value: object) -> object:
    # the text peewee's DateTimeField writes, without relying on sqlite3's deprecated adapter
    return str(value) if isinstance(value, dt.datetime) else value


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """One import: BEGIN IMMEDIATE (the write lock up front, so new ids cannot collide with
    another connection's), commit at the end, roll back on any exception. The commit leaves
    the checkpoint to a background thread (``store.checkpoint``)."""
    # A bigger page cache for the import: thousands of rows land in a dozen indexes and the
    # FTS table, and with the default 2 MB dirty pages spill mid-transaction (~10% more CPU).
    gone = missing(Path(db.database))
    if gone:
        raise StoreError(gone)
    previous = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")
    try:
        with checkpoint.deferred(), db.atomic(lock_type="IMMEDIATE"):
            yield
    except (OperationalError, sqlite3.OperationalError) as error:  # the latter: _Writer's
        raise StoreError(explain(db.database, error)) from error
    finally:
        db.execute_sql(f"PRAGMA cache_size={int(previous)}")
    checkpoint.start(db.database)  # committed: the WAL's pages go to the file in the background


Statement = tuple[str, list[object]]


def _insert_statements(
    table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]
) -> list[Statement]:
    """Multi-row INSERTs; the caller has already turned datetimes into text (``_sql_value``)."""
    if not rows:
        return []
    names = ", ".join(f'"{c}"' for c in columns)
    row_marks = f"({_marks(len(columns))})"
    size = max(1, 30_000 // len(columns))
    return [
        (
            f'INSERT INTO "{table}" ({names}) VALUES {",".join([row_marks] * len(chunk))}',
            list(itertools.chain.from_iterable(chunk)),  # type: ignore[arg-type]
        )
        for chunk in _chunks(rows, size)
    ]


BULK_READ_MMAP = 1 << 30  # bytes of the file mapped while mapped_reads() lasts


@contextlib.contextmanager
def mapped_reads() -> Iterator[None]:
    """Read through a memory map during one pass over many whole contacts (an export: 100,000
    loaded in 5.4-5.6 s instead of 6.0-6.2). The map is dropped at the end: the pages it
    touched would otherwise count as the app's memory for good (store.database maps nothing).
    """
    db.execute_sql(f"PRAGMA mmap_size={BULK_READ_MMAP}")
    # and Python's own decoding, about 0.3-0.9 s faster over 100,000 contacts than
    # listing.stored_text's call per value; load_contacts reads a chunk it fails on again
    connection = db.connection()
    lenient, connection.text_factory = connection.text_factory, str
    try:
        yield
    finally:
        connection.text_factory = lenient
        db.execute_sql("PRAGMA mmap_size=0")


def _insert_rows(table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    for sql, values in _insert_statements(table, columns, rows):
        db.execute_sql(sql, values)


class _StoppedError(Exception):
    """The writer was stopped before its queue was empty."""


class _Writer:
    """Runs a transaction's statements on its connection from a thread of its own, in order,
    while the caller builds the next chunk's rows.

    sqlite3 releases the GIL while SQLite inserts rows and updates indexes and the FTS table
    (about half of an import's time), so on two cores that work overlaps the Python that
    prepares it. The caller must not use the connection until :meth:`finish` or :meth:`stop`.
    """

    def __init__(self) -> None:
        self.connection = db.connection()
        self.queue: queue.Queue[list[Statement] | None] = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="netdesk-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (batch := self.queue.get()) is not None:
            if self.error is not None:
                continue  # drain what was queued after a failure
            try:
                for sql, values in batch:
                    self.connection.execute(sql, values)
            except BaseException as error:
                self.error = error

    def put(self, batch: list[Statement]) -> None:
        self._raise()
        self._put(batch)

    def finish(self) -> None:
        """Wait until everything queued is written; raise what failed."""
        self._put(None)
        self.thread.join()
        self._raise()

    def stop(self) -> None:
        if self.thread.is_alive():
            self.error = self.error or _StoppedError()  # the batches still queued are skipped
            self._put(None)
            self.thread.join()

    def _put(self, batch: list[Statement] | None) -> None:
        while True:
            try:
                self.queue.put(batch, timeout=0.5)
                return
            except queue.Full:
                if not self.thread.is_alive():  # never wait forever on a thread that died
                    raise RuntimeError("the database writer thread ended unexpectedly") from None

    def _raise(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            raise error


def insert_contacts(
    contacts: Sequence[tuple[t.Contact, bytes | None]],
    now: dt.datetime,
    fingerprints: Sequence[str | None] | None = None,
    *,
    after_chunk: Callable[[int], None] | None = None,
) -> list[int]:
    """Insert new contacts (id None) with children and search rows; returns their new ids, in
    the order given (they are numbered in name order: see below).

    ``fingerprints``, one per contact, are recorded as each one's import fingerprint.
    ``after_chunk(n)`` is called as each chunk of n contacts is handed to the writer thread;
    an exception it raises (a cancel) stops the writing, and the caller's transaction rolls
    back. The contacts' search rows are built from the contacts themselves (new contacts have
    no journal), not read back.

    Call inside :func:`write_transaction`: ids are taken above max(id), safe under its lock.
    """
    if not contacts:
        return []
    first = fresh_ids.take("contact", len(contacts))  # none an undo holds
    # new tags are spelt as the first card naming them spells them: read in the order given
    tag_ids = _ensure_tags(c for c, _ in contacts)
    # Written, and numbered, in name order: five of the contact's indexes begin with its sort
    # key or put it right after a column new contacts share (no date yet). In file order each
    # 500-row statement landed all over those indexes, and SQLite copied every page it touched
    # to the statement's journal first (20,700 pages for 10,000 cards); in name order a
    # statement fills one stretch of each, page after page (8,200 pages).
    keys = [fold(contact.display_name) for contact, _ in contacts]
    order = sorted(range(len(contacts)), key=keys.__getitem__)
    given = fingerprints if fingerprints is not None else [None] * len(contacts)
    ids = [0] * len(contacts)
    for number, index in enumerate(order):
        ids[index] = first + number
    contacts = [contacts[index] for index in order]
    prints = [given[index] for index in order]
    sort_keys = [keys[index] for index in order]  # the rows' sort_key: folded once
    stored_tags = {row[0]: row[1] for row in contact_rows.tag_rows()} if tag_ids else {}
    defaults = _left_out("contact")
    # search rows above the highest there are none to replace: no DELETE for each chunk
    highest = db.execute_sql("SELECT rowid FROM contact_fts ORDER BY rowid DESC LIMIT 1")
    replace = first <= max((row[0] for row in highest), default=0)
    merging = search.defer_merges()  # half the FTS time of a 10,000-card import
    switch = sys.getswitchinterval()
    # The writer needs the GIL back for a moment after each statement; by default it waits up
    # to 5 ms for this thread to let go (some 200 statements for 10,000 contacts).
    sys.setswitchinterval(_SWITCH_INTERVAL)
    writer: _Writer | None = None
    try:
        writer = _Writer()  # inside: a thread that cannot start still restores the interval
        documents: dict[int, tuple[str, str]] = {}  # search rows not yet handed over
        for start, end in _chunk_bounds(len(contacts)):
            chunk = contacts[start:end]
            chunk_ids = range(first + start, first + end)
            chunk_prints = prints[start:end]
            chunk_keys = sort_keys[start:end]
            links: dict[int, list[int]] = {}  # each contact's tag ids, worked out once
            for contact_id, (contact, _) in zip(chunk_ids, chunk, strict=True):
                contact.id = contact_id
                # the tags as linked: one per tag, as stored
                tagged = links[contact_id] = _linked_tags(contact, tag_ids)
                linked = [stored_tags[tag_id] for tag_id in tagged]
                documents[contact_id] = search.document_of(contact, linked)
            statements = [
                *_contact_statements(chunk, chunk_prints, now, defaults, chunk_keys),
                *_children_statements([c for c, _ in chunk], links),
            ]
            if len(documents) >= _SEARCH_BATCH or end == len(contacts):
                statements += _index_statements(documents, replace=replace)
                documents = {}
            writer.put(statements)
            if after_chunk is not None:
                after_chunk(len(chunk))
        writer.finish()
    finally:
        if writer is not None:
            writer.stop()  # after a failure or a cancel: the rest of the queue is dropped
        sys.setswitchinterval(switch)
    search.resume_merges(merging)  # (a rollback restores it too)
    return ids


# insert_contacts writes search rows this many at a time, not with each chunk of contacts:
# FTS5 makes each statement's rows a new segment of its index (one for each prefix index
# too), and the 21 statements of 10,000 cards went past its "crisismerge" (16 segments),
# which merged them all mid-import. The search rows of 10,000 cards, written 500 at a time:
# 1,851 M instructions; 2,000 at a time: 1,408 M (1,000: 1,401 M; 5,000: 1,432 M).
_SEARCH_BATCH = 2_000

# insert_contacts' first chunk: its writer thread waits for it, idle, and starts on a small
# one while this thread builds the next (about 25 ms sooner than on 500 contacts)
_FIRST_CHUNK = 100


def _chunk_bounds(count: int) -> list[tuple[int, int]]:
    """(start, end) of insert_contacts' chunks of ``count`` contacts."""
    cuts = [0, *range(min(_FIRST_CHUNK, count), count, CHUNK), count]
    return list(itertools.pairwise(cuts))


def _left_out(table: str) -> dict[str, object]:
    """Column -> the value SQLite gives it when an INSERT leaves it out, for ``table``'s
    columns whose default is NULL, '' or 0 (as the schema on disk says; others are always
    written)."""
    found: dict[str, object] = {}
    for _, name, _, not_null, default, _ in db.execute_sql(f'PRAGMA table_info("{table}")'):
        if default is None and not not_null:
            found[name] = None
        elif default in ("''", "0"):
            found[name] = "" if default == "''" else 0
    return found


def _contact_statements(
    chunk: Sequence[tuple[t.Contact, bytes | None]],
    fingerprints: Sequence[str | None],
    now: dt.datetime,
    defaults: dict[str, object] | None = None,
    sort_keys: Sequence[str] | None = None,
) -> list[Statement]:
    """The chunk's contact INSERTs. The columns every contact of the chunk leaves at their
    ``defaults`` (``_left_out``) are not written: most of a card's 37 (no anniversary,
    origin, cadence, last interaction...), and binding ~21 values a row instead of 37 took
    30% off these INSERTs (instructions counted, 10,000 cards). ``sort_keys``: each one's
    folded display name, when the caller has it (insert_contacts orders by it)."""
    rows = []
    columns: list[str] = []
    now_text = _sql_value(now)
    keys = sort_keys if sort_keys is not None else [None] * len(chunk)
    for (contact, thumbnail), fingerprint, key in zip(chunk, fingerprints, keys, strict=True):
        fields = contact_rows._row_fields(contact, thumbnail, key)
        fields["met_through_id"] = fields.pop("met_through")
        fields["id"] = contact.id
        created = contact.created_at
        fields["created_at"] = now_text if created is None else _sql_value(created)
        fields["updated_at"] = now_text
        fields["last_interaction"] = _sql_value(contact.last_interaction)
        fields["source_date"] = _sql_value(fields["source_date"])
        # (a tag linked afterwards leaves it: schema 18)
        fields["import_fingerprint"] = fingerprint
        if not columns:
            columns = list(fields)
        rows.append(tuple(fields.values()))  # every row's keys come in the same order
    if defaults and rows:
        by_column = list(zip(*rows, strict=True))
        kept = [
            index
            for index, name in enumerate(columns)
            if name not in defaults
            # (== as SQLite stores them: False is the integer 0 the default gives)
            or by_column[index].count(defaults[name]) != len(rows)
        ]
        if len(kept) < len(columns):
            columns = [columns[index] for index in kept]
            rows = list(zip(*(by_column[index] for index in kept), strict=True))
    return _insert_statements("contact", columns, rows)


def _fingerprint_statements(pairs: Iterable[tuple[int | None, str | None]]) -> list[Statement]:
    rows = [(contact_id, fingerprint) for contact_id, fingerprint in pairs if fingerprint]
    return [
        (
            # UPDATE ... FROM (SQLite 3.33): one statement per chunk, not one per contact
            'UPDATE contact SET "import_fingerprint" = v.column2 FROM (VALUES '
            + ",".join(["(?,?)"] * len(chunk))
            + ") AS v WHERE contact.id = v.column1",
            [value for row in chunk for value in row],  # type: ignore[attr-defined]
        )
        for chunk in _chunks(rows)
    ]


def import_fingerprints(contact_ids: Iterable[int]) -> dict[int, str | None]:
    """id -> import fingerprint (None: none, or edited since) of those of the ids that exist."""
    found: dict[int, str | None] = {}
    for chunk in _chunks(list(dict.fromkeys(contact_ids))):
        found.update(
            db.execute_sql(
                f"SELECT id, import_fingerprint FROM contact WHERE id IN ({_marks(len(chunk))})",
                chunk,
            ).fetchall()
        )
    return found


def ids_by_fingerprint(fingerprints: Iterable[str]) -> dict[str, int]:
    """Import fingerprint -> the lowest id of a contact still holding it (schema 8's index)."""
    return _lookup(
        'SELECT import_fingerprint, id FROM contact WHERE "import_fingerprint" IN ({marks})',
        fingerprints,
    )


def _ensure_tags(contacts: Iterable[t.Contact]) -> dict[str, int]:
    """Folded tag name -> id for every tag of ``contacts``, creating the missing tags."""
    tag_names: dict[str, str] = {}
    for contact in contacts:
        for name in contact.tags:
            clean = name.strip()
            if clean:
                tag_names.setdefault(clean.casefold(), clean)
    if not tag_names:
        return {}
    return dict(zip(tag_names, contact_rows.ensure_tags(tag_names.values()), strict=True))


def _linked_tags(contact: t.Contact, tag_ids: dict[str, int]) -> list[int]:
    """The ids of the tags ``contact`` is linked to, once each (``_ensure_tags``'s keys:
    "vip" and "VIP" are one tag)."""
    return list(dict.fromkeys(tag_ids[n.strip().casefold()] for n in contact.tags if n.strip()))


def _children_statements(
    contacts: Iterable[t.Contact], links: Mapping[int, list[int]]
) -> list[Statement]:
    """The INSERTs of ``contacts``' e-mails, phones, addresses, links, related people, custom
    fields and tag links; ``links``: each one's tag ids by contact id (``_linked_tags``)."""
    emails, phones, addresses, urls, related, custom, tagged = [], [], [], [], [], [], []
    for contact in contacts:
        cid = contact.id
        for i, e in enumerate(contact.emails):
            emails.append((cid, i, e.label, e.value, e.value.strip().casefold(), e.preferred))
        for i, p in enumerate(contact.phones):
            phones.append((cid, i, p.label, p.raw, p.e164, p.preferred))
        for i, a in enumerate(contact.addresses):
            parts = (a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code)
            addresses.append((cid, i, a.label, a.preferred, *parts, a.country))
        for i, u in enumerate(contact.urls):
            urls.append((cid, i, u.label, u.value, u.preferred))
        for i, r in enumerate(contact.related):
            related.append((cid, i, r.label, r.name, r.contact_id))
        for i, f in enumerate(contact.custom_fields):
            custom.append((cid, i, f.label, f.value))
        assert cid is not None  # (numbered by insert_contacts)
        tagged += [(cid, tag_id) for tag_id in links[cid]]
    common = ("contact_id", "position", "label")
    statements = [
        *_insert_statements("email", (*common, "value", "value_folded", "preferred"), emails),
        *_insert_statements("phone", (*common, "raw", "e164", "preferred"), phones),
        *_insert_statements("address", (*common, "preferred", *_ADDRESS_PARTS), addresses),
        *_insert_statements("url", (*common, "value", "preferred"), urls),
        *_insert_statements("related", (*common, "name", "related_contact_id"), related),
        *_insert_statements("custom_field", (*common, "value"), custom),
    ]
    pairs = list(dict.fromkeys(tagged))
    for chunk in _chunks(pairs):
        statements.append(
            (
                "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES "
                + ",".join(["(?,?)"] * len(chunk)),
                [v for pair in chunk for v in pair],  # type: ignore[attr-defined]
            )
        )
    return statements


def index(contact_ids: Sequence[int]) -> None:
    """Rewrite the search rows of these contacts, built by ``search.documents``."""
    for chunk in _chunks(list(contact_ids), _SEARCH_BATCH):  # (see _SEARCH_BATCH)
        for sql, values in _index_statements(search.documents(chunk)):  # type: ignore[arg-type]
            db.execute_sql(sql, values)


def _index_statements(
    documents: dict[int, tuple[str, str]], *, replace: bool = True
) -> list[Statement]:
    """Replace the search rows of ``documents``' ids (at most CHUNK of them); only write
    them when not ``replace`` (ids known to have none)."""
    ids: list[object] = list(documents)
    deleted = f"DELETE FROM contact_fts WHERE rowid IN ({_marks(len(ids))})"
    return [
        *([(deleted, ids)] if replace else []),
        *_insert_statements(
            "contact_fts",
            ("rowid", "names", "details"),
            [(cid, *doc) for cid, doc in documents.items()],
        ),
    ]


# -- reading for duplicate matching --------------------------------------------------------


def _lookup(sql: str, keys: Iterable[str]) -> dict[str, int]:
    """key -> the lowest contact id having it, for ``sql`` selecting (key, id) IN (...)."""
    found: dict[str, int] = {}
    unique = list(dict.fromkeys(k for k in keys if k))
    for chunk in _chunks(unique):
        for key, contact_id in db.execute_sql(sql.format(marks=_marks(len(chunk))), chunk):
            if key not in found or contact_id < found[key]:
                found[key] = contact_id
    return found


def ids_by_uid(uids: Iterable[str]) -> dict[str, int]:
    return _lookup("SELECT uid, id FROM contact WHERE uid IN ({marks})", uids)


def uids_of(contact_ids: Iterable[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunks(list(dict.fromkeys(contact_ids))):
        for contact_id, uid in db.execute_sql(
            f"SELECT id, uid FROM contact WHERE id IN ({_marks(len(chunk))})", chunk
        ):
            found[int(contact_id)] = str(uid)
    return found


def set_met_through(pairs: Iterable[tuple[int, int]]) -> None:
    """(contact, who introduced them) for contacts that have no one there yet."""
    db.cursor().executemany(
        'UPDATE "contact" SET "met_through_id" = ? WHERE "id" = ? AND "met_through_id" IS NULL',
        [(through, contact_id) for contact_id, through in pairs if through != contact_id],
    )


def ids_holding_emails(folded_emails: Iterable[str]) -> dict[str, list[int]]:
    """Every contact holding each address, lowest id first. Keys are
    ``value.strip().casefold()``, as stored in ``email.value_folded``."""
    found: dict[str, list[int]] = {}
    unique = list(dict.fromkeys(k for k in folded_emails if k))
    for chunk in _chunks(unique):
        for key, contact_id in db.execute_sql(
            "SELECT DISTINCT value_folded, contact_id FROM email "
            f"WHERE value_folded IN ({_marks(len(chunk))}) ORDER BY contact_id",
            chunk,
        ):
            found.setdefault(key, []).append(int(contact_id))
    return found


def ids_by_phone(e164s: Iterable[str]) -> dict[str, int]:
    return _lookup("SELECT e164, contact_id FROM phone WHERE e164 IN ({marks})", e164s)


def ids_by_name_org(
    keys: Iterable[tuple[str, str]], organization_key: Callable[[str], str] = fold
) -> dict[tuple[str, str], int]:
    """(folded display name, ``organization_key(organization)``) -> id, for each such pair of
    ``keys`` (the caller folds them, as it matches on them too): a stored contact's
    ``sort_key`` is its folded display name, its organization goes through
    ``organization_key``."""
    wanted = {(name, organization) for name, organization in keys if name}
    found: dict[tuple[str, str], int] = {}
    for chunk in _chunks(sorted({name for name, _ in wanted})):
        for sort_key, organization, contact_id in db.execute_sql(
            f"SELECT sort_key, organization, id FROM contact WHERE sort_key IN "
            f"({_marks(len(chunk))})",
            chunk,
        ):
            key = (sort_key, organization_key(organization))
            if key in wanted and (key not in found or contact_id < found[key]):
                found[key] = contact_id
    return found


_CONTACT_COLUMNS = (
    "id, given_name, family_name, additional_names, prefix, suffix, nickname, formatted_name, "
    "organization, department, title, birthday, anniversary, photo, photo_url, notes, "
    "what_they_do, looking_for, can_offer, met_on, met_at, met_through_id, source, source_file, "
    "source_date, keep_in_touch_days, archived, uid, raw_properties, display_name, created_at, "
    "updated_at, last_interaction, next_due"
)


def _partial(text: str | None) -> t.PartialDate | None:
    if not text:
        return None
    try:
        return _parsed_date(text)
    except ValueError:  # e.g. 29 February of a common year written by another tool
        log.warning("ignoring an impossible stored date %r", text)
        return None


# PartialDate is frozen, so one object may serve many rows; errors are not cached (each logs)
_parsed_date = functools.lru_cache(maxsize=8192)(t.PartialDate.parse)


_from_iso = dt.datetime.fromisoformat


def _when(value: object) -> dt.datetime | None:
    # five a contact, 550,000 in an export of everyone: the stored text straight to C first
    if value is None:
        return None
    try:
        return _from_iso(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        pass
    try:
        return contact_rows._datetime(value)
    except ValueError:  # written by another tool, or damaged: the contact is read without it
        log.warning("ignoring an unreadable stored date-time %r", value)
        return None


def load_contacts(contact_ids: Iterable[int]) -> dict[int, t.Contact]:
    """Whole contacts (children and tags included) for many ids, a few queries per chunk.

    Gives the same Contact as ``store.contacts.get`` for each id; missing ids are left out.
    Under ``mapped_reads`` a chunk is read with Python's own decoding, and again as every
    connection reads (listing.stored_text) only when it holds text that is not UTF-8.
    """
    ids = list(dict.fromkeys(contact_ids))
    result: dict[int, t.Contact] = {}
    for chunk in _chunks(ids):
        try:
            result.update(_load_chunk(chunk))
        except sqlite3.OperationalError as error:
            if "decode" not in str(error):
                raise
            connection = db.connection()
            fast, connection.text_factory = connection.text_factory, listing.stored_text
            try:
                result.update(_load_chunk(chunk))
            finally:
                connection.text_factory = fast
    return result


def _load_chunk(chunk: Sequence[object]) -> dict[int, t.Contact]:
    result: dict[int, t.Contact] = {}
    if chunk:
        marks = _marks(len(chunk))
        for r in db.execute_sql(
            f"SELECT {_CONTACT_COLUMNS} FROM contact WHERE id IN ({marks})", chunk
        ):
            result[r[0]] = t.Contact(
                id=r[0],
                given_name=r[1],
                family_name=r[2],
                additional_names=r[3],
                prefix=r[4],
                suffix=r[5],
                nickname=r[6],
                formatted_name=r[7],
                organization=r[8],
                department=r[9],
                title=r[10],
                birthday=_partial(r[11]),
                anniversary=_partial(r[12]),
                photo=bytes(r[13]) if r[13] is not None else None,
                photo_url=r[14],
                notes=r[15],
                what_they_do=r[16],
                looking_for=r[17],
                can_offer=r[18],
                met_on=_partial(r[19]),
                met_at=r[20],
                met_through_id=r[21],
                source=r[22],
                source_file=r[23],
                source_date=_when(r[24]),
                keep_in_touch_days=r[25],
                archived=bool(r[26]),
                uid=r[27],
                raw_properties=r[28].split("\n") if r[28] else [],
                display_name=r[29],
                created_at=_when(r[30]),
                updated_at=_when(r[31]),
                last_interaction=_when(r[32]),
                next_due=_when(r[33]),
            )
        child = "FROM {table} WHERE contact_id IN (" + marks + ") ORDER BY contact_id, position"
        for cid, value, label, preferred in db.execute_sql(
            "SELECT contact_id, value, label, preferred " + child.format(table="email"), chunk
        ):
            result[cid].emails.append(t.EmailAddress(value, label, bool(preferred)))
        for cid, raw, label, preferred, e164 in db.execute_sql(
            "SELECT contact_id, raw, label, preferred, e164 " + child.format(table="phone"), chunk
        ):
            result[cid].phones.append(t.PhoneNumber(raw, label, bool(preferred), e164))
        for a in db.execute_sql(
            "SELECT contact_id, label, preferred, po_box, extended, street, locality, region, "
            "postal_code, country " + child.format(table="address"),
            chunk,
        ):
            result[a[0]].addresses.append(t.PostalAddress(a[1], bool(a[2]), *a[3:]))
        for cid, value, label, preferred in db.execute_sql(
            "SELECT contact_id, value, label, preferred " + child.format(table="url"), chunk
        ):
            result[cid].urls.append(t.WebLink(value, label, bool(preferred)))
        for cid, label, name, related_id in db.execute_sql(
            "SELECT contact_id, label, name, related_contact_id " + child.format(table="related"),
            chunk,
        ):
            result[cid].related.append(t.RelatedPerson(label, name, related_id))
        for cid, label, value in db.execute_sql(
            "SELECT contact_id, label, value " + child.format(table="custom_field"), chunk
        ):
            result[cid].custom_fields.append(t.CustomField(label, value))
        for cid, name in db.execute_sql(
            "SELECT ct.contact_id, g.name FROM tag g JOIN contact_tag ct ON ct.tag_id = g.id "
            f"WHERE ct.contact_id IN ({marks}) ORDER BY g.name COLLATE NOCASE",
            chunk,
        ):
            result[cid].tags.append(name)
    return result


def thumbnails(contact_ids: Sequence[int]) -> dict[int, bytes]:
    result: dict[int, bytes] = {}
    for chunk in _chunks(list(contact_ids)):
        result.update(contact_rows.thumbnails(chunk))  # type: ignore[arg-type]
    return result


def update_contacts(
    contacts: Sequence[tuple[t.Contact, bytes | None]],
    now: dt.datetime,
    fingerprints: Sequence[str | None] | None = None,
) -> None:
    """Rewrite stored contacts whole (children replaced) and their search rows; the rewrite
    clears their import fingerprints, set again from ``fingerprints`` (one per contact)."""
    contact_rows.update_many(contacts, now)
    ids = [c.id for c, _ in contacts if c.id is not None]
    index(ids)
    if fingerprints is not None:  # the rewrite cleared them (schema 6's triggers)
        for sql, values in _fingerprint_statements(zip(ids, fingerprints, strict=True)):
            db.execute_sql(sql, values)


def ids_with_cadence(contact_ids: Sequence[int]) -> list[int]:
    """Those of ``contact_ids`` with a cadence of their own or from one of their tags."""
    found: list[int] = []
    for chunk in _chunks(list(contact_ids)):
        marks = _marks(len(chunk))
        found += [
            r[0]
            for r in db.execute_sql(
                # EXISTS looks at each contact's own tags; "id IN (SELECT ...)" listed every
                # contact of every cadence tag once per chunk (0.3 s for 10,000 new contacts)
                f"SELECT id FROM contact WHERE id IN ({marks}) AND (keep_in_touch_days IS NOT NULL "
                "OR EXISTS (SELECT 1 FROM contact_tag ct JOIN tag g ON g.id = ct.tag_id "
                "WHERE ct.contact_id = contact.id AND g.default_cadence_days IS NOT NULL))",
                chunk,
            )
        ]
    return found


# An export's CSV gives each of these tables numbered columns ("E-mail 2 - Value"), as many
# as the contact with the most rows there has
CSV_GROUPS = ("email", "phone", "address", "url", "related", "custom_field")
# and has a column for each of these only when some contact has a value there: the contact
# (c) and who introduced them (m), as the CSV writes their fields
CSV_PRESENT = {
    "anniversary": "c.anniversary IS NOT NULL AND c.anniversary != ''",
    "met_on": "c.met_on IS NOT NULL AND c.met_on != ''",
    "met_at": "c.met_at != ''",
    "met_through_uid": "m.uid != ''",
    "what_they_do": "c.what_they_do != ''",
    "looking_for": "c.looking_for != ''",
    "can_offer": "c.can_offer != ''",
    "keep_in_touch_days": "c.keep_in_touch_days IS NOT NULL",
    "archived": "c.archived != 0",
    "uid": "c.uid != ''",
}


def csv_widths(contact_ids: Sequence[int]) -> dict[str, int]:
    """What a CSV of these contacts needs room for, counted by SQLite without reading them:
    for each of CSV_GROUPS the most rows one contact has there, for each of CSV_PRESENT 1
    when some contact has that value (else 0). Read it in the same snapshot as the contacts."""
    widths = {}
    chosen = contact_rows.ids_table("csv_export_id", contact_ids)
    try:
        for table in CSV_GROUPS:
            (most,) = db.execute_sql(
                f"SELECT max(n) FROM (SELECT count(*) AS n FROM {table} "
                f"WHERE contact_id IN {chosen} GROUP BY contact_id)"
            ).fetchone()
            widths[table] = most or 0
        present = ", ".join(f"coalesce(max({sql}), 0)" for sql in CSV_PRESENT.values())
        row = db.execute_sql(
            f"SELECT {present} FROM contact c LEFT JOIN contact m ON m.id = c.met_through_id "
            f"WHERE c.id IN {chosen}"
        ).fetchone()
        widths.update((key, int(value)) for key, value in zip(CSV_PRESENT, row, strict=True))
    finally:
        db.execute_sql(f"DROP TABLE IF EXISTS {chosen}")
    return widths


@contextlib.contextmanager
def snapshot() -> Iterator[bool]:
    """Every read inside sees the database as the first one found it (one read transaction):
    an export's column counts and the contacts it then reads agree, even while the window
    saves an edit meanwhile. Yields whether it does: only in WAL mode, where writers go on
    meanwhile (in another mode a held read would stop every save until the export ends; the
    file is then read as it comes, as backup._one_snapshot copies it)."""
    mode = str(db.execute_sql("PRAGMA journal_mode").fetchone()[0]).lower()
    if mode != "wal":
        yield False
        return
    with db.atomic():
        yield True


def all_ids() -> list[int]:
    return [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY sort_key, id")]


def ids_with_tag(tag: str) -> list[int]:
    """Every contact with the tag (archived ones too), by name."""
    return [
        r[0]
        for r in db.execute_sql(
            "SELECT c.id FROM contact c JOIN contact_tag ct ON ct.contact_id = c.id "
            "JOIN tag g ON g.id = ct.tag_id WHERE g.name = ? ORDER BY c.sort_key, c.id",
            (tag,),
        )
    ]


def name_rows() -> list[tuple[int, str, str]]:
    """(id, folded display name, organization) of every contact, for duplicate finding."""
    return [
        (r[0], r[1], r[2])
        for r in db.execute_sql("SELECT id, sort_key, organization FROM contact ORDER BY id")
    ]


def shared_values() -> list[tuple[str, str, list[int]]]:
    """("email" | "phone", value, contact ids) for every e-mail or phone on several contacts."""
    found = []
    for kind, sql in (
        ("email", "SELECT value_folded, group_concat(DISTINCT contact_id) FROM email "
                  "WHERE value_folded != '' GROUP BY value_folded "
                  "HAVING count(DISTINCT contact_id) > 1"),
        ("phone", "SELECT e164, group_concat(DISTINCT contact_id) FROM phone WHERE e164 != '' "
                  "GROUP BY e164 HAVING count(DISTINCT contact_id) > 1"),
    ):  # fmt: skip
        for value, ids in db.execute_sql(sql):
            found.append((kind, value, sorted(int(i) for i in str(ids).split(","))))
    return found
