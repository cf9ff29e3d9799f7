"""A merge takes, field by field, the other contact's single value where the user chose it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from netdesk.core import Core, duplicates
from netdesk.core.clock import FixedClock
from netdesk.core.contacts import merge_into
from netdesk.core.paths import Paths
from netdesk.core.types import Contact, PartialDate


def _pair(core: Core) -> tuple[int, int]:
    keep = core.contacts.create(
        Contact(given_name="Ana", family_name="Ruiz", title="CTO", keep_in_touch_days=30)
    )
    other = core.contacts.create(
        Contact(
            given_name="Ana",
            family_name="Ruiz",
            title="Chief Technology Officer",
            birthday=PartialDate(1980, 3, 9),
            keep_in_touch_days=90,
        )
    )
    return keep, other


def test_merge_into_takes_the_others_value_only_for_the_fields_named() -> None:
    keep = Contact(id=1, title="CTO", organization="Acme", notes="mine")
    other = Contact(id=2, title="Founder", organization="Acme Corp", notes="theirs")
    merged = merge_into(keep, other, {"title"})
    assert (merged.title, merged.organization) == ("Founder", "Acme")
    assert merge_into(keep, other).title == "CTO"  # the default is unchanged
    assert merge_into(keep, other, {"notes"}).notes == "theirs"  # its text alone
    assert merge_into(keep, Contact(id=2), {"title"}).title == "CTO"  # nothing to take


def test_merge_into_refuses_a_field_that_is_not_single_valued() -> None:
    with pytest.raises(ValueError, match="emails"):
        merge_into(Contact(id=1), Contact(id=2), {"emails", "title"})


def test_the_choice_is_stored_and_undo_restores_both_and_redo_takes_it_again(
    core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    keep_id, other_id = _pair(core)
    keep_before, other_before = core.contacts.get(keep_id), core.contacts.get(other_id)
    assert keep_before is not None and other_before is not None
    record = duplicates.merge(core, keep_id, other_id, take_other={"title", "keep_in_touch_days"})
    core.close()
    reopened = Core.open(Paths(tmp_data_dir), clock)
    try:
        kept = reopened.contacts.get(keep_id)
        assert kept is not None and reopened.contacts.get(other_id) is None
        assert (kept.title, kept.keep_in_touch_days) == ("Chief Technology Officer", 90)
        assert kept.birthday == PartialDate(1980, 3, 9)  # an empty field filled, as before
        duplicates.undo_merge(reopened, keep_before, record)
        ignored = {"updated_at", "created_at", "next_due", "last_interaction"}

        def same(a: Contact | None, b: Contact) -> bool:
            assert a is not None
            fields = [f.name for f in dataclasses.fields(Contact) if f.name not in ignored]
            return all(getattr(a, f) == getattr(b, f) for f in fields)

        assert same(reopened.contacts.get(keep_id), keep_before)
        assert same(reopened.contacts.get(other_id), other_before)
        duplicates.merge(reopened, keep_id, other_id, record, {"title"})
        again = reopened.contacts.get(keep_id)
        assert again is not None and again.title == "Chief Technology Officer"
        assert again.keep_in_touch_days == 30  # this time the kept one's cadence
    finally:
        reopened.close()
