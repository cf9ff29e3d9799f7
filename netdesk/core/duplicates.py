"""Find duplicates over the whole database: shared e-mails and phones, and similar names.

Names are compared with rapidfuzz's token_sort_ratio on folded names, only within blocks of
names that share the first letters of their first two sorted words, so 100,000 contacts cost
a few seconds rather than the five billion comparisons of every pair.

A pair the user answered "Not the same person" for is remembered (``dismiss``) and never
proposed again, until the answer is undone or forgotten. Merging B into A gives A B's answers:
B is not C and A is now B too, so A is not C either (only a pair of A with itself is dropped).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from netdesk.core import Core
from netdesk.core.contacts import DeletedContact
from netdesk.core.types import Contact
from netdesk.store import bulk, dismissed
from netdesk.store.text import tokens

Pair = tuple[int, int]  # two contact ids, the smaller first

NAME_THRESHOLD = 88  # token_sort_ratio: "Jon Smith" ~ "John Smith" is 95, "Ana" ~ "Ane" is 67
_UNCONFIRMED_NAME = 95  # the same name, no organization on one side or both
_MAX_BLOCK = 1500  # bigger blocks are split on longer prefixes


@dataclass
class DuplicatePair:
    """Two contacts that look like one person; ``keep_id`` is the older one."""

    keep_id: int
    other_id: int
    score: int  # 0-100
    reasons: list[str] = field(default_factory=list)


def _block_key(name: str, letters: int) -> str:
    words = sorted(tokens(name))
    return "|".join(word[:letters] for word in words[:2])


def _similar_names(
    rows: list[tuple[int, str, str]], cancelled: Callable[[], bool] | None
) -> dict[tuple[int, int], int]:
    found: dict[tuple[int, int], int] = {}
    pending = [(2, [r for r in rows if len(r[1]) >= 3])]
    while pending:
        letters, members = pending.pop()
        blocks: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for row in members:
            blocks[_block_key(row[1], letters)].append(row)
        for block in blocks.values():
            if cancelled is not None and cancelled():
                return found
            if len(block) < 2:
                continue
            if len(block) > _MAX_BLOCK and letters < 8:
                pending.append((letters + 2, block))
                continue
            names = [" ".join(sorted(tokens(r[1]))) for r in block]
            for i, (contact_id, _, _) in enumerate(block):
                matches = process.extract(
                    names[i],
                    names[i + 1 :],
                    scorer=fuzz.ratio,  # names are token-sorted already: token_sort_ratio
                    score_cutoff=NAME_THRESHOLD,
                    limit=None,
                )
                for _, score, j in matches:
                    other_id = block[i + 1 + j][0]
                    pair = (min(contact_id, other_id), max(contact_id, other_id))
                    found[pair] = max(found.get(pair, 0), int(score))
    return found


def find_duplicates(
    core: Core,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    include_dismissed: bool = False,
) -> list[DuplicatePair]:
    """Candidate pairs, most certain first, each with a score and the reasons.

    Args:
        include_dismissed: also the pairs the user said are not the same person (the dialog
            keeps them to bring one back at once when that answer is undone or forgotten).
    """
    del core  # the store is module-level; the argument keeps the service call shape
    pairs: dict[tuple[int, int], DuplicatePair] = {}

    def add(a: int, b: int, score: int, reason: str) -> None:
        key = (min(a, b), max(a, b))
        pair = pairs.setdefault(key, DuplicatePair(key[0], key[1], 0))
        pair.score = max(pair.score, score)
        pair.reasons.append(reason)

    for kind, value, ids in bulk.shared_values():
        if len(ids) > 20:
            continue  # a shared switchboard or info@ address says nothing about people
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                add(a, b, 100 if kind == "email" else 90, f"same {kind}: {value}")
    if progress is not None:
        progress(1, 3)
    rows = bulk.name_rows()
    organization = {r[0]: r[2].strip().casefold() for r in rows}
    for (a, b), likeness in _similar_names(rows, cancelled).items():
        score = likeness
        org_a, org_b = organization.get(a, ""), organization.get(b, "")
        if org_a and org_b and org_a != org_b:
            score -= 15  # same name at two different companies: often two people
        elif org_a and org_a == org_b:
            score = min(100, score + 5)
        else:
            # nothing confirms the name: a name alone is weaker evidence than a shared e-mail
            # or a shared company, and the list should say so (not "100%" for both)
            score = min(score, _UNCONFIRMED_NAME)
        if score >= NAME_THRESHOLD:
            add(a, b, score, "similar names" if likeness < 100 else "same name")
    if progress is not None:
        progress(3, 3)
    if not include_dismissed:
        for key in dismissed.all_pairs() & pairs.keys():
            del pairs[key]
    # the most certain first; of equal scores, the pairs more reasons agree on
    return sorted(pairs.values(), key=lambda p: (-p.score, -len(p.reasons), p.keep_id, p.other_id))


# -- "Not the same person", remembered ---------------------------------------------------------


def dismissed_pairs(core: Core) -> set[Pair]:
    """The pairs the user said are not the same person."""
    del core
    return dismissed.all_pairs()


def dismissed_count(core: Core) -> int:
    del core
    return dismissed.count()


def dismiss(core: Core, a: int, b: int) -> bool:
    """Remember that contacts ``a`` and ``b`` are not the same person.

    Returns:
        False when it was already remembered (or either contact is gone): nothing written.

    Raises:
        StoreError: the database refused the write (locked, full disk); nothing written.
    """
    with core.store.transaction():
        return bool(dismissed.add([(a, b)]))


def undo_dismiss(core: Core, a: int, b: int) -> None:
    """Forget the answer for ``a`` and ``b``: the pair may be proposed again."""
    with core.store.transaction():
        dismissed.remove([(a, b)])


def forget_dismissed(core: Core) -> list[Pair]:
    """Forget every "not the same person" answer; returns them for :func:`remember_dismissed`."""
    with core.store.transaction():
        return dismissed.remove_all()


def remember_dismissed(core: Core, pairs: Sequence[Pair]) -> None:
    """Record ``pairs`` again (undoing :func:`forget_dismissed`); pairs of a contact deleted
    since are left out."""
    with core.store.transaction():
        dismissed.add(pairs)


@dataclass
class MergeRecord:
    """What undoing :func:`merge` needs: the other contact, its answers, those ``keep`` got."""

    deleted: DeletedContact
    other_answers: list[Pair]  # gone with the other contact (cascade), back on undo
    inherited: list[Pair]  # written for ``keep``, taken back on undo


def merge(core: Core, keep_id: int, other_id: int) -> MergeRecord:
    """``ContactService.merge`` that hands ``other``'s answers to ``keep``, in one transaction.

    An answer ``keep`` already had stays when the merge is undone; only new ones go.
    """
    with core.store.transaction():
        answers = dismissed.of_contact(other_id)
        record = core.contacts.merge(keep_id, other_id)
        others = (high if low == other_id else low for low, high in answers)
        inherited = dismissed.add((keep_id, c) for c in others if c != keep_id)
    return MergeRecord(record, answers, inherited)


def undo_merge(core: Core, keep_before: Contact, record: MergeRecord) -> None:
    """Undo :func:`merge` in one transaction: the other contact back with its own answers."""
    with core.store.transaction():
        dismissed.remove(record.inherited)
        core.contacts.undo_merge(keep_before, record.deleted)
        dismissed.add(record.other_answers)
