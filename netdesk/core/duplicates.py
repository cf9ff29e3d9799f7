"""Find duplicates over the whole database: shared e-mails and phones, and similar names.

Names are compared by core.names_alike: alike as written, or one an initial, a nickname or a
shorter form of the other ("J. Müller", "Bob Smith", "María García" for "María García López"),
or in other words ("De Luca", "DeLuca"). Also one Gmail mailbox written in other ways
("ana.ruiz@", "anaruiz@"), a number dialled with "00" and its "+" form, a nickname a card
writes and a card named by it, a company's card with and without its legal form.

What speaks against a pair counts too: two companies that are not one (once "Inc.", "GmbH",
"S.A." and the like are set aside: "Acme Inc." is "ACME") or, for namesakes, work e-mail
addresses at two employers' domains (free mail says nothing), a Jr. beside a Sr. or nobody (a
father and his son), and, for a shared phone, e-mails on both sides with none in common (a
family's landline, an office's switchboard), and for a shared e-mail or phone other given
names ("Ana" and "Luis": a family's address), as the importer judges them; birthdays in other
years or on other days; an address of a role (info@) shared by a company's cards. A card with
no name is not compared on the e-mail or phone it is shown by. A phone written nationally for
another country (no valid E.164 form) is compared with the international numbers it may be.

A pair the user answered "Not the same person" for is remembered (``dismiss``) and never
proposed again, until the answer is undone or forgotten. Merging B into A gives A B's answers:
B is not C and A is now B too, so A is not C either (only a pair of A with itself is dropped).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from netdesk.core import Core
from netdesk.core.company import company
from netdesk.core.contacts import DeletedContact
from netdesk.core.types import Contact
from netdesk.store import bulk, dismissed, duplicate_facts
from netdesk.store.text import fold, tokens

if TYPE_CHECKING:  # bound when first used (_import_names_alike)
    from netdesk.core.names_alike import (
        GENERATION_WORD,
        HAS_LETTER,
        NAME_THRESHOLD,
        born_apart,
        compatible_names,
        first_name_only,
        generations_in,
        other_given_names,
        same_company,
        similar_names,
    )

Pair = tuple[int, int]  # two contact ids, the smaller first


# names_alike (and rapidfuzz under it) is imported on first use, by the search on its worker:
# imported with this module, it took the window 15 ms (40 ms without compiled files) as Find
# duplicates opened. Its names are bound here then, as a top import would have: read from
# this module, a test may put its own in their place.
_NAMES_ALIKE = (
    "GENERATION_WORD",
    "HAS_LETTER",
    "NAME_THRESHOLD",
    "born_apart",
    "compatible_names",
    "first_name_only",
    "generations_in",
    "other_given_names",
    "same_company",
    "similar_names",
)


def _import_names_alike() -> None:
    from netdesk.core import names_alike

    for name in _NAMES_ALIKE:
        globals().setdefault(name, getattr(names_alike, name))  # one put in its place stays


def __getattr__(name: str) -> object:
    """names_alike's names, asked of this module before a search imported them."""
    if name in _NAMES_ALIKE:
        _import_names_alike()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_UNCONFIRMED_NAME = 95  # the same name, no organization on one side or both
_NAMES_SHARE = 35  # of the progress bar: 10% to 45% for comparing the names
_BY_NICKNAME = 90  # "Daisy Smith" for "Margaret Smith", nickname "Daisy": as "Bob" for "Robert"
_COMPANY_CARD = 90  # two cards of one company, its legal form aside: 95 with the company's bonus
# A value on more contacts than this says nothing about people: a company's switchboard, a
# shared info@ address (nor does it join them into one group: duplicate_groups)
CROWD = 20
# A mobile or an e-mail shared by two whose names have nothing in common ("Mum" and "Margaret
# Hill"): proposed, below every pair the names find, when no more than this many share it
_FEW = 3
_VALUE_ONLY = 60

# Addresses of a role, read by whoever does it: shared by colleagues, not one person's
_ROLE_ADDRESSES = frozenset({
    "info", "contact", "contacto", "kontakt", "office", "oficina", "buero", "bureau", "hello",
    "hola", "hallo", "sales", "ventas", "admin", "support", "team", "mail", "enquiries",
    "inquiries", "reception", "recepcion", "noreply", "no-reply", "accounts", "billing",
    "jobs", "hr", "press", "marketing",
})  # fmt: skip


@dataclass(slots=True)
class DuplicatePair:
    """Two contacts that look like one person; ``keep_id`` is the older one."""

    keep_id: int
    other_id: int
    score: int  # 0-100
    reasons: list[str] = field(default_factory=list)
    # three or more contacts shown as one (core.duplicate_groups), the oldest first; the ids
    # above are its first two
    group: tuple[int, ...] = ()


def rank(pair: DuplicatePair) -> int:
    """The order pairs are listed in: the most certain first; of equal scores, the pairs more
    reasons agree on, then by ids. One int, not a tuple: sorting 250,000 pairs compares them
    holding the interpreter lock, and tuples took 0.3 s of the window's time."""
    more = max(0, 15 - len(pair.reasons))
    return ((((100 - pair.score) << 4 | more) << 64 | pair.keep_id) << 64) | pair.other_id


def find_duplicates(
    core: Core,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    include_dismissed: bool = False,
) -> list[DuplicatePair]:
    """Candidate pairs, most certain first (:func:`rank`), each with a score and the reasons.

    Args:
        progress: called with (done, 100) as the search goes.
        cancelled: checked between steps and blocks; once it says True the search stops
            within a fraction of a second and returns what it found so far, or nothing (the
            caller knows it asked and should not show that as all).
        include_dismissed: also the pairs the user said are not the same person (the dialog
            keeps them to bring one back at once when that answer is undone or forgotten).
    """
    _import_names_alike()
    pairs: dict[tuple[int, int], DuplicatePair] = {}

    def stopped() -> bool:
        return cancelled is not None and cancelled()

    def add(a: int, b: int, score: int, reason: str) -> None:
        key = (min(a, b), max(a, b))
        pair = pairs.setdefault(key, DuplicatePair(key[0], key[1], 0))
        pair.score = max(pair.score, score)
        pair.reasons.append(reason)

    rows = bulk.name_rows()
    names = {r[0]: r[1] for r in rows}
    generation = {r[0]: generations_in(tokens(r[1])) for r in rows if GENERATION_WORD.search(r[1])}

    birthdays = duplicate_facts.birthdays()

    def another_generation(a: int, b: int) -> bool:
        """A Jr. beside a Sr. or nobody, or born on another day or in another year."""
        if generation.get(a, frozenset()) != generation.get(b, frozenset()):
            return True
        return a in birthdays and b in birthdays and born_apart(birthdays[a], birthdays[b])

    given = duplicate_facts.given_names()

    def family(a: int, b: int) -> bool:
        """Other given names on a shared e-mail or phone: a family's, as the importer says;
        unless one's given name is a word of the other's name (the order of "Li Wei")."""
        if a not in given or b not in given or not other_given_names(given[a], given[b]):
            return False
        return not (set(tokens(fold(given[a]))) & set(tokens(names[b]))) and not (
            set(tokens(fold(given[b]))) & set(tokens(names[a]))
        )

    def unrelated(a: int, b: int) -> bool:
        """Two names without a word in common: not a family's ("Ana Ng", "Tom Ng")."""
        return not set(tokens(names[a])) & set(tokens(names[b]))

    if stopped():
        return []
    national = duplicate_facts.national_only()
    made_up = {e164 for _, _, e164 in national if e164}  # "+10301234567": compared nationally
    shared_phones: list[tuple[str, list[int]]] = []
    shared = bulk.shared_values()
    if stopped():
        return []
    for kind, value, ids in shared:
        if len(ids) > CROWD:
            continue  # a shared switchboard or info@ address says nothing about people
        if kind == "phone":
            if value not in made_up:
                shared_phones.append((value, ids))
            continue
        if value.partition("@")[0] in _ROLE_ADDRESSES:
            continue  # info@ or office@ is a company's, not a person's: it says nothing
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if not family(a, b):
                    add(a, b, 100, f"same email: {value}")
                elif len(ids) <= _FEW and unrelated(a, b):
                    # "Mum" and "Margaret Hill": other given names, but no family's (a
                    # family shares its name); the user tells, below what names find
                    add(a, b, _VALUE_ONLY, f"same email: {value}")
    for a, b, value in _one_gmail_box(duplicate_facts.gmail_addresses()):
        if not family(a, b):
            add(a, b, 100, f"same email: {value}")
    shared_phones += _written_nationally(national)
    shared_phones = _with_dialled_abroad(shared_phones, duplicate_facts.dialled_abroad())
    # a phone set aside (e-mails on both sides, none in common) still says so of a pair the
    # names find: "Why: same name" alone, for two cards of one number
    phones_aside = _add_shared_phones(
        core, shared_phones, pairs, add, another_generation, family, unrelated
    )
    if progress is not None:
        progress(10, 100)
    if stopped():
        return []
    companies = {r[0]: company(r[2]) for r in rows}
    work_domains = duplicate_facts.work_domains()
    if stopped():
        return []

    said = [10]

    def step(percent: int) -> None:
        if progress is not None and percent > said[0]:  # a signal per block would flood
            said[0] = percent
            progress(percent, 100)

    def names_done(done: int) -> None:
        # the names take a third of the time; initials and nicknames, then every pair's
        # checks, the rest (the bar stood at 90% for the last 40%)
        step(10 + _NAMES_SHARE * min(done, len(named)) // max(len(named), 1))

    # a card with no name is shown by its e-mail or phone: "jo@acme.com" and "jon@acme.com",
    # "+1 415 555 0100" and "...0101" are not similar names
    named = [r for r in rows if "@" not in r[1] and HAS_LETTER.search(r[1])]
    first_names = set()
    for number, row in enumerate(named):
        if number % 5000 == 0 and stopped():  # (100,000 names: up to a second between looks)
            return []
        if first_name_only(row[1]):
            first_names.add(row[0])
    likeness = similar_names(named, cancelled, names_done)
    if stopped():
        return []  # Cancel heard: not seconds more of work on what was found so far

    def one_person(a: int, b: int) -> bool:
        """Two a short name fits may be one person: their names alike, no two companies."""
        key = (min(a, b), max(a, b))
        return key in likeness and same_company(companies[a], companies[b]) is not False

    # a company's own card ("Acme Inc") has no given name to stand for a nickname or initial
    people = [r for r in named if r[1] != fold(r[2].strip())]
    for key, score in compatible_names(people, cancelled, one_person).items():
        likeness.setdefault(key, score)
    if stopped():
        return []
    for key in _company_cards_alike(named, companies):
        likeness.setdefault(key, _COMPANY_CARD)
    for key in _called_by_nickname():
        likeness.setdefault(key, _BY_NICKNAME)
    step(65)
    # (a loop over every pair of alike names: 500,000 for 100,000 contacts, kept lean)
    for number, ((a, b), like) in enumerate(likeness.items()):
        if number % 20_000 == 0:
            if stopped():
                return []
            step(65 + 30 * number // len(likeness))
        if (
            (a in generation or b in generation or (a in birthdays and b in birthdays))
            and another_generation(a, b)
            and (a, b) not in pairs
        ):
            continue  # John Miller and John Miller Jr.: a father and his son
        company_a, company_b = companies[a], companies[b]
        if company_a and company_a == company_b:
            score = min(100, like + 5)
        elif company_a and company_b and not same_company(company_a, company_b):
            continue  # the same name at two companies: two people (100 - 15 is too low)
        elif (
            (a in work_domains and b in work_domains)
            and not work_domains[a] & work_domains[b]
            and (a, b) not in pairs
            and not (company_a and company_b)
        ):
            continue  # writing from two employers' domains, as two companies: two people
        else:
            # nothing confirms the name (no company, or one that may be the other's part): a
            # name alone is weaker evidence than a shared e-mail or company, and the list
            # should say so (not "100%" for both)
            if (a in first_names or b in first_names) and (a, b) not in pairs:
                continue  # "Maria" and "Maria", nothing else shared: two of many Marias
            score = min(like, _UNCONFIRMED_NAME)
        if score >= NAME_THRESHOLD:
            same_words = like == 100 or names[a] == names[b]
            add(a, b, score, "same name" if same_words else "similar names")
    for key, reason in phones_aside:
        if key in pairs and reason not in pairs[key].reasons:
            pairs[key].reasons.append(reason)
    if progress is not None:
        progress(100, 100)
    if not include_dismissed:
        for key in dismissed.all_pairs() & pairs.keys():
            del pairs[key]
    # ranks are unique (they hold both ids): sorted as plain ints, and found again by them
    by_rank = {rank(pair): pair for pair in pairs.values()}
    return [by_rank[r] for r in _sorted_in_steps(list(by_rank))]


_SORTED_AT_ONCE = 16_384  # ranks sorted in one call: ~5 ms holding the interpreter lock


def _sorted_in_steps(values: list[int]) -> list[int]:
    """``sorted(values)`` in calls short enough for the window's thread to run between them:
    one sort of the 220,000 pairs of 100,000 contacts held the interpreter lock, and the
    window still, 70 to 90 ms. Runs are sorted, then merged two by two (a sort of two sorted
    runs is a merge: one comparison per value)."""
    runs = [sorted(values[i : i + _SORTED_AT_ONCE]) for i in range(0, len(values), _SORTED_AT_ONCE)]
    while len(runs) > 1:
        runs = [sorted(runs[i] + runs[i + 1]) if i + 1 < len(runs) else runs[i]
                for i in range(0, len(runs), 2)]  # fmt: skip
    return runs[0] if runs else []


def _one_gmail_box(addresses: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """(contact, contact, the first's address) for each two contacts that write one Gmail
    mailbox in other ways: Gmail reads no dots and nothing after a "+" in its addresses, so
    "ana.ruiz@gmail.com", "anaruiz@gmail.com" and "ana.ruiz+work@googlemail.com" are one.
    Two that write it alike share it already (bulk.shared_values): not given again.
    ``addresses``: duplicate_facts.gmail_addresses()."""
    boxes: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for contact_id, address in addresses:
        local = address.rpartition("@")[0].partition("+")[0].replace(".", "")
        if local:
            boxes[local][contact_id].add(address)
    found = []
    for written in boxes.values():
        if len(written) < 2 or len(written) > CROWD:
            continue  # one contact's, or a crowd's (as a shared e-mail: says nothing)
        ids = sorted(written)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if not written[a] & written[b]:
                    found.append((a, b, min(written[a])))
    return found


def _called_by_nickname() -> list[Pair]:
    """Pairs of a contact whose nickname is written ("Margaret Smith", nickname "Daisy") and
    one named by it ("Daisy Smith"): the phone's card of a friend everyone calls Daisy. The
    table of nicknames (names_alike) knows "Bob" for "Robert", not the user's friends'."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for contact_id, nickname, family_name in duplicate_facts.nicknamed():
        nick, family = fold(" ".join(nickname.split())), fold(" ".join(family_name.split()))
        for name in (f"{nick} {family}", f"{family} {nick}", f"{family}, {nick}"):
            wanted[name].add(contact_id)
    found = set()
    for other, name in duplicate_facts.named(set(wanted)):
        for contact_id in wanted[name]:
            if contact_id != other:
                found.add((min(contact_id, other), max(contact_id, other)))
    return sorted(found)


def _company_cards_alike(
    named: list[tuple[int, str, str]], companies: dict[int, tuple[str, ...]]
) -> list[Pair]:
    """Pairs of a company's own cards (named as their organization, no person's name), one
    written with its legal form and one without: Outlook's "Acme Robotics Inc." and the
    phone's "ACME Robotics" read too differently for the names' likeness (86 of 88). Two
    legal forms ("Acme GmbH", "Acme AG") may be two companies of a group: not proposed."""
    cards: dict[tuple[str, ...], list[tuple[int, bool]]] = defaultdict(list)
    for contact_id, name, organization in named:
        key = companies[contact_id]
        # (the start first: folding 100,000 organizations took 80 ms)
        if key and name.startswith(key[0]) and name == fold(organization.strip()):
            bare = len(tokens(name.replace(".", "").replace("/", ""))) == len(key)
            cards[key].append((contact_id, bare))
    return [
        (a, b)
        for ids in cards.values()
        if 1 < len(ids) <= CROWD  # (as a shared e-mail: a crowd of them says nothing)
        for i, (a, a_bare) in enumerate(ids)
        for b, b_bare in ids[i + 1 :]
        if a_bare or b_bare
    ]


def _with_dialled_abroad(
    shared: list[tuple[str, list[int]]], abroad: list[tuple[int, str]]
) -> list[tuple[str, list[int]]]:
    """``shared`` (the number, contact ids) with the phones written with the international
    prefix "00" and read nowhere (duplicate_facts.dialled_abroad) among the contacts of the
    number they dial: "0034 612 345 678" beside "+34 612 345 678" was no shared phone."""
    if not abroad:
        return shared
    dialled: dict[str, set[int]] = defaultdict(set)
    for contact_id, number in abroad:
        dialled[number].add(contact_id)
    for contact_id, number in duplicate_facts.with_numbers(set(dialled)):
        dialled[number].add(contact_id)
    joined = []
    for number, ids in shared:
        if number in dialled:
            ids = sorted(dialled.pop(number).union(ids))
        if len(ids) <= CROWD:
            joined.append((number, ids))
    joined += ((n, sorted(ids)) for n, ids in dialled.items() if 1 < len(ids) <= CROWD)
    return joined


def _written_nationally(national: list[tuple[int, str, str]]) -> list[tuple[str, list[int]]]:
    """Phones shared though one is written nationally for another country than the user's
    (no E.164 form could be made of "07700 900123" in the US, no valid one of "030 1234567"
    (Berlin): "+10301234567"): (the number, contact ids),
    as bulk.shared_values gives them. It is the international "+447700900123" when that
    ends with its digits after a country code; two written alike are shared as written.
    ``national`` is duplicate_facts.national_only()."""
    if not national:
        return []
    found: dict[str, set[int]] = defaultdict(set)
    for contact_id, number, _ in national:
        found[number].add(contact_id)
    tails = {number[-7:] for _, number, _ in national}
    by_tail: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for contact_id, e164 in duplicate_facts.international_ending_in(tails):
        by_tail[e164[-7:]].append((contact_id, e164))
    shared: list[tuple[str, list[int]]] = []
    for number, ids in found.items():
        international: dict[str, set[int]] = defaultdict(set)
        for contact_id, e164 in by_tail.get(number[-7:], ()):
            if contact_id in ids:
                continue  # its own number, or what was made of it for the user's country
            if duplicate_facts.is_international_form(e164, number):
                international[e164].add(contact_id)
        for e164, others in international.items():
            together = sorted(ids | others)
            if len(together) <= CROWD:
                shared.append((e164, together))
        if len(ids) > 1 and not international:
            shared.append((number, sorted(ids)))
    return shared


def _add_shared_phones(
    core: Core,
    shared: list[tuple[str, list[int]]],
    pairs: dict[tuple[int, int], DuplicatePair],
    add: Callable[[int, int, int, str], None],
    another_generation: Callable[[int, int], bool],
    family: Callable[[int, int], bool],
    unrelated: Callable[[int, int], bool],
) -> list[tuple[Pair, str]]:
    """A shared phone is one person's unless, as the importer judges it, e-mails on both sides
    have none in common (a family's landline, an office's switchboard), one is Jr. or their
    given names are others (``family``); a shared e-mail found already outweighs them.
    A mobile is one person's: shared by two of other given names and ``unrelated`` names
    ("Mum", "Margaret Hill"), by few, it is proposed below what the names find.

    Returns:
        The pairs whose shared phone was set aside for their e-mails alone, each with its
        reason: said if their names find them all the same.
    """
    emails: dict[int, set[str]] = {}
    labelled_mobile: set[str] = set()  # numbers a card calls a mobile
    for _, ids in shared:
        for contact_id in ids:
            contact = emails.get(contact_id) is None and core.contacts.get(contact_id)
            if contact:
                emails[contact_id] = {e.value.strip().casefold() for e in contact.emails}
                labelled_mobile.update(
                    p.e164 for p in contact.phones if p.e164 and "mobile" in p.label.casefold()
                )
    aside: list[tuple[Pair, str]] = []
    for value, ids in shared:
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                mine, theirs = emails.get(a, set()), emails.get(b, set())
                strangers = bool(mine and theirs and not mine & theirs)
                key = (min(a, b), max(a, b))
                if key not in pairs and (strangers or another_generation(a, b) or family(a, b)):
                    if strangers and not another_generation(a, b) and not family(a, b):
                        aside.append((key, f"same phone: {value}"))
                    elif (
                        not strangers
                        and not another_generation(a, b)
                        and len(ids) <= _FEW
                        and unrelated(a, b)
                        and (value in labelled_mobile or is_mobile(value))
                    ):
                        add(a, b, _VALUE_ONLY, f"same mobile: {written_international(value)}")
                    continue
                add(a, b, 90, f"same phone: {value}")
    return aside


@functools.lru_cache(maxsize=4096)
def is_mobile(e164: str) -> bool:
    """A mobile's number, as phonenumbers knows them (one person's, not a family's landline;
    the US's numbers may be either: a card's label says)."""
    import phonenumbers  # where used: its import is not on the way to the window

    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


def written_international(e164: str) -> str:
    """ "+447911123456" as people write it: "+44 7911 123456" (as stored when unreadable)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


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


def merge(
    core: Core,
    keep_id: int,
    other_id: int,
    again: MergeRecord | None = None,
    take_other: Collection[str] = (),
) -> MergeRecord:
    """``ContactService.merge`` that hands ``other``'s answers to ``keep``, in one transaction.

    An answer ``keep`` already had stays when the merge is undone; only new ones go.
    ``again``: the record of this merge made before and undone since (a redo), which holds
    the kept keep-in-touch item as the merge did (see ``ContactService.merge``).
    ``take_other``: the single-valued fields that take ``other``'s value (merge_into).
    """
    with core.store.transaction():
        answers = dismissed.of_contact(other_id)
        record = core.contacts.merge(
            keep_id,
            other_id,
            again=again.deleted if again is not None else None,
            take_other=take_other,
        )
        others = (high if low == other_id else low for low, high in answers)
        inherited = dismissed.add((keep_id, c) for c in others if c != keep_id)
    return MergeRecord(record, answers, inherited)


def undo_merge(core: Core, keep_before: Contact, record: MergeRecord) -> None:
    """Undo :func:`merge` in one transaction: the other contact back with its own answers."""
    with core.store.transaction():
        dismissed.remove(record.inherited)
        core.contacts.undo_merge(keep_before, record.deleted)
        dismissed.add(record.other_answers)
