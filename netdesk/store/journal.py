"""Interactions and follow-ups, and the denormalised columns they keep current on contacts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Sequence

from netdesk.core import types as t
from netdesk.store import fresh_ids
from netdesk.store import models as m
from netdesk.store.contacts import _datetime, _insert_rows, chunks
from netdesk.store.models import db
from netdesk.store.text import fold


def insert_interaction(interaction: t.Interaction, now: dt.datetime) -> int:
    return insert_interactions([interaction], now)[0]


def insert_interactions(interactions: Sequence[t.Interaction], now: dt.datetime) -> list[int]:
    """Insert journal entries with their links; entries with an ``id`` keep it (undo).

    Returns:
        The ids, in the order of ``interactions``.
    """

    def fields(interaction: t.Interaction) -> dict[str, object]:
        return {
            "occurred_at": interaction.occurred_at,
            "kind": interaction.kind,
            "summary": interaction.summary,
            "body": interaction.body,
            "created_at": now,
        }

    # new entries get ids no deleted contact's undo holds (fresh_ids)
    first = fresh_ids.take("interaction", sum(1 for i in interactions if i.id is None))
    ids = []
    for interaction in interactions:
        if interaction.id is None:
            ids.append(first)
            first += 1
        else:
            ids.append(interaction.id)
    _insert_rows(
        m.Interaction,
        [{**fields(i), "id": new_id} for i, new_id in zip(interactions, ids, strict=True)],
    )
    link_interactions(
        (interaction_id, contact_id)
        for interaction_id, interaction in zip(ids, interactions, strict=True)
        for contact_id in interaction.contact_ids
    )
    return ids


def update_interaction(interaction: t.Interaction) -> None:
    """Write an entry's kind, time, summary and notes in place: its id, people and the
    moment it was first written (``created_at``) stay."""
    m.Interaction.update(
        occurred_at=interaction.occurred_at,
        kind=interaction.kind,
        summary=interaction.summary,
        body=interaction.body,
    ).where(m.Interaction.id == interaction.id).execute()


def link_interaction(interaction_id: int, contact_ids: Iterable[int]) -> None:
    link_interactions((interaction_id, contact_id) for contact_id in contact_ids)


def link_interactions(links: Iterable[tuple[int, int]]) -> None:
    """Involve contacts in interactions: (interaction id, contact id) pairs, known ones kept."""
    rows = [{"interaction": i, "contact": c} for i, c in dict.fromkeys(links)]
    _insert_rows(m.InteractionContact, rows, ignore=True)


def unlink_interaction(interaction_id: int, contact_ids: Iterable[int]) -> None:
    """The contacts are no longer involved in the interaction (the interaction stays)."""
    ids = list(dict.fromkeys(contact_ids))
    if ids:
        m.InteractionContact.delete().where(
            (m.InteractionContact.interaction == interaction_id)
            & (m.InteractionContact.contact.in_(ids))
        ).execute()


def existing_interactions(interaction_ids: Sequence[int]) -> set[int]:
    """Those of ``interaction_ids`` that are stored."""
    found: set[int] = set()
    for chunk in chunks(interaction_ids):
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0] for r in db.execute_sql(f"SELECT id FROM interaction WHERE id IN ({marks})", chunk)
        )
    return found


def get_interaction(interaction_id: int) -> t.Interaction | None:
    found = _interactions("i.id = ?", (interaction_id,), 1, 0)
    return found[0] if found else None


def delete_interaction(interaction_id: int) -> tuple[list[int], object]:
    """Delete one journal entry; returns the contacts it involved and its time as stored
    (for :func:`count_removed_interaction`)."""
    involved = [
        r[0]
        for r in db.execute_sql(
            "SELECT contact_id FROM interaction_contact WHERE interaction_id=?", (interaction_id,)
        )
    ]
    row = db.execute_sql(
        "SELECT occurred_at FROM interaction WHERE id = ?", (interaction_id,)
    ).fetchone()
    m.Interaction.delete().where(m.Interaction.id == interaction_id).execute()
    return involved, row[0] if row else None


@dataclasses.dataclass(slots=True)
class ListedInteraction(t.Interaction):
    """A journal entry as a list shows it: ``contact_ids`` holds the first of its people
    (by id) only, and ``people`` says how many there are."""

    people: int = 0


def _interactions(
    where: str, params: Sequence[object], limit: int, offset: int, people: int | None = None
) -> list[t.Interaction]:
    """The entries matching ``where``, newest first. ``people``: each one's first ``people``
    contacts and how many it has (ListedInteraction), not all of them."""
    rows = list(
        db.execute_sql(
            "SELECT i.id, i.occurred_at, i.kind, i.summary, i.body FROM interaction i "
            f"WHERE {where} ORDER BY i.occurred_at DESC, i.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
    )
    result = [
        (t.Interaction if people is None else ListedInteraction)(
            id=r[0],
            occurred_at=_datetime(r[1]) or dt.datetime.min,
            kind=r[2],
            summary=r[3],
            body=r[4],
        )
        for r in rows
    ]
    if people is not None:
        _first_people([i for i in result if isinstance(i, ListedInteraction)], people)
        return result
    by_id = {i.id: i for i in result}
    # in chunks: from about 4,500 ids on, SQLite reads every link of the journal in contact
    # order instead (1.35 million: 1.1 s for the global journal read again 5,000 rows deep)
    for chunk in chunks([i for i in by_id if i is not None]):
        marks = ",".join("?" * len(chunk))
        for interaction_id, contact_id in db.execute_sql(
            "SELECT interaction_id, contact_id FROM interaction_contact "
            f"WHERE interaction_id IN ({marks}) ORDER BY contact_id",
            tuple(chunk),
        ):
            by_id[interaction_id].contact_ids.append(contact_id)
    return result


def _first_people(entries: Sequence[ListedInteraction], people: int) -> None:
    """Each entry's first ``people`` contacts and its count, through the (interaction,
    contact) key's index: reading all the people of a talk logged with 97,000 took 0.25-0.4 s
    at each click on any of them (their card's journal), where a list shows thirty names.

    A query for the whole page (its ids as one JSON text, whatever their number), each
    entry's people read by a subquery that stops past ``people``; one more counts those
    that have more. A query per entry (and per count) took 117 for a page of 100 on opening
    a contact with 1,700 entries: 0.47 ms of CPU warm, 43 ms on the GUI thread cold."""
    if not entries:
        return
    by_id = {entry.id: entry for entry in entries}
    crowded: list[int] = []
    for interaction_id, first in db.execute_sql(
        "SELECT e.value, (SELECT group_concat(contact_id) FROM (SELECT contact_id "
        "FROM interaction_contact WHERE interaction_id = e.value ORDER BY contact_id LIMIT ?)) "
        "FROM json_each(?) e",
        (people + 1, json.dumps(list(by_id))),
    ):
        entry = by_id[interaction_id]
        # sorted here: group_concat keeps its subquery's order in practice, not by contract
        entry.contact_ids = sorted(int(c) for c in first.split(",")) if first else []
        entry.people = len(entry.contact_ids)
        if entry.people > people:  # counted only when there are more
            del entry.contact_ids[people:]
            crowded.append(interaction_id)
    if crowded:
        for interaction_id, count in db.execute_sql(
            "SELECT e.value, (SELECT count(*) FROM interaction_contact "
            "WHERE interaction_id = e.value) FROM json_each(?) e",
            (json.dumps(crowded),),
        ):
            by_id[interaction_id].people = int(count)


def interactions_for(
    contact_id: int, limit: int = 200, offset: int = 0, people: int | None = None
) -> list[t.Interaction]:
    """A contact's entries, newest first (``people`` as for :func:`_interactions`).

    The page's ids are found first, and only its rows read: all the contact's entries,
    sorted whole, took their notes along (1,500 entries with 2 KB notes: 58.6 M
    instructions a page, 17.4 M this way; the global journal's pages walk an index and
    read no more rows than they show)."""
    return _interactions(
        "i.id IN (SELECT j.id FROM interaction j WHERE j.id IN "
        "(SELECT interaction_id FROM interaction_contact WHERE contact_id = ?) "
        "ORDER BY j.occurred_at DESC, j.id DESC LIMIT ? OFFSET ?)",
        (contact_id, limit, offset),
        limit,
        0,
        people,
    )


def interactions_of(contact_ids: Sequence[int]) -> dict[int, list[t.Interaction]]:
    """Every interaction of each contact (newest first, with everyone involved), in a few
    queries per chunk of contacts; each contact gets its own Interaction objects."""
    found: dict[int, list[t.Interaction]] = {}
    for chunk in chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        rows = list(
            db.execute_sql(
                "SELECT ic.contact_id, i.id, i.occurred_at, i.kind, i.summary, i.body "
                "FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
                f"WHERE ic.contact_id IN ({marks}) ORDER BY i.occurred_at DESC, i.id DESC",
                tuple(chunk),
            )
        )
        involved: dict[int, list[int]] = {}
        for interaction_id, contact_id in db.execute_sql(
            "SELECT interaction_id, contact_id FROM interaction_contact WHERE interaction_id IN "
            f"(SELECT interaction_id FROM interaction_contact WHERE contact_id IN ({marks})) "
            "ORDER BY contact_id",
            tuple(chunk),
        ):
            involved.setdefault(interaction_id, []).append(contact_id)
        for contact_id, interaction_id, occurred_at, kind, summary, body in rows:
            found.setdefault(contact_id, []).append(
                t.Interaction(
                    id=interaction_id,
                    occurred_at=_datetime(occurred_at) or dt.datetime.min,
                    kind=kind,
                    summary=summary,
                    body=body,
                    contact_ids=list(involved.get(interaction_id, [])),
                )
            )
    return found


# Rows of the journal one filtered page reads at most: a text match over them costs ~15 ms on
# this machine, where one over all 1,000,000 rows took 0.7-1 s for a word that is nowhere.
SCAN_ROWS = 15_000
# A text filter folds the rows that hold more than ASCII in Python (accents ignored): a slice
# of 15,000 rows then took up to 200 ms; of 3,000, up to 27 ms (1,000,000 entries, a word that
# is nowhere: 1.2 s in all before, about 7 s now, the window answering throughout).
TEXT_SCAN_ROWS = 3_000

Resume = tuple[object, int]  # (occurred_at as stored, id): where the next page starts


def all_interactions(
    *,
    kind: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    text: str = "",
    limit: int = 200,
    offset: int = 0,
) -> list[t.Interaction]:
    """The matching entries, newest first, ``offset`` of them skipped (a whole scan)."""
    clauses, params = _ranges(since, until, None)
    filters, filter_params = _filters(kind, text)
    return _interactions(" AND ".join(clauses + filters), params + filter_params, limit, offset)


def interactions_page(
    *,
    kind: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    text: str = "",
    limit: int = 100,
    after: Resume | None = None,
    people: int | None = None,
) -> tuple[list[t.Interaction], Resume | None]:
    """Up to ``limit`` matching entries after ``after``, newest first, found among at most
    SCAN_ROWS rows of the journal; and where the next page starts (None: the journal's end).
    ``people`` as for :func:`_interactions`.

    A page walks the occurred_at index (whose rows end with the id) from where the last one
    stopped, so it costs the same at any depth (OFFSET 500,000 took 1.3 s), and a filter that
    matches little costs one bounded slice per call instead of a scan of everything.
    """
    clauses, params = _ranges(since, until, after)
    filters, filter_params = _filters(kind, text)
    end = None
    if filters:
        end = db.execute_sql(
            f"SELECT i.occurred_at, i.id FROM interaction i WHERE {' AND '.join(clauses)} "
            "ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1 OFFSET ?",
            (*params, (TEXT_SCAN_ROWS if text.strip() else SCAN_ROWS) - 1),
        ).fetchone()
        if end is not None:  # the slice ends there, that row included
            clauses = [*clauses, "(i.occurred_at, i.id) >= (?, ?)"]
            params = [*params, end[0], end[1]]
    found = _interactions(" AND ".join(clauses + filters), params + filter_params, limit, 0, people)
    if len(found) == limit:
        last = found[-1]
        return found, (str(last.occurred_at), last.id or 0)
    return found, None if end is None else (end[0], end[1])


def _ranges(
    since: dt.datetime | None, until: dt.datetime | None, after: Resume | None
) -> tuple[list[str], list[object]]:
    clauses, params = ["1"], []  # type: tuple[list[str], list[object]]
    if after is not None:
        clauses.append("(i.occurred_at, i.id) < (?, ?)")
        params += [after[0], after[1]]
    if since is not None:
        clauses.append("i.occurred_at >= ?")
        params.append(since)
    if until is not None:
        clauses.append("i.occurred_at < ?")
        params.append(until)
    return clauses, params


_BEYOND_ASCII = "*[^\x01-\x7f]*"  # GLOB: holds a character past ASCII


def _one_spaced(column: str) -> str:
    """SQL for ``column`` with line breaks and tabs as spaces and runs of spaces as one (up
    to 64 in a row: an indented quote's), in C: the summary is stored that way (one_line)."""
    spaced = column
    for blank in ("char(13)", "char(10)", "char(9)"):
        spaced = f"replace({spaced}, {blank}, ' ')"
    for _halving in range(6):  # each pass halves a run of spaces
        spaced = f"replace({spaced}, '  ', ' ')"
    return spaced


_ONE_SPACED_BODY = _one_spaced("i.body")


def _filters(kind: str | None, text: str) -> tuple[list[str], list[object]]:
    clauses, params = [], []  # type: tuple[list[str], list[object]]
    if kind:
        # "+": walk the occurred_at index and skip other kinds; the kind index would sort all
        # of that kind's rows first (200,000 calls: 0.85 s for the first page)
        clauses.append("+i.kind = ?")
        params.append(kind)
    if text.strip():
        # Case and accents ignored: "angel" and "ÁNGEL" find "Ángel". LIKE (in C) folds ASCII
        # only, so it takes the folded text, and the Python fold runs only on rows that hold
        # something beyond ASCII (GLOB, in C, tells which): once per row, 1,000,000 rows
        # took 3-4 s a query.
        needle = fold(" ".join(text.split()))
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"
        if " " not in needle:
            in_body, body_params = "i.body LIKE ? ESCAPE '\\'", [like]
        else:
            # a phrase is sought in the notes with their whitespace made single spaces, as
            # the needle's is: in a pasted e-mail "quarterly \r\nreport" was not "quarterly
            # report". Only in notes holding its words in order (a LIKE, cheap): making every
            # row's notes one-spaced took a search for a phrase that is nowhere from 3.5 s to
            # 6.3 s of the worker's time over 1,000,000 entries (4.3 s this way).
            words = "%".join(escaped.split(" "))
            in_body = (
                "(i.body LIKE ? ESCAPE '\\' OR "
                f"(i.body LIKE ? ESCAPE '\\' AND {_ONE_SPACED_BODY} LIKE ? ESCAPE '\\'))"
            )
            body_params = [like, f"%{words}%", like]
        # (past ASCII, the notes are one-spaced by the fold itself, in Python: the SQL
        # replaces, nine a row, cost a search of accented notes 23% more)
        clauses.append(
            f"(i.summary LIKE ? ESCAPE '\\' OR {in_body} OR ("
            "(i.summary GLOB ? OR i.body GLOB ?) AND netdesk_folded_in(i.summary, i.body, ?)))"
        )
        params += [like, *body_params, _BEYOND_ASCII, _BEYOND_ASCII, needle]
    return clauses, params


def count_interactions() -> int:
    return int(db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0])


def refresh_last_interaction(contact_ids: Iterable[int]) -> None:
    for chunk in chunks(list(contact_ids)):
        db.execute_sql(
            "UPDATE contact SET last_interaction = (SELECT max(i.occurred_at) FROM interaction i "
            "JOIN interaction_contact ic ON ic.interaction_id = i.id "
            "WHERE ic.contact_id = contact.id), interaction_count = (SELECT count(*) FROM "
            "interaction_contact ic WHERE ic.contact_id = contact.id) "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        )


def count_new_interaction(interaction_id: int, contact_ids: Iterable[int]) -> None:
    """These contacts were just linked to this entry (logged, or put back): their last
    interaction moves to its time if later, and they have one more, without reading their
    journals as :func:`refresh_last_interaction` does (~0.4 ms a person: 40 s of logging a
    talk with 97,500 people)."""
    for chunk in chunks(list(contact_ids)):
        db.execute_sql(
            "UPDATE contact SET last_interaction = max(coalesce(last_interaction, ''), "
            "(SELECT occurred_at FROM interaction WHERE id = ?)), "
            "interaction_count = interaction_count + 1 "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            (interaction_id, *chunk),
        )


def count_removed_interaction(occurred_at: object, contact_ids: Iterable[int]) -> None:
    """These contacts lost an entry of this time (as stored): one fewer, and the last
    interaction read again from their journals only where it may have been that entry's
    (reading it for everyone took ~0.35 ms a person, 35 s of deleting an old talk logged
    with 97,500 people). ``occurred_at`` None: read again for all of them."""
    for chunk in chunks(list(contact_ids)):
        marks = ",".join("?" * len(chunk))
        if occurred_at is None:
            refresh_last_interaction(chunk)
            continue
        db.execute_sql(
            "UPDATE contact SET interaction_count = interaction_count - 1 "
            f"WHERE id IN ({marks}) AND last_interaction > ?",
            (*chunk, occurred_at),
        )
        again = db.execute_sql(
            f"SELECT id FROM contact WHERE id IN ({marks}) "
            "AND (last_interaction IS NULL OR last_interaction <= ?)",
            (*chunk, occurred_at),
        ).fetchall()
        refresh_last_interaction([r[0] for r in again])


def interaction_count(contact_id: int) -> int:
    found = db.execute_sql(
        "SELECT count(*) FROM interaction_contact WHERE contact_id=?", (contact_id,)
    ).fetchone()
    return int(found[0])


# --- follow-ups -------------------------------------------------------------------------------

_FOLLOW_UP_COLUMNS = (
    "f.id, f.contact_id, f.due, f.has_time, f.note, f.from_cadence, f.done_at, f.snoozed_until, "
    "c.display_name, f.snoozed_for, f.snoozed_at, c.last_interaction, f.notified_due"
)


def _follow_up(row: Sequence[object]) -> t.FollowUp:
    return t.FollowUp(
        id=int(row[0]),  # type: ignore[call-overload]
        contact_id=int(row[1]),  # type: ignore[call-overload]
        due=_datetime(row[2]) or dt.datetime.min,
        has_time=bool(row[3]),
        note=str(row[4]),
        from_cadence=bool(row[5]),
        done_at=_datetime(row[6]),
        snoozed_until=_datetime(row[7]),
        display_name=str(row[8]),
        snoozed_for=_datetime(row[9]),
        snoozed_at=_datetime(row[10]),
        talked_at=_datetime(row[11]),
        notified_due=_datetime(row[12]),
    )


def save_follow_up(follow_up: t.FollowUp, now: dt.datetime) -> int:
    return save_follow_ups([follow_up], now)[0]


def save_follow_ups(follow_ups: Sequence[t.FollowUp], now: dt.datetime) -> list[int]:
    """Update stored follow-ups, insert the others (keeping a given ``id``: undo).

    Returns:
        The ids, in the order of ``follow_ups``.
    """

    # a keep-in-touch hold ends with a talk after it: in force as of the contact's last talk
    # now, not as of when the item was read (a deleted item put back by an undo)
    talked = last_interactions(
        [f.contact_id for f in follow_ups if f.from_cadence and f.snoozed_at is not None]
    )

    def fields(follow_up: t.FollowUp) -> dict[str, object]:
        if follow_up.contact_id in talked:
            follow_up = dataclasses.replace(follow_up, talked_at=talked[follow_up.contact_id])
        return {
            "contact": follow_up.contact_id,
            "due": follow_up.due,
            "has_time": follow_up.has_time,
            "note": follow_up.note,
            "from_cadence": follow_up.from_cadence,
            "done_at": follow_up.done_at,
            "snoozed_until": follow_up.snoozed_until,
            "snoozed_for": follow_up.snoozed_for,
            "snoozed_at": follow_up.snoozed_at,
            "effective_due": follow_up.effective_due,
        }

    given = [f.id for f in follow_ups if f.id is not None]
    stored: dict[int, int] = {}  # id: contact id
    for chunk in chunks(given):
        marks = ",".join("?" * len(chunk))
        stored.update(
            db.execute_sql(f"SELECT id, contact_id FROM follow_up WHERE id IN ({marks})", chunk)
        )
    # new items get ids no deleted contact's undo holds (fresh_ids)
    first = fresh_ids.take("follow_up", sum(1 for f in follow_ups if f.id is None))
    new_with_id = []
    updated: list[list[object]] = []
    moved: list[tuple[int, int]] = []  # (contact id, follow-up id): another contact's (a merge)
    ids = []
    for follow_up in follow_ups:
        follow_up_id = follow_up.id
        if follow_up_id is None:
            follow_up_id, first = first, first + 1
        elif follow_up_id in stored:
            values = fields(follow_up)
            updated.append(
                [getattr(m.FollowUp, name).db_value(values[name]) for name in _UPDATED]
                + [follow_up_id]
            )
            if stored[follow_up_id] != follow_up.contact_id:
                moved.append((follow_up.contact_id, follow_up_id))
            ids.append(follow_up_id)
            continue
        ids.append(follow_up_id)
        # an item put back (undo) comes back as announced as it was: not announced again
        new_with_id.append(
            {
                **fields(follow_up),
                "id": follow_up_id,
                "created_at": now,
                "notified_due": follow_up.notified_due,
            }
        )
    if updated:
        # one statement, its values converted by the model's own fields: a peewee update
        # built per item took ~1 ms each (180 ms of logging a talk with 1,000 people)
        db.connection().executemany(_UPDATE_FOLLOW_UP, updated)
    if moved:
        # the contact is set only where it changes: setting it had SQLite check the foreign
        # key at each update, up to 20 ms an item late in a big write (a talk with 5,000
        # people spent 21 of its 28 s there)
        db.connection().executemany("UPDATE follow_up SET contact_id = ? WHERE id = ?", moved)
    _insert_rows(m.FollowUp, new_with_id)
    return ids


_UPDATED = (  # the contact apart: see save_follow_ups
    "due",
    "has_time",
    "note",
    "from_cadence",
    "done_at",
    "snoozed_until",
    "snoozed_for",
    "snoozed_at",
    "effective_due",
)
_UPDATE_FOLLOW_UP = (
    "UPDATE follow_up SET "
    + ", ".join(f"{getattr(m.FollowUp, name).column_name} = ?" for name in _UPDATED)
    + " WHERE id = ?"
)


def last_interactions(contact_ids: Sequence[int]) -> dict[int, dt.datetime | None]:
    """Each contact's last interaction (None: never talked to)."""
    found: dict[int, dt.datetime | None] = {}
    for chunk in chunks(list(contact_ids)):
        for contact_id, last in db.execute_sql(
            f"SELECT id, last_interaction FROM contact WHERE id IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        ):
            found[int(contact_id)] = _datetime(last)
    return found


def get_follow_up(follow_up_id: int) -> t.FollowUp | None:
    row = db.execute_sql(
        f"SELECT {_FOLLOW_UP_COLUMNS} FROM follow_up f JOIN contact c ON c.id = f.contact_id "
        "WHERE f.id = ?",
        (follow_up_id,),
    ).fetchone()
    return _follow_up(row) if row else None


def delete_follow_up(follow_up_id: int) -> None:
    m.FollowUp.delete().where(m.FollowUp.id == follow_up_id).execute()


def follow_ups_of(contact_id: int, *, include_done: bool = False) -> list[t.FollowUp]:
    return follow_ups_of_many([contact_id], include_done=include_done).get(contact_id, [])


def follow_ups_of_many(
    contact_ids: Sequence[int], *, include_done: bool = False
) -> dict[int, list[t.FollowUp]]:
    """Follow-ups of each contact that has any, soonest first."""
    done = "" if include_done else "AND f.done_at IS NULL"
    found: dict[int, list[t.FollowUp]] = {}
    for chunk in chunks(contact_ids):
        for row in db.execute_sql(
            f"SELECT {_FOLLOW_UP_COLUMNS} FROM follow_up f JOIN contact c ON c.id = f.contact_id "
            f"WHERE f.contact_id IN ({','.join('?' * len(chunk))}) {done} "
            "ORDER BY f.effective_due",
            tuple(chunk),
        ):
            follow_up = _follow_up(row)
            found.setdefault(follow_up.contact_id, []).append(follow_up)
    return found


def open_cadence_follow_up(contact_id: int) -> t.FollowUp | None:
    row = db.execute_sql(
        f"SELECT {_FOLLOW_UP_COLUMNS} FROM follow_up f JOIN contact c ON c.id = f.contact_id "
        "WHERE f.contact_id = ? AND f.from_cadence = 1 AND f.done_at IS NULL LIMIT 1",
        (contact_id,),
    ).fetchone()
    return _follow_up(row) if row else None


def dormant_cadence_follow_up(contact_id: int) -> t.FollowUp | None:
    """The keep-in-touch item closed when the contact's cadence ended (the newest, if a merge
    of older data left more than one)."""
    row = db.execute_sql(
        f"SELECT {_FOLLOW_UP_COLUMNS} FROM follow_up f JOIN contact c ON c.id = f.contact_id "
        "WHERE f.contact_id = ? AND f.from_cadence = 1 AND f.done_at IS NOT NULL "
        "ORDER BY f.id DESC LIMIT 1",
        (contact_id,),
    ).fetchone()
    return _follow_up(row) if row else None


def due_follow_ups(
    until: dt.datetime, *, since: dt.datetime | None = None, limit: int = 500, offset: int = 0
) -> list[t.FollowUp]:
    """Open follow-ups of active contacts falling due before ``until``, earliest first; those
    due at the same moment (a day's keep-in-touch items at midnight, a few snoozed to 09:00)
    by name, as the contact list orders them, not in the order they were added.

    The index gives the due order and SQLite sorts only each moment's ties: on 100,000
    contacts a page of 20 of the 930 items due at one midnight costs ~1.8 ms of CPU (0.2 ms
    without the names); a page of a section without ties costs what it did."""
    lower = "AND f.effective_due >= ?" if since is not None else ""
    params: tuple[object, ...] = (until, since) if since is not None else (until,)
    return [
        _follow_up(r)
        for r in db.execute_sql(
            f"SELECT {_FOLLOW_UP_COLUMNS} FROM follow_up f JOIN contact c ON c.id = f.contact_id "
            f"WHERE f.done_at IS NULL AND f.effective_due <= ? {lower} AND c.archived = 0 "
            "ORDER BY f.effective_due, c.sort_key, c.id, f.id LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
    ]


def count_due(until: dt.datetime, *, since: dt.datetime | None = None) -> int:
    """Open follow-ups of active contacts due in [since, until].

    Counted from the due rows of the open-items index, each joined to its contact by key
    (a covering index of id and archived): the cost is that of the due rows whatever the
    share of archived contacts. Counting every due row, then taking away the archived
    contacts' (listed through their own index), cost 105-115 ms a call with 98% of 100,000
    contacts archived (Archive all); this costs 2-3 ms with 5,500 items due, few or most
    contacts archived.
    """
    lower = "AND f.effective_due >= ?" if since is not None else ""
    params: tuple[object, ...] = (until, since) if since is not None else (until,)
    # CROSS JOIN: the due rows lead, whatever the planner would guess without statistics
    found = db.execute_sql(
        "SELECT count(*) FROM follow_up f CROSS JOIN contact c ON c.id = f.contact_id "
        f"WHERE f.done_at IS NULL AND f.effective_due <= ? {lower} AND c.archived = 0",
        params,
    ).fetchone()[0]
    return int(found)


def next_due_after(moment: dt.datetime) -> dt.datetime | None:
    """The earliest open follow-up of an active contact due after ``moment``: read up the
    open-items index from ``moment``, stopping at the first row whose contact (joined by key)
    is active; with every contact archived, the whole rest of the index (~17 ms for 21,500
    open items to come)."""
    found = db.execute_sql(
        "SELECT min(f.effective_due) FROM follow_up f CROSS JOIN contact c ON c.id = f.contact_id "
        "WHERE f.done_at IS NULL AND f.effective_due > ? AND c.archived = 0",
        (moment,),
    ).fetchone()
    return _datetime(found[0]) if found else None


def refresh_next_due(contact_ids: Iterable[int]) -> None:
    for chunk in chunks(list(contact_ids)):
        db.execute_sql(
            "UPDATE contact SET next_due = (SELECT min(f.effective_due) FROM follow_up f "
            "WHERE f.contact_id = contact.id AND f.done_at IS NULL) "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        )


def notified_among(keys: Sequence[str]) -> set[str]:
    """Which of ``keys`` were recorded as shown: one query per 500 (a birthday-heavy day has
    hundreds, and the check runs after every change)."""
    found: set[str] = set()
    unique = list(dict.fromkeys(keys))
    for chunk in (unique[start : start + 500] for start in range(0, len(unique), 500)):
        found.update(
            r[0]
            for r in db.execute_sql(
                f"SELECT key FROM notified WHERE key IN ({','.join('?' * len(chunk))})",
                tuple(chunk),
            )
        )
    return found


def notified_on(keys: Sequence[str]) -> dict[str, dt.datetime]:
    """When each of ``keys`` recorded as shown was shown (one query per 500)."""
    found: dict[str, dt.datetime] = {}
    unique = list(dict.fromkeys(keys))
    for chunk in (unique[start : start + 500] for start in range(0, len(unique), 500)):
        for key, shown_at in db.execute_sql(
            f"SELECT key, shown_at FROM notified WHERE key IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        ):
            moment = _datetime(shown_at)
            if moment is not None:
                found[str(key)] = moment
    return found


def mark_notified(key: str, now: dt.datetime) -> None:
    m.Notified.insert(key=key, shown_at=now).on_conflict_ignore().execute()


# --- reminders (netdesk.core.reminders) -------------------------------------------------------


def unnotified_due(
    until: dt.datetime, *, since: dt.datetime | None = None, limit: int = 500
) -> list[t.FollowUp]:
    """Open follow-ups due in (``since``, ``until``] whose reminder key was not recorded yet,
    earliest first.

    The key is ``followup:<id>:<effective due, ISO>`` (netdesk.core.reminders.follow_up_key);
    datetimes are stored as ``YYYY-MM-DD HH:MM:SS``, so replacing the space gives the ISO text.
    """
    return [
        _follow_up(r)
        for r in db.execute_sql(
            f"SELECT {_FOLLOW_UP_COLUMNS} FROM follow_up f JOIN contact c ON c.id = f.contact_id "
            "WHERE f.done_at IS NULL AND f.effective_due <= ? AND f.effective_due > ? "
            "AND c.archived = 0 AND NOT EXISTS (SELECT 1 FROM notified n WHERE n.key = "
            "'followup:' || f.id || ':' || replace(f.effective_due, ' ', 'T')) "
            "ORDER BY f.effective_due, c.sort_key, c.id, f.id LIMIT ?",
            (until, since or dt.datetime.min, limit),
        )
    ]


# An open follow-up is announced when ``notified_due`` holds its current effective due time
# (schema 5). Any change of due time or snooze makes the two differ again, so the item is back
# in the partial index ``follow_up_unannounced`` without the writer knowing about reminders.
# The terms below must stay written exactly as in that index's WHERE for SQLite to use it.
_UNANNOUNCED = "f.done_at IS NULL AND f.notified_due IS NOT f.effective_due"


def _unannounced_where(
    until: dt.datetime,
    since: dt.datetime | None,
    starting: dt.datetime | None,
    before: dt.datetime | None,
) -> tuple[str, list[object]]:
    """Unannounced open items of active contacts due in (since, until], >= starting, < before."""
    clauses = [_UNANNOUNCED, "f.effective_due <= ?"]
    params: list[object] = [until]
    for term, bound in (("> ?", since), (">= ?", starting), ("< ?", before)):
        if bound is not None:
            clauses.append(f"f.effective_due {term}")
            params.append(bound)
    clauses.append("c.archived = 0")
    return " AND ".join(clauses), params


def unannounced_due(
    until: dt.datetime,
    *,
    since: dt.datetime | None = None,
    starting: dt.datetime | None = None,
    before: dt.datetime | None = None,
    limit: int = 500,
) -> list[t.FollowUp]:
    """Open follow-ups due by ``until`` never announced at their current due time, earliest
    first, those due at the same moment by name (as Today lists them, so a message names the
    people Today shows first); ``since`` (excluded), ``starting`` (included) and ``before``
    (excluded) narrow the range. Read from the partial index of unannounced items: the cost
    follows the answer, not the backlog; SQLite sorts only each moment's ties."""
    where, params = _unannounced_where(until, since, starting, before)
    return [
        _follow_up(r)
        for r in db.execute_sql(
            f"SELECT {_FOLLOW_UP_COLUMNS} FROM follow_up f JOIN contact c ON c.id = f.contact_id "
            f"WHERE {where} ORDER BY f.effective_due, c.sort_key, c.id, f.id LIMIT ?",
            (*params, limit),
        )
    ]


def count_unannounced_due(
    until: dt.datetime,
    *,
    since: dt.datetime | None = None,
    starting: dt.datetime | None = None,
    before: dt.datetime | None = None,
) -> int:
    """How many :func:`unannounced_due` would give without a limit."""
    where, params = _unannounced_where(until, since, starting, before)
    found = db.execute_sql(
        f"SELECT count(*) FROM follow_up f JOIN contact c ON c.id = f.contact_id WHERE {where}",
        params,
    ).fetchone()
    return int(found[0])


def mark_announced(items: Iterable[tuple[int, dt.datetime]]) -> None:
    """Record (follow-up id, effective due) pairs as announced; an item whose due time changed
    since it was read keeps waiting for its new time."""
    for follow_up_id, due in items:
        db.execute_sql(
            "UPDATE follow_up SET notified_due = effective_due WHERE id = ? AND effective_due = ?",
            (follow_up_id, due),
        )


def mark_announced_due(
    until: dt.datetime,
    *,
    since: dt.datetime | None = None,
    starting: dt.datetime | None = None,
    before: dt.datetime | None = None,
) -> int:
    """Record every item :func:`count_unannounced_due` counts as announced, in one statement
    (the "while closed" summary names a few and counts the rest). Returns how many."""
    where, params = _unannounced_where(until, since, starting, before)
    cursor = db.execute_sql(
        "UPDATE follow_up SET notified_due = effective_due WHERE id IN (SELECT f.id "
        f"FROM follow_up f JOIN contact c ON c.id = f.contact_id WHERE {where})",
        params,
    )
    return int(cursor.rowcount)


def dates_on(day: dt.date) -> list[tuple[int, str, str, str]]:
    """(contact id, name, "birthday" | "anniversary", ISO partial date) falling on ``day``
    (a 29 February date on the 28th in common years: store.queries.month_days)."""
    from netdesk.store.queries import dates_between

    return dates_between(day, 1)


def all_dates() -> list[tuple[int, str, str, str]]:
    """(contact id, name, "birthday" | "anniversary", ISO partial date) of every active contact."""
    found = []
    for kind in ("birthday", "anniversary"):
        found += [
            (r[0], r[1], kind, r[2])
            for r in db.execute_sql(
                f"SELECT id, display_name, {kind} FROM contact "
                f"WHERE archived = 0 AND {kind} IS NOT NULL ORDER BY id"
            )
        ]
    return found


# The last day whose birthdays and anniversaries the reminders looked at (announced, or none),
# kept with the data: the days after it, up to today, were slept through or spent closed.
_OCCASIONS_LOOKED = "reminders.occasions_looked_on"


def occasions_looked_on() -> dt.date | None:
    row = db.execute_sql("SELECT value FROM setting WHERE key = ?", (_OCCASIONS_LOOKED,)).fetchone()
    try:
        return dt.date.fromisoformat(row[0]) if row else None
    except ValueError:
        return None


def set_occasions_looked_on(day: dt.date) -> None:
    db.execute_sql(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_OCCASIONS_LOOKED, day.isoformat()),
    )
