"""Find duplicates over the whole database: shared e-mails and phones, and similar names.

Names are compared with rapidfuzz's token_sort_ratio on folded names, only within blocks of
names that share the first letters of their first two sorted words, so 100,000 contacts cost
a few seconds rather than the five billion comparisons of every pair. A second pass, within
blocks of one family name, finds what that ratio misses across address books: an initial
("J. Müller" for "Jürgen Müller"), a nickname ("Bob" for "Robert") or a second surname or
middle name one book has and another lacks ("María García" for "María García López").

What speaks against a pair counts too: two companies that are not one (once "Inc.", "GmbH",
"S.A." and the like are set aside: "Acme Inc." is "ACME") or, for namesakes, work e-mail
addresses at two employers' domains (free mail says nothing), a Jr. beside a Sr. or nobody (a
father and his son), and, for a shared phone, e-mails on both sides with none in common (a
family's landline, an office's switchboard), as the importer judges them.

A pair the user answered "Not the same person" for is remembered (``dismiss``) and never
proposed again, until the answer is undone or forgotten. Merging B into A gives A B's answers:
B is not C and A is now B too, so A is not C either (only a pair of A with itself is dropped).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from netdesk.core import Core
from netdesk.core.contacts import DeletedContact
from netdesk.core.merging import fold  # cached: a company's name comes back thousands of times
from netdesk.core.types import Contact
from netdesk.store import birthdays_known, bulk, dismissed, email_domains, phone_numbers
from netdesk.store.text import tokens

Pair = tuple[int, int]  # two contact ids, the smaller first

NAME_THRESHOLD = 88  # token_sort_ratio: "Jon Smith" ~ "John Smith" is 95, "Ana" ~ "Ane" is 67
_UNCONFIRMED_NAME = 95  # the same name, no organization on one side or both
_MAX_BLOCK = 1500  # bigger blocks are split on longer prefixes
_COMPATIBLE_NAME = 90  # "J. Müller" ~ "Jürgen Müller", "Bob Smith" ~ "Robert Smith"
_MAX_FAMILY_BLOCK = 400  # one family name and initial: "J. Smith" among 400 J. Smiths says nothing
_AMBIGUOUS = 3  # a short name that fits more people than this proposes none of them

# Words of a company name that say its legal form, not which company it is
_LEGAL_FORMS = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "lp", "ltd",
    "limited", "plc", "gmbh", "mbh", "ag", "kg", "ohg", "ug", "ev", "sa", "sas", "sarl", "sl",
    "slu", "srl", "spa", "sapa", "bv", "nv", "as", "aps", "ab", "oy", "oyj", "asa", "pty",
    "pvt", "kk", "sp", "zoo", "sro", "spolka",
})  # fmt: skip
# A generation that tells a father from his son: "John Miller" and "John Miller Jr." are two
# Addresses of a role, read by whoever does it: shared by colleagues, not one person's
_ROLE_ADDRESSES = frozenset({
    "info", "contact", "contacto", "kontakt", "office", "oficina", "buero", "bureau", "hello",
    "hola", "hallo", "sales", "ventas", "admin", "support", "team", "mail", "enquiries",
    "inquiries", "reception", "recepcion", "noreply", "no-reply", "accounts", "billing",
    "jobs", "hr", "press", "marketing",
})  # fmt: skip
_GENERATIONS = frozenset({"jr", "jnr", "junior", "sr", "snr", "senior", "ii", "iii", "iv"})
_GENERATION_WORD = re.compile(r"\b(?:" + "|".join(_GENERATIONS) + r")\b")
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "phd", "md"})
# Short forms of given names, each to full names starting with one letter (names are blocked
# on the first letter of the full name)
_NICKNAMES: dict[str, tuple[str, ...]] = {
    "bob": ("robert",), "bobby": ("robert",), "rob": ("robert",), "robbie": ("robert",),
    "bert": ("robert", "albert", "herbert"), "bill": ("william",), "billy": ("william",),
    "will": ("william",), "liam": ("william",), "jim": ("james",), "jimmy": ("james",),
    "jamie": ("james",), "mike": ("michael",), "mick": ("michael",), "mickey": ("michael",),
    "kate": ("katherine", "catherine", "kathryn"), "katie": ("katherine", "catherine"),
    "kathy": ("katherine", "kathryn"), "cathy": ("catherine",), "kat": ("katherine",),
    "liz": ("elizabeth",), "lizzie": ("elizabeth",), "beth": ("elizabeth",),
    "betty": ("elizabeth",), "eliza": ("elizabeth",), "elisa": ("elisabeth", "elizabeth"),
    "chris": ("christopher", "christian", "christine", "christina", "kristina", "kristin"),
    "tom": ("thomas",), "tommy": ("thomas",), "dave": ("david",), "dan": ("daniel",),
    "danny": ("daniel",), "joe": ("joseph",), "joey": ("joseph",), "jon": ("jonathan",),
    "johnny": ("john",), "jack": ("john",), "nick": ("nicholas", "nicolas"),
    "alex": ("alexander", "alexandra", "alejandro", "alexis"), "sasha": ("alexander",),
    "andy": ("andrew",), "drew": ("andrew",), "tony": ("anthony", "antonio"),
    "steve": ("steven", "stephen"), "ben": ("benjamin",), "sam": ("samuel", "samantha"),
    "matt": ("matthew",), "pat": ("patrick", "patricia"), "peggy": ("margaret",),
    "maggie": ("margaret",), "meg": ("margaret",), "jenny": ("jennifer",), "jen": ("jennifer",),
    "sue": ("susan", "suzanne"), "susie": ("susan",), "greg": ("gregory",), "ed": ("edward",),
    "eddie": ("edward",), "fred": ("frederick",), "hank": ("henry",), "harry": ("henry",),
    "charlie": ("charles",), "chuck": ("charles",), "dick": ("richard",), "rick": ("richard",),
    "rich": ("richard",), "ricky": ("richard",), "ron": ("ronald",), "ray": ("raymond",),
    "larry": ("lawrence",), "josh": ("joshua",), "vicky": ("victoria",), "abby": ("abigail",),
    "pepe": ("jose",), "paco": ("francisco",), "pancho": ("francisco",), "nacho": ("ignacio",),
    "quique": ("enrique",), "lola": ("dolores",), "lupe": ("guadalupe",), "charo": ("rosario",),
    "rafa": ("rafael",), "fer": ("fernando",), "manu": ("manuel",), "toni": ("antonio",),
    "hans": ("johannes",), "sepp": ("josef",), "fritz": ("friedrich",), "uli": ("ulrich",),
    "steffi": ("stefanie",), "gabi": ("gabriele",),
}  # fmt: skip


@dataclass(slots=True)
class DuplicatePair:
    """Two contacts that look like one person; ``keep_id`` is the older one."""

    keep_id: int
    other_id: int
    score: int  # 0-100
    reasons: list[str] = field(default_factory=list)


def rank(pair: DuplicatePair) -> int:
    """The order pairs are listed in: the most certain first; of equal scores, the pairs more
    reasons agree on, then by ids. One int, not a tuple: sorting 250,000 pairs compares them
    holding the interpreter lock, and tuples took 0.3 s of the window's time."""
    more = max(0, 15 - len(pair.reasons))
    return ((((100 - pair.score) << 4 | more) << 64 | pair.keep_id) << 64) | pair.other_id


def company(organization: str) -> tuple[str, ...]:
    """The words that say which company it is: "ACME, Inc." and "Acme" are ("acme",)."""
    words = tokens(fold(organization).replace(".", "").replace("/", ""))
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return tuple(words)


def same_company(first: tuple[str, ...], second: tuple[str, ...]) -> bool | None:
    """None when either is unknown; True when one names the other ("BBC" and "BBC Studios",
    "Müller" and "Mueller" aside from spelling); False for two companies."""
    if not first or not second:
        return None
    if first == second or set(first) <= set(second) or set(second) <= set(first):
        return True
    return fuzz.ratio(" ".join(first), " ".join(second)) >= NAME_THRESHOLD


def born_apart(first: str, second: str) -> bool:
    """Two stored birthdays ("1985-04-15", "--04-15", "1985") that cannot be one person's: other
    years, or other days of the year, where both say them."""
    year_a, _, day_a = first.partition("-") if not first.startswith("--") else ("", "", first[2:])
    year_b, _, day_b = (
        second.partition("-") if not second.startswith("--") else ("", "", second[2:])
    )
    return bool(year_a and year_b and year_a != year_b) or bool(day_a and day_b and day_a != day_b)


def _generation(name_words: Iterable[str]) -> frozenset[str]:
    found = {w for w in name_words if w in _GENERATIONS}
    return frozenset({"jr" if w in ("jnr", "junior") else "sr" if w in ("snr", "senior") else w
                      for w in found})  # fmt: skip


def _block_key(name: str, letters: int) -> str:
    words = sorted(tokens(name))
    return "|".join(word[:letters] for word in words[:2])


def _similar_names(
    rows: list[tuple[int, str, str]],
    cancelled: Callable[[], bool] | None,
    progress: Callable[[int], None] | None = None,
) -> dict[tuple[int, int], int]:
    found: dict[tuple[int, int], int] = {}
    pending = [(2, [r for r in rows if len(r[1]) >= 3])]
    done = 0
    while pending:
        letters, members = pending.pop()
        blocks: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for row in members:
            blocks[_block_key(row[1], letters)].append(row)
        for block in blocks.values():
            if cancelled is not None and cancelled():
                return found
            if len(block) > _MAX_BLOCK and letters < 8:
                pending.append((letters + 2, block))
                continue
            done += len(block)
            if progress is not None:
                progress(done)
            if len(block) < 2:
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


_HAS_LETTER = re.compile(r"[^\W\d_]")
_WORDS_OF_NAME = re.compile(r"[^\W\d_]+")


def _name_words(name: str) -> list[str]:
    """A folded name's words, given names first ("garcia, ana" is ana garcia), without titles
    and generations."""
    given_first = name
    before, comma, after = name.partition(",")
    if comma and any(w not in _GENERATIONS and w not in _TITLES for w in tokens(after)):
        given_first = f"{after} {before}"
    return [w for w in _WORDS_OF_NAME.findall(given_first) if w not in _TITLES | _GENERATIONS]


def _full_forms(word: str) -> tuple[str, ...]:
    return _NICKNAMES.get(word, (word,))


def _same_word(short: str, long: str) -> bool:
    if short == long or (len(short) == 1 and long.startswith(short)):
        return True
    if len(long) == 1 and short.startswith(long):
        return True
    if long in _NICKNAMES.get(short, ()) or short in _NICKNAMES.get(long, ()):
        return True
    return min(len(short), len(long)) >= 4 and fuzz.ratio(short, long) >= 85


def _has_short_word(name_words: tuple[str, ...]) -> bool:
    return any(len(word) == 1 or word in _NICKNAMES for word in name_words[:-1])


def _shorter_forms(name_words: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The name as it may be written with fewer words: without a middle name or one of two
    surnames, the family name (the last word, or the one before it) always kept."""
    for end in range(max(1, len(name_words) - 2), len(name_words)):
        before = name_words[:end]
        for count in range(1, len(before) + 1):
            for kept in itertools.combinations(before, count):
                form = (*kept, name_words[end])
                if len(form) < len(name_words):
                    yield form


def _fits(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of ``short`` stands, in order, for a word of ``long`` (the same word, its
    initial, a nickname of it or a spelling of it), the family name (last) for the last."""
    if not _same_word(short[-1], long[-1]) or len(short[-1]) == 1:
        return False
    at = 0
    for word in short[:-1]:
        while at < len(long) - 1 and not _same_word(word, long[at]):
            at += 1
        if at >= len(long) - 1:
            return False
        at += 1
    return True


def _compatible_names(
    rows: list[tuple[int, str, str]],
    cancelled: Callable[[], bool] | None,
    one_person: Callable[[int, int], bool],
) -> dict[tuple[int, int], int]:
    """Pairs whose names can be one person's though they read differently: an initial, a
    nickname, a middle name or second surname only one has. Compared within blocks of one
    family name (the last, or the one before it) and the first letter of the first given
    name as written in full. A name that fits several people who are not ``one_person``
    proposes none of them: "Maria García" fits "Maria José García" and "Maria Luisa García"."""
    words = {contact_id: tuple(_name_words(name)) for contact_id, name, _ in rows}
    written: dict[tuple[str, ...], list[int]] = defaultdict(list)
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for contact_id, name_words in words.items():
        if len(name_words) < 2 or len(name_words[-1]) < 2:
            continue
        written[name_words].append(contact_id)
        for initial in {form[0] for form in _full_forms(name_words[0])}:
            blocks[(name_words[-1], initial)].append(contact_id)
            if len(name_words) >= 3 and len(name_words[-2]) >= 2:
                blocks[(name_words[-2], initial)].append(contact_id)
    fits: dict[int, set[int]] = defaultdict(set)
    crowded: set[int] = set()

    def fit(first: int, second: int) -> None:
        if first != second and words[first] != words[second]:  # same words: "same name"
            fits[first].add(second)
            fits[second].add(first)

    # a name with a word more (a middle name, a second surname): its shorter forms, looked up
    for contact_id, name_words in words.items():
        if 3 <= len(name_words) <= 6:
            for form in _shorter_forms(name_words):
                others = written.get(form, ())
                if len(others) > _AMBIGUOUS:
                    crowded.add(contact_id)  # fits too many people to say which
                    continue
                for other in others:
                    fit(contact_id, other)
    # an initial or a nickname: compared with the names of its family name and initial
    for number, (contact_id, name_words) in enumerate(words.items()):
        if cancelled is not None and number % 1000 == 0 and cancelled():
            return {}
        if len(name_words) < 2 or not _has_short_word(name_words):
            continue
        for initial in {form[0] for form in _full_forms(name_words[0])}:
            for key in {(name_words[-1], initial), (name_words[-2], initial)}:
                block = blocks.get(key, ())
                if len(block) > _MAX_FAMILY_BLOCK:
                    continue  # "J. Smith" among hundreds of J-something Smiths says nothing
                for other in block:
                    a, b = name_words, words[other]
                    short, long = (a, b) if len(a) <= len(b) else (b, a)
                    if short[-1] in long:  # the second surname only one has
                        long = long[: long.index(short[-1]) + 1]
                    if _fits(short, long):
                        fit(contact_id, other)

    def ambiguous(contact_id: int) -> bool:
        others = sorted(fits[contact_id])
        if len(others) > _AMBIGUOUS:
            return True  # "J. Smith" fits every J-something Smith
        return not all(one_person(a, b) for i, a in enumerate(others) for b in others[i + 1 :])

    unclear = crowded | {contact_id for contact_id in fits if ambiguous(contact_id)}
    found: dict[tuple[int, int], int] = {}
    for first, fitting in fits.items():
        for second in fitting:
            if first not in unclear and second not in unclear:
                found[(min(first, second), max(first, second))] = _COMPATIBLE_NAME
    return found


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
        cancelled: checked between blocks; once it says True the search stops and returns
            what it found so far (the caller knows it asked and should not show that as all).
        include_dismissed: also the pairs the user said are not the same person (the dialog
            keeps them to bring one back at once when that answer is undone or forgotten).
    """
    pairs: dict[tuple[int, int], DuplicatePair] = {}

    def add(a: int, b: int, score: int, reason: str) -> None:
        key = (min(a, b), max(a, b))
        pair = pairs.setdefault(key, DuplicatePair(key[0], key[1], 0))
        pair.score = max(pair.score, score)
        pair.reasons.append(reason)

    rows = bulk.name_rows()
    names = {r[0]: r[1] for r in rows}
    generation = {r[0]: _generation(tokens(r[1])) for r in rows if _GENERATION_WORD.search(r[1])}

    birthdays = birthdays_known.by_contact()

    def another_generation(a: int, b: int) -> bool:
        """A Jr. beside a Sr. or nobody, or born on another day or in another year."""
        if generation.get(a, frozenset()) != generation.get(b, frozenset()):
            return True
        return a in birthdays and b in birthdays and born_apart(birthdays[a], birthdays[b])

    shared_phones: list[tuple[str, list[int]]] = []
    for kind, value, ids in bulk.shared_values():
        if len(ids) > 20:
            continue  # a shared switchboard or info@ address says nothing about people
        if kind == "phone":
            shared_phones.append((value, ids))
            continue
        if value.partition("@")[0] in _ROLE_ADDRESSES:
            continue  # info@ or office@ is a company's, not a person's: it says nothing
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                add(a, b, 100, f"same email: {value}")
    shared_phones += _written_nationally()
    _add_shared_phones(core, shared_phones, pairs, add, another_generation)
    if progress is not None:
        progress(10, 100)
    if cancelled is not None and cancelled():
        return []
    companies = {r[0]: company(r[2]) for r in rows}
    work_domains = email_domains.by_contact()

    said = [10]

    def names_done(done: int) -> None:
        percent = 10 + 80 * min(done, len(named)) // max(len(named), 1)
        if progress is not None and percent > said[0]:  # a signal per block would flood
            said[0] = percent
            progress(percent, 100)

    # a card with no name is shown by its e-mail or phone: "jo@acme.com" and "jon@acme.com",
    # "+1 415 555 0100" and "...0101" are not similar names
    named = [r for r in rows if "@" not in r[1] and _HAS_LETTER.search(r[1])]
    likeness = _similar_names(named, cancelled, names_done)

    def one_person(a: int, b: int) -> bool:
        """Two a short name fits may be one person: their names alike, no two companies."""
        key = (min(a, b), max(a, b))
        return key in likeness and same_company(companies[a], companies[b]) is not False

    # a company's own card ("Acme Inc") has no given name to stand for a nickname or initial
    people = [r for r in named if r[1] != fold(r[2].strip())]
    for key, score in _compatible_names(people, cancelled, one_person).items():
        likeness.setdefault(key, score)
    # (a loop over every pair of alike names: 500,000 for 100,000 contacts, kept lean)
    for (a, b), like in likeness.items():
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
            score = min(like, _UNCONFIRMED_NAME)
        if score >= NAME_THRESHOLD:
            same_words = like == 100 or names[a] == names[b]
            add(a, b, score, "same name" if same_words else "similar names")
    if progress is not None:
        progress(100, 100)
    if not include_dismissed:
        for key in dismissed.all_pairs() & pairs.keys():
            del pairs[key]
    return sorted(pairs.values(), key=rank)


def _written_nationally() -> list[tuple[str, list[int]]]:
    """Phones shared though one is written nationally for another country than the user's
    (no E.164 form could be made of "07700 900123" in the US): (the number, contact ids),
    as bulk.shared_values gives them. It is the international "+447700900123" when that
    ends with its digits after a country code; two written alike are shared as written."""
    national = phone_numbers.national_only()
    if not national:
        return []
    found: dict[str, set[int]] = defaultdict(set)
    for contact_id, number in national:
        found[number].add(contact_id)
    tails = {number[-7:] for _, number in national}
    by_tail: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for contact_id, e164 in phone_numbers.international_ending_in(tails):
        by_tail[e164[-7:]].append((contact_id, e164))
    shared: list[tuple[str, list[int]]] = []
    for number, ids in found.items():
        international: dict[str, set[int]] = defaultdict(set)
        for contact_id, e164 in by_tail.get(number[-7:], ()):
            if e164[1:].endswith(number) and 1 <= len(e164) - 1 - len(number) <= 3:
                international[e164].add(contact_id)
        for e164, others in international.items():
            together = sorted(ids | others)
            if len(together) <= 20:
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
) -> None:
    """A shared phone is one person's unless, as the importer judges it, e-mails on both sides
    have none in common (a family's landline, an office's switchboard) or one is Jr.; a shared
    e-mail found already outweighs both."""
    emails: dict[int, set[str]] = {}
    for _, ids in shared:
        for contact_id in ids:
            contact = emails.get(contact_id) is None and core.contacts.get(contact_id)
            if contact:
                emails[contact_id] = {e.value.strip().casefold() for e in contact.emails}
    for value, ids in shared:
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                mine, theirs = emails.get(a, set()), emails.get(b, set())
                strangers = bool(mine and theirs and not mine & theirs)
                key = (min(a, b), max(a, b))
                if key not in pairs and (strangers or another_generation(a, b)):
                    continue
                add(a, b, 90, f"same phone: {value}")


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
