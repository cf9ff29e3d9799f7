"""Deriving display names and checking what the user types: emails, phones, dates."""

from __future__ import annotations

import locale
import re

from netdesk.core.types import Contact

# phonenumbers is imported inside the functions that need it: its import (~45 ms) is not on
# the way to the main window's first paint.


def _locale_region() -> str:
    """The country of the user's locale ("es_ES.UTF-8" -> "ES"), for numbers without +."""
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    match = re.search(r"_([A-Z]{2})", name)
    return match.group(1) if match else "US"


DEFAULT_REGION = _locale_region()
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# Chinese, Japanese and Korean names are written family name first, with no space: 山田太郎
# (Han, kana, Hangul; compatibility and extension blocks included).
_CJK_NAME = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3005\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0003134f]+"
)
_NOT_WRITTEN = str.maketrans("", "", " \t\n\r\f\v,")


def is_cjk_name(text: str) -> bool:
    """Whether ``text`` is written in Chinese, Japanese or Korean characters alone."""
    return _CJK_NAME.fullmatch(text) is not None


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
    own = [p.strip() for p in (given, additional, family) if p.strip()]
    if own and all(_CJK_NAME.fullmatch(p) for p in own):
        own = [p.strip() for p in (family, given, additional) if p.strip()]
        name = " ".join(p for p in (prefix.strip(), "".join(own)) if p)
    else:
        name = " ".join(p for p in (prefix.strip(), *own) if p)
    if suffix.strip() and name:
        name = f"{name}, {suffix.strip()}" if "." in suffix else f"{name} {suffix.strip()}"
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
    for candidate in (
        person_name(
            contact.prefix,
            contact.given_name,
            contact.additional_names,
            contact.family_name,
            contact.suffix,
            contact.formatted_name,
        ),
        contact.formatted_name.strip(),
        contact.nickname.strip(),
        contact.organization.strip(),
        contact.emails[0].value.strip() if contact.emails else "",
        contact.phones[0].raw.strip() if contact.phones else "",
    ):
        if candidate:
            return " ".join(candidate.split())
    return ""


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def normalize_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    """E.164 form of ``raw`` (``+34612345678``) or "" when phonenumbers cannot parse it."""
    text = raw.strip()
    if not text:
        return ""
    if text[0] == "+" and _PLAIN_INTERNATIONAL.fullmatch(text):
        found = _international_e164(text.translate(_SEPARATORS))
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


# "+", digits, and only spaces, hyphens or dots between them: no extension, letters or "(0)".
_PLAIN_INTERNATIONAL = re.compile(r"\+[0-9][0-9 .\-]*[0-9]")
_SEPARATORS = str.maketrans("", "", "+ .-")
_COUNTRIES: dict[int, tuple[re.Pattern[str] | None] | None] = {}
_POSSIBLE: dict[tuple[int, int], bool] = {}


def _international_e164(digits: str) -> str | None:
    """What phonenumbers makes of ``+digits``, the steps of its parse that can apply to such
    a number done directly (about 25x faster); None where it may do more (a national prefix
    to strip, an unknown country code, an odd length): the caller then asks phonenumbers."""
    if len(digits) <= 2 or digits[0] == "0":
        return None
    import phonenumbers

    for size in (1, 2, 3):  # phonenumbers takes the shortest known calling code
        code = int(digits[:size])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
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
        number = phonenumbers.PhoneNumber(
            country_code=code, national_number=int("9" * len(national))
        )
        possible = _POSSIBLE[(code, len(national))] = phonenumbers.is_possible_number(number)
    return f"+{code}{national}" if possible else ""


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


def phone_problem(raw: str, region: str = DEFAULT_REGION) -> str | None:
    """A message for the user when ``raw`` is not a valid phone number, else None."""
    import phonenumbers

    try:
        number = phonenumbers.parse(raw.strip(), region)
    except phonenumbers.NumberParseException as error:
        return f"Not a phone number: {error}"
    if not phonenumbers.is_valid_number(number):
        return "This phone number is not valid for its country."
    return None


def email_problem(value: str) -> str | None:
    if not _EMAIL.match(value.strip()):
        return f"{value!r} is not an e-mail address (expected name@example.org)."
    return None
