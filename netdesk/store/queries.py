"""Read-only queries behind the list filters, the Today view and stats."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from netdesk.core import types as t
from netdesk.store.contacts import _datetime
from netdesk.store.journal import _unannounced_where, count_due
from netdesk.store.listing import ACTIVE as _ACTIVE
from netdesk.store.listing import ARCHIVED as _ARCHIVED
from netdesk.store.listing import (
    ARCHIVED_TAGS_SQL,
    TAGS_SQL,
    ListFilter,
    SortOrder,
    count_sql,
    ids_sql,
)
from netdesk.store.models import db

__all__ = ["ListFilter", "SortOrder"]  # where they always were, for callers of this module


def list_ids(
    list_filter: ListFilter,
    sort: SortOrder,
    now: dt.datetime,
    *,
    tag: str | None = None,
    cobweb_days: int = 180,
    limit: int | None = None,
) -> list[int]:
    """Every matching contact id in display order: ints only, cheap even for 100,000."""
    sql, params = ids_sql(list_filter, sort, now, tag=tag, cobweb_days=cobweb_days, limit=limit)
    return [r[0] for r in db.execute_sql(sql, params)]


def count(
    list_filter: ListFilter, now: dt.datetime, *, tag: str | None = None, cobweb_days: int = 180
) -> int:
    sql, params = count_sql(list_filter, now, tag=tag, cobweb_days=cobweb_days)
    return int(db.execute_sql(sql, params).fetchone()[0])


def cobweb_candidates(
    now: dt.datetime, silent_days: int, limit: int, listed_until: dt.datetime | None = None
) -> list[int]:
    """Long-silent contacts that once mattered: many interactions, a cadence, or a tag; not
    those set to "never" keep in touch (whatever their tags say), nor those with an open
    follow-up due before ``listed_until`` (the Today view lists them there already).

    Walks the contact_talks index from the most talked-to down (interaction_count is kept by
    refresh_last_interaction), so it stops after a few rows instead of counting everyone's
    journal (~250 ms at 100,000 contacts and 1,000,000 interactions).
    """
    cutoff = now - dt.timedelta(days=silent_days)
    # "+": read from the row, not through the next_due index (the walk stays on contact_talks)
    due_later = "AND (+c.next_due IS NULL OR +c.next_due >= ?) " if listed_until else ""
    rows = db.execute_sql(
        "SELECT c.id, c.interaction_count AS talks, "
        " (c.keep_in_touch_days IS NOT NULL) AS has_cadence, "
        " EXISTS (SELECT 1 FROM contact_tag ct WHERE ct.contact_id = c.id) AS tagged "
        "FROM contact c WHERE c.archived = 0 AND +c.last_interaction IS NOT NULL "
        f" AND +c.last_interaction < ? AND c.keep_in_touch_days IS NOT ? {due_later}"
        "ORDER BY talks DESC, has_cadence DESC, tagged DESC, c.last_interaction LIMIT ?",
        # "never": the user said not this one
        (cutoff, t.NEVER_KEEP_IN_TOUCH, *([listed_until] if listed_until else []), limit * 4),
    )
    scored = [r for r in rows if r[1] >= 3 or r[2] or r[3]]
    return [r[0] for r in scored[:limit]]


def birthdays_between(start: dt.date, days: int) -> list[tuple[int, str, str]]:
    """(contact id, display name, birthday ISO) for birthdays from ``start`` over ``days`` days."""
    # born on 29 February: remembered on the 28th in common years (a week ending on the 28th
    # too: looked for only with 1 March in it, a week of 22-28 February left them out)
    keys = sorted({key for n in range(days) for key in month_days(start + dt.timedelta(n))})
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = db.execute_sql(
        "SELECT id, display_name, birthday FROM contact "
        f"WHERE archived = 0 AND birthday_md IN ({marks})",
        keys,
    )
    return [(r[0], r[1], r[2]) for r in rows]


def month_days(day: dt.date) -> list[str]:
    """The "MM-DD" endings of the birthdays and anniversaries that fall on ``day``: a 29
    February one falls on the 28th in a common year."""
    keys = [day.strftime("%m-%d")]
    if keys[0] == "02-28" and not calendar.isleap(day.year):
        keys.append("02-29")
    return keys


def dates_between(start: dt.date, days: int) -> list[tuple[int, str, str, str]]:
    """(contact id, name, "birthday" | "anniversary", ISO partial date) of the active
    contacts whose date falls on one of the ``days`` days from ``start``, in two queries
    (store.journal.dates_on is this for one day)."""
    keys = sorted({key for n in range(days) for key in month_days(start + dt.timedelta(n))})
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    found = [
        (r[0], r[1], "birthday", r[2])
        for r in db.execute_sql(
            "SELECT id, display_name, birthday FROM contact "
            f"WHERE archived = 0 AND birthday_md IN ({marks})",
            keys,
        )
    ]
    # substr(...) IN (...) is the index contact_anniversary_md; the "-" before it keeps a
    # year and month ("2012-05" ends in "12-05" and is no 5 December)
    found += [
        (r[0], r[1], "anniversary", r[2])
        for r in db.execute_sql(
            "SELECT id, display_name, anniversary FROM contact WHERE anniversary IS NOT NULL "
            f"AND substr(anniversary, -5) IN ({marks}) AND archived = 0 "
            "AND substr(anniversary, -6, 1) = '-'",
            keys,
        )
    ]
    return found


def tag_cadence_for(contact_id: int) -> int | None:
    """The shortest default cadence among the contact's tags."""
    found = db.execute_sql(
        "SELECT min(g.default_cadence_days) FROM tag g JOIN contact_tag ct ON ct.tag_id = g.id "
        "WHERE ct.contact_id = ?",
        (contact_id,),
    ).fetchone()
    return int(found[0]) if found and found[0] is not None else None


def cadence_facts(contact_id: int) -> tuple[int | None, dt.datetime | None, dt.datetime | None]:
    """(own cadence days, last interaction, created at) of one contact."""
    row = db.execute_sql(
        "SELECT keep_in_touch_days, last_interaction, created_at FROM contact WHERE id = ?",
        (contact_id,),
    ).fetchone()
    if row is None:
        return None, None, None
    return row[0], _datetime(row[1]), _datetime(row[2])


def tags() -> list[t.Tag]:
    """Every tag with how many contacts the list shows under it: archived ones not counted
    (the tag filter lists them only under Archived). The queries of store.listing.tags, the
    list's worker's read: a count per tag by the tag_id index (3.5 ms for 100,000 contacts,
    where a LEFT JOIN and GROUP BY over contact_tag took 12)."""
    archived = dict(db.execute_sql(ARCHIVED_TAGS_SQL).fetchall())
    return [t.Tag(r[1], r[2], r[3] - archived.get(r[0], 0)) for r in db.execute_sql(TAGS_SQL)]


# Each active contact with a keep-in-touch rhythm, their own or a tag's, has exactly one open
# follow-up from it (core.followups.refresh_cadence keeps it so on every write; "never" and a
# rhythm gone close it): so one of those stands for a rhythm, found by a walk of the open
# follow-ups' partial index (CROSS JOIN: from there, not from every contact) that stops at the
# first. Asked of the contacts, it was a scan of all 100,000 (~30 ms, every refresh) when
# nobody has one, the very case it is asked for; here it reads the follow-ups set by hand.
ANYONE_KEPT_IN_TOUCH_SQL = (
    "SELECT EXISTS (SELECT 1 FROM follow_up f CROSS JOIN contact c ON c.id = f.contact_id "
    "WHERE f.done_at IS NULL AND f.from_cadence = 1 AND c.archived = 0)"
)


def anyone_kept_in_touch() -> bool:
    """Whether some active contact has a keep-in-touch rhythm, their own or from a tag."""
    return bool(db.execute_sql(ANYONE_KEPT_IN_TOUCH_SQL).fetchone()[0])


def due_count(until: dt.datetime, *, since: dt.datetime | None = None) -> int:
    """Open follow-ups of active contacts due in [``since``, ``until``]: what
    store.journal.count_due counts, read the cheaper way for the data.

    That count joins each due row to its contact: ~0.5 µs a row, 36-58 ms with 79,500 due
    (a cadence set on all 100,000), in the window's turn after the change and again in the
    tray's. Counting every due row alone walks the open-items index only (6.5 ms), and
    taking away the archived contacts' due rows costs what there are of those contacts
    (1.2 ms for 2,500): read so while archived contacts are fewer than the due rows, and
    as before otherwise (Archive all: 3.4 ms, where the archived contacts' rows took 64).
    The reads share one snapshot."""
    lower = "AND f.effective_due >= ?" if since is not None else ""
    params: tuple[object, ...] = (until, since) if since is not None else (until,)
    with db.atomic():
        due = int(
            db.execute_sql(
                "SELECT count(*) FROM follow_up f "
                f"WHERE f.done_at IS NULL AND f.effective_due <= ? {lower}",
                params,
            ).fetchone()[0]
        )
        if not due:
            return 0
        # counted no further than the due rows (the partial index of archived contacts)
        archived = db.execute_sql(
            "SELECT count(*) FROM (SELECT 1 FROM contact WHERE archived = 1 LIMIT ?)", (due,)
        ).fetchone()[0]
        if archived >= due:
            return count_due(until, since=since)
        theirs = db.execute_sql(
            "SELECT count(*) FROM contact c CROSS JOIN follow_up f ON f.contact_id = c.id "
            f"WHERE c.archived = 1 AND f.done_at IS NULL AND f.effective_due <= ? {lower}",
            params,
        ).fetchone()[0]
        return due - int(theirs)


def unannounced_due_over(until: dt.datetime, since: dt.datetime | None, count: int) -> bool:
    """Whether more than ``count`` follow-ups due in (``since``, ``until``] were never
    announced at their due time (what store.journal.count_unannounced_due counts): counted
    no further than one past ``count``, up the partial index of unannounced items, so the
    answer costs as little when 76,000 are due (a cadence set on everyone) as when 3 are."""
    where, params = _unannounced_where(until, since, None, None)
    found = db.execute_sql(
        "SELECT count(*) FROM (SELECT 1 FROM follow_up f CROSS JOIN contact c "
        f"ON c.id = f.contact_id WHERE {where} LIMIT ?)",
        (*params, count + 1),
    ).fetchone()
    return int(found[0]) > count


def tag_defaults() -> dict[str, int]:
    """The default cadence of each tag that has one, by its case-folded name."""
    return {
        str(r[0]).casefold(): int(r[1])
        for r in db.execute_sql(
            "SELECT name, default_cadence_days FROM tag WHERE default_cadence_days IS NOT NULL"
        )
    }


def stats(now: dt.datetime) -> t.Stats:
    row = db.execute_sql(
        f"SELECT {_ACTIVE}, "
        f"(SELECT count(*) FROM {_ARCHIVED} WHERE archived = 1), "
        "(SELECT count(*) FROM interaction), "
        "(SELECT count(*) FROM follow_up f JOIN contact c ON c.id = f.contact_id "
        " WHERE f.done_at IS NULL AND f.effective_due <= ? AND c.archived = 0), "
        "(SELECT count(*) FROM tag)",
        (now,),
    ).fetchone()
    return t.Stats(contacts=row[0], archived=row[1], interactions=row[2], due=row[3], tags=row[4])


def contact_names(contact_ids: Sequence[int]) -> dict[int, str]:
    if not contact_ids:
        return {}
    marks = ",".join("?" * len(contact_ids))
    return {
        r[0]: r[1]
        for r in db.execute_sql(
            f"SELECT id, display_name FROM contact WHERE id IN ({marks})", tuple(contact_ids)
        )
    }


def met_through(contact_id: int, limit: int) -> tuple[list[tuple[int, str]], int]:
    """(id, name) of the first ``limit`` contacts met through ``contact_id``, in name order,
    and how many there are (the met_through_id index)."""
    rows = db.execute_sql(
        "SELECT id, display_name FROM contact WHERE met_through_id = ? ORDER BY sort_key, id "
        "LIMIT ?",
        (contact_id, limit),
    ).fetchall()
    total = len(rows)
    if total == limit:
        total = db.execute_sql(
            "SELECT count(*) FROM contact WHERE met_through_id = ?", (contact_id,)
        ).fetchone()[0]
    return [(r[0], r[1]) for r in rows], int(total)
