"""One order for every list of tags: case and accents aside, as the filter menu sorts them."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.listing import tag_names_by_name, tags_by_name
from netdesk.core.types import Contact

WRITTEN = ["zeta", "Émigré", "apple", "Ávila", "emu", "Bob", "émigré"]
BY_NAME = ["apple", "Ávila", "Bob", "Émigré", "émigré", "emu", "zeta"]


def test_tags_read_from_the_store_sort_case_and_accents_aside(core: Core) -> None:
    """The store's order (SQLite's NOCASE) put "Ávila" and "Émigré" after "zeta": the export
    dialog's tags and the card's completer listed them so."""
    core.contacts.create(Contact(given_name="Ana", tags=WRITTEN[:-1]))
    stored = core.contacts.tags()
    assert [t.name for t in stored] == [n for n in BY_NAME if n != "émigré"]
    assert tags_by_name(stored) == stored


def test_names_sort_as_the_tags_do() -> None:
    assert tag_names_by_name(WRITTEN) == BY_NAME
    assert tag_names_by_name([]) == []
