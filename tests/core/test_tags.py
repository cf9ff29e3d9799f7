"""Whole tags: rename (and fold into another), delete, default cadence, and each one's undo."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import Core
from netdesk.core.contacts import ValidationError
from netdesk.core.tags import UnknownTagError
from netdesk.core.types import Contact


def _tags(core: Core) -> dict[str, int]:
    return {t.name: t.count for t in core.contacts.tags()}


def _tags_of(core: Core, contact_id: int) -> list[str]:
    contact = core.contacts.get(contact_id)
    assert contact is not None
    return sorted(contact.tags)


def test_a_rename_keeps_every_contact_and_is_searched_by_its_new_name(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", tags=["pycon"]))
    bob = core.contacts.create(Contact(given_name="Bob", tags=["pycon", "friends"]))

    done = core.tags.rename("pycon", "  PyCon   2024 ")

    assert _tags(core) == {"PyCon 2024": 2, "friends": 1}
    assert _tags_of(core, ana) == ["PyCon 2024"]
    assert sorted(core.contacts.search("2024")) == [ana, bob]
    assert core.contacts.search("pycon2") == []
    core.tags.undo_rename(done)
    assert _tags(core) == {"pycon": 2, "friends": 1}
    assert core.contacts.search("2024") == []


def test_a_change_of_case_alone_is_kept(core: Core) -> None:
    core.contacts.create(Contact(given_name="Ana", tags=["vip"]))
    done = core.tags.rename("vip", "VIP")
    assert _tags(core) == {"VIP": 1}
    assert done.into is None
    core.tags.undo_rename(done)
    assert _tags(core) == {"vip": 1}


def test_a_rename_onto_another_tag_makes_one_and_its_undo_makes_two_again(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", tags=["mentor"]))
    bob = core.contacts.create(Contact(given_name="Bob", tags=["mentor", "Mentors"]))
    cy = core.contacts.create(Contact(given_name="Cy", tags=["Mentors"]))
    core.tags.set_cadence("mentor", 30)

    done = core.tags.rename("mentor", "mentors")

    assert _tags(core) == {"Mentors": 3}  # the other tag's name as written
    assert [_tags_of(core, i) for i in (ana, bob, cy)] == [["Mentors"]] * 3
    # it had no default cadence: it takes the one of the tag folded into it
    assert core.tags.state("Mentors").cadence_days == 30
    dan = core.contacts.create(Contact(given_name="Dan", tags=["Mentors"]))  # tagged since

    core.tags.undo_rename(done)

    assert _tags(core) == {"mentor": 2, "Mentors": 3}
    assert _tags_of(core, ana) == ["mentor"]
    assert _tags_of(core, bob) == ["Mentors", "mentor"]
    assert _tags_of(core, cy) == ["Mentors"]
    assert _tags_of(core, dan) == ["Mentors"]
    assert core.tags.state("Mentors").cadence_days is None
    assert core.tags.state("mentor").cadence_days == 30


def test_a_delete_takes_the_tag_off_everyone_and_the_undo_gives_it_back(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", tags=["old job", "friends"]))
    bob = core.contacts.create(Contact(given_name="Bob", tags=["old job"]))
    core.tags.set_cadence("old job", 91)

    state = core.tags.delete("old job")

    assert _tags(core) == {"friends": 1}
    assert _tags_of(core, ana) == ["friends"]
    assert core.contacts.get(bob) is not None
    assert core.contacts.search("job") == []
    core.contacts.delete([bob])  # gone meanwhile: the undo skips them

    core.tags.restore(state)

    assert _tags(core) == {"old job": 1, "friends": 1}
    assert core.tags.state("old job").cadence_days == 91
    assert core.contacts.search("job") == [ana]


def test_a_default_cadence_moves_next_due_of_who_has_none_of_their_own(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", tags=["clients"]))
    own = core.contacts.create(Contact(given_name="Bob", tags=["clients"], keep_in_touch_days=7))

    assert core.tags.set_cadence("clients", 14) is None
    ana_card, own_card = core.contacts.get(ana), core.contacts.get(own)
    assert ana_card is not None and own_card is not None
    assert ana_card.next_due == dt.datetime(2026, 3, 16)
    assert own_card.next_due == dt.datetime(2026, 3, 9)
    assert core.tags.set_cadence("clients", None) == 14
    ana_card = core.contacts.get(ana)
    assert ana_card is not None and ana_card.next_due is None


def test_names_that_cannot_be_used(core: Core) -> None:
    core.contacts.create(Contact(given_name="Ana", tags=["friends"]))
    with pytest.raises(ValidationError):
        core.tags.rename("friends", "   ")
    with pytest.raises(UnknownTagError, match="“gone”"):
        core.tags.rename("gone", "anything")
    with pytest.raises(UnknownTagError):
        core.tags.delete("gone")
    with pytest.raises(ValidationError):
        core.tags.set_cadence("friends", 0)
    assert _tags(core) == {"friends": 1}
