"""Contacts: create, edit, archive, delete (undoably), merge, tag, and the queries over them."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Collection, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from netdesk.core import names
from netdesk.core.clock import Clock
from netdesk.core.listing import tag_names_by_name, tags_by_name
from netdesk.core.tag_names import as_stored
from netdesk.core.types import (
    NEVER_KEEP_IN_TOUCH,
    Contact,
    ContactSummary,
    FollowUp,
    Interaction,
    PartialDate,
    Stats,
    Tag,
)
from netdesk.gcpause import collector_paused
from netdesk.store import backlinks, dismissed, fresh_ids, queries, search
from netdesk.store import contacts as contact_rows
from netdesk.store import journal as journal_rows
from netdesk.store.database import Store
from netdesk.store.queries import ListFilter, SortOrder

log = logging.getLogger("netdesk.core")

Progress = Callable[[int, int], None]
_CHUNK = 1000  # contacts read and deleted per step of a bulk delete
_BULK_STEP = 500  # contacts per step of a tag, cadence or archive change
# the share of the stored contacts from which a delete empties the tables and rebuilds their
# indexes rather than deleting row by row (ContactService.delete's ``most``). Of 100,000
# contacts with a million journal entries, CPU s rebuilt against row by row: 30% 23.5 / 19.2,
# 50% 31.0 / 30.8, 70% 29.6 / 46.9, 97.5% (Select all) 32.6 / 68.9. An undo, whose indexes
# are made again after it when it puts back that share of the contacts (restore's ``most``):
# 50% 26.5 / 34.9, 97.5% 43.4 / 50.6 (bench_bulk --rss-sizes, with and without --row-by-row).
MOST_GO = 0.5
MOST_GO_FROM = 1000  # and from this many on (below, either way takes well under a second)

__all__ = [
    "BulkCancelled",
    "ContactService",
    "DeleteCancelled",
    "DeletedContact",
    "DeletedContacts",
    "ListFilter",
    "SortOrder",
    "ValidationError",
]


class _WrittenMeanwhileError(Exception):
    """Another connection wrote between a delete's copy of its rows and their delete."""


class DeleteCancelled(Exception):  # noqa: N818  (mirrors ImportCancelled)
    """The user stopped a bulk delete; the transaction was rolled back."""


class RestoreCancelled(Exception):  # noqa: N818  (mirrors ImportCancelled)
    """The user stopped undoing a bulk delete; the transaction was rolled back."""


class BulkCancelled(Exception):  # noqa: N818  (mirrors ImportCancelled)
    """The user stopped a tag, cadence or archive change on many contacts; rolled back."""


class ValidationError(ValueError):
    """A contact field holds something invalid; ``field`` names it for the UI."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message


class ContactGoneError(LookupError):
    """The contact written is no longer stored: deleted meanwhile (by netdesk-cli, a script,
    another window). Nothing was written."""

    def __init__(self, contact_id: int) -> None:
        super().__init__(
            f"This contact (id {contact_id}) was deleted meanwhile, by another program such "
            "as netdesk-cli; nothing was written."
        )
        self.contact_id = contact_id


@dataclass
class DeletedContact:
    """Everything needed to undo a delete: the card, its journal and its follow-ups."""

    contact: Contact
    interactions: list[Interaction] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    thumbnail: bytes | None = None
    # after a merge: what was added to the kept contact, so undo_merge can take it back
    linked_interactions: list[int] = field(default_factory=list)
    moved_follow_ups: list[int] = field(default_factory=list)
    # others' "met through" and related links to this contact, emptied by the delete (or moved
    # to ``moved_to`` by a merge): restore points them back at it
    backlinks: list[backlinks.Backlink] = field(default_factory=list)
    moved_to: int | None = None
    # its "not the same person" answers, gone with it (cascade) and back with restore; a
    # merge's are handed over by core.duplicates.merge instead
    dismissed: list[tuple[int, int]] = field(default_factory=list)
    # after a merge: the kept contact as the merge wrote it, so that its undo takes back only
    # what the merge changed (what an import added to it since stays)
    merged: Contact | None = None
    # after a merge: the kept contact's keep-in-touch item as the merge held it with the
    # other's snooze (None: not held), so that its redo holds it so again (``merge(again=)``)
    carried: FollowUp | None = None


@dataclass
class DeletedContacts:
    """The undo record of a delete (:meth:`ContactService.delete`): the rows it took out, as
    stored (``rows``), and what other contacts held of them: their "met through" and related
    links to them, emptied by the delete, and the "not the same person" answers that went."""

    rows: contact_rows.TakenRows
    # the links deleted contacts held to those an earlier step deleted: that step emptied
    # them before their holders' rows were taken out (before ``backlinks``, whose name hides
    # the module's below)
    between: list[backlinks.Backlink] = field(default_factory=list)
    backlinks: list[backlinks.Backlink] = field(default_factory=list)
    dismissed: list[tuple[int, int]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def contact_ids(self) -> list[int]:
        """The contacts deleted, in id order."""
        return list(self.rows.contact_ids)


class ContactService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    # -- writing ---------------------------------------------------------------------------

    def prepare(
        self, contact: Contact, *, strict: bool = True, kept: Sequence[str] = ()
    ) -> bytes | None:
        """Derive the display name and E.164 phones, check the fields, scale the photo.

        Args:
            kept: e-mail addresses the contact already has; they pass as they are (an import
                takes what the file says, and an edit of the notes must not be refused for them).

        Returns:
            The thumbnail for the stored photo, or None.

        Raises:
            ValidationError: with ``strict``, for an invalid e-mail or a photo that cannot be used.
        """
        for phone in contact.phones:
            phone.e164 = names.normalize_phone(phone.raw)
        if strict:
            accepted = {value.strip().casefold() for value in kept}
            for email in contact.emails:
                problem = names.email_problem(email.value)
                if problem and email.value.strip().casefold() not in accepted:
                    raise ValidationError("emails", problem)
            if not valid_cadence(contact.keep_in_touch_days):
                raise ValidationError("keep_in_touch_days", "A cadence is a number of days over 0.")
        contact.display_name = names.display_name(contact)
        contact.tags = as_stored(contact.tags)
        if contact.photo is None:
            return None
        from netdesk.core import photos  # Pillow (~25 ms) only once a photo is saved

        try:
            contact.photo, thumbnail = photos.prepare_photo(contact.photo)
        except photos.PhotoError as error:
            if strict:
                raise ValidationError("photo", str(error)) from error
            log.warning("photo of %s dropped: %s", contact.display_name, error)
            contact.photo = None
            return None
        return thumbnail

    def create(self, contact: Contact, *, kept: Sequence[str] = ()) -> int:
        """Add a contact; ``kept``: e-mails it had stored before (a contact deleted elsewhere,
        added back with the card's edits), accepted as they are (see ``prepare``)."""
        thumbnail = self.prepare(contact, kept=kept)
        now = self.clock.now()
        with self.store.transaction():
            contact_id = contact_rows.insert(contact, thumbnail, now)
            self._after_write([contact_id])
        return contact_id

    def update(self, contact: Contact, *, strict: bool = True) -> None:
        """Write an edited card; ``strict``: refuse an invalid new e-mail (see ``prepare``).

        Raises:
            ContactGoneError: the contact was deleted meanwhile (nothing is written).
        """
        if contact.id is None:
            raise ValueError("update needs a stored contact")
        kept = contact_rows.email_values(contact.id) if strict else []
        thumbnail = self.prepare(contact, strict=strict, kept=kept)
        if contact.photo is not None and thumbnail is None:
            thumbnail = contact_rows.thumbnails([contact.id]).get(contact.id)
        with self.store.transaction():
            # in the write's transaction: an UPDATE of a gone row changed nothing unsaid, and
            # its e-mails or tags failed as "FOREIGN KEY constraint failed"
            if not contact_rows.exists(contact.id):
                raise ContactGoneError(contact.id)
            contact_rows.update(contact, thumbnail, self.clock.now())
            self._after_write([contact.id])

    def _after_write(
        self, contact_ids: Sequence[int], *, search_text: bool = True, cadence: bool = True
    ) -> None:
        """Keep derived data current in the same transaction: cadence, next due, search."""
        from netdesk.core.followups import refresh_cadence  # the two services share this rule

        if cadence:
            refresh_cadence(contact_ids, self.clock.now())
        if search_text:
            search.reindex(contact_ids)

    def _in_steps(
        self,
        contact_ids: Sequence[int],
        step: Callable[[Sequence[int]], None],
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        """``step`` over chunks of the ids in ONE transaction, with ``progress(done, total)``
        after each chunk; ``cancelled()`` turning True between chunks raises BulkCancelled and
        nothing was changed. (Tagging 100,000 contacts rewrites 100,000 search rows.)

        In id order, the search rows' (see search.reindex), and with the search index's merges
        left to later writes when there is more than one step (search.defer_merges): tagging
        100,000 contacts took 3-5x longer in name order with merges on.
        """
        ids = sorted(set(contact_ids))
        # (no roomy_cache here: measured on 30,000 contacts, tagging gained nothing and taking
        # the tag off, inside remove_tag's transaction, took 1.5x the CPU; set_archived and
        # set_each take one around it)
        with self.store.transaction():
            merging = search.defer_merges() if len(ids) > _BULK_STEP else None
            for start in range(0, len(ids), _BULK_STEP):
                if cancelled is not None and cancelled():
                    raise BulkCancelled(f"changing {len(ids)} contacts was cancelled")
                step(ids[start : start + _BULK_STEP])
                if progress is not None:
                    progress(min(start + _BULK_STEP, len(ids)), len(ids))
            # and once more before the commit: Cancel pressed during the last step was "Cancelling…"
            # on screen, then done anyway
            if ids and cancelled is not None and cancelled():
                raise BulkCancelled(f"changing {len(ids)} contacts was cancelled")
            if merging is not None:
                search.resume_merges(merging)

    def refresh_derived(
        self,
        contact_ids: Sequence[int],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        search: bool = True,
    ) -> None:
        """Bring next due dates (and with ``search``, search rows) up to date after a change
        the rows of these contacts do not show, such as a tag renamed; in steps, see _in_steps."""
        self._in_steps(
            contact_ids, lambda ids: self._after_write(ids, search_text=search), progress, cancelled
        )

    def set_archived(
        self,
        contact_ids: Sequence[int],
        archived: bool,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        now = self.clock.now()
        # a roomy page cache, as delete (measured on 30,000 contacts: 2.1-2.3 s of CPU
        # either way; its undo 1.7-1.8 s against 2.7-3.3, half the time waited)
        with contact_rows.roomy_cache(len(contact_ids)):
            self._in_steps(
                contact_ids,
                lambda ids: contact_rows.set_archived(ids, archived, now),
                progress,
                cancelled,
            )

    def set_cadence(
        self,
        contact_ids: Sequence[int],
        days: int | None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        if not valid_cadence(days):
            raise ValidationError("keep_in_touch_days", "A cadence is a number of days over 0.")
        now = self.clock.now()

        def step(ids: Sequence[int]) -> None:
            contact_rows.set_cadence(ids, days, now)
            self._after_write(ids, search_text=False)  # a cadence is not searched

        self._in_steps(contact_ids, step, progress, cancelled)

    def set_each(
        self,
        values: Mapping[int, Hashable],
        change: Callable[..., None],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        """Give each contact its own value back (an undo of ``set_archived`` or
        ``set_cadence``: ``change(ids, value, progress, cancelled)``), all in ONE transaction:
        cancelled or refused midway, no contact has changed."""
        groups: dict[Hashable, list[int]] = {}
        for contact_id, value in values.items():
            groups.setdefault(value, []).append(contact_id)
        total, done = len(values), 0

        def overall(count: int, _of: int) -> None:
            if progress is not None:
                progress(done + count, total)

        # the roomy cache around the transaction: given back inside one (as remove_tag's
        # was), taking a tag off took 1.5x the CPU
        with contact_rows.roomy_cache(total), self.store.transaction():
            for value, ids in groups.items():
                change(ids, value, overall, cancelled)
                done += len(ids)

    def add_tag(
        self,
        contact_ids: Sequence[int],
        tag: str,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        if not tag.strip():
            raise ValidationError("tags", "A tag needs a name.")
        (tag,) = as_stored([tag])  # "émigré" is the stored "Émigré", not a second tag
        gives_rhythm = self._tag_gives_rhythm(tag)

        def step(ids: Sequence[int]) -> None:
            before = search.tags_by_contact(ids)
            contact_rows.add_tag(ids, tag)
            self._after_write(ids, cadence=gives_rhythm, search_text=False)
            search.retag(before)  # only the tags' end of each search row

        self._in_steps(contact_ids, step, progress, cancelled)

    @staticmethod
    def _tag_gives_rhythm(tag: str) -> bool:
        """Whether the tag has a default cadence: taking a tag without one on or off changes
        nobody's due dates (a contact follows the shortest default of its tags), so its
        contacts' keep-in-touch items need no refresh (a third of tagging 100,000 contacts)."""
        row = contact_rows.tag_row(tag)
        return row is not None and row[2] is not None

    def having_tag(self, contact_ids: Sequence[int], tag: str) -> set[int]:
        """Those of ``contact_ids`` tagged ``tag`` (one query, for bulk tag changes)."""
        if not tag.strip():
            return set()
        (tag,) = as_stored([tag])
        return contact_rows.having_tag(list(contact_ids), tag)

    def remove_tag(
        self,
        contact_ids: Sequence[int],
        tag: str,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        forget_if_unused: bool = False,
    ) -> None:
        """Take ``tag`` off these contacts; ``forget_if_unused``: the tag too, in the same
        transaction, when nobody carries it any more (the undo of the tagging that made it:
        a mistyped tag stayed, listed and completed, carried by nobody)."""
        if not tag.strip():
            return
        (tag,) = as_stored([tag])
        gives_rhythm = self._tag_gives_rhythm(tag)

        def step(ids: Sequence[int]) -> None:
            before = search.tags_by_contact(ids)
            contact_rows.remove_tag(ids, tag)
            self._after_write(ids, cadence=gives_rhythm, search_text=False)
            search.retag(before)

        with self.store.transaction():
            self._in_steps(contact_ids, step, progress, cancelled)
            if forget_if_unused:
                row = contact_rows.tag_row(tag)
                if row is not None and not contact_rows.tag_members(row[0]):
                    contact_rows.delete_tag_row(row[0])

    def has_tag(self, tag: str) -> bool:
        """Whether a tag of this name is stored (its case and spacing aside)."""
        return bool(tag.strip()) and contact_rows.tag_row(as_stored([tag])[0]) is not None

    def delete(
        self,
        contact_ids: Sequence[int],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        most: float = MOST_GO,
        at_least: int = MOST_GO_FROM,
    ) -> DeletedContacts:
        """Delete contacts; the returned record undoes it through :meth:`restore`.

        Reads and deletes in chunks of ids, a few queries each (not one contact at a time);
        ``progress(done, total)`` after each chunk. All in one transaction (of most, see
        :meth:`_delete_most`): when ``cancelled()`` turns True between chunks, DeleteCancelled
        is raised and nothing was deleted.

        Args:
            most: the share of the stored contacts from which (and from ``at_least``
                contacts on) the rows are all copied first, by SQLite, to a file of their
                own for the undo (``contact_rows.keep_most``), and then deleted table by
                table, the tables' indexes and the search index made again over the rows left
                (``contact_rows.delete_most``) rather than deleted from row by row.
        """
        # in id order, the tables' and the search index's: a selection by name spread each
        # chunk over every page of them, and the search index wrote a new segment per chunk
        ids = sorted(set(contact_ids))
        taken = contact_rows.TakenRows()
        answers: set[tuple[int, int]] = set()

        def step(done: int) -> None:
            if progress is not None:
                progress(min(done, len(ids)), len(ids))
            if cancelled is not None and cancelled():
                raise DeleteCancelled(f"deleting {len(ids)} contacts was cancelled")

        # (the search index's merges not deferred, as tagging does: measured on 10,000, no
        # faster, and the index was left in twice the segments for later writes to merge)
        # the collector paused: each step makes rows by the ten thousand, without cycles
        many = len(ids) >= max(at_least, most * contact_rows.count())
        with collector_paused(), contact_rows.roomy_cache(len(ids)):
            links = self._delete_most(ids, taken, answers, step) if many else None
            between: list[backlinks.Backlink] = []  # read before any went: in the rows
            if links is None:
                taken = contact_rows.TakenRows()  # (what a copy begun put there: gone)
                answers.clear()
                with self.store.transaction():
                    links = backlinks.pointing_at(ids)
                    step_of = {contact_id: n // _CHUNK for n, contact_id in enumerate(ids)}
                    between = [
                        link
                        for link in backlinks.between(ids)
                        if step_of[link.target] < step_of[link.holder]
                    ]
                    for start in range(0, len(ids), _CHUNK):
                        chunk = ids[start : start + _CHUNK]
                        answers.update(dismissed.of_contacts(chunk))  # before they go
                        contact_rows.take_out(chunk, taken)
                        step(start + _CHUNK)
        taken.finish()
        return DeletedContacts(taken, between=between, backlinks=links, dismissed=sorted(answers))

    def _delete_most(
        self,
        ids: list[int],
        taken: contact_rows.TakenRows,
        answers: set[tuple[int, int]],
        step: Callable[[int], None],
    ) -> list[backlinks.Backlink] | None:
        """:meth:`delete` of most of the contacts: their rows copied first to a file of their
        own for the undo (``contact_rows.keep_most``, half of the time), in a transaction of
        its own committed before the one that deletes them a table at a time: of one
        transaction over both, SQLite committed the database first, and a full disk at the
        file's last pages left them deleted with no undo (see ``contact_rows.set_aside``).
        A failure at either commit leaves every contact stored, and the file goes.

        Returns:
            The links others held to them; None when no file could be attached (inside
            another transaction) or another connection wrote between the two transactions
            (the copy may not be what goes): the caller keeps the rows in memory then.
        """
        half = len(ids) // 2
        try:
            with contact_rows.set_aside(taken, new=True) as aside:
                if not aside:
                    return None
                with self.store.transaction():
                    version = contact_rows.data_version()
                    for done, steps in contact_rows.keep_most(ids, taken):
                        step(half * done // steps)
                with self.store.transaction():
                    if contact_rows.data_version() != version:
                        raise _WrittenMeanwhileError
                    contact_rows.hold_most(taken)
                    links = backlinks.pointing_at(ids)
                    for start in range(0, len(ids), _CHUNK):
                        answers.update(dismissed.of_contacts(ids[start : start + _CHUNK]))
                    for done, steps in contact_rows.delete_most(taken):
                        step(half + (len(ids) - half) * done // steps)
        except _WrittenMeanwhileError:
            return None  # (the file went: set_aside)
        return links

    def restore(
        self,
        deleted: DeletedContacts,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        most: float = MOST_GO,
        at_least: int = MOST_GO_FROM,
    ) -> None:
        """Put deleted contacts back as they were stored: ids, journal, follow-ups, tags,
        photos, search rows, the links others held to them and they held to each other (a
        step empties those to contacts it deletes), their "not the same person"
        answers; what changed meanwhile (a shared journal entry edited, a tag deleted) is
        taken as it is now.

        In steps of the delete's chunks, ``progress(done, total)`` after each. All in one
        transaction: when ``cancelled()`` turns True between steps, RestoreCancelled is raised
        and nothing was restored.

        Args:
            most: the share of the contacts stored after it from which (and from
                ``at_least`` contacts on) the tables' indexes are dropped while it writes,
                and made again after (``contact_rows.indexes_made_after``).
        """
        rows = deleted.rows
        total = len(rows)
        coming = set(rows.contact_ids) if rows.side is None else set()
        read_again: set[int] = set()
        with (
            collector_paused(),
            contact_rows.roomy_cache(total),
            contact_rows.set_aside(rows) as aside,
            self.store.transaction(),
        ):
            # steps link contacts (met through, related, shared journal entries) to others a
            # later step puts back
            contact_rows.defer_link_checks()
            tag_ids = contact_rows.put_back_tags(rows)
            many = total >= max(at_least, most * (contact_rows.count() + total))
            with contact_rows.indexes_made_after() if many else contextlib.nullcontext():
                steps: Iterator[tuple[int, int]]
                if aside:
                    put_back = contact_rows.put_back_most(rows, tag_ids, read_again)
                    steps = ((total * done // of, total) for done, of in put_back)
                else:
                    steps = self._put_back_steps(rows, coming, tag_ids, read_again)
                for done, _ in steps:
                    if progress is not None:
                        progress(done, total)
                    if cancelled is not None and cancelled():
                        raise RestoreCancelled(f"restoring {total} contacts was cancelled")
            backlinks.point(deleted.backlinks)
            backlinks.point(deleted.between)
            dismissed.add(deleted.dismissed)
            if read_again:
                self._read_again(sorted(read_again))
            # Cancel pressed meanwhile is still heard: nothing is committed yet
            if total and cancelled is not None and cancelled():
                raise RestoreCancelled(f"restoring {total} contacts was cancelled")

    @staticmethod
    def _put_back_steps(
        rows: contact_rows.TakenRows,
        coming: set[int],
        tag_ids: Mapping[int, int],
        read_again: set[int],
    ) -> Iterator[tuple[int, int]]:
        """The steps of a delete kept in memory (contact_rows.keep) put back one by one."""
        done = 0
        for step, size in zip(rows.steps, rows.step_sizes, strict=True):
            read_again |= contact_rows.put_back(step, coming, tag_ids)
            done += size
            yield done, len(rows)

    def _read_again(self, contact_ids: Sequence[int]) -> None:
        """Last talk, talk count, keep-in-touch holds, next due and search row of contacts
        whose journal a restore changed otherwise than it was (see contact_rows.put_back)."""
        journal_rows.refresh_last_interaction(contact_ids)
        held = [
            f
            for found in journal_rows.follow_ups_of_many(contact_ids).values()
            for f in found
            if f.from_cadence and f.snoozed_at is not None
        ]
        if held:  # a hold ends with a talk after it (save_follow_ups)
            journal_rows.save_follow_ups(held, self.clock.now())
        journal_rows.refresh_next_due(contact_ids)
        contact_rows.reindex_search(contact_ids)

    def _restore_records(self, deleted: Sequence[DeletedContact]) -> None:
        """Put contacts back from records of them (a merge's undo): ids, journal and
        follow-ups, in one transaction."""
        now = self.clock.now()
        with self.store.transaction():
            coming = {r.contact.id for r in deleted if r.contact.id is not None}
            contact_rows.insert_many(
                [(r.contact, r.thumbnail) for r in deleted], now, coming=coming
            )
            for record in deleted:
                backlinks.point(record.backlinks, unless=record.moved_to)
            dismissed.add(pair for record in deleted for pair in record.dismissed)
            self._restore_journal(deleted, now)

    def _restore_journal(self, deleted: Sequence[DeletedContact], now: dt.datetime) -> None:
        """Journal entries, follow-ups, last/next dates and search rows of restored contacts."""
        ids = [r.contact.id for r in deleted if r.contact.id is not None]
        interactions: dict[int, Interaction] = {}
        links = []
        for record in deleted:
            assert record.contact.id is not None
            for interaction in record.interactions:
                assert interaction.id is not None
                interactions.setdefault(interaction.id, interaction)
                links.append((interaction.id, record.contact.id))
        # an entry shared with contacts of a later chunk is written by the first chunk that
        # has it and linked to the others as their chunk comes (links)
        stored = journal_rows.existing_interactions(list(interactions))
        missing = [i for key, i in interactions.items() if key not in stored]
        # an entry that went with its last contact comes back with those who exist now
        present = contact_rows.existing([c for i in missing for c in i.contact_ids])
        journal_rows.insert_interactions(
            [
                dataclasses.replace(i, contact_ids=[c for c in i.contact_ids if c in present])
                for i in missing
            ],
            now,
        )
        journal_rows.link_interactions(links)
        journal_rows.save_follow_ups([f for r in deleted for f in r.follow_ups], now)
        journal_rows.refresh_last_interaction(ids)
        journal_rows.refresh_next_due(ids)
        contact_rows.reindex_search(ids)

    def merge(
        self,
        keep_id: int,
        other_id: int,
        *,
        again: DeletedContact | None = None,
        take_other: Collection[str] = (),
    ) -> DeletedContact:
        """Merge ``other`` into ``keep``: every email, phone, interaction and follow-up of both.

        Fields empty on ``keep`` are filled from ``other``; ``other`` is deleted. Returns the
        deleted record so the merge can be undone (restore it, then put ``keep`` back).
        ``again``: the record of this merge made before and undone since (a redo): the kept
        item is held as that merge held it, not as the journal now would have it.
        ``take_other``: single-valued fields (MERGE_CHOOSABLE) given ``other``'s value where
        both have one (see merge_into).
        """
        keep = self.get(keep_id)
        other = self.get(other_id)
        if keep is None or other is None or keep_id == other_id:
            raise ValueError("merge needs two different stored contacts")
        merged = merge_into(keep, other, take_other)
        thumbnail = self.prepare(merged, strict=False)
        if merged.photo is not None and thumbnail is None:
            # the stored thumbnail of the side whose photo is kept
            owner = other_id if merged.photo is other.photo else keep_id
            thumbnail = contact_rows.thumbnails([keep_id, other_id]).get(owner)
        now = self.clock.now()
        with self.store.transaction():
            record = DeletedContact(
                contact=other,
                interactions=journal_rows.interactions_for(other_id, limit=1_000_000),
                follow_ups=journal_rows.follow_ups_of(other_id, include_done=True),
                thumbnail=contact_rows.thumbnails([other_id]).get(other_id),
                backlinks=backlinks.pointing_at([other_id]),
                moved_to=keep_id,
            )
            _reserve([record])
            # whoever was met through (or related to) the other is now so through the one kept
            backlinks.point(record.backlinks, to=keep_id)
            for interaction in record.interactions:
                assert interaction.id is not None
                if keep_id not in interaction.contact_ids:
                    journal_rows.link_interaction(interaction.id, [keep_id])
                    record.linked_interactions.append(interaction.id)
            for follow_up in record.follow_ups:
                # the other's keep-in-touch item goes with it (``keep`` has its own); the rest
                # is moved, keeping its id: an action on it that is undone and redone after
                # the merge is undone and redone still finds it (and a reminder shown for it
                # is not shown again)
                if not follow_up.from_cadence:
                    moved = dataclasses.replace(follow_up, contact_id=keep_id)
                    record.moved_follow_ups.append(journal_rows.save_follow_up(moved, now))
            contact_rows.update(merged, thumbnail, now)
            contact_rows.delete([other_id])
            record.merged = contact_rows.get(keep_id)  # links to the other emptied
            journal_rows.refresh_last_interaction([keep_id])
            self._after_write([keep_id])
            # the other's keep-in-touch item goes, not its snooze: snoozed "not before 30
            # January" on one card, the merged person is not due before then either (when that
            # is later than the kept item's due). The kept item as it was goes into ``record``
            # with the other's items: undo_merge's restore writes it back, by id, as it was.
            held = [
                f.snooze
                for f in record.follow_ups
                if f.from_cadence and f.done_at is None and f.snooze is not None
            ]
            kept = journal_rows.open_cadence_follow_up(keep_id)
            carried: FollowUp | None = None
            if again is not None:
                # a redo: a talk logged since the merge (not undone: the command line, an
                # import) moved the kept item's due and so ended the hold it carried; worked
                # out anew, the hold was made for the new due and was in force again
                before = again.carried
                if before is not None and kept is not None and kept.id == before.id:
                    carried = dataclasses.replace(
                        kept,
                        snoozed_until=before.snoozed_until,
                        snoozed_for=before.snoozed_for,
                        snoozed_at=before.snoozed_at,
                    )
            elif held and kept is not None and max(held) > kept.effective_due:
                # held as of now (FollowUp.snooze): a talk logged after the merge ends it
                held_at = now if kept.talked_at is None else max(now, kept.talked_at)
                carried = dataclasses.replace(
                    kept, snoozed_until=max(held), snoozed_for=kept.due, snoozed_at=held_at
                )
            if carried is not None and kept is not None:
                record.follow_ups.append(kept)
                record.carried = carried
                journal_rows.save_follow_up(carried, now)
                journal_rows.refresh_next_due([keep_id])
        return record

    def undo_merge(self, keep_before: Contact, record: DeletedContact) -> None:
        """Undo :meth:`merge` in one transaction: ``keep`` as it was (without the other's
        journal and follow-ups) and the other contact back with its own. What changed on
        ``keep`` since the merge (an import, an edit elsewhere) stays."""
        keep_id = keep_before.id
        if keep_id is None:
            raise ValueError("undo_merge needs the stored contact that was kept")
        stored = self.get(keep_id)
        if stored is not None and record.merged is not None:
            keep = rebase_edit(record.merged, keep_before, stored)
        else:
            keep = dataclasses.replace(keep_before)
        thumbnail = self.prepare(keep, strict=False)
        if keep.photo is not None and thumbnail is None:
            thumbnail = contact_rows.thumbnails([keep_id]).get(keep_id)
        with self.store.transaction():
            for interaction_id in record.linked_interactions:
                journal_rows.unlink_interaction(interaction_id, [keep_id])
            for follow_up_id in record.moved_follow_ups:
                journal_rows.delete_follow_up(follow_up_id)
            self._restore_records([record])  # first: ``keep`` may have been met through the other
            contact_rows.update(keep, thumbnail, self.clock.now())
            journal_rows.refresh_last_interaction([keep_id])
            self._after_write([keep_id])

    # -- reading ---------------------------------------------------------------------------

    def get(self, contact_id: int) -> Contact | None:
        return contact_rows.get(contact_id)

    def summaries(self, contact_ids: Sequence[int]) -> list[ContactSummary]:
        return contact_rows.summaries(contact_ids)

    def names(self, contact_ids: Sequence[int]) -> dict[int, str]:
        """Display names by id, read 500 ids at a time: in one statement, one SQL variable
        each, a selection of over 32,766 (a drag of them all) was refused by SQLite built
        with its default limit ("too many SQL variables")."""
        found: dict[int, str] = {}
        for chunk in contact_rows.chunks(contact_ids):
            found.update(queries.contact_names(chunk))
        return found

    def introduced(self, contact_id: int, limit: int = 10) -> tuple[list[tuple[int, str]], int]:
        """Whom the user met through this contact: (id, name) of the first ``limit``, by
        name, and how many there are."""
        return queries.met_through(contact_id, limit)

    def search(self, text: str, *, limit: int = 200, include_archived: bool = False) -> list[int]:
        return search.search_ids(text, limit=limit, include_archived=include_archived)

    def search_first(
        self, text: str, *, first: int, limit: int, include_archived: bool = False
    ) -> tuple[list[int], bool]:
        """The first ``first`` of ``search(text, limit=limit)``, and whether that is all of it
        (``netdesk.core.listing.search_read`` reads the rest, beginning with these, off this
        thread)."""
        return search.search_first(
            text, first=first, limit=limit, include_archived=include_archived
        )

    def matching(self, text: str, *, include_archived: bool = False) -> set[int]:
        """Every contact matching ``text`` (no limit, no order)."""
        return search.matching_ids(text, include_archived=include_archived)

    def list_ids(
        self,
        list_filter: ListFilter = ListFilter.ALL,
        sort: SortOrder = SortOrder.NAME,
        *,
        tag: str | None = None,
        cobweb_days: int = 180,
        limit: int | None = None,
    ) -> list[int]:
        return queries.list_ids(
            list_filter, sort, self.clock.now(), tag=tag, cobweb_days=cobweb_days, limit=limit
        )

    def count(self, list_filter: ListFilter = ListFilter.ALL, *, tag: str | None = None) -> int:
        return queries.count(list_filter, self.clock.now(), tag=tag)

    def cobwebs(self, silent_days: int = 180, limit: int | None = None) -> list[int]:
        """Active contacts with no interaction for ``silent_days`` days, or never, by name."""
        return self.list_ids(ListFilter.COBWEBS, cobweb_days=silent_days, limit=limit)

    def worth_reviving(
        self,
        silent_days: int = 180,
        limit: int = 3,
        *,
        listed_until: dt.datetime | None = None,
        listed: Collection[int] = (),
    ) -> list[int]:
        """Long-silent contacts worth a word again, at most ``limit``. A view that lists the
        follow-ups due before ``listed_until`` and the contacts ``listed`` (a birthday) has
        them left out: each person shows once, under the reason to write to them."""
        now, left_out = self.clock.now(), set(listed)
        asked = limit
        while True:
            found = queries.cobweb_candidates(now, silent_days, asked, listed_until)
            kept = [contact_id for contact_id in found if contact_id not in left_out]
            if len(kept) >= limit or len(found) < asked:  # enough, or nobody else
                return kept[:limit]
            asked *= 4

    def origin_unknown(self, limit: int | None = None) -> list[int]:
        return self.list_ids(ListFilter.ORIGIN_UNKNOWN, limit=limit)

    def tags(self) -> list[Tag]:
        """Every tag, in the order every list of them shows (the card's completer, Tag…,
        the filter menu): case and accents aside, not SQLite's NOCASE order."""
        return tags_by_name(queries.tags())

    def tag_defaults(self) -> dict[str, int]:
        """Tags' default cadences by case-folded name (a card says what its tags give)."""
        return queries.tag_defaults()

    def tags_among(self, contact_ids: Sequence[int]) -> list[str]:
        """Every tag any of these contacts carries, in the order every list of tags shows
        (accents and case aside; batched: a selection of all 100,000 is a few queries)."""
        names = {n for found in contact_rows.tags_of_many(contact_ids).values() for n in found}
        return tag_names_by_name(names)

    def stats(self) -> Stats:
        return queries.stats(self.clock.now())

    def upcoming_birthdays(self, days: int = 7) -> list[tuple[int, str, dt.date, int | None]]:
        """(contact id, name, date this year, age turning or None) from today over ``days``."""
        today = self.clock.now().date()
        result = []
        for contact_id, name, iso in queries.birthdays_between(today, days):
            birthday = PartialDate.parse(iso)
            for year in (today.year, today.year + 1):
                date = birthday.occurrence(year)
                if date is not None and today <= date < today + dt.timedelta(days=days):
                    age = year - birthday.year if birthday.year is not None else None
                    result.append((contact_id, name, date, age))
                    break
        return sorted(result, key=lambda r: (r[2], r[1]))


def valid_cadence(days: int | None) -> bool:
    """A contact's own cadence: none (its tags' default), "never" whatever its tags say, or a
    number of days over 0."""
    return days is None or days == NEVER_KEEP_IN_TOUCH or days > 0


def _reserve(records: Sequence[DeletedContact]) -> None:
    """New rows must not take the ids these records will put back on undo (fresh_ids)."""
    fresh_ids.reserve("contact", (r.contact.id for r in records))
    fresh_ids.reserve("interaction", (i.id for r in records for i in r.interactions))
    fresh_ids.reserve("follow_up", (f.id for r in records for f in r.follow_ups))


# Free text both contacts may hold about one person: a merge keeps both texts, the kept
# contact's first (with the separator), instead of dropping the other's
_TEXTS_KEPT_BOTH = {
    "notes": "\n\n",
    "what_they_do": "\n\n",
    "looking_for": "\n\n",
    "can_offer": "\n\n",
    "met_at": "; ",
}


def _says(mine: str, theirs: str) -> bool:
    """``mine`` already holds ``theirs`` (spacing and case aside)."""
    return " ".join(theirs.split()).casefold() in " ".join(mine.split()).casefold()


def _more_complete(mine: PartialDate, theirs: PartialDate) -> bool:
    """``theirs`` says all ``mine`` says and more (1990-05-01 for --05-01)."""
    parts = ((mine.year, theirs.year), (mine.month, theirs.month), (mine.day, theirs.day))
    agree = all(a is None or a == b for a, b in parts)
    return agree and sum(b is not None for _, b in parts) > sum(a is not None for a, _ in parts)


# The single-valued fields a merge may take from the other contact where both have one
# (merge_into's ``take_other``): the user picks, field by field, whose value stays
MERGE_CHOOSABLE = frozenset(
    {
        "prefix", "given_name", "additional_names", "family_name", "suffix", "nickname",
        "formatted_name", "organization", "department", "title", "birthday", "anniversary",
        "photo", "photo_url", "notes", "what_they_do", "looking_for", "can_offer", "met_on",
        "met_at", "met_through_id", "keep_in_touch_days",
    }
)  # fmt: skip


def merge_into(keep: Contact, other: Contact, take_other: Collection[str] = ()) -> Contact:
    """``keep`` with ``other``'s values added: empty fields filled, lists united, both
    contacts' notes kept, a date made more complete; where both have one value (a title, a
    company), ``keep``'s, but for the fields named in ``take_other`` (MERGE_CHOOSABLE), which
    take ``other``'s value when it has one (its text alone, not both side by side).

    Raises:
        ValueError: naming a field of ``take_other`` that is not single-valued.
    """
    # the import's rules for one value written two ways
    from netdesk.core.merging import address_key, numbers_not_in, united, url_key

    unknown = sorted(set(take_other) - MERGE_CHOOSABLE)
    if unknown:
        raise ValueError(
            f"a merge can take only single-valued fields from the other contact, not: "
            f"{', '.join(unknown)}"
        )
    merged = dataclasses.replace(keep)
    text_fields = [
        f.name
        for f in dataclasses.fields(Contact)
        if f.type in ("str", str) and f.name not in ("display_name", "source", "source_file")
    ]
    for name in text_fields:
        mine, theirs = getattr(merged, name), getattr(other, name)
        if not mine and theirs:
            setattr(merged, name, theirs)
        elif name in _TEXTS_KEPT_BOTH and theirs.strip() and not _says(mine, theirs):
            setattr(merged, name, mine.rstrip() + _TEXTS_KEPT_BOTH[name] + theirs.strip())
    for name in ("birthday", "anniversary", "met_on"):
        mine, theirs = getattr(merged, name), getattr(other, name)
        if mine is not None and theirs is not None and _more_complete(mine, theirs):
            setattr(merged, name, theirs)
    for name in (
        "birthday",
        "anniversary",
        "met_on",
        "met_through_id",
        "photo",
        "keep_in_touch_days",
    ):
        if getattr(merged, name) is None and getattr(other, name) is not None:
            setattr(merged, name, getattr(other, name))
    if merged.met_through_id == other.id or merged.met_through_id == keep.id:
        merged.met_through_id = (
            None if keep.met_through_id in (keep.id, other.id) else keep.met_through_id
        )
    kept_emails = {k.value.casefold() for k in keep.emails}  # once, not once per e-mail
    merged.emails = keep.emails + [e for e in other.emails if e.value.casefold() not in kept_emails]
    # one number written two ways ("030 1234567", made "+10301234567" in the US, and
    # "+49 30 1234567") is kept once, as the import's merge does
    merged.phones = keep.phones + numbers_not_in(other.phones, keep.phones)
    # and an address or a web link written two ways once, by the import's keys:
    # "https://x.org/" and "https://X.org", one street in other spacing or case, or labelled
    # otherwise, stayed twice
    merged.addresses = united(keep.addresses, other.addresses, address_key)
    merged.urls = united(keep.urls, other.urls, url_key)
    # a relation as written: one linked to a contact is not the same as one by name alone
    merged.related = keep.related + [r for r in other.related if r not in keep.related]
    merged.custom_fields = keep.custom_fields + [
        f for f in other.custom_fields if f not in keep.custom_fields
    ]
    merged.tags = list(dict.fromkeys(keep.tags + other.tags))
    merged.raw_properties = list(dict.fromkeys(keep.raw_properties + other.raw_properties))
    merged.archived = keep.archived and other.archived
    for name in take_other:
        theirs = getattr(other, name)
        if theirs is None or theirs == "":
            continue  # nothing to take: the kept one's stays
        if name == "met_through_id" and theirs in (keep.id, other.id):
            continue  # met through itself once merged
        setattr(merged, name, theirs)
    return merged


def rebase_edit(base: Contact, edited: Contact, stored: Contact) -> Contact:
    """An edit of ``base`` replayed over ``stored``, the card as it is now in the database.

    The card keeps unsaved edits while the contact changes elsewhere (a bulk tag, a cadence,
    an archive, an undo); saving them must not write the old values of everything else back.
    A field the edit left as ``base`` had it takes the stored value; a field it changed keeps
    the edit; tags are merged, so a tag added elsewhere survives an edit of the tags too.
    """
    rebased = dataclasses.replace(stored)
    for item in dataclasses.fields(Contact):
        mine, before = getattr(edited, item.name), getattr(base, item.name)
        if item.name == "tags" or mine == before:
            continue
        theirs = getattr(stored, item.name)
        if isinstance(mine, list) and theirs != before:
            # both changed the list (the edit added a phone, an import another one): the
            # edit's list in its order (the first is the one shown), less what the other
            # side took out, then what the other side put in
            dropped = [i for i in before if i not in theirs]
            added = [i for i in theirs if i not in before and i not in mine]
            mine = [i for i in mine if i not in dropped] + added
        setattr(rebased, item.name, mine)
    if edited.tags != base.tags:
        had = {t.casefold() for t in base.tags}
        removed = had - {t.casefold() for t in edited.tags}
        kept = [t for t in stored.tags if t.casefold() not in removed]
        present = {t.casefold() for t in kept}
        added = [t for t in edited.tags if t.casefold() not in had | present]
        rebased.tags = kept + added
    return rebased
