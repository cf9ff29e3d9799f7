"""What each merge button loses: not the other's spelling of the same name (no accents, other
capitals, an initial), which an import from a phone gave every pair."""

from __future__ import annotations

from netdesk.core.types import Contact
from netdesk.ui.merge_dialog import not_kept


def test_the_same_name_without_accents_or_as_an_initial_is_not_lost() -> None:
    outlook = Contact(id=1, given_name="Lucía", family_name="Fernández-Núñez", title="CTO")
    phone = Contact(id=2, given_name="LUCIA", family_name="Fernandez Nunez", title="Founder")
    assert not_kept(outlook, phone) == ["Job title “Founder”"]
    assert not_kept(phone, outlook) == ["Job title “CTO”"]
    hannah = Contact(id=3, given_name="Hannah", family_name="Walker")
    initial = Contact(id=4, given_name="H.", family_name="Walker")
    assert not_kept(hannah, initial) == []
    assert not_kept(initial, hannah) == ["First name “Hannah”"]  # that one is lost


def test_another_name_is_still_said_lost() -> None:
    lucia = Contact(id=1, given_name="Lucía", family_name="Fernández")
    lucas = Contact(id=2, given_name="Lucas", family_name="Fernandez")
    assert not_kept(lucia, lucas) == ["First name “Lucas”"]
