"""An edited entry rewrites of its people only what holds the part edited: their search
text holds its summary, their last interaction, clock and newest summaries its time; none
holds its kind or notes. New notes on a talk with 97,500 people rewrote all their search
rows and keep-in-touch clocks, minutes of work that changed nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store.models import db

D = dt.datetime


@pytest.fixture
def writes() -> Iterator[list[str]]:
    seen: list[str] = []
    db.connection().set_trace_callback(
        lambda sql: (
            seen.append(sql) if sql.split(" ", 1)[0] in ("INSERT", "DELETE", "UPDATE") else None
        )
    )
    yield seen
    db.connection().set_trace_callback(None)


def _touching(writes: list[str], table: str) -> list[str]:
    return [w for w in writes if f" {table} " in w or f" {table}(" in w]


def _three(core: Core) -> list[int]:
    return [
        core.contacts.create(Contact(given_name=f"P{n}", keep_in_touch_days=30)) for n in range(3)
    ]


def test_notes_or_kind_edited_rewrite_nothing_of_the_people(core: Core, writes: list[str]) -> None:
    ids = [
        core.contacts.create(Contact(given_name=f"P{n}", keep_in_touch_days=30)) for n in range(3)
    ]
    logged = core.journal.log(ids, "meeting", "Roadmap", at=D(2026, 2, 20, 10))
    entry = core.journal.get(logged)
    assert entry is not None
    due = {f.contact_id: f.due for f in core.follow_ups.of_contact(ids[0])}
    writes.clear()
    core.journal.update(dataclasses.replace(entry, kind="call", body="Long notes\nabout it"))
    assert _touching(writes, "contact") == [] and _touching(writes, "contact_fts") == []
    assert _touching(writes, "follow_up") == []
    stored = core.journal.get(logged)
    assert stored is not None and (stored.kind, stored.body) == ("call", "Long notes\nabout it")
    assert {f.contact_id: f.due for f in core.follow_ups.of_contact(ids[0])} == due


def test_a_new_summary_is_searched_and_a_new_time_moves_the_last_interaction(
    core: Core, writes: list[str]
) -> None:
    ids = [
        core.contacts.create(Contact(given_name=f"P{n}", keep_in_touch_days=30)) for n in range(3)
    ]
    logged = core.journal.log(ids, "meeting", "Roadmap", at=D(2026, 2, 20, 10))
    entry = core.journal.get(logged)
    assert entry is not None
    writes.clear()
    core.journal.update(dataclasses.replace(entry, summary="Quarterly budget"))
    assert _touching(writes, "contact") == []  # their last interaction stays
    assert _touching(writes, "contact_fts") != []
    assert sorted(core.contacts.search("budget")) == sorted(ids)
    assert core.contacts.search("roadmap") == []

    renamed = core.journal.get(logged)
    assert renamed is not None
    core.journal.update(dataclasses.replace(renamed, occurred_at=D(2026, 2, 25, 9)))
    assert {core.contacts.get(i).last_interaction for i in ids} == {D(2026, 2, 25, 9)}  # type: ignore[union-attr]
    assert {f.due for f in core.follow_ups.of_contact(ids[1])} == {D(2026, 3, 27)}

    # someone added and someone taken off get theirs; the one kept keeps his
    moved = core.journal.get(logged)
    assert moved is not None
    newcomer = core.contacts.create(Contact(given_name="Newcomer"))
    core.journal.update(
        dataclasses.replace(moved, contact_ids=[ids[0], ids[1], newcomer]), people=True
    )
    last = {i: c.last_interaction for i in [*ids, newcomer] if (c := core.contacts.get(i))}
    assert last == {ids[0]: D(2026, 2, 25, 9), ids[1]: D(2026, 2, 25, 9), ids[2]: None} | {
        newcomer: D(2026, 2, 25, 9)
    }
    assert set(core.contacts.search("budget")) == {ids[0], ids[1], newcomer}
