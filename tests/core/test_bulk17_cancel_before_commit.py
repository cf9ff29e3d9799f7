"""Cancel pressed while a bulk change is past its last step but not committed yet (an undo of
a delete reading journals again, the last step of a tag) is heard: the dialog said
"Cancelling…", and the change was then made anyway."""

from __future__ import annotations

import pytest

from netdesk.core import Core
from netdesk.core import contacts as core_contacts
from netdesk.core.contacts import BulkCancelled, RestoreCancelled
from netdesk.core.types import Contact


def test_cancel_after_the_last_step_of_an_undone_delete_restores_nothing(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core_contacts, "_CHUNK", 2)
    ids = [core.contacts.create(Contact(given_name=f"C{n}")) for n in range(3)]
    core.journal.log([ids[0], ids[2]], "call", "Across steps")
    records = core.contacts.delete(ids)
    steps: list[int] = []
    asked: list[int] = []

    def cancelled() -> bool:  # pressed once both steps are written, before the commit
        asked.append(len(steps))
        return len(asked) > 2

    with pytest.raises(RestoreCancelled):
        core.contacts.restore(
            records, progress=lambda done, _total: steps.append(done), cancelled=cancelled
        )
    assert steps == [2, 3]
    assert asked == [1, 2, 2]
    assert all(core.contacts.get(i) is None for i in ids)
    assert core.journal.count() == 0
    core.contacts.restore(records)  # the record is whole still
    assert [e.contact_ids for e in core.journal.for_contact(ids[2])] == [[ids[0], ids[2]]]


def test_cancel_during_the_last_step_of_a_tag_tags_nobody(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core_contacts, "_BULK_STEP", 2)
    ids = [core.contacts.create(Contact(given_name=f"C{n}")) for n in range(3)]
    steps: list[int] = []

    with pytest.raises(BulkCancelled):
        core.contacts.add_tag(
            ids,
            "Fair",
            progress=lambda done, _total: steps.append(done),
            cancelled=lambda: steps == [2, 3],
        )
    assert steps == [2, 3]
    assert core.contacts.having_tag(ids, "Fair") == set()
