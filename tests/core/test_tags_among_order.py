"""Tag… and Untag… choices and the card's completer come in the order of every other list of
tags: accents and case aside."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.types import Contact


def test_tags_among_a_selection_sort_accents_with_their_letters(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", tags=["zeta", "Émigré"]))
    bo = core.contacts.create(Contact(given_name="Bo", tags=["Ávila", "beta"]))
    assert core.contacts.tags_among([ana, bo]) == ["Ávila", "beta", "Émigré", "zeta"]


def test_every_tag_comes_in_the_order_of_the_lists_of_tags(core: Core) -> None:
    """What the card's completer and Tag… offer: 'Ávila' and 'Émigré' after 'zeta' before."""
    core.contacts.create(Contact(given_name="Ana", tags=["zeta", "Émigré", "Ávila", "beta"]))
    assert [tag.name for tag in core.contacts.tags()] == ["Ávila", "beta", "Émigré", "zeta"]
