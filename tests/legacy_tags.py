"""Tags as an older netdesk (or an import) stored them: SQLite matches names with ASCII case
alone, so "Émigré" and "ÉMIGRÉ" could be two tags. Typed tags are now the stored tag they
name (core.tag_names); tests of such pairs make them here."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import contacts as contact_rows
from netdesk.store import search


def tagged_as_stored_before(
    core: Core, given_name: str, tag: str, contact_id: int | None = None
) -> int:
    """A new contact (or ``contact_id``) carrying ``tag`` through the store's ASCII-only
    matching."""
    if contact_id is None:
        contact_id = core.contacts.create(Contact(given_name=given_name))
    with core.store.transaction():
        (tag_id,) = contact_rows.ensure_tags([tag])
        contact_rows.link_tag(tag_id, [contact_id])
        search.reindex([contact_id])
    return contact_id
