"""Full-text search: an FTS5 row per contact, written in the caller's transaction."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netdesk.store.id_list import ConnectionRead
from netdesk.store.listing import stored_text
from netdesk.store.models import db
from netdesk.store.text import digits, extra_name_words, fold, tokens

if TYPE_CHECKING:
    import sqlite3

    from netdesk.core import types as t

# Broad prefixes ("a", "jo") match tens of thousands of rows; ranking all of them costs tens of
# milliseconds, so only result sets up to this size are ordered by rank.
# Measured on 100,000 contacts (bench/bench_store.py): ranking costs ~7 us a match, so 2000
# gave 10-14 ms; 300 keeps every search under 5 ms at p95.
RANK_LIMIT = 300
# Name matches up to this many are put in alphabetical order (a join and sort, ~4 us each).
NAME_SORT_LIMIT = 500
_INTERACTION_SUMMARIES = 50  # newest summaries indexed per contact


def fts_query(text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 query: every word a quoted prefix.

    Quotes, stars, AND/OR/NOT, NEAR and parentheses lose their meaning: only letters and
    digits survive, each wrapped in double quotes.
    """
    words = tokens(fold(text))
    if not words:
        return None
    query = " ".join(f'"{word}"*' for word in words)
    phone = _phone_forms(text, words)
    if phone:
        query = f"({query}) OR " + " OR ".join(f'"{form}"*' for form in phone)
    return query


_PHONE_TYPED = re.compile(r"[\d\s()+./-]+")


def _phone_forms(text: str, words: list[str]) -> list[str]:
    """What a typed phone number is also indexed as: its digits run together ("+34 612 34"
    finds the E.164 digits) and, typed with a trunk "0" or an international "00", without it
    ("020 7946 0958" and "0612345678" find "+44 20 7946 0958" and "+33 6 12 34 56 78", whose
    national digits are indexed without their trunk "0")."""
    number = digits(text)
    if len(number) < 6 or not _PHONE_TYPED.fullmatch(text.strip()):
        return []
    forms = [number] if len(words) > 1 else []
    if number.startswith("00"):
        forms.append(number[2:])
    elif number.startswith("0"):
        forms.append(number[1:])
    return forms


def _national_digits(e164: str) -> str:
    # E.164 is "+", a prefix-free country code of 1-3 digits, then the national number: cutting
    # the code off gives what phonenumbers.parse would, 15x faster (bulk imports index 20,000
    # phones at once); anything else still goes through phonenumbers.
    number = e164[1:]
    if e164.startswith("+") and number.isascii() and number.isdigit():
        codes = _country_codes()
        for size in (1, 2, 3):
            if number[:size] in codes:
                national = number[size:]
                return (national.lstrip("0") or "0") if national else ""  # as str(int(...))
    import phonenumbers  # here, not at the top: ~45 ms off the app's start (first paint)

    try:
        return str(phonenumbers.parse(e164).national_number)
    except phonenumbers.NumberParseException:
        return ""


@functools.cache
def _country_codes() -> frozenset[str]:
    """The calling codes phonenumbers knows, as the digits an E.164 number starts with."""
    import phonenumbers

    return frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


_CONTACT_TEXT = (
    "given_name, family_name, additional_names, nickname, display_name, formatted_name, "
    "organization, department, title, notes, met_at, what_they_do, looking_for, can_offer"
)
_BATCH = 500  # ids per IN (...) list, well under SQLite's variable limit


def documents(contact_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """The (names, details) search text of each contact that exists, batched for bulk loads.

    Names are every name field; details are organisation, title, notes, origin, emails, phones
    (as typed, E.164 and bare digits), the newest interaction summaries and, last, the tags
    (see :func:`retag`).
    """
    ids = list(dict.fromkeys(contact_ids))
    found: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), _BATCH):
        chunk = tuple(ids[start : start + _BATCH])
        marks = ",".join("?" * len(chunk))
        rows = {
            r[0]: r[1:]
            for r in db.execute_sql(
                f"SELECT id, {_CONTACT_TEXT} FROM contact WHERE id IN ({marks})", chunk
            )
        }
        details: dict[int, list[str]] = {cid: list(row[6:]) for cid, row in rows.items()}
        for cid, value in db.execute_sql(
            f"SELECT contact_id, value FROM email WHERE contact_id IN ({marks}) ORDER BY id", chunk
        ):
            details[cid].append(value)
        for cid, raw, e164 in db.execute_sql(
            f"SELECT contact_id, raw, e164 FROM phone WHERE contact_id IN ({marks}) ORDER BY id",
            chunk,
        ):
            details[cid] += [raw, e164, digits(raw), digits(e164)]
            if e164:
                # national digits too, so "612345" finds "+34 612 34 56 78"
                details[cid].append(_national_digits(e164))
        tags = _tags_of(chunk)
        for cid, summary in db.execute_sql(
            "SELECT contact_id, summary FROM (SELECT ic.contact_id, i.summary, row_number() "
            " OVER (PARTITION BY ic.contact_id ORDER BY i.occurred_at DESC) AS newest "
            " FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
            f" WHERE ic.contact_id IN ({marks})) WHERE newest <= {_INTERACTION_SUMMARIES}",
            chunk,
        ):
            details[cid].append(summary)
        for cid, row in rows.items():
            found[cid] = _name_document(row[:6]), _details(details[cid], tags.get(cid, ()))
    return found


def document_of(contact: t.Contact, tags: Iterable[str]) -> tuple[str, str]:
    """What :func:`documents` builds for a stored contact with no journal, from the contact
    itself (a bulk import writes thousands and need not read them back). ``tags``: the names
    of the tags it is linked to, as stored, not ``contact.tags`` (a card saying "vip,VIP" is
    linked to one tag: its row must hold "vip" once, or taking the tag off, which rewrites
    only the row's end, would leave the other)."""
    details = [
        contact.organization,
        contact.department,
        contact.title,
        contact.notes,
        contact.met_at,
        contact.what_they_do,
        contact.looking_for,
        contact.can_offer,
    ]
    details += [email.value for email in contact.emails]
    for phone in contact.phones:
        details += [phone.raw, phone.e164, digits(phone.raw), digits(phone.e164)]
        if phone.e164:
            details.append(_national_digits(phone.e164))
    names = (
        contact.given_name,
        contact.family_name,
        contact.additional_names,
        contact.nickname,
        contact.display_name,
        contact.formatted_name,
    )
    return _name_document(names), _details(details, tags)


def _details(parts: Iterable[str], tags: Iterable[str]) -> str:
    """The details column: the parts folded, then the tags' section (:func:`_tag_section`)."""
    body = _fold_words(part for part in parts if part)
    section = _tag_section(tags)
    return f"{body} {section}" if body and section else body or section


def _tag_section(tags: Iterable[str]) -> str:
    """A contact's tags as its details column ends with them: folded and sorted, so that the
    same tags give the same text whatever their order or spelling ("VIP", "vip")."""
    return " ".join(sorted(tag.lower() if tag.isascii() else fold(tag) for tag in tags if tag))


def _tags_of(contact_ids: Sequence[int]) -> dict[int, list[str]]:
    """The names of the tags each of these contacts carries (at most _BATCH ids)."""
    found: dict[int, list[str]] = {}
    for cid, name in db.execute_sql(
        "SELECT ct.contact_id, t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id "
        f"WHERE ct.contact_id IN ({','.join('?' * len(contact_ids))})",
        tuple(contact_ids),
    ):
        found.setdefault(cid, []).append(name)
    return found


def tags_by_contact(contact_ids: Iterable[int]) -> dict[int, list[str]]:
    """Each contact's tag names (an empty list for none): what :func:`retag` is given, read
    before a change of tags."""
    ids = list(dict.fromkeys(contact_ids))
    found: dict[int, list[str]] = {}
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        tags = _tags_of(chunk)
        found.update((cid, tags.get(cid, [])) for cid in chunk)
    return found


def retag(before: Mapping[int, Sequence[str]]) -> None:
    """Bring the search rows of these contacts up to date after a change of their tags only;
    ``before``: their tag names before it (:func:`tags_by_contact`). Call in the transaction.

    A row's details end with its tags' section: only that end is rewritten, from the tags the
    contacts carry now, without reading their e-mails, phones and journal again. Tagging
    100,000 contacts took 50-100 s with :func:`reindex`. A row written before tags came last
    loses the old tags' words where they stand (:func:`_without_tags`); a row without them
    all, or with no row at all, is rebuilt whole by reindex.
    """
    ids = sorted(before)  # in rowid order, as reindex
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        now = _tags_of(chunk)
        marks = ",".join("?" * len(chunk))
        stored = dict(
            db.execute_sql(
                f"SELECT rowid, details FROM contact_fts WHERE rowid IN ({marks})", tuple(chunk)
            ).fetchall()
        )
        updates, whole = [], []
        for cid in chunk:
            old, new = _tag_section(before[cid]), _tag_section(now.get(cid, ()))
            details = stored.get(cid)
            if details is None:
                whole.append(cid)  # no row yet: reindex writes one (if the contact exists)
                continue
            if old == new:
                continue
            body = _without_tags(details, old)
            if body is None:
                whole.append(cid)
            else:
                updates.append((f"{body} {new}" if body and new else body or new, cid))
        if updates:
            db.connection().executemany(
                "UPDATE contact_fts SET details = ? WHERE rowid = ?", updates
            )
        if whole:
            reindex(whole)


def _without_tags(details: str, section: str) -> str | None:
    """``details`` without the words of its tags' ``section``; None if they are not all there.

    A row written since tags come last ends with the section (the common case, exact). One
    written before (tags amid the other words, in another order) loses each tag's words where
    they first stand: the row then holds the same words as a rebuilt one, in another order,
    which FTS5 neither matches nor ranks differently.
    """
    if not section:
        return details
    if details == section:
        return ""
    if details.endswith(f" {section}"):
        return details[: -len(section) - 1]
    text = f" {details} "
    for words in section.split(" "):
        if words:
            at = text.find(f" {words} ")
            if at < 0:
                return None
            text = text[:at] + text[at + len(words) + 1 :]
    return text[1:-1]


def _name_document(names: Iterable[str]) -> str:
    """The names column: every name field folded, and the words extra_name_words adds.

    Folded and searched for extra words as one string, not name by name: folding works
    character by character and the extra words never span a space, so the result is the
    same, in one call of each instead of six (a fifth of a bulk import's indexing).
    """
    folded = fold(" ".join(names))
    extra = extra_name_words(folded)
    return f"{folded} {' '.join(extra)}" if extra else folded


def _fold_words(parts: Iterable[str]) -> str:
    """``fold(" ".join(parts))``, part by part where it must: ASCII parts (most of a
    document) need only lower(), which skips fold's per-character loop and makes bulk
    indexing 3x faster; a document all ASCII is lowered at once."""
    parts = list(parts)
    joined = " ".join(parts)
    if joined.isascii():
        return joined.lower()
    return " ".join(part.lower() if part.isascii() else fold(part) for part in parts)


_SET_AUTOMERGE = "INSERT INTO contact_fts (contact_fts, rank) VALUES ('automerge', ?)"
_DEFAULT_AUTOMERGE = 4  # FTS5's


def _fts_automerge() -> int:
    row = db.execute_sql("SELECT v FROM contact_fts_config WHERE k = 'automerge'").fetchone()
    return int(row[0]) if row is not None else _DEFAULT_AUTOMERGE


def defer_merges() -> int:
    """Stop FTS5 merging index segments as rows are written, as its manual advises for bulk
    writes; returns the setting to give :func:`resume_merges` at the end. The few extra
    segments are merged by later writes, and searches measured no slower. Call inside the
    transaction: a rollback restores the setting too."""
    merging = _fts_automerge()
    db.execute_sql(_SET_AUTOMERGE, (0,))
    return merging


def resume_merges(merging: int) -> None:
    db.execute_sql(_SET_AUTOMERGE, (merging,))


def reindex(contact_ids: Iterable[int]) -> None:
    """Rewrite the search rows of these contacts (call inside the write's transaction).

    In batches: documents() reads a batch's contacts in a few queries, and one DELETE and one
    multi-row INSERT replace their rows. One contact at a time (a delete, ~8 reads and an
    insert each) took 1.9 s to tag 2,000 contacts and 50 s for 100,000.

    In rowid order: FTS5 writes the pending rows of a transaction to a new index segment each
    time a rowid comes lower than the one before, and ids by name did that at every row.
    """
    ids = sorted(set(contact_ids))
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        db.execute_sql(
            f"DELETE FROM contact_fts WHERE rowid IN ({','.join('?' * len(chunk))})", chunk
        )
        rows = [(contact_id, *document) for contact_id, document in documents(chunk).items()]
        if rows:
            db.execute_sql(
                "INSERT INTO contact_fts (rowid, names, details) VALUES "
                + ",".join(["(?,?,?)"] * len(rows)),
                [value for row in rows for value in row],
            )


def reindex_names(contact_ids: Iterable[int]) -> None:
    """Rewrite only the names column of these contacts' search rows, from their name fields,
    their details as stored (a migration's name change: no e-mails, phones or journal read,
    3-4x faster than reindex). Call inside the write's transaction."""
    ids = list(dict.fromkeys(contact_ids))
    for start in range(0, len(ids), _BATCH):
        chunk = tuple(ids[start : start + _BATCH])
        rows = db.execute_sql(
            "SELECT id, given_name, family_name, additional_names, nickname, display_name, "
            f"formatted_name FROM contact WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        db.connection().executemany(
            "UPDATE contact_fts SET names = ? WHERE rowid = ?",
            [(_name_document(row[1:]), row[0]) for row in rows],
        )


def search_ids(text: str, *, limit: int = 200, include_archived: bool = False) -> list[int]:
    """Contact ids matching ``text``, best first (name matches before other fields).

    Small result sets are ordered by bm25 rank (names weigh 10x). Larger ones, where ranking
    would cost more than a frame (about 7 us a match), list name matches first: alphabetically
    when there are at most NAME_SORT_LIMIT of them, else in index order; other matches follow.
    """
    return _search(db.execute_sql, text, limit=limit, include_archived=include_archived)[0]


def search_first(
    text: str, *, first: int, limit: int, include_archived: bool = False
) -> tuple[list[int], bool]:
    """The first ``first`` ids of what ``search_ids(text, limit=limit)`` returns, and whether
    they are all of it (True) or more follow (False: ``SearchRead`` reads the whole of it on a
    worker, beginning with these very ids). A broad prefix ("m": 1,000 of 100,000 contacts)
    reads a tenth of the matches here: one screenful is what the keystroke shows."""
    return _search(
        db.execute_sql, text, limit=limit, include_archived=include_archived, first=first
    )


class SearchRead(ConnectionRead[list[int]]):
    """``search_ids`` on a connection of its own, read by ``run()`` on a worker thread and
    cancellable from any thread (``netdesk.store.id_list.ConnectionRead``)."""

    def __init__(self, path: Path, text: str, *, limit: int, include_archived: bool) -> None:
        super().__init__(path)
        self.text = text
        self.limit = limit
        self.include_archived = include_archived

    def _read(self, connection: sqlite3.Connection) -> list[int]:
        connection.text_factory = stored_text  # a name that is not UTF-8 is read, as here
        return _search(
            connection.execute, self.text, limit=self.limit, include_archived=self.include_archived
        )[0]


def _search(
    execute: Callable[[str, Sequence[object]], Any],
    text: str,
    *,
    limit: int,
    include_archived: bool,
    first: int | None = None,
) -> tuple[list[int], bool]:
    """``search_ids`` through ``execute`` (peewee's connection, or a worker's), and whether
    the ids are all of it. ``first``: where more than RANK_LIMIT match, only the first
    ``first`` ids are read: name matches in index order, or sorted among at most
    NAME_SORT_LIMIT, then the others in index order, are the same first ids whatever the
    limit. Fewer matches are ranked all together (the best may be last in the index)."""
    query = fts_query(text)
    if query is None:
        return [], True
    archived = "" if include_archived else "AND c.archived = 0"
    probe = execute(
        "SELECT count(*) FROM (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?)",
        (query, RANK_LIMIT + 1),
    ).fetchone()[0]
    if probe <= RANK_LIMIT:
        rows = execute(
            "SELECT f.rowid FROM contact_fts f JOIN contact c ON c.id = f.rowid "
            f"WHERE contact_fts MATCH ? {archived} "
            "ORDER BY bm25(contact_fts, 10.0, 1.0), c.sort_key LIMIT ?",
            (query, limit),
        )
        return _names_first(execute, [r[0] for r in rows], text), True
    if first is not None and first < limit:
        ids = _broad(execute, query, archived, first + 1)
        if len(ids) > first:
            return ids[:first], False
        return ids, True
    return _broad(execute, query, archived, limit), True


def _broad(
    execute: Callable[[str, Sequence[object]], Any], query: str, archived: str, limit: int
) -> list[int]:
    """The first ``limit`` of a query matching more than RANK_LIMIT contacts: name matches,
    then the others."""
    name_query = "{names} : (" + query + ")"
    # One pass over the prefix's doclist (a column filter still reads all of it): up to
    # NAME_SORT_LIMIT name matches are sorted by name, more are taken in index order. The
    # sort key as its UTF-8 bytes (the same order): a Python decode per row was a fifth of
    # the query.
    named_at_most = max(limit, NAME_SORT_LIMIT + 1)
    named = execute(
        "SELECT f.rowid, CAST(c.sort_key AS BLOB) FROM contact_fts f JOIN contact c "
        f"ON c.id = f.rowid WHERE contact_fts MATCH ? {archived} LIMIT ?",
        (name_query, named_at_most),
    ).fetchall()
    if len(named) <= NAME_SORT_LIMIT:
        named.sort(key=lambda row: (row[1], row[0]))
    ids = [row[0] for row in named[:limit]]
    if len(ids) < limit and len(named) < named_at_most:
        # every name match is listed: the others follow, in index order, found by the index
        # alone ("garc": 995 matches, all of them names, were each read again and skipped,
        # 1-2 ms of the keystroke)
        others = f"({query}) NOT ({name_query})"
        ids += [
            row[0]
            for row in execute(
                "SELECT f.rowid FROM contact_fts f JOIN contact c ON c.id = f.rowid "
                f"WHERE contact_fts MATCH ? {archived} LIMIT ?",
                (others, limit - len(ids)),
            )
        ]
    return ids


# Ids a listing's read takes at once: one JSON text each, so no variable limit applies.
_LISTED_CHUNK = 2_000


def listed_rows(contact_ids: Sequence[int]) -> Iterator[tuple[int, str, str, str]]:
    """(id, display name, organization, first e-mail or "") of each stored contact of
    ``contact_ids``, in their order (missing ones left out), a chunk at a time: what a line
    of a search's listing shows, read alone. Whole contacts (phones, addresses, tags...)
    took 1.9 s of CPU for the 44,717 matches of "e" on 100,000 contacts."""
    for start in range(0, len(contact_ids), _LISTED_CHUNK):
        chunk = list(contact_ids[start : start + _LISTED_CHUNK])
        found = {
            row[0]: (row[0], row[1], row[2], row[3] or "")
            for row in db.execute_sql(
                "SELECT c.id, c.display_name, c.organization, (SELECT e.value FROM email e "
                "WHERE e.contact_id = c.id ORDER BY e.position, e.id LIMIT 1) "
                "FROM json_each(?) j JOIN contact c ON c.id = j.value",
                (json.dumps(chunk),),
            )
        }
        yield from (found[i] for i in chunk if i in found)


def matches_more_than(text: str, count: int) -> bool:
    """``text`` matches more than ``count`` contacts (archived ones too): reads at most
    ``count + 1`` entries of the index, where every match of "a" among 100,000 contacts
    takes ~100 ms."""
    query = fts_query(text)
    if query is None:
        return False
    return bool(
        db.execute_sql(
            "SELECT count(*) FROM (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? "
            "LIMIT ?)",
            (query, count + 1),
        ).fetchone()[0]
        > count
    )


def matching_ids(text: str, *, include_archived: bool = False) -> set[int]:
    """Every contact id matching ``text``, unordered (a search inside a filter: the filter's
    list keeps its own order)."""
    query = fts_query(text)
    if query is None:
        return set()
    archived = "" if include_archived else "AND c.archived = 0"
    return {
        r[0]
        for r in db.execute_sql(
            "SELECT f.rowid FROM contact_fts f JOIN contact c ON c.id = f.rowid "
            f"WHERE contact_fts MATCH ? {archived}",
            (query,),
        )
    }


def _names_first(
    execute: Callable[[str, Sequence[object]], Any], ids: list[int], text: str
) -> list[int]:
    """Stable re-order: whole-word name matches, then name-prefix matches, then the rest.

    bm25 alone ranks "Josefsson" and "José" alike for "jose"; people expect José first.
    """
    if len(ids) < 2:
        return ids
    words = tokens(fold(text))
    marks = ",".join("?" * len(ids))
    rows = execute(f"SELECT id, display_name FROM contact WHERE id IN ({marks})", ids)
    # fold() itself, minus its per-character loop for ASCII names
    folded = {r[0]: r[1].lower() if r[1].isascii() else fold(r[1]) for r in rows}
    names = {cid: tokens(name) + extra_name_words(name) for cid, name in folded.items()}

    def tier(contact_id: int) -> int:
        name_words = names.get(contact_id, [])
        if all(word in name_words for word in words):
            return 0
        if all(any(n.startswith(word) for n in name_words) for word in words):
            return 1
        return 2

    return sorted(ids, key=tier)


def name_prefix_ids(prefix: str) -> set[int]:
    """Every contact whose name, as sorted (case and accents folded), starts with ``prefix``:
    one range of the sort_key index, not a walk over every contact."""
    low = fold(prefix)
    if not low:
        return set()
    following = ord(low[-1]) + 1
    if 0xD800 <= following <= 0xDFFF:  # no surrogate can be sent to SQLite (UTF-8)
        following = 0xE000
    high = low[:-1] + chr(min(following, 0x10FFFF))
    rows = db.execute_sql(
        "SELECT id FROM contact WHERE sort_key >= ? AND sort_key < ?", (low, high)
    )
    return {row[0] for row in rows}
