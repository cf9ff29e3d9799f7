"""Deriving display names and checking what the user types: emails, phones, dates."""

from __future__ import annotations

import locale
import re

import phonenumbers

from netdesk.core.types import Contact


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


def display_name(contact: Contact) -> str:
    """The name shown and sorted on: structured name, else FN, else org, email, phone."""
    parts = [contact.prefix, contact.given_name, contact.additional_names, contact.family_name]
    name = " ".join(p.strip() for p in parts if p.strip())
    if contact.suffix.strip() and name:
        name = (
            f"{name}, {contact.suffix.strip()}"
            if "." in contact.suffix
            else f"{name} {contact.suffix.strip()}"
        )
    for candidate in (
        name,
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
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_problem(raw: str, region: str = DEFAULT_REGION) -> str | None:
    """A message for the user when ``raw`` is not a valid phone number, else None."""
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
