"""Find duplicates: one family name written in one word by one address book and in two by the
other ("De Luca", "DeLuca"; "O'Brien", "OBrien"; "van der Berg", "Vanderberg")."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.duplicates import find_duplicates
from netdesk.core.types import Contact


def test_a_name_written_in_more_words_or_fewer_is_proposed(core: Core) -> None:
    add = core.contacts.create
    written = [
        ("Marco", "De Luca", "DeLuca"),
        ("Sean", "O'Brien", "OBrien"),
        ("Pieter", "van der Berg", "Vanderberg"),
        ("Ronald", "McDonald", "Mc Donald"),
    ]
    expected = set()
    for given, one, other in written:
        first = add(Contact(given_name=given, family_name=one))
        second = add(Contact(given_name=given, family_name=other))
        expected.add((first, second))
    add(Contact(given_name="Marta", family_name="DeLuca"))  # another given name
    pairs = {(p.keep_id, p.other_id): p for p in find_duplicates(core)}
    assert set(pairs) == expected
    assert {tuple(p.reasons) for p in pairs.values()} == {("similar names",)}


def test_other_companies_say_two_people(core: Core) -> None:
    core.contacts.create(Contact(given_name="Marco", family_name="De Luca", organization="Acme"))
    core.contacts.create(Contact(given_name="Marco", family_name="DeLuca", organization="Globex"))
    assert find_duplicates(core) == []
