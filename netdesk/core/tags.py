"""Tags as a whole: rename one (or fold it into another), delete it, give it a default cadence.

Each change returns what its undo needs, and each undo puts back only what the change did: a
contact tagged since (by an import, another edit) keeps its tag.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from netdesk.core.contacts import ContactService, ValidationError
from netdesk.core.followups import refresh_cadence
from netdesk.core.tag_names import tag_key
from netdesk.store import contacts as contact_rows
from netdesk.store import search

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


def _find(name: str) -> tuple[int, str, int | None] | None:
    """(id, name as written, default cadence) of the tag called ``name``: the one written so
    (SQLite's NOCASE, ASCII case only) first, else the one equal by ``tag_key``."""
    row = contact_rows.tag_row(name)
    if row is not None:
        return row
    key = tag_key(name)
    return next((r for r in contact_rows.tag_rows() if tag_key(r[1]) == key), None)


def _other(new_name: str, tag_id: int | None) -> tuple[int, str, int | None] | None:
    """The tag other than ``tag_id`` that a rename to ``new_name`` makes it part of, or None.
    The tag itself written so (a change of case) is no other, whatever tag_key finds."""
    row = contact_rows.tag_row(new_name)
    if row is not None:
        return None if row[0] == tag_id else row
    key = tag_key(new_name)
    return next(
        (r for r in contact_rows.tag_rows() if r[0] != tag_id and tag_key(r[1]) == key), None
    )


def _stored(name: str) -> tuple[int, TagState]:
    """The tag's id and state as stored; UnknownTagError when there is none of that name."""
    row = _find(name)
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

    def folds_into(self, name: str, new_name: str) -> str | None:
        """The other tag renaming ``name`` to ``new_name`` would make it part of (its name as
        written), or None when the rename only renames it."""
        row = _find(name)
        other = _other(" ".join(new_name.split()), row[0] if row is not None else None)
        return other[1] if other is not None else None

    def rename(
        self,
        name: str,
        new_name: str,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> TagRename:
        """Call the tag ``new_name``. When another tag is already called that (``tag_key``),
        the two become one: its contacts gain this tag's, and it keeps its own default cadence
        (or takes this one's when it had none)."""
        new = " ".join(new_name.split())
        if not new:
            raise ValidationError("tags", "A tag needs a name.")
        with self.contacts.store.transaction():
            tag_id, before = _stored(name)
            prior = search.tags_by_contact(before.members)
            days = before.cadence_days
            other = _other(new, tag_id)
            if other is None:
                contact_rows.rename_tag_row(tag_id, new)
                # the same contacts under another name: only their search rows change
                self._refresh(prior, (), progress, cancelled)
                return TagRename(before, new, None)
            other_id, other_name, other_days = other
            into = TagState(other_name, other_days, tuple(contact_rows.tag_members(other_id)))
            contact_rows.delete_tag_row(tag_id)
            contact_rows.link_tag(other_id, before.members)
            timed: tuple[int, ...] = ()
            if other_days is None and days is not None:
                contact_rows.set_tag_row_cadence(other_id, days)
                timed = into.members  # the other tag's own contacts now have a default too
            if days is not None or other_days is not None:
                timed += before.members
            self._refresh(prior, timed, progress, cancelled)
        return TagRename(before, other_name, into)

    def undo_rename(
        self, done: TagRename, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> None:
        """Part what ``rename`` did: its contacts that still carry the tag get the old one
        back. Those tagged with the new name since (an import, netdesk-cli) keep it, and a tag
        of the old name made since takes the renamed contacts back in."""
        before = done.before
        with self.contacts.store.transaction():
            # the tags themselves, by their stored names: "ÉMIGRÉ" may be another tag than
            # "Émigré", as it was before the rename (tag_key is for what the user types)
            row = contact_rows.tag_row(done.new_name)
            if row is None:  # renamed or deleted since
                if done.into is None:
                    raise UnknownTagError(done.new_name)
                prior = search.tags_by_contact(before.members)
                self._put_back(before)
                back_due = before.members if before.cadence_days is not None else ()
                self._refresh(prior, back_due, progress, cancelled)
                return
            row_id, _, row_days = row
            carrying = set(contact_rows.tag_members(row_id))
            back = [i for i in before.members if i in carrying]
            old = contact_rows.tag_row(before.name)
            if done.into is None:
                if (old is not None and old[0] == row_id) or (old is None and carrying == {*back}):
                    prior = search.tags_by_contact(carrying)
                    contact_rows.rename_tag_row(row_id, before.name)  # simply named back
                    self._refresh(prior, (), progress, cancelled)
                    return
                left_days = row_days  # split in two: the new name stays on who got it since
                moved = back
            else:
                left_days = done.into.cadence_days
                theirs = set(done.into.members)  # once, not for each contact
                moved = [i for i in back if i not in theirs]
            prior = search.tags_by_contact(back)
            contact_rows.unlink_tag(row_id, moved)
            contact_rows.set_tag_row_cadence(row_id, left_days)
            if done.into is None and not contact_rows.tag_members(row_id):
                contact_rows.delete_tag_row(row_id)  # the renamed tag, now back in the old one
            old_members = contact_rows.tag_members(old[0]) if old and old[0] != row_id else []
            self._put_back(TagState(before.name, before.cadence_days, tuple(back)))
            days = (row_days, left_days, before.cadence_days, old[2] if old else None)
            timed: list[int] = []
            if any(d is not None for d in days):
                timed = [*carrying, *old_members]
            self._refresh(prior, timed, progress, cancelled)

    def delete(
        self, name: str, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> TagState:
        """Take the tag off every contact and forget it; the contacts stay."""
        with self.contacts.store.transaction():
            tag_id, state = _stored(name)
            prior = search.tags_by_contact(state.members)
            contact_rows.delete_tag_row(tag_id)
            timed = state.members if state.cadence_days is not None else ()
            self._refresh(prior, timed, progress, cancelled)
        return state

    def restore(
        self, state: TagState, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> None:
        """Undo a delete: the tag again, on those of its contacts still stored."""
        with self.contacts.store.transaction():
            prior = search.tags_by_contact(state.members)
            self._put_back(state)
            timed = state.members if state.cadence_days is not None else ()
            self._refresh(prior, timed, progress, cancelled)

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
            row = _find(name)
            if row is None:
                raise UnknownTagError(name)
            tag_id, _, before = row
            contact_rows.set_tag_row_cadence(tag_id, days)
            self._refresh({}, contact_rows.tag_members(tag_id), progress, cancelled)
        return before

    def _put_back(self, state: TagState) -> None:
        """The tag on ``state.members`` again, as written, with its cadence: into the tag of
        that name made since (SQLite allows one per ASCII case), else a tag of its own again
        ("Émigré" taken back out of "ÉMIGRÉ", or beside it as it was)."""
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
        searched: Mapping[int, Sequence[str]],
        timed: Sequence[int],
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        """Bring the search rows of the contacts in ``searched`` (their tags before the change,
        search.tags_by_contact) up to their tags now, and the next due dates of ``timed`` (a
        tag's default cadence counts), a step at a time, in the caller's transaction. Only
        what changed: on 100,000 contacts the due dates take ~5 s of CPU."""
        due_ids = set(timed)
        now = self.contacts.clock.now()

        def step(ids: Sequence[int]) -> None:
            refresh_cadence([i for i in ids if i in due_ids], now)
            search.retag({i: searched[i] for i in ids if i in searched})

        everyone = list(dict.fromkeys([*searched, *timed]))
        self.contacts._in_steps(everyone, step, progress, cancelled)
