"""The journal's entries: editing one in place (kind, time, summary, notes)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact
from netdesk.store.models import db

D = dt.datetime


def test_editing_an_entry_keeps_its_id_and_people_and_moves_the_clock(
    core: Core, clock: FixedClock
) -> None:
    """A talk logged with the wrong day: moving it moves the last interaction and the
    keep-in-touch due with it, and the entry is found under its new words."""
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.journal.log([ana], "call", "Older", at=D(2026, 2, 1, 10))
    wrong = core.journal.log([ana, bob], "call", "Lnuch", at=D(2026, 3, 2, 8))
    entry = core.journal.get(wrong)
    assert entry is not None
    edited = dataclasses.replace(
        entry, kind="meeting", summary=" Lunch ", body="At Casa Lucio", occurred_at=D(2026, 2, 20)
    )
    before = core.journal.update(dataclasses.replace(edited, contact_ids=[bob]))
    assert before == entry
    assert core.journal.get(wrong) == dataclasses.replace(edited, summary="Lunch")  # both stay
    assert [e.summary for e in core.journal.for_contact(ana)] == ["Lunch", "Older"]
    contact = core.contacts.get(ana)
    assert contact is not None
    assert contact.last_interaction == D(2026, 2, 20)
    assert contact.next_due == D(2026, 3, 22)
    assert [e.id for e in core.journal.all(text="Casa Lucio")] == [wrong]
    assert core.journal.count_for(bob) == 1
    core.journal.update(before)  # the undo
    assert core.journal.get(wrong) == entry
    contact = core.contacts.get(ana)
    assert contact is not None and contact.last_interaction == D(2026, 3, 2, 8)


def test_an_edit_needs_a_known_entry_kind_and_summary(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana"))
    entry = core.journal.get(core.journal.log([ana], "call", "Call"))
    assert entry is not None
    with pytest.raises(ValueError):
        core.journal.update(dataclasses.replace(entry, summary="  "))
    with pytest.raises(ValueError):
        core.journal.update(dataclasses.replace(entry, kind="telepathy"))
    with pytest.raises(KeyError):
        core.journal.update(dataclasses.replace(entry, id=entry.id + 1 if entry.id else 1))
    assert core.journal.get(entry.id or 0) == entry


def test_an_edited_entry_keeps_when_it_was_first_written(core: Core, clock: FixedClock) -> None:
    """Editing an entry wrote it anew, with the edit's time as the moment it was written."""
    ana = core.contacts.create(Contact(given_name="Ana"))
    logged = core.journal.log([ana], "call", "Lnuch")
    entry = core.journal.get(logged)
    assert entry is not None
    clock.advance(days=3)
    core.journal.update(dataclasses.replace(entry, summary="Lunch"))
    (written,) = db.execute_sql(
        "SELECT created_at FROM interaction WHERE id = ?", (logged,)
    ).fetchone()
    assert str(written).startswith("2026-03-02 09:00")
    assert core.journal.get(logged) == dataclasses.replace(entry, summary="Lunch")


def test_a_summary_is_one_line_and_text_holds_no_nul(core: Core) -> None:
    """A pasted three-line summary showed only its middle line in the lists, and search
    stopped at a NUL character."""
    ana = core.contacts.create(Contact(given_name="Ana"))
    entry_id = core.journal.log(
        [ana], "call", "Offer\n  Salary: 60k \r\nstart in May", body="Notes\x00 about Ana"
    )
    entry = core.journal.get(entry_id)
    assert entry is not None
    assert (entry.summary, entry.body) == ("Offer Salary: 60k start in May", "Notes about Ana")
    assert core.journal.all(text="about Ana")[0].id == entry_id
    edited = core.journal.update(dataclasses.replace(entry, summary="Two\nlines", body="\x00x"))
    assert edited.summary == "Offer Salary: 60k start in May"  # the one before, for the undo
    stored = core.journal.get(entry_id)
    assert stored is not None and (stored.summary, stored.body) == ("Two lines", "x")
    with pytest.raises(ValueError, match="summary"):
        core.journal.log([ana], "call", "\x00 \n")


def test_the_text_filter_ignores_accents_and_case_beyond_ascii(core: Core) -> None:
    """Searching "ángel" or "angel" found no "Llamada con Ángel" (LIKE folds ASCII only)."""
    ana = core.contacts.create(Contact(given_name="Ana"))
    journal = core.journal
    ids = {
        "angel": journal.log([ana], "call", "Llamada con Ángel"),
        "munoz": journal.log([ana], "note", "Lunch", body="Met Muñoz's team"),
        "ascii": journal.log([ana], "note", "ANGELA from sales"),
        "percent": journal.log([ana], "note", "50% off, not 50 off"),
        "strasse": journal.log([ana], "meeting", "Office at Hauptstraße 5"),
    }

    def found(text: str) -> set[int]:
        return {e.id for e in journal.all(text=text)}  # type: ignore[misc]

    assert found("angel") == {ids["angel"], ids["ascii"]}
    assert found("ÁNGEL") == found("ángel") == found("angel")
    assert found("MUNOZ") == {ids["munoz"]}
    assert found("50%") == {ids["percent"]}  # LIKE's wildcards stay plain text
    assert found("hauptstrasse") == {ids["strasse"]}
    assert found("con  ángel") == {ids["angel"]}  # spaces as typed
    assert found("zzqq") == set()
