"""Tags as a whole: rename one (or fold it into another), delete it, give it a default cadence.

Each change returns what its undo needs, and each undo puts back only what the change did: a
contact tagged since (by an import, another edit) keeps its tag.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from netdesk.core.contacts import ContactService, ValidationError
from netdesk.store import contacts as contact_rows

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class TagState:
    """One tag as it was: its name as written, its default cadence and who carried it."""

    name: str
    cadence_days: int | None
    members: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class TagRename:
    """What a rename did. ``into``: the other tag it was folded into, as that tag was before
    (None when the tag only changed its name, case included)."""

    before: TagState
    new_name: str
    into: TagState | None


class UnknownTagError(ValidationError):
    """The tag is gone (deleted or renamed meanwhile, by another window or netdesk-cli)."""

    def __init__(self, name: str) -> None:
        super().__init__("tags", f"There is no tag named “{name}” any more.")
        self.name = name


def _stored(name: str) -> tuple[int, TagState]:
    """The tag's id and state as stored; UnknownTagError when there is none of that name."""
    row = contact_rows.tag_row(name)
    if row is None:
        raise UnknownTagError(name)
    tag_id, written, days = row
    return tag_id, TagState(written, days, tuple(contact_rows.tag_members(tag_id)))


class TagService:
    """Changes to whole tags, in one transaction each, over the contact service's rules."""

    def __init__(self, contacts: ContactService) -> None:
        self.contacts = contacts

    def state(self, name: str) -> TagState:
        return _stored(name)[1]

    def rename(
        self,
        name: str,
        new_name: str,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> TagRename:
        """Call the tag ``new_name``. When another tag is already called that (in any case), the
        two become one: its contacts gain this tag's, and it keeps its own default cadence (or
        takes this one's when it had none)."""
        new = " ".join(new_name.split())
        if not new:
            raise ValidationError("tags", "A tag needs a name.")
        with self.contacts.store.transaction():
            tag_id, before = _stored(name)
            days = before.cadence_days
            other = contact_rows.tag_row(new)
            into = None
            if other is None or other[0] == tag_id:
                contact_rows.rename_tag_row(tag_id, new)
            else:
                other_id, other_name, other_days = other
                into = TagState(other_name, other_days, tuple(contact_rows.tag_members(other_id)))
                contact_rows.delete_tag_row(tag_id)
                contact_rows.link_tag(other_id, before.members)
                if other_days is None and days is not None:
                    contact_rows.set_tag_row_cadence(other_id, days)
                new = other_name
            self._refresh(before.members, progress, cancelled)
        return TagRename(before, new, into)

    def undo_rename(
        self, done: TagRename, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> None:
        with self.contacts.store.transaction():
            row = contact_rows.tag_row(done.new_name)
            if done.into is None:
                if row is None:
                    raise UnknownTagError(done.new_name)
                contact_rows.rename_tag_row(row[0], done.before.name)
            else:
                if row is not None:
                    had = set(done.into.members)
                    moved = [i for i in done.before.members if i not in had]
                    contact_rows.unlink_tag(row[0], moved)
                    contact_rows.set_tag_row_cadence(row[0], done.into.cadence_days)
                self._put_back(done.before)
            self._refresh(done.before.members, progress, cancelled)

    def delete(
        self, name: str, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> TagState:
        """Take the tag off every contact and forget it; the contacts stay."""
        with self.contacts.store.transaction():
            tag_id, state = _stored(name)
            contact_rows.delete_tag_row(tag_id)
            self._refresh(state.members, progress, cancelled)
        return state

    def restore(
        self, state: TagState, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> None:
        """Undo a delete: the tag again, on those of its contacts still stored."""
        with self.contacts.store.transaction():
            self._put_back(state)
            self._refresh(state.members, progress, cancelled)

    def set_cadence(
        self,
        name: str,
        days: int | None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int | None:
        """Give the tag's contacts without a cadence of their own this default; returns the
        default it had, for the undo."""
        if days is not None and days <= 0:
            raise ValidationError("cadence", "A cadence is a number of days above zero.")
        with self.contacts.store.transaction():
            row = contact_rows.tag_row(name)
            if row is None:
                raise UnknownTagError(name)
            tag_id, _, before = row
            contact_rows.set_tag_row_cadence(tag_id, days)
            self._refresh(contact_rows.tag_members(tag_id), progress, cancelled, search=False)
        return before

    def _put_back(self, state: TagState) -> None:
        row = contact_rows.tag_row(state.name)
        if row is None:
            (tag_id,) = contact_rows.ensure_tags([state.name])
        else:
            tag_id = row[0]
            contact_rows.rename_tag_row(tag_id, state.name)  # as it was written
        contact_rows.set_tag_row_cadence(tag_id, state.cadence_days)
        contact_rows.link_tag(tag_id, state.members)

    def _refresh(
        self,
        ids: tuple[int, ...] | list[int],
        progress: Progress | None,
        cancelled: Cancelled | None,
        *,
        search: bool = True,
    ) -> None:
        """The members' search rows (tags are searched) and next due dates (a tag's default
        cadence counts), a step at a time, in the caller's transaction."""
        self.contacts.refresh_derived(ids, progress, cancelled, search=search)
