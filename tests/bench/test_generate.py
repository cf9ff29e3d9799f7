"""The synthetic database generator: a small generated file is a valid, consistent netdesk db."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.generate import GENERATOR_VERSION, cached, facts, generate
from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.followups import cadence_due
from netdesk.core.types import PartialDate
from netdesk.store import migrations, search
from netdesk.store.database import open_database
from netdesk.store.models import db
from netdesk.store.queries import ListFilter, SortOrder
from netdesk.store.text import fold

NOW = dt.datetime(2026, 3, 2, 9, 0)
CONTACTS = 300
INTERACTIONS = 2000


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(
        tmp_path_factory.mktemp("gen") / "small.sqlite3",
        contacts=CONTACTS,
        interactions=INTERACTIONS,
        now=NOW,
    )


@pytest.fixture
def core(generated: Path) -> Iterator[Core]:
    opened = Core.over(open_database(generated), FixedClock(NOW))
    yield opened
    opened.close()


def _rows(sql: str, *params: object) -> list[tuple[Any, ...]]:
    return list(db.execute_sql(sql, params))


def test_counts_schema_and_facts(core: Core, generated: Path) -> None:
    assert core.store.schema_version == migrations.SCHEMA_VERSION
    stats = core.contacts.stats()
    assert stats.contacts + stats.archived == CONTACTS
    assert stats.interactions == INTERACTIONS
    assert 25 <= stats.tags <= 35
    assert facts(generated) == {
        "version": GENERATOR_VERSION,
        "contacts": CONTACTS,
        "interactions": INTERACTIONS,
        "seed": 7,
        "cadence_share": 0.2,
        "now": NOW.isoformat(),
    }
    assert _rows("PRAGMA integrity_check") == [("ok",)]
    assert _rows("PRAGMA foreign_key_check") == []
    assert _rows("PRAGMA journal_mode") == [("wal",)]


def test_every_contact_is_searchable_by_an_unaccented_prefix(core: Core) -> None:
    accented = _rows(
        "SELECT id, given_name, family_name FROM contact WHERE archived = 0 AND "
        "(given_name GLOB '*[^ -~]*' OR family_name GLOB '*[^ -~]*') ORDER BY id"
    )
    assert len(accented) > 20
    for contact_id, given, family in accented[:40]:
        word = next(w for w in (str(given), str(family)) if not w.isascii())
        prefix = fold(word)[:4]
        assert prefix.isascii() or not fold(word).isascii()
        found = core.contacts.search(f"{fold(str(given))} {prefix}".strip(), limit=200)
        assert contact_id in found, (given, family, prefix)
    assert _rows("SELECT count(*) FROM contact_fts") == [(CONTACTS,)]


def test_search_rows_match_the_stores_own_documents(core: Core) -> None:
    ids = [r[0] for r in _rows("SELECT id FROM contact ORDER BY random() LIMIT 25")]
    expected = search.documents(ids)
    for contact_id in ids:
        stored = _rows("SELECT names, details FROM contact_fts WHERE rowid = ?", contact_id)
        assert stored == [expected[contact_id]]


def test_last_interaction_matches_the_journal(core: Core) -> None:
    mismatched = _rows(
        "SELECT c.id FROM contact c WHERE c.last_interaction IS NOT (SELECT max(i.occurred_at) "
        "FROM interaction i JOIN interaction_contact ic ON ic.interaction_id = i.id "
        "WHERE ic.contact_id = c.id)"
    )
    assert mismatched == []
    miscounted = _rows(
        "SELECT c.id FROM contact c WHERE c.interaction_count != (SELECT count(*) "
        "FROM interaction_contact ic WHERE ic.contact_id = c.id)"
    )
    assert miscounted == []
    assert _rows("SELECT count(*) FROM interaction WHERE occurred_at > ?", NOW) == [(0,)]
    groups = dict(
        _rows(
            "SELECT n, count(*) FROM (SELECT count(*) AS n FROM interaction_contact "
            "GROUP BY interaction_id) GROUP BY n"
        )
    )
    assert set(groups) == {1, 2, 3}
    assert _rows(
        "SELECT count(*) FROM interaction WHERE id NOT IN "
        "(SELECT interaction_id FROM interaction_contact)"
    ) == [(0,)]


def test_next_due_and_cadence_follow_ups_are_consistent(core: Core) -> None:
    mismatched = _rows(
        "SELECT c.id FROM contact c WHERE c.next_due IS NOT (SELECT min(f.effective_due) "
        "FROM follow_up f WHERE f.contact_id = c.id AND f.done_at IS NULL)"
    )
    assert mismatched == []
    with_cadence = [
        r[0]
        for r in _rows(
            "SELECT c.id FROM contact c WHERE c.keep_in_touch_days IS NOT NULL OR EXISTS "
            "(SELECT 1 FROM contact_tag ct JOIN tag g ON g.id = ct.tag_id "
            " WHERE ct.contact_id = c.id AND g.default_cadence_days IS NOT NULL)"
        )
    ]
    assert 0.12 * CONTACTS <= len(with_cadence) <= 0.28 * CONTACTS
    for contact_id in with_cadence:
        (item,) = [f for f in core.follow_ups.of_contact(contact_id) if f.from_cadence]
        assert item.due == cadence_due(contact_id)
    cadence_items = _rows("SELECT count(*) FROM follow_up WHERE from_cadence = 1")
    assert cadence_items == [(len(with_cadence),)]


def test_core_queries_work_on_it(core: Core) -> None:
    due = core.follow_ups.due()
    assert due and all(f.effective_due <= NOW for f in due)
    assert core.follow_ups.count_due() == len(due)
    today = [f for f in due if f.effective_due.date() == NOW.date()]
    overdue = [f for f in due if f.effective_due.date() < NOW.date()]
    assert today and overdue
    assert core.follow_ups.upcoming(30)
    assert core.contacts.worth_reviving(limit=3)
    cobwebs = core.contacts.cobwebs(limit=50)
    assert cobwebs
    for summary in core.contacts.summaries(cobwebs):
        assert summary.last_interaction is None or summary.last_interaction < NOW - dt.timedelta(
            days=180
        )
    by_name = core.contacts.list_ids(ListFilter.ALL, SortOrder.NAME)
    assert len(by_name) == core.contacts.count(ListFilter.ALL)
    assert core.contacts.list_ids(ListFilter.ALL, SortOrder.LAST_INTERACTION)
    assert core.contacts.count(ListFilter.ARCHIVED) > 0
    assert core.contacts.count(ListFilter.ORIGIN_UNKNOWN) > 0
    assert 0 < core.contacts.count(ListFilter.ALL, tag="family") < CONTACTS
    assert core.contacts.upcoming_birthdays(days=60)
    assert any(t.default_cadence_days for t in core.contacts.tags())
    assert core.journal.for_contact(core.follow_ups.due()[0].contact_id) is not None


def test_contacts_are_complete_cards(core: Core) -> None:
    cards = [core.contacts.get(i) for i in range(1, CONTACTS + 1)]
    assert all(c is not None and c.display_name for c in cards)
    present = [c for c in cards if c is not None]
    assert sum(bool(c.emails) for c in present) > 0.7 * CONTACTS
    phones = [p for c in present for p in c.phones]
    assert len(phones) > 0.6 * CONTACTS
    assert all(p.e164.startswith("+") and p.e164[1:].isdigit() for p in phones)
    assert len({p.raw.replace(p.e164, "") == "" for p in phones}) == 2  # formatted and bare
    birthdays = [c.birthday for c in present if c.birthday is not None]
    assert any(b.year is None for b in birthdays) and any(b.year for b in birthdays)
    assert all(isinstance(b, PartialDate) for b in birthdays)
    assert any(c.met_through_id for c in present) and any(c.met_at for c in present)
    assert any(c.keep_in_touch_days for c in present)


def test_cached_reuses_a_matching_file_and_rebuilds_otherwise(tmp_path: Path) -> None:
    target = tmp_path / "cache.sqlite3"
    built = cached(40, 100, path=target)
    first = built.stat().st_mtime_ns
    assert cached(40, 100, path=target).stat().st_mtime_ns == first
    cached(41, 100, path=target)
    assert facts(target)["contacts"] == 41  # type: ignore[index]
