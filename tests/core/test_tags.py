"""Whole tags: rename (and fold into another), delete, default cadence, and each one's undo."""

from __future__ import annotations

import datetime as dt

import pytest
from legacy_tags import tagged_as_stored_before

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


def test_a_tag_of_another_case_beyond_ascii_is_the_same_tag(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", tags=["ÉMIGRÉ"]))
    bob = tagged_as_stored_before(core, "Bob", "Émigré")  # NOCASE: another
    core.contacts.create(Contact(given_name="Cy", tags=["Straße"]))
    assert core.tags.folds_into("Émigré", "émigré") == "ÉMIGRÉ"
    assert core.tags.folds_into("Straße", "STRASSE") is None  # itself, in capitals
    assert core.tags.folds_into("Émigré", "emigre") is None  # accents make another word

    done = core.tags.rename("Émigré", " émigré ")

    assert done.into is not None and done.new_name == "ÉMIGRÉ"
    assert _tags(core) == {"ÉMIGRÉ": 2, "Straße": 1}
    core.tags.undo_rename(done)
    assert _tags(core) == {"ÉMIGRÉ": 1, "Émigré": 1, "Straße": 1}
    assert (_tags_of(core, ana), _tags_of(core, bob)) == (["ÉMIGRÉ"], ["Émigré"])
    done = core.tags.rename("Straße", "STRASSE")
    assert done.into is None and _tags(core)["STRASSE"] == 1
    core.tags.undo_rename(done)
    assert "Straße" in _tags(core)


def test_undoing_a_rename_after_a_tag_of_the_old_name_was_made_again(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", tags=["pycon"]))
    done = core.tags.rename("pycon", "PyCon 2024")
    bob = core.contacts.create(Contact(given_name="Bob", tags=["pycon"]))  # netdesk-cli, say

    core.tags.undo_rename(done)  # was: UNIQUE constraint failed: tag.name

    assert _tags(core) == {"pycon": 2}
    assert (_tags_of(core, ana), _tags_of(core, bob)) == (["pycon"], ["pycon"])
    assert sorted(core.contacts.search("pycon")) == [ana, bob]


def test_undoing_a_rename_leaves_the_new_name_on_who_got_it_since(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", tags=["pycon"]))
    core.tags.set_cadence("pycon", 30)
    done = core.tags.rename("pycon", "PyCon 2024")
    cy = core.contacts.create(Contact(given_name="Cy", tags=["pycon 2024"]))  # an import

    core.tags.undo_rename(done)

    assert _tags(core) == {"pycon": 1, "PyCon 2024": 1}
    assert (_tags_of(core, ana), _tags_of(core, cy)) == (["pycon"], ["PyCon 2024"])
    assert core.tags.state("pycon").cadence_days == 30
    assert core.contacts.search("2024") == [cy]
    core.tags.rename("pycon", "PyCon 2024")  # the redo makes them one again
    assert _tags(core) == {"PyCon 2024": 2}


def test_a_default_cadence_taken_by_the_tag_folded_into_reaches_its_own_contacts(
    core: Core,
) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", tags=["mentor"]))
    cy = core.contacts.create(Contact(given_name="Cy", tags=["Mentors"]))
    core.tags.set_cadence("mentor", 14)

    done = core.tags.rename("mentor", "mentors")

    cy_card = core.contacts.get(cy)
    assert cy_card is not None and cy_card.next_due == dt.datetime(2026, 3, 16)  # was None
    assert len(core.follow_ups.upcoming(30)) == 2
    core.tags.undo_rename(done)
    cy_card, ana_card = core.contacts.get(cy), core.contacts.get(ana)
    assert cy_card is not None and cy_card.next_due is None
    assert ana_card is not None and ana_card.next_due == dt.datetime(2026, 3, 16)


def test_rename_fold_delete_then_every_undo_then_every_redo(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", tags=["a"]))
    bob = core.contacts.create(Contact(given_name="Bob", tags=["a", "C"]))
    cy = core.contacts.create(Contact(given_name="Cy", tags=["C"]))
    core.tags.set_cadence("a", 14)
    start = {i: _tags_of(core, i) for i in (ana, bob, cy)}

    first = core.tags.rename("a", "b")
    second = core.tags.rename("b", "c")  # folded into "C"
    gone = core.tags.delete("C")
    dan = core.contacts.create(Contact(given_name="Dan", tags=["b"]))  # an import meanwhile
    assert _tags(core) == {"b": 1}
    core.tags.restore(gone)
    core.tags.undo_rename(second)
    core.tags.undo_rename(first)

    assert {i: _tags_of(core, i) for i in (ana, bob, cy)} == start
    assert _tags_of(core, dan) == ["b"]
    assert core.tags.state("a").cadence_days == 14
    assert core.tags.state("C").cadence_days is None
    first = core.tags.rename("a", "b")
    second = core.tags.rename("b", "c")
    core.tags.delete("C")
    assert _tags(core) == {}
    assert [_tags_of(core, i) for i in (ana, bob, cy, dan)] == [[]] * 4
    assert all(core.contacts.get(i).next_due is None for i in (ana, bob, cy, dan))  # type: ignore[union-attr]


def test_undoing_a_fold_into_a_tag_nobody_carries_keeps_that_tag(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", tags=["mentor", "Mentors"]))
    core.contacts.remove_tag([ana], "Mentors")  # left with nobody (an undo leaves such tags)
    done = core.tags.rename("mentor", "mentors")
    assert _tags(core) == {"Mentors": 1}
    core.tags.undo_rename(done)
    assert _tags(core) == {"mentor": 1, "Mentors": 0}  # "Mentors" was deleted by the undo


def test_a_rename_beyond_ascii_case_finds_the_other_tag_whichever_is_stored_first(
    core: Core,
) -> None:
    core.contacts.create(Contact(given_name="Bob", tags=["Émigré"]))  # stored first
    tagged_as_stored_before(core, "Ana", "ÉMIGRÉ")
    assert core.tags.folds_into("Émigré", "émigré") == "ÉMIGRÉ"  # was None: itself, found first
    assert core.tags.rename("Émigré", "émigré").new_name == "ÉMIGRÉ"
    assert _tags(core) == {"ÉMIGRÉ": 2}
    core.contacts.create(Contact(given_name="Cy", tags=["straße"]))
    tagged_as_stored_before(core, "Di", "STRASSE")
    assert core.tags.folds_into("straße", "Straße") is None  # its own case: no other asked
    assert core.tags.rename("straße", "Straße").into is None


def test_a_tag_typed_in_another_case_or_spacing_is_the_stored_tag(core: Core) -> None:
    """SQLite matches tag names with ASCII case alone: "émigré" typed on a card, or "STRASSE"
    with Ctrl+T, made a second tag beside "Émigré" and "Straße" ("open  source" beside
    "open source"), and a tag's rhythm reached only one of them."""
    contacts = core.contacts
    bob = contacts.create(Contact(given_name="Bob", tags=["Émigré", "Straße", "open source"]))
    ana = contacts.create(Contact(given_name="Ana", tags=["émigré", "open  source", "new  one"]))
    stored = contacts.get(ana)
    assert stored is not None and sorted(stored.tags) == ["new one", "open source", "Émigré"]
    contacts.add_tag([ana], "STRASSE")
    assert {t.name: t.count for t in contacts.tags()} == {
        "Émigré": 2, "Straße": 2, "open source": 2, "new one": 1
    }  # fmt: skip
    assert contacts.having_tag([ana, bob], "ÉMIGRÉ") == {ana, bob}
    contacts.remove_tag([ana], "straße")
    assert sorted(contacts.get(ana).tags) == ["new one", "open source", "Émigré"]  # type: ignore[union-attr]


def test_an_edit_keeps_both_tags_an_earlier_version_made_of_one_name(core: Core) -> None:
    """A contact carrying "Émigré" and "ÉMIGRÉ" (two tags to an earlier netdesk) lost one of
    them on any edit once typed names were matched beyond ASCII case."""
    ana = tagged_as_stored_before(core, "Ana", "ÉMIGRÉ")
    tagged_as_stored_before(core, "Ana", "Émigré", contact_id=ana)
    contact = core.contacts.get(ana)
    assert contact is not None and sorted(contact.tags) == ["ÉMIGRÉ", "Émigré"]
    contact.notes = "edited"
    core.contacts.update(contact)
    assert sorted(core.contacts.get(ana).tags) == ["ÉMIGRÉ", "Émigré"]  # type: ignore[union-attr]
