"""Names and companies that may be one person's, for Find duplicates (core.duplicates).

Names are compared with rapidfuzz's token_sort_ratio on folded names, only within blocks of
names that share the first letters of their first two sorted words, so 100,000 contacts cost
a few seconds rather than the five billion comparisons of every pair. A second pass, within
blocks of one family name, finds what that ratio misses across address books: an initial
("J. Müller" for "Jürgen Müller"), a nickname ("Bob" for "Robert") or a second surname or
middle name one book has and another lacks ("María García" for "María García López").
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Indel, Levenshtein

from netdesk.store.text import fold, tokens

NAME_THRESHOLD = 88  # token_sort_ratio: "Jon Smith" ~ "John Smith" is 95, "Ana" ~ "Ane" is 67
_MAX_BLOCK = 1500  # bigger blocks are split on longer prefixes
_COMPATIBLE_NAME = 90  # "J. Müller" ~ "Jürgen Müller", "Bob Smith" ~ "Robert Smith"
_MAX_FAMILY_BLOCK = 400  # one family name and initial: "J. Smith" among 400 J. Smiths says nothing
_AMBIGUOUS = 3  # a short name that fits more people than this proposes none of them
_CHECK_EVERY = 5000  # names between two looks at Cancel in a pass over everyone (a few ms)

# A generation that tells a father from his son: "John Miller" and "John Miller Jr." are two
_GENERATIONS = frozenset({"jr", "jnr", "junior", "sr", "snr", "senior", "ii", "iii", "iv"})
GENERATION_WORD = re.compile(r"\b(?:" + "|".join(_GENERATIONS) + r")\b")
_TITLES = frozenset({
    "dr", "dra", "drs", "dott", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "phd",
    "md", "mme", "mlle", "sra", "srta", "herr", "frau",
})  # fmt: skip
_NOT_NAMES = _TITLES | _GENERATIONS
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


def generations_in(name_words: Iterable[str]) -> frozenset[str]:
    found = {w for w in name_words if w in _GENERATIONS}
    return frozenset({"jr" if w in ("jnr", "junior") else "sr" if w in ("snr", "senior") else w
                      for w in found})  # fmt: skip


# Cyrillic and Greek letters in Latin ones, as passports and LinkedIn write them: "Иван
# Петров" is "Ivan Petrov" in the other address book (folded: no capitals, no accents)
_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r",
    "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
})  # fmt: skip


def _in_latin(name: str) -> str:
    """A folded name in Latin letters (Cyrillic and Greek ones written as they sound)."""
    return name if name.isascii() else name.translate(_LATIN)


def _compared_words(name: str) -> list[str]:
    """A folded name's words, sorted, without titles: "Dr. Eva Braun" is "Eva Braun"."""
    words = tokens(_in_latin(name))
    if not name.isascii() and _UNSPACED.search(name):
        return ["".join(words)]  # "山田 太郎" is "山田太郎", written with a space or without
    return sorted(w for w in words if w not in _TITLES) or words


def _block_key(words: list[str], letters: int) -> str:
    return "|".join(word[:letters] for word in words[:2])


def similar_names(
    rows: list[tuple[int, str, str]],
    cancelled: Callable[[], bool] | None,
    progress: Callable[[int], None] | None = None,
) -> dict[tuple[int, int], int]:
    found: dict[tuple[int, int], int] = {}
    compared: dict[int, list[str]] = {}
    for number, row in enumerate(rows):
        # (100,000 names took 1 to 3 s here, and a Cancel waited for all of them)
        if cancelled is not None and number % _CHECK_EVERY == 0 and cancelled():
            return found
        if len(row[1]) >= 3:
            compared[row[0]] = _compared_words(row[1])
    written: dict[int, list[str]] = {}  # each name's words as written, read when needed
    pending = [(2, [r for r in rows if len(r[1]) >= 3])]
    done = 0
    while pending:
        letters, members = pending.pop()
        blocks: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for row in members:
            blocks[_block_key(compared[row[0]], letters)].append(row)
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
            names = [" ".join(compared[r[0]]) for r in block]
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
                    if score < 100 and not _words_alike(
                        _written(written, block[i]), _written(written, block[i + 1 + j])
                    ):
                        continue  # "Marta" and "María Ruiz", "William Thomas" and "Thomas Williams"
                    pair = (min(contact_id, other_id), max(contact_id, other_id))
                    found[pair] = max(found.get(pair, 0), int(score))
    return found


def spelled_alike(first: str, second: str) -> bool:
    """Two folded names a whole-name likeness found that are also alike word for word: the
    same words in any order ("Wei Zhang", "Zhang Wei"), or, in the order written, each word
    the same or a spelling of the other ("Hofmann", "Hoffmann"; "Jon", "John"). Other given
    names that read alike ("Marta", "María"; "Paul", "Paula"), other surnames ("Bauer",
    "Baker") and words swapped and respelled ("William Thomas", "Thomas Williams") are
    people of their own."""
    return _words_alike(_name_words(first), _name_words(second))


def _written(cache: dict[int, list[str]], row: tuple[int, str, str]) -> list[str]:
    words = cache.get(row[0])
    if words is None:
        words = cache[row[0]] = _name_words(_in_latin(row[1]))
    return words


def _words_alike(a: list[str], b: list[str]) -> bool:
    if sorted(a) == sorted(b) or "".join(a) == "".join(b):  # "O'Brien", "OBrien"
        return True
    return len(a) == len(b) and all(x == y or _spelling(x, y) for x, y in zip(a, b, strict=True))


def _spelling(x: str, y: str) -> bool:
    """One word written two ways: a letter more ("Jon", "John"; "Hofmann", "Hoffmann"), two
    letters swapped, or in a long word one letter changed ("Petersen", "Peterson"); not a
    name made feminine by an "a" ("Paul", "Paula")."""
    short, long = sorted((x, y), key=len)
    if Indel.distance(x, y) == 1:
        return not (long == short + "a" and short[-1] not in "aeiou")
    if Levenshtein.distance(x, y) == 1:
        return len(short) >= 6 and x[-1] == y[-1]
    return len(short) >= 4 and OSA.distance(x, y) == 1


HAS_LETTER = re.compile(r"[^\W\d_]")
_WORDS_OF_NAME = re.compile(r"[^\W\d_]+")


def _name_words(name: str) -> list[str]:
    """A folded name's words, given names first ("garcia, ana" is ana garcia), without titles
    and generations."""
    given_first = name
    before, comma, after = name.partition(",")
    if comma and any(w not in _NOT_NAMES for w in tokens(after)):
        given_first = f"{after} {before}"
    return [w for w in _WORDS_OF_NAME.findall(given_first) if w not in _NOT_NAMES]


# Scripts written without spaces between family and given name ("山田太郎", "김민준")
# (Hangul folded is its letters, jamo: "김" is "ᄀ" "ᅵ" "ᆷ")
_UNSPACED = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")


def first_name_only(name: str) -> bool:
    """A folded name of one word, titles aside ("maria", "dr. maria", "mum"): many people's,
    it says nothing alone. A name in a script written without spaces is a full name."""
    if " " in name or "," in name:
        words = _WORDS_OF_NAME.findall(name)
        if sum(w not in _NOT_NAMES for w in words) >= 2:
            return False  # most names: two words, no title
    return not (not name.isascii() and _UNSPACED.search(name))


def other_given_names(first: str, second: str) -> bool:
    """Two given names that cannot be one person's ("Ana" and "Luis", sharing a family's
    address or landline): both there, and neither the start of the other ("J." and "John"),
    a nickname of it ("Bob", "Robert"; "Anita", "Ana") or a spelling of it ("Jon", "John")."""
    a, b = _first_word(first), _first_word(second)
    if not a or not b or a.startswith(b) or b.startswith(a):
        return False
    short, long = sorted((a, b), key=len)
    if long.endswith(("ito", "ita")) and long[:-3] in (short, short[:-1]):
        return False  # "Anita" for "Ana", "Juanito" for "Juan"
    return not (_same_word(a, b) or fuzz.ratio(a, b) >= 80)


def _first_word(given_name: str) -> str:
    words = fold(given_name).replace(".", " ").split()
    return words[0] if words else ""


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


_UMLAUT_WRITTEN = re.compile(r"(?<=[aou])e")


def _family_key(word: str) -> str:
    """A family name as blocked on: "mueller" is "muller" ("Müller" without its dots)."""
    return _UMLAUT_WRITTEN.sub("", word) if "e" in word else word


def compatible_names(
    rows: list[tuple[int, str, str]],
    cancelled: Callable[[], bool] | None,
    one_person: Callable[[int, int], bool],
) -> dict[tuple[int, int], int]:
    """Pairs whose names can be one person's though they read differently: an initial, a
    nickname, a middle name or second surname only one has. Compared within blocks of one
    family name (the last, or the one before it) and the first letter of the first given
    name as written in full. A name that fits several people who are not ``one_person``
    proposes none of them: "Maria García" fits "Maria José García" and "Maria Luisa García"."""
    words: dict[int, tuple[str, ...]] = {}
    for number, (contact_id, name, _) in enumerate(rows):
        # (as the loops below: 100,000 names took seconds before the first look at Cancel)
        if cancelled is not None and number % _CHECK_EVERY == 0 and cancelled():
            return {}
        words[contact_id] = tuple(_name_words(name))
    written: dict[tuple[str, ...], list[int]] = defaultdict(list)
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number, (contact_id, name_words) in enumerate(words.items()):
        if cancelled is not None and number % _CHECK_EVERY == 0 and cancelled():
            return {}
        if len(name_words) < 2 or len(name_words[-1]) < 2:
            continue
        written[name_words].append(contact_id)
        for initial in {form[0] for form in _full_forms(name_words[0])}:
            blocks[(_family_key(name_words[-1]), initial)].append(contact_id)
            if len(name_words) >= 3 and len(name_words[-2]) >= 2:
                blocks[(_family_key(name_words[-2]), initial)].append(contact_id)
    fits: dict[int, set[int]] = defaultdict(set)
    crowded: set[int] = set()

    def fit(first: int, second: int) -> None:
        if first != second and words[first] != words[second]:  # same words: "same name"
            fits[first].add(second)
            fits[second].add(first)

    # one name in other words: "De Luca" and "DeLuca", "O'Brien" (two words to the tokenizer)
    # and "OBrien", "van der Berg" and "Vanderberg"; blocked on their first two words' starts,
    # they were never compared
    joined: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name_words in written:
        joined["".join(name_words)].append(name_words)
    for forms in joined.values():
        for i, form in enumerate(forms):
            for other_form in forms[i + 1 :]:
                for first in written[form]:
                    for second in written[other_form]:
                        fit(first, second)
    # a name with a word more (a middle name, a second surname): its shorter forms, looked up
    for number, (contact_id, name_words) in enumerate(words.items()):
        if cancelled is not None and number % _CHECK_EVERY == 0 and cancelled():
            return {}
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
            for key in {
                (_family_key(name_words[-1]), initial),
                (_family_key(name_words[-2]), initial),
            }:
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
