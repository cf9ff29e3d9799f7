"""A contact's search document built in one pass equals the field-by-field definition.

Bulk imports fold a contact's names as one string and its details all at once when they are
ASCII; these tests hold that to what folding each field on its own gives, for any text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.store import search
from netdesk.store.text import extra_name_words, fold

# letters with accents and strokes, combining marks, CJK and Hangul, joiners, digits, spaces
_ALPHABET = st.sampled_from(
    list("abcXYZ019 -'\u2019\u2010\u2011_.")
    + list("éÉñÑøØßŁłæÆΣσς")
    + ["\u0301", "\u0308", "\u0327", "\u034f", "\u1ab0", "\u20d7"]
    + list("佐藤花子山田ｶﾀｶナ한국어")
    + ["\u1100\u1161", "\uac00", "\u3005", "\U00020000"]
    + ["ﬀ", "¼", "²", "٣"]
)
_TEXT = st.lists(_ALPHABET, max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.tuples(*[_TEXT] * 6))
def test_names_column_is_each_name_folded_with_its_extra_words(names: tuple[str, ...]) -> None:
    """The names as folded one by one, then the extra words of each (in any order: the
    search matches words, never phrases)."""
    document = search._name_document(names)
    folded = " ".join(fold(name) for name in names)
    assert document[: len(folded)] == folded
    extra = [word for name in names for word in extra_name_words(fold(name))]
    assert sorted(document[len(folded) :].split()) == sorted(extra)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TEXT, max_size=8))
def test_details_column_is_each_part_folded(parts: list[str]) -> None:
    assert search._fold_words(parts) == " ".join(fold(part) for part in parts)
    assert search._fold_words(iter(parts)) == " ".join(fold(part) for part in parts)


def test_names_column_of_a_contact_keeps_joined_and_cjk_words() -> None:
    document = search._name_document(("Jean-Luc", "O\u2019Brien", "", "", "佐藤花子", "Zoë"))
    assert document.split() == [
        "jean-luc",
        "o\u2019brien",
        "佐藤花子",
        "zoe",
        "jeanluc",
        "obrien",
        "藤花子",
        "花子",
        "子",
    ]
    assert search._name_document(("Ana", "", "", "", "Ana García", "")) == "ana    ana garcia "


def test_national_digits_of_e164_numbers() -> None:
    assert search._national_digits("+34612345678") == "612345678"
    assert search._national_digits("+442079460958") == "2079460958"
    assert search._national_digits("+12025550143") == "2025550143"
    assert search._national_digits("+39061234567") == "61234567"  # Italy's leading 0, as int()
    assert search._national_digits("+35312345678") == "12345678"  # three-digit code
    assert search._national_digits("+34") == ""
    assert search._national_digits("") == ""
    assert search._national_digits("not a number") == ""
