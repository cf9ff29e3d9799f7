"""normalize_phone's fast path for international numbers gives exactly phonenumbers' answer."""

from __future__ import annotations

import random

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.core import names


def _reference(raw: str, region: str = "ES") -> str:
    """normalize_phone as it was: phonenumbers alone."""
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


REAL_FORMATS = [
    "+34 612 34 56 78",
    "+34 91 123 45 67",
    "+34-612-345-678",
    "+34.612.345.678",
    "+34612345678",
    "  +34 612345678  ",
    "+1 415-555-1234",
    "+1 (415) 555-1234",
    "+1 115 555 1234",  # starts with the US national prefix
    "+44 20 7946 0958",
    "+44 (0)20 7946 0958",
    "+44 020 7946 0958",  # a national prefix written after the country code
    "+49 30 1234567",
    "+49 030 1234567",
    "+33 1 23 45 67 89",
    "+33 01 23 45 67 89",
    "+39 06 1234 5678",  # Italian numbers keep their leading zero
    "+39 0 0",
    "+39 00",
    "+7 495 123-45-67",
    "+86 10 1234 5678",
    "+81 3-1234-5678",
    "+55 11 91234-5678",
    "+61 2 9876 5432",
    "+54 9 11 1234-5678",
    "+52 1 55 1234 5678",
    "+800 1234 5678",
    "+882 1234 5678",
    "+979 1 234 5678",
    "+1 800 FLOWERS",
    "+34 612 34 56 78 ext. 12",
    "+34 612 34 56 78 x12",
    "+34 612 34 56 78 #12",
    "+0 612 34 56 78",
    "+999 1234 5678",
    "+3",
    "+34",
    "+34 6",
    "+34 61",
    "+34 1234567890123456789",
    "++34 612 34 56 78",
    "+34 - 612 - 34",
    "+1-.-415",
    "612 34 56 78",
    "0034 612 34 56 78",
    "tel:+34-612-34-56-78",
]


def test_real_formats_match_phonenumbers() -> None:
    for raw in REAL_FORMATS:
        assert names.normalize_phone(raw, "ES") == _reference(raw, "ES"), raw
        assert names.normalize_phone(raw, "US") == _reference(raw, "US"), raw


def test_generated_numbers_for_every_calling_code_match_phonenumbers() -> None:
    rng = random.Random(4)
    codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    fast = 0
    for _ in range(30_000):
        code = rng.choice(codes)
        national = "".join(rng.choice("0123456789") for _ in range(rng.randrange(0, 19)))
        if rng.random() < 0.3:
            national = "0" * rng.randrange(1, 3) + national
        separator = rng.choice(["", " ", "-", ".", " - "])
        chunks = [national[i : i + rng.randrange(1, 5)] for i in range(0, len(national), 3)]
        raw = f"+{code}{rng.choice(['', ' '])}{separator.join(chunks)}"
        assert names.normalize_phone(raw) == _reference(raw, names.DEFAULT_REGION), raw
        fast += names._PLAIN_INTERNATIONAL.fullmatch(raw) is not None
    assert fast > 20_000  # the fast path was really exercised


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="+0123456789 .-()x#", min_size=0, max_size=24))
def test_any_text_of_phone_characters_matches_phonenumbers(raw: str) -> None:
    assert names.normalize_phone(raw, "ES") == _reference(raw, "ES")
