"""Deriving display names and checking what the user types: emails, phones, dates."""

from __future__ import annotations

import locale
import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (made on first use: netdesk.core.types)
    from netdesk.core.types import Contact

# phonenumbers is imported inside the functions that need it: its import (~45 ms) is not on
# the way to the main window's first paint.


def _locale_region() -> str:
    """The country of the user's locale ("es_ES.UTF-8" -> "ES"), for numbers without +; ""
    when it names none (C, POSIX): such a number is then kept as written. "US" was assumed,
    and "030 1234567" from Berlin became "+1 030-123-4567"."""
    try:
        # as set: getlocale() reads "C.UTF-8" as "en_US" (Python's alias table)
        if locale.setlocale(locale.LC_CTYPE).partition(".")[0] in ("C", "POSIX"):
            return ""
        name = locale.getlocale()[0] or ""
    except (ValueError, locale.Error):
        name = ""
    match = re.search(r"_([A-Z]{2})", name)
    return match.group(1) if match else ""


DEFAULT_REGION = _locale_region()


def region_if_none(code: str) -> None:
    """Read numbers written without their country code in ``code``'s country ("GB") when
    the locale names none: the window passes the country of Qt's system locale, which knows
    it where Python's does not (macOS's and Windows' settings, a locale set but not
    installed in the C library). Read at each call, as ``DEFAULT_REGION``."""
    global DEFAULT_REGION
    if not DEFAULT_REGION and re.fullmatch(r"[A-Z]{2}", code):
        DEFAULT_REGION = code


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# Chinese, Japanese and Korean names are written family name first, with no space: 山田太郎
# (Han, kana, Hangul; compatibility and extension blocks included).
_CJK_RANGES = (
    "[\u1100-\u11ff\u2e80-\u2fdf\u3005\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0003134f]+"
)


@cache
def _cjk_name() -> re.Pattern[str]:
    """The pattern of such a name, compiled when first asked: its ranges up to U+3134F took
    ~19 million instructions to compile on every start, before the first paint (the avatars'
    initials, which the list needs then, never use it)."""
    return re.compile(_CJK_RANGES)


_NOT_WRITTEN = str.maketrans("", "", " \t\n\r\f\v,")


def is_cjk_name(text: str) -> bool:
    """Whether ``text`` is written in Chinese, Japanese or Korean characters alone."""
    return _cjk_name().fullmatch(text) is not None


def structured_name(contact: Contact) -> str:
    """The name made of the name parts alone (prefix, given, middle, family, suffix); a
    Chinese, Japanese or Korean name family first without spaces (山田太郎)."""
    return _structured(
        contact.prefix,
        contact.given_name,
        contact.additional_names,
        contact.family_name,
        contact.suffix,
    )


def _structured(prefix: str, given: str, additional: str, family: str, suffix: str) -> str:
    own = [p for p in (given.strip(), additional.strip(), family.strip()) if p]
    # every character _cjk_name takes is from U+1100 on: a name starting lower is no such
    # name without the regex (an import derives 10,000 names)
    if (
        own
        and own[0] >= "\u1100"
        and _cjk_name().match(own[0])
        and all(_cjk_name().fullmatch(p) for p in own)
    ):
        own = [p.strip() for p in (family, given, additional) if p.strip()]
        own = ["".join(own)]
    name = " ".join(own)
    prefix = prefix.strip()
    if prefix:
        name = f"{prefix} {name}" if name else prefix
    suffix = suffix.strip()
    if suffix and name:
        name = f"{name}, {suffix}" if "." in suffix else f"{name} {suffix}"
    return name


def person_name(
    prefix: str, given: str, additional: str, family: str, suffix: str, formatted: str
) -> str:
    """The name a person's name parts and FN (``formatted``) make, "" without name parts.

    The parts in their usual order, except where the FN is the same parts written in
    another order or spacing: then the FN, as its writer put it ("Nagy Péter" for N:Nagy;
    Péter, "山田 太郎"). An FN that only repeats the parts given name first (what most
    programs derive from N) or drops or changes any of them does not count.
    """
    name = _structured(prefix, given, additional, family, suffix)
    written = " ".join(formatted.split())
    if not name or not written or written == name:
        return name
    parts = [p.translate(_NOT_WRITTEN) for p in (prefix, given, additional, family, suffix)]
    parts = [p for p in parts if p]
    compact = written.translate(_NOT_WRITTEN)
    if compact == "".join(parts) or "," in written:  # given name first, or "Family, Given"
        return name
    return written if _parts_in_any_order(parts, written.replace(" ", "")) else name


def _parts_in_any_order(parts: list[str], text: str) -> bool:
    """``text`` is ``parts`` run together, each once, in some order."""
    if not parts:
        return not text
    return any(
        text.startswith(part) and _parts_in_any_order(parts[:i] + parts[i + 1 :], text[len(part) :])
        for i, part in enumerate(parts)
    )


def display_name(contact: Contact) -> str:
    """The name shown and sorted on: the person's name (person_name), else FN, else
    nickname, org, email, phone."""
    name = person_name(
        contact.prefix,
        contact.given_name,
        contact.additional_names,
        contact.family_name,
        contact.suffix,
        contact.formatted_name,
    )
    if name:  # most contacts: the others are not looked at (an import names 10,000)
        return " ".join(name.split())
    for candidate in (
        contact.formatted_name.strip(),
        contact.nickname.strip(),
        contact.organization.strip(),
        contact.emails[0].value.strip() if contact.emails else "",
        contact.phones[0].raw.strip() if contact.phones else "",
    ):
        if candidate:
            return " ".join(candidate.split())
    return ""


# Titles written before a name, in the languages netdesk's users write names in: "Dra. Ana
# Soto" is AS, not DS. Words that are also given names ("Don", "Pan", "Lady") are left out.
_TITLE_WORDS = (
    "dr dra drs prof profa mr mrs ms miss mx mister sir dame rev revd fr pr sr sra srta srs sres "
    "dña dona herr frau hr mme mlle mmes me ing eng lic licda licdo arq abog mag dipl dott "
    "dottssa sig sigra avv mgr ir dhr mevr"
)
_TITLES = frozenset(_TITLE_WORDS.split())
# Titles that are also given names ("Sig Hansen", "Eng Kiat Tan", "Mag Ruffman", "Dona Reed"):
# titles when written with their mark ("Ing.", "Engª")
_ALSO_NAMES = frozenset({"ing", "eng", "sig", "dona", "mag", "ir"})
# of those, titles also unmarked before two names or more ("Mag Anna Huber", "Dona Maria Silva")
_BEFORE_TWO = frozenset({"sig", "dona", "mag", "ir"})
# Words of a German doctorate between the title and the name ("Dr. rer. nat."), with a dot
_DEGREE_WORDS = frozenset({"med", "dent", "vet", "rer", "nat", "phil", "jur", "oec", "hc"})
# Written after a name: "Ana Soto, PhD", "John Smith Jr." (not "Ma", a family name)
_SUFFIX_WORDS = (
    "jr jnr sr snr ii iii iv phd dphil md dds dmd esq mba cpa jd llm msc bsc rn obe mbe cbe"
)
_SUFFIXES = frozenset(_SUFFIX_WORDS.split())
_TITLE_MARKS = str.maketrans("", "", ".,ªº")  # "Dr.ª", "Ph.D.,": the word itself
# a phone number as a contact's only name: "+34 612 345 678", "(555) 123-4567 ext. 12"
_NUMBER = re.compile(r"[+(]?\d[\d\s().\-/]*(?:(?:ext\.?|x|#)\s*\d+)?", re.IGNORECASE)
# the Arabic article written onto a name ("الأحمد", vowelled "اَلْحَسَن"), and its Latin
# transliteration with its hyphen ("al-Farouk", "El-Sayed"): the initial is the name's own
_ARTICLE = re.compile(r"^(?:[\u0627\u0671][\u064b-\u0652]*\u0644[\u064b-\u0652]*|[ae]l-)", re.I)
_GOD = "\u0627\u0644\u0644\u0647"  # "الله" (Abdullah's "-allah"), one word, no article to drop


def _without_article(word: str, first: bool) -> str:
    """``word`` without an Arabic article before it, when a name of two letters or more
    follows. Written in Arabic letters, the ``first`` word keeps it: Persian and Arabic given
    names begin so ("الهام" Elham, "الیاس" Elias: "ها" was no initial of theirs)."""
    match = _ARTICLE.match(word)
    if match is None or word == _GOD or (first and word[0] in "\u0627\u0671"):
        return word
    rest = word[match.end() :]
    return rest if sum(char.isalpha() for char in rest) >= 2 and rest[0].isalpha() else word


def initials(name: str) -> str:
    """The letters of a contact's round avatar: the first and last name's first letters
    ("Dra. Ana Soto, PhD" is AS), a one-word name's first two ("MA" for Madonna), the first
    letter of an e-mail's local part ("ana.soto@example.org" is A), "#" for a phone number,
    "?" for no name. An Arabic name's article is not its initial ("الأحمد", "al-Farouk")."""
    name = unicodedata.normalize("NFC", name.strip())  # "N" + combining tilde is "Ñ"
    if _NUMBER.fullmatch(name):
        return "#"
    if "@" in name and not any(c.isspace() for c in name):
        local = name.partition("@")[0]
        return next((c.upper() for c in local if c.isalnum()), "@")
    # titles and suffixes are whole words between spaces: "Ing-Marie" is a name
    words = [w for w in name.split() if w[0].isalnum()]
    while len(words) > 1 and _is_title(words[0], len(words) - 1):
        del words[0]
    while len(words) > 1 and words[-1].translate(_TITLE_MARKS).casefold() in _SUFFIXES:
        del words[-1]
    words = [_without_article(word, n == 0) for n, word in enumerate(words)]
    words = [part for word in words for part in word.split("-") if part and part[0].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def _is_title(word: str, names_after: int) -> bool:
    if "-" in word:  # "Dr.-Ing." is two titles; "Ing-Marie" a name
        parts = [part for part in word.split("-") if part]
        return bool(parts) and all(_is_title(part, names_after) for part in parts)
    key = word.translate(_TITLE_MARKS).casefold()
    if key == "d":  # "D.ª" (doña) is a title, "D." alone an initial
        return "ª" in word
    if key in _ALSO_NAMES:
        marked = key != word.casefold()
        return marked or (key in _BEFORE_TWO and names_after >= 2)
    return key in _TITLES or (word.endswith(".") and key in _DEGREE_WORDS)


def normalize_phone(raw: str, region: str | None = None) -> str:
    """E.164 form of ``raw`` (``+34612345678``) or "" when phonenumbers cannot parse it;
    a number without its + in ``region`` (by default ``DEFAULT_REGION``, as it is now)."""
    if region is None:
        region = DEFAULT_REGION
    text = raw.strip()
    if not text:
        return ""
    if text[0] == "+" and _PLAIN_INTERNATIONAL.fullmatch(text):
        # the "+" is the first character alone (the regex): the separators left are spaces,
        # dots and hyphens, each removed where there is one (translate() cost 0.7 us a number,
        # a quarter of it; an import reads every number of every card through here)
        found = _international_e164(_without_separators(text[1:]))
        if found is not None:
            return found
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# A number as written without its country code ("030 1234567", "(0)30/123 45-67 ext. 8").
_NATIONAL = re.compile(r"[0-9 ()./\-]+(?:\s*(?:ext\.?|x|#)\s*[0-9]+)?", re.IGNORECASE)
# "+", digits, and only spaces, hyphens or dots between them: no extension, letters or "(0)".
_PLAIN_INTERNATIONAL = re.compile(r"\+[0-9][0-9 .\-]*[0-9]")
_COUNTRIES: dict[int, tuple[re.Pattern[str] | None] | None] = {}
_POSSIBLE: dict[tuple[int, int], bool] = {}
_CALLING_CODE_TEXTS: set[str] = set()


def _without_separators(number: str) -> str:
    """``number`` without its spaces, dots and hyphens."""
    if " " in number:
        number = number.replace(" ", "")
    if "-" in number:
        number = number.replace("-", "")
    if "." in number:
        number = number.replace(".", "")
    return number


def _international_e164(digits: str) -> str | None:
    """What phonenumbers makes of ``+digits``, the steps of its parse that can apply to such
    a number done directly (about 25x faster); None where it may do more (a national prefix
    to strip, an unknown country code, an odd length): the caller then asks phonenumbers."""
    if len(digits) <= 2 or digits[0] == "0":
        return None
    codes = _CALLING_CODE_TEXTS or _calling_codes()
    for size in (1, 2, 3):  # phonenumbers takes the shortest known calling code
        if digits[:size] in codes:  # (no "0" first: the code as written is the number's)
            code = int(digits[:size])
            break
    else:
        return None
    national = digits[size:]
    if not 2 <= len(national) <= 17:
        return None
    if code not in _COUNTRIES:
        _COUNTRIES[code] = _country(code)
    country = _COUNTRIES[code]
    if country is None or (country[0] is not None and country[0].match(national)):
        return None
    possible = _POSSIBLE.get((code, len(national)))
    if possible is None:  # depends on the length alone (phonenumbers' _test_number_length)
        import phonenumbers

        number = phonenumbers.PhoneNumber(
            country_code=code, national_number=int("9" * len(national))
        )
        possible = _POSSIBLE[(code, len(national))] = phonenumbers.is_possible_number(number)
    return "+" + digits if possible else ""  # (the code and the national number)


def _calling_codes() -> set[str]:
    """The calling codes phonenumbers knows, as written ("34"), read once: an ``import`` in
    the function every phone number of an import goes through was a trip through PySide's
    import hook each time (~2% of planning 10,000 cards)."""
    import phonenumbers

    _CALLING_CODE_TEXTS.update(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    return _CALLING_CODE_TEXTS


def _country(code: int) -> tuple[re.Pattern[str] | None] | None:
    """The national prefix pattern phonenumbers strips after this calling code (None: none),
    or None when it has no metadata for the code."""
    import phonenumbers

    region = phonenumbers.region_code_for_country_code(code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, region)
    if metadata is None:
        return None
    prefix = metadata.national_prefix_for_parsing
    return (re.compile(prefix) if prefix else None,)


_TEL_LINK = re.compile(r"(?:tel|callto):(?://)?", re.IGNORECASE)


def phone_written_in(text: str) -> str:
    """The phone number in ``text`` as people copy one from a link ("tel:+34600123456",
    "callto:+34%20600…"); anything else comes back as it is (stripped)."""
    value = text.strip()
    link = _TEL_LINK.match(value)
    if link is None:
        return value
    from urllib.parse import unquote

    # a tel: link's parameters (";phone-context=…") are no part of the number
    return unquote(value[link.end() :].split(";", 1)[0]).strip() or value


def phone_problem(raw: str, region: str | None = None) -> str | None:
    """A message for the user when ``raw`` is not a valid phone number, else None."""
    import phonenumbers

    if region is None:
        region = DEFAULT_REGION
    text = raw.strip()
    if not region and text[:1] != "+":  # no country to check it in: written as a number will do
        if _NATIONAL.fullmatch(text) and sum(c.isdigit() for c in text) >= 3:
            return None
        return "Not a phone number: digits, spaces, brackets, dots and hyphens expected"
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as error:
        return f"Not a phone number: {error}"
    if not phonenumbers.is_valid_number(number):
        return "This phone number is not valid for its country."
    return None


# RFC 5321 (4.5.3.1): mail takes at most 64 characters before the @ and 254 in all; a longer
# address (300 characters before the @ was stored) is never delivered
EMAIL_LOCAL_MAX = 64
EMAIL_MAX = 254


def looks_like_email(value: str) -> bool:
    """Whether ``value`` is written as an e-mail address (name@example.org), whatever its length."""
    return bool(_EMAIL.match(value.strip()))


_ADDRESS_IN_ANGLES = re.compile(r"<([^<>\s]+)>[\s,;]*$")


def email_written_in(text: str) -> str:
    """The e-mail address in ``text`` as people copy one: "Ana García <ana@example.org>" from a
    mail program, "mailto:ana@example.org" from a link, in quotes, or ending a list ("…org;").
    Anything else comes back as it is (stripped)."""
    value = text.strip()
    angled = _ADDRESS_IN_ANGLES.search(value)
    if angled:
        value = angled.group(1)
    value = value.strip("\"'<>[],;")
    if value[:7].lower() == "mailto:":
        from urllib.parse import unquote

        value = unquote(value[7:].split("?", 1)[0])
    value = value.rstrip(".")
    return value if looks_like_email(value) else text.strip()


def email_problem(value: str) -> str | None:
    address = value.strip()
    if not _EMAIL.match(address):
        return f"{value!r} is not an e-mail address (expected name@example.org)."
    local = address.partition("@")[0]
    if len(local) > EMAIL_LOCAL_MAX:
        return (
            f"{value!r} is not an e-mail address: {len(local)} characters before the @, "
            f"at most {EMAIL_LOCAL_MAX}."
        )
    if len(address) > EMAIL_MAX:
        return (
            f"{value!r} is not an e-mail address: {len(address)} characters, at most {EMAIL_MAX}."
        )
    return None
