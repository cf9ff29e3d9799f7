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


def structured_name(contact: Contact) -> str:
    """The name made of the name parts alone (prefix, given, middle, family, suffix)."""
    parts = [contact.prefix, contact.given_name, contact.additional_names, contact.family_name]
    name = " ".join(p.strip() for p in parts if p.strip())
    if contact.suffix.strip() and name:
        name = (
            f"{name}, {contact.suffix.strip()}"
            if "." in contact.suffix
            else f"{name} {contact.suffix.strip()}"
        )
    return name


def display_name(contact: Contact) -> str:
    """The name shown and sorted on: structured name, else FN, else org, email, phone."""
    for candidate in (
        structured_name(contact),
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
