"""The journal: logging interactions restarts each involved contact's keep-in-touch clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from netdesk.core.clock import Clock
from netdesk.core.contacts import BulkCancelled
from netdesk.core.followups import refresh_cadence
from netdesk.core.types import INTERACTION_KINDS, Interaction
from netdesk.store import contacts as contact_rows
from netdesk.store import fresh_ids, search
from netdesk.store import journal as journal_rows
from netdesk.store.database import Store

JournalResume = journal_rows.Resume
# an entry as the lists show it: its first people and how many (``people``)
ListedInteraction = journal_rows.ListedInteraction
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_STEP = 500  # people per step of an entry's write: progress and a chance to cancel after each


class JournalCancelled(BulkCancelled):
    """The user stopped writing an entry with many people; the transaction was rolled back."""


class ContactsGone(ValueError):  # noqa: N818  (says what happened, as BulkCancelled)
    """Some of an entry's people are not stored (deleted meanwhile): ``contact_ids``."""

    def __init__(self, contact_ids: Sequence[int]) -> None:
        super().__init__(f"No contact with id {', '.join(map(str, contact_ids))}.")
        self.contact_ids = list(contact_ids)


@dataclass(frozen=True)
class JournalPage:
    entries: list[Interaction]
    resume: JournalResume | None  # where the next page starts; None: the journal's end


def one_line(summary: str) -> str:
    """A summary as stored: one line (a pasted "Salary:\n60k\nstart in May" showed only its
    middle line in the lists), without NUL characters (search stopped at them)."""
    return " ".join(summary.replace("\x00", "").split())


def stored_notes(body: str) -> str:
    return body.replace("\x00", "")


class JournalService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def log(
        self,
        contact_ids: Sequence[int],
        kind: str,
        summary: str,
        *,
        body: str = "",
        at: dt.datetime | None = None,
        reuse_id: int | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """Record an interaction with one or more people.

        Each contact's last interaction moves (if this one is newer) and a contact with a
        cadence gets its next follow-up at last interaction + cadence. ``reuse_id``: the id
        to give the entry when it is free (a redo writing again the entry its undo removed,
        so later commands holding that id still find it). ``progress(done, total)`` and
        ``cancelled()`` as in :meth:`_people_in_steps`.

        Raises:
            ValueError: no contact, an unknown kind or an empty summary.
            ContactsGone: a contact id not stored (a ValueError).
            JournalCancelled: ``cancelled()`` turned True; nothing was written.
        """
        ids = list(dict.fromkeys(contact_ids))
        if not ids:
            raise ValueError("An interaction involves at least one contact.")
        if kind not in INTERACTION_KINDS:
            raise ValueError(f"Unknown kind {kind!r}; use one of {', '.join(INTERACTION_KINDS)}.")
        if not one_line(summary):
            raise ValueError("An interaction needs a summary.")
        # one query for all of them: a query each took ~80 ms for 1,000 people
        stored = contact_rows.existing(ids)
        missing = [cid for cid in ids if cid not in stored]
        if missing:
            raise ContactsGone(missing)
        now = self.clock.now()
        with self.store.transaction():
            if reuse_id is not None and journal_rows.get_interaction(reuse_id) is not None:
                reuse_id = None  # taken meanwhile: a new id
            interaction_id = journal_rows.insert_interaction(
                Interaction(
                    id=reuse_id,
                    occurred_at=at or now,
                    kind=kind,
                    summary=one_line(summary),
                    body=stored_notes(body),
                    contact_ids=[],  # linked a step at a time, below
                ),
                now,
            )

            def step(chunk: Sequence[int]) -> None:
                journal_rows.link_interaction(interaction_id, chunk)
                self._after_change(chunk, linked_to=interaction_id)

            self._people_in_steps(ids, step, progress, cancelled)
        return interaction_id

    def complete(
        self,
        follow_up_id: int,
        summary: str,
        *,
        kind: str = "note",
        reuse_id: int | None = None,
        at: dt.datetime | None = None,
    ) -> int:
        """Done on a due item: log the one-line entry and close the item; cadence restarts.
        ``reuse_id`` as for :meth:`log`; ``at``: when it was done (a redo says when the
        first Done was), else now."""
        follow_up = journal_rows.get_follow_up(follow_up_id)
        if follow_up is None:
            raise KeyError(f"no follow-up {follow_up_id}")
        with self.store.transaction():
            if not follow_up.from_cadence:
                follow_up.done_at = at or self.clock.now()
                journal_rows.save_follow_up(follow_up, self.clock.now())
            return self.log([follow_up.contact_id], kind, summary, reuse_id=reuse_id, at=at)

    def delete(
        self,
        interaction_id: int,
        *,
        undoable: bool = True,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Interaction | None:
        """Delete one entry; returns it so the caller can undo with :meth:`restore`.

        ``undoable``: its id is kept from new entries for good, by every process (fresh_ids),
        so the entry can be put back after others were logged; an undo taking back an entry it made
        passes False. ``progress`` and ``cancelled`` as for :meth:`log`.
        """
        entry = journal_rows.get_interaction(interaction_id)
        if entry is None:
            return None
        with self.store.transaction():
            if undoable:
                fresh_ids.reserve("interaction", [interaction_id])
            involved, occurred_at = journal_rows.delete_interaction(interaction_id)
            self._people_in_steps(
                involved,
                lambda chunk: self._after_change(chunk, unlinked_at=occurred_at),
                progress,
                cancelled,
            )
        return entry

    def get(self, interaction_id: int) -> Interaction | None:
        return journal_rows.get_interaction(interaction_id)

    def update(
        self,
        entry: Interaction,
        *,
        people: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Interaction:
        """Write an edited entry (its kind, time, summary and notes) in place of the stored
        one with its id. Moving its time moves their last interaction and keep-in-touch clock
        with it.

        ``people``: the entry's contact_ids replace the stored ones (someone deleted meanwhile
        is left out); those taken off and those added get their last interaction and clock
        again. Without it the people involved stay those stored.

        ``progress`` and ``cancelled`` as for :meth:`log`.

        Returns:
            The entry as it was, for the undo.

        Raises:
            KeyError: no entry with that id.
            ValueError: an unknown kind, an empty summary, or (``people``) nobody stored.
        """
        if entry.kind not in INTERACTION_KINDS:
            raise ValueError(f"Unknown kind {entry.kind!r}.")
        if not one_line(entry.summary):
            raise ValueError("An interaction needs a summary.")
        interaction_id = entry.id
        before = journal_rows.get_interaction(interaction_id) if interaction_id else None
        if interaction_id is None or before is None:
            raise KeyError(f"no journal entry {interaction_id}")
        ids = list(before.contact_ids)
        if people:
            wanted = list(dict.fromkeys(entry.contact_ids))
            stored = contact_rows.existing(wanted)
            ids = [i for i in wanted if i in stored]
            if not ids:
                raise ValueError("An interaction involves at least one contact.")
        edited = Interaction(
            id=interaction_id,
            occurred_at=entry.occurred_at,
            kind=entry.kind,
            summary=one_line(entry.summary),
            body=stored_notes(entry.body),
            contact_ids=ids,
        )
        # what each person's derived columns and search text hold of the entry: its time
        # (last interaction, keep-in-touch clock, which summaries are the newest) and summary
        # (searched); not its kind or notes. New notes on a talk with 97,500 people rewrote
        # all their search rows and clocks, minutes of work that changed nothing.
        came_or_went = set(before.contact_ids).symmetric_difference(ids)
        if edited.occurred_at != before.occurred_at:
            redone, searched = set(before.contact_ids) | set(ids), set()
        elif edited.summary != before.summary:
            redone, searched = came_or_went, set(ids) - came_or_went
        else:
            redone, searched = came_or_went, set()

        def step(chunk: Sequence[int]) -> None:
            self._after_change([i for i in chunk if i in redone])
            search.reindex([i for i in chunk if i in searched])

        with self.store.transaction():
            # in place: when the entry was first written stays (it was reset to the edit's time)
            journal_rows.update_interaction(edited)
            if people:
                kept = set(ids)
                journal_rows.unlink_interaction(
                    interaction_id, [i for i in before.contact_ids if i not in kept]
                )
                journal_rows.link_interaction(interaction_id, ids)  # those there already kept
            self._people_in_steps(list(redone | searched), step, progress, cancelled)
        return before

    def restore(
        self,
        entry: Interaction,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        """Put a deleted entry back (``progress`` and ``cancelled`` as for :meth:`log`)."""
        with self.store.transaction():
            restored = journal_rows.insert_interaction(entry, self.clock.now())
            self._people_in_steps(
                entry.contact_ids,
                lambda chunk: self._after_change(chunk, linked_to=restored),
                progress,
                cancelled,
            )

    def _people_in_steps(
        self,
        contact_ids: Sequence[int],
        step: Callable[[Sequence[int]], None],
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        """``step`` over the people of an entry _STEP at a time, in id order (the search
        rows', see search.reindex), inside the caller's transaction: ``progress(done, total)``
        after each step, and ``cancelled()`` turning True between steps raises
        JournalCancelled (the transaction rolls back). An entry with 100,000 people rewrote
        their last interaction, clocks and search rows for minutes with no sign of it moving.
        With more than one step the search index's merges wait for later writes, as for a
        tag on many contacts (core.contacts._in_steps)."""
        ids = sorted(set(contact_ids))
        merging = search.defer_merges() if len(ids) > _STEP else None
        for start in range(0, len(ids), _STEP):
            if cancelled is not None and cancelled():
                raise JournalCancelled(f"writing an entry with {len(ids)} people was cancelled")
            step(ids[start : start + _STEP])
            if progress is not None:
                progress(min(start + _STEP, len(ids)), len(ids))
        if merging is not None:
            search.resume_merges(merging)

    def _after_change(
        self,
        contact_ids: Sequence[int],
        *,
        linked_to: int | None = None,
        unlinked_at: object = None,
    ) -> None:
        """The people's last interaction, count, clock and search row, after a change to
        their journal; ``linked_to``: the change was their link to this new entry alone;
        ``unlinked_at``: the change was the loss of one entry of this time (as stored)."""
        if linked_to is not None:
            journal_rows.count_new_interaction(linked_to, contact_ids)
        elif unlinked_at is not None:
            journal_rows.count_removed_interaction(unlinked_at, contact_ids)
        else:
            journal_rows.refresh_last_interaction(contact_ids)
        refresh_cadence(contact_ids, self.clock.now())
        search.reindex(contact_ids)

    def for_contact(
        self, contact_id: int, *, limit: int = 200, offset: int = 0, people: int | None = None
    ) -> list[Interaction]:
        """A contact's journal, newest first. ``people``: each entry holds its first
        ``people`` contacts and how many it has (a ListedInteraction), not everyone."""
        return journal_rows.interactions_for(contact_id, limit, offset, people)

    def all(
        self,
        *,
        kind: str | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        text: str = "",
        limit: int = 200,
        offset: int = 0,
    ) -> list[Interaction]:
        """The global journal with filters by kind, date range and text, newest first."""
        return journal_rows.all_interactions(
            kind=kind, since=since, until=until, text=text, limit=limit, offset=offset
        )

    def page(
        self,
        *,
        kind: str | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        text: str = "",
        limit: int = 100,
        after: JournalResume | None = None,
        people: int | None = None,
    ) -> JournalPage:
        """The global journal a page at a time, newest first: up to ``limit`` entries after
        ``after`` (the last page's ``resume``), found in one bounded slice of the journal. A
        page may hold fewer entries (none) while ``resume`` is not None: ask again from it.
        ``people`` as for :meth:`for_contact`."""
        entries, resume = journal_rows.interactions_page(
            kind=kind, since=since, until=until, text=text, limit=limit, after=after, people=people
        )
        return JournalPage(entries, resume)

    def count(self) -> int:
        return journal_rows.count_interactions()

    def count_for(self, contact_id: int) -> int:
        """How many journal entries involve this contact."""
        return journal_rows.interaction_count(contact_id)
