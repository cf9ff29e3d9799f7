"""Find duplicates: a contact whose nickname is written and a card named by that nickname (the
phone's "Daisy Smith" for Outlook's "Margaret Smith", nickname "Daisy")."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.duplicates import find_duplicates
from netdesk.core.types import Contact


def test_a_card_named_by_the_nickname_written_is_proposed(core: Core) -> None:
    add = core.contacts.create
    margaret = add(Contact(given_name="Margaret", family_name="Smith", nickname="Daisy"))
    daisy = add(Contact(given_name="Daisy", family_name="Smith"))
    add(Contact(given_name="Daisy", family_name="Jones"))  # another family
    add(Contact(given_name="Rose", family_name="Smith"))  # another name
    pairs = {(p.keep_id, p.other_id): p for p in find_duplicates(core)}
    assert set(pairs) == {(margaret, daisy)}
    assert pairs[(margaret, daisy)].reasons == ["similar names"]
    assert pairs[(margaret, daisy)].score == 90


def test_at_two_companies_they_are_two_people(core: Core) -> None:
    add = core.contacts.create
    add(Contact(given_name="Margaret", family_name="Smith", nickname="Daisy", organization="Acme"))
    add(Contact(given_name="Daisy", family_name="Smith", organization="Globex"))
    assert find_duplicates(core) == []
