"""Three or more cards of one person as one group (connected pairs), merged into one in one go.

Find duplicates pairs contacts two by two: three cards of one person were three pairs (A-B,
A-C, B-C) answered one by one. The pairs that join up are one group, unless the group grows
past MOST_IN_GROUP: a chain of names and numbers through hundreds of people (a shared value
on more than CROWD contacts is no evidence already, core.duplicates) is left as its pairs.
A name alone joins nobody: five John Smiths are five people as often as one, and stay
pairs; a shared e-mail or phone with names alike, or a name confirmed by the company (100%),
joins. A value shared by unrelated names (proposed last, at 60%) joins nobody either.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from netdesk.core import Core, duplicates
from netdesk.core.duplicates import DuplicatePair, MergeRecord, Pair, merge, undo_merge
from netdesk.core.types import Contact
from netdesk.store import dismissed

MOST_IN_GROUP = 10  # more joined up: a chain, not one person's cards


@dataclass(slots=True)
class DuplicateGroup:
    """Contacts that look like one person: ``ids`` the oldest first, ``pairs`` what joins them
    (most certain first), ``score`` the best of theirs."""

    ids: list[int]
    pairs: list[DuplicatePair] = field(default_factory=list)

    @property
    def score(self) -> int:
        return max((p.score for p in self.pairs), default=0)

    def reasons(self) -> list[str]:
        """Every reason of its pairs, once, in the pairs' order."""
        return list(dict.fromkeys(r for p in self.pairs for r in p.reasons))


def joins(pair: DuplicatePair) -> bool:
    """``pair`` is evidence enough to join a group: more than a name alike, and more than a
    value shared by two unrelated names (60%: "Mum" and Margaret Hill, proposed last, were
    joined to a group shown at 100% and merged with it by one click)."""
    # read from duplicates, which imports names_alike (and rapidfuzz) with the search, on
    # its worker: imported here, they came with Find duplicates' module, on the window's thread
    return pair.score >= duplicates.NAME_THRESHOLD and (
        pair.score >= 100 or not _NAME_REASONS.issuperset(pair.reasons)
    )


_NAME_REASONS = frozenset({"same name", "similar names"})


def group_members(
    pairs: Sequence[DuplicatePair],
    answered: Collection[Pair] = (),
    most: int = MOST_IN_GROUP,
) -> list[tuple[int, ...]]:
    """The contacts of each group of three or more the pairs make (see
    :func:`duplicate_groups`), each the oldest first, in no particular order.

    Lean: the 221,000 pairs of 100,000 contacts in 0.1 s. Only a contact in two joining
    pairs can join three, so the union is made of the pairs of those few."""
    joining = [p for p in pairs if joins(p)]
    seen: set[int] = set()
    twice: set[int] = set()
    for pair in joining:
        for contact_id in (pair.keep_id, pair.other_id):
            if contact_id in seen:
                twice.add(contact_id)
            else:
                seen.add(contact_id)
    parent: dict[int, int] = {}

    def root(contact_id: int) -> int:
        top = contact_id
        while parent.get(top, top) != top:
            top = parent[top]
        while contact_id != top:  # the path halved for the next look
            contact_id, parent[contact_id] = parent[contact_id], top
        return top

    for pair in joining:
        a, b = pair.keep_id, pair.other_id
        if (a in twice or b in twice) and (a, b) not in answered:
            a, b = root(a), root(b)
            if a != b:
                parent[max(a, b)] = min(a, b)
    components: dict[int, list[int]] = {}
    for contact_id in parent.keys() | set(parent.values()):
        components.setdefault(root(contact_id), []).append(contact_id)
    return [
        tuple(sorted(ids))
        for ids in components.values()
        if 3 <= len(ids) <= most and not _holds_answered(sorted(ids), answered)
    ]


def duplicate_groups(
    pairs: Sequence[DuplicatePair],
    answered: Collection[Pair] = (),
    most: int = MOST_IN_GROUP,
) -> list[DuplicateGroup]:
    """The pairs (in :func:`core.duplicates.rank` order) joined into groups: the connected
    contacts of the pairs not ``answered`` ("not the same person"), in the order of their
    best pair. Groups of two are one pair each. Only pairs that :func:`joins` join; a group
    of more than ``most`` contacts, or holding two the user said are not one person, falls
    apart into its pairs."""
    group_of = {i: ids for ids in group_members(pairs, answered, most) for i in ids}
    groups: list[DuplicateGroup] = []
    made: dict[tuple[int, ...], DuplicateGroup] = {}
    for pair in pairs:
        if (pair.keep_id, pair.other_id) in answered:
            continue
        ids = group_of.get(pair.keep_id)
        if ids is None or ids is not group_of.get(pair.other_id):
            groups.append(DuplicateGroup([pair.keep_id, pair.other_id], [pair]))
        elif ids in made:
            made[ids].pairs.append(pair)
        else:
            made[ids] = group = DuplicateGroup(list(ids), [pair])
            groups.append(group)
    return groups


def _holds_answered(ids: list[int], answered: Collection[Pair]) -> bool:
    return any((a, b) in answered for n, a in enumerate(ids) for b in ids[n + 1 :])


def dismiss_group(core: Core, ids: Iterable[int]) -> list[Pair]:
    """Remember that no two of ``ids`` are the same person; returns the answers new."""
    with core.store.transaction():
        return dismissed.add(pairs_within(ids))


def undo_dismiss_group(core: Core, answers: Sequence[Pair]) -> None:
    """Forget the answers :func:`dismiss_group` gave."""
    with core.store.transaction():
        dismissed.remove(answers)


def pairs_within(ids: Iterable[int]) -> list[Pair]:
    """Every pair of ``ids``, the smaller first (what "not the same person" says of a group)."""
    ordered = sorted(set(ids))
    return [(a, b) for n, a in enumerate(ordered) for b in ordered[n + 1 :]]


@dataclass
class GroupMergeRecord:
    """What undoing :func:`merge_group` needs: each merge's record, with the kept contact as
    it was before that merge."""

    steps: list[tuple[Contact, MergeRecord]]


def merge_group(
    core: Core,
    keep_id: int,
    other_ids: Sequence[int],
    take_from: Mapping[int, Collection[str]] | None = None,
    again: GroupMergeRecord | None = None,
) -> GroupMergeRecord:
    """Merge every one of ``other_ids`` into ``keep_id``, in that order, in one transaction
    (core.duplicates.merge each: the answers handed over too).

    Args:
        take_from: contact id -> the single-valued fields ``keep`` takes from that contact
            (merge's ``take_other`` for its merge). A value chosen from one of the others is
            taken as that one is merged, and kept against the ones merged after.
        again: the record of this merge made before and undone since (a redo).
    """
    choices = take_from or {}
    steps: list[tuple[Contact, MergeRecord]] = []
    with core.store.transaction():
        for number, other_id in enumerate(other_ids):
            before = core.contacts.get(keep_id)
            if before is None:
                raise LookupError(f"contact {keep_id} is gone")
            record = merge(
                core,
                keep_id,
                other_id,
                again.steps[number][1] if again is not None else None,
                choices.get(other_id, ()),
            )
            steps.append((copy.deepcopy(before), record))
    return GroupMergeRecord(steps)


def undo_merge_group(core: Core, record: GroupMergeRecord) -> None:
    """Undo :func:`merge_group` in one transaction: the last merge first."""
    with core.store.transaction():
        for before, step in reversed(record.steps):
            undo_merge(core, copy.deepcopy(before), step)
