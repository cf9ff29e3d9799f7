"""The undo record of a delete: compact (the rows as stored, compressed), and exact (its
undo puts back every row as it was: ids, dates, photos, import marks, tags, journal,
follow-ups, search rows, others' links to them, "not the same person" answers). Deleting
97,000 of 100,000 contacts with a million journal entries held ~3.3 GB as dataclasses."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import random
import tracemalloc

import pytest
from PIL import Image

from netdesk.core import Core
from netdesk.core import contacts as core_contacts
from netdesk.core.types import Contact, EmailAddress, PhoneNumber, RelatedPerson
from netdesk.store import dismissed, search
from netdesk.store.models import db

_TABLES = (
    "contact",
    "email",
    "phone",
    "address",
    "url",
    "related",
    "custom_field",
    "contact_tag",
    "tag",
    "interaction",
    "interaction_contact",
    "follow_up",
    "not_duplicate",
    "contact_fts",
)


def _everything() -> dict[str, list[tuple[object, ...]]]:
    return {
        table: sorted(
            db.execute_sql(f'SELECT {"rowid, " if table == "contact_fts" else ""}* FROM "{table}"'),
            key=repr,
        )
        for table in _TABLES
    }


@pytest.fixture
def people(core: Core, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Contacts with all a delete takes: photos, tags, journal (some shared across the
    delete's steps and with someone who stays), follow-ups, links, answers."""
    monkeypatch.setattr(core_contacts, "_CHUNK", 3)  # several steps
    picture = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 40)).save(picture, "PNG")
    photo = picture.getvalue()
    ids = [
        core.contacts.create(
            Contact(
                given_name=f"P{n}",
                family_name="Lopez",
                emails=[EmailAddress(f"p{n}@example.org")],
                phones=[PhoneNumber(f"+34 612 34 56 {n:02d}")],
                tags=["Fair", f"Group {n % 3}"],
                notes=f"Met at the fair, stand {n}",
            )
        )
        for n in range(8)
    ]
    stays = core.contacts.create(Contact(given_name="Stays", tags=["Fair"]))
    first = core.contacts.get(ids[0])
    assert first is not None
    first.met_through_id = ids[7]  # into a later step
    first.related = [RelatedPerson("friend", "Stays", stays)]
    first.photo = photo
    core.contacts.update(first, strict=False)
    keeper = core.contacts.get(stays)
    assert keeper is not None
    keeper.met_through_id = ids[1]
    core.contacts.update(keeper)
    core.journal.log([ids[0], ids[6]], "meeting", "Across steps")
    core.journal.log([ids[2], stays], "call", "With the one who stays")
    for contact_id in ids[:5]:
        core.journal.log([contact_id], "note", f"Only {contact_id}")
        core.follow_ups.add(contact_id, dt.datetime(2026, 3, 9, 10), "Write back")
    dismissed.add([(ids[3], ids[4]), (ids[5], stays)])
    db.execute_sql("UPDATE contact SET import_fingerprint = 'f' || id WHERE id = ?", (ids[5],))
    return ids


def test_a_delete_and_its_undo_leave_every_row_as_it_was(core: Core, people: list[int]) -> None:
    before = _everything()
    records = core.contacts.delete(people)
    assert all(core.contacts.get(i) is None for i in people)
    core.contacts.restore(records)
    after = _everything()
    for table in _TABLES:
        assert after[table] == before[table], table
    core.contacts.restore(core.contacts.delete(people))  # and again (a redo, an undo)
    assert _everything() == before


def test_an_undo_takes_what_changed_meanwhile_as_it_is(core: Core, people: list[int]) -> None:
    stays = max(core.contacts.list_ids())
    records = core.contacts.delete(people[:4])
    # meanwhile: the entry shared with who stays is edited, a tag goes, the contact met
    # through is deleted too
    (shared,) = core.journal.for_contact(stays)
    later = core.clock.now() + dt.timedelta(hours=3)  # after everything else they did
    core.journal.update(dataclasses.replace(shared, summary="Edited call", occurred_at=later))
    core.tags.delete("Group 1")
    core.contacts.delete([people[7]])
    core.contacts.restore(records)
    back = core.contacts.get(people[0])
    assert back is not None and back.met_through_id is None  # gone meanwhile: empty
    assert "Group 1" in (core.contacts.get(people[1]) or Contact()).tags  # made again
    assert set(core.contacts.search("edited")) == {people[2], stays}
    summaries = [e.summary for e in core.journal.for_contact(people[2])]
    assert "Edited call" in summaries
    (summary,) = core.contacts.summaries([people[2]])
    assert summary.last_interaction == later  # its last talk read again


def test_the_record_of_a_delete_is_smaller_than_the_journal_it_holds(core: Core) -> None:
    words = random.Random(5).choices(
        ["fair", "stand", "coffee", "budget", "quarter", "launch", "Lisbon", "call"], k=40_000
    )
    body = " ".join(words)
    ids = [core.contacts.create(Contact(given_name=f"P{n}")) for n in range(150)]
    for n, contact_id in enumerate(ids):
        for k in range(4):
            start = (n * 4 + k) * 97 % 30_000
            core.journal.log([contact_id], "note", f"Note {k}", body=body[start : start + 1_000])
    held = 150 * 4 * 1_000  # characters of journal text

    tracemalloc.start()
    try:
        records = core.contacts.delete(ids)
        size, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(records) == 150
    # as Interaction dataclasses, more than the text itself; compressed rows, a fraction
    assert size < held // 2


def test_an_undo_puts_back_phones_and_addresses_whose_ids_were_taken_meanwhile(
    core: Core,
) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", phones=[PhoneNumber("+34 600 000 001")]))
    bo = core.contacts.create(
        Contact(given_name="Bo", emails=[EmailAddress("bo@example.org")])
    )  # the newest e-mail and phone rows are Ana's and Bo's
    records = core.contacts.delete([ana, bo])
    cleo = core.contacts.create(
        Contact(
            given_name="Cleo",
            phones=[PhoneNumber("+34 600 000 003")],
            emails=[EmailAddress("cleo@example.org")],
        )
    )  # her rows take the ids theirs had
    core.contacts.restore(records)
    phones = {i: [p.raw for p in (core.contacts.get(i) or Contact()).phones] for i in (ana, cleo)}
    assert phones == {ana: ["+34 600 000 001"], cleo: ["+34 600 000 003"]}
    emails = {i: [e.value for e in (core.contacts.get(i) or Contact()).emails] for i in (bo, cleo)}
    assert emails == {bo: ["bo@example.org"], cleo: ["cleo@example.org"]}
    rows = db.execute_sql("SELECT rowid, names, details FROM contact_fts").fetchall()
    assert {r[0]: (r[1], r[2]) for r in rows} == search.documents([ana, bo, cleo])
