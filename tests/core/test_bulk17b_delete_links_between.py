"""Undoing a delete of several steps puts back the "met through" and related links the deleted
contacts held to each other: a step deleting a contact emptied (ON DELETE SET NULL) the link a
contact of a later step held to it, and that later step kept the link empty."""

from __future__ import annotations

import pytest
from test_bulk17_delete_record import _TABLES, _everything  # every table, as stored

from netdesk.core import Core
from netdesk.core import contacts as core_contacts
from netdesk.core.contacts import DeleteCancelled, RestoreCancelled
from netdesk.core.types import Contact, RelatedPerson


def _link(core: Core, holder: int, met_through: int | None, *related: int) -> None:
    contact = core.contacts.get(holder)
    assert contact is not None
    contact.met_through_id = met_through
    contact.related = [RelatedPerson("friend", f"Friend {n}", n) for n in related]
    core.contacts.update(contact, strict=False)


@pytest.fixture
def people(core: Core, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Eight contacts deleted in steps of three, linked to each other across steps (back
    and forth), within a step, and from someone who stays."""
    monkeypatch.setattr(core_contacts, "_CHUNK", 3)  # steps: 0-2, 3-5, 6-7
    ids = [core.contacts.create(Contact(given_name=f"P{n}", tags=["Fair"])) for n in range(8)]
    stays = core.contacts.create(Contact(given_name="Stays"))
    _link(core, ids[4], ids[1], ids[0], ids[7])  # back a step, and forward
    _link(core, ids[7], ids[3], ids[0], ids[5], ids[6])  # back one and two steps, same step
    _link(core, ids[0], ids[6])  # forward
    _link(core, ids[2], ids[1])  # same step
    _link(core, ids[6], ids[5])  # the step just before
    _link(core, stays, ids[3], ids[7])  # someone who stays
    core.journal.log([ids[1], ids[6]], "meeting", "Across steps")
    return ids


def test_an_undo_puts_back_the_links_between_contacts_of_different_steps(
    core: Core, people: list[int]
) -> None:
    before = _everything()
    records = core.contacts.delete(people)
    assert all(core.contacts.get(i) is None for i in people)
    core.contacts.restore(records)
    after = _everything()
    for table in _TABLES:
        assert after[table] == before[table], table
    back = core.contacts.get(people[7])
    assert back is not None and back.met_through_id == people[3]
    assert [r.contact_id for r in back.related] == [people[0], people[5], people[6]]
    core.contacts.restore(core.contacts.delete(people))  # and again (a redo, an undo)
    assert _everything() == before


def test_cancelled_delete_and_undo_leave_the_links_as_they_were(
    core: Core, people: list[int]
) -> None:
    before = _everything()
    with pytest.raises(DeleteCancelled):
        core.contacts.delete(people, cancelled=lambda: True)
    assert _everything() == before
    records = core.contacts.delete(people)
    deleted = _everything()
    asked: list[bool] = []

    def cancelled() -> bool:  # pressed after the last step, before the commit
        asked.append(True)
        return len(asked) > 3

    with pytest.raises(RestoreCancelled):
        core.contacts.restore(records, cancelled=cancelled)
    assert _everything() == deleted
    core.contacts.restore(records)  # the record is whole still
    assert _everything() == before
