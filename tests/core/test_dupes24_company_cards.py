"""Find duplicates: a company's own cards from two address books, one with its legal form."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.duplicates import find_duplicates
from netdesk.core.types import Contact


def test_a_companys_cards_with_and_without_its_legal_form_are_proposed(core: Core) -> None:
    add = core.contacts.create
    outlook = add(Contact(organization="Acme Robotics Inc."))
    phone = add(Contact(organization="ACME Robotics"))
    gmbh = add(Contact(organization="Fjord Logistik GmbH"))
    plain = add(Contact(organization="Fjord Logistik"))
    add(Contact(organization="Acme Foods Inc."))  # another company
    # a person at the company is not its card
    add(Contact(given_name="Elena", family_name="Bianchi", organization="Acme Robotics"))
    pairs = {(p.keep_id, p.other_id): p for p in find_duplicates(core)}
    assert set(pairs) == {(outlook, phone), (gmbh, plain)}
    assert pairs[(outlook, phone)].reasons == ["similar names"]
    assert pairs[(outlook, phone)].score == 95


def test_two_legal_forms_of_one_name_are_not_proposed(core: Core) -> None:
    """A group's German GmbH and its Swiss AG are two companies."""
    core.contacts.create(Contact(organization="Fjord Logistik GmbH"))
    core.contacts.create(Contact(organization="Fjord Logistik AG"))
    assert find_duplicates(core) == []
