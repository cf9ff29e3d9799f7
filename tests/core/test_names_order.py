"""Display names keep the order a name is written in: family first for CJK names and where
the card's FN writes the same parts family first; Western names and suffixes as before."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netdesk.core import names
from netdesk.core.types import Contact


def _name(given_name: str, family: str, formatted: str = "", **more: str) -> str:
    return names.display_name(
        Contact(given_name=given_name, family_name=family, formatted_name=formatted, **more)
    )


@pytest.mark.parametrize(
    ("given_name", "family", "formatted", "shown"),
    [
        # a phone's card of a Japanese, Chinese or Korean contact
        ("太郎", "山田", "山田太郎", "山田太郎"),
        ("小明", "王", "王小明", "王小明"),
        ("민준", "김", "김민준", "김민준"),
        # no FN (typed into netdesk), or an FN derived given name first (older exports)
        ("太郎", "山田", "", "山田太郎"),
        ("太郎", "山田", "太郎 山田", "山田太郎"),
        # written with a space: as written
        ("太郎", "山田", "山田 太郎", "山田 太郎"),
        # Hungarian, romanised Japanese: family first as the card writes it
        ("Péter", "Nagy", "Nagy Péter", "Nagy Péter"),
        ("Taro", "Yamada", "Yamada Taro", "Yamada Taro"),
        # Western names as before
        ("John", "Smith", "John Smith", "John Smith"),
        ("John", "Smith", "", "John Smith"),
        ("John", "Smith", "  John   Smith ", "John Smith"),
        ("John", "Smith", "Smith, John", "John Smith"),  # a sort form, not how it is written
        ("Robert", "Smith", "Bob Smith", "Robert Smith"),  # other parts: the structured name
        ("John", "Smith", "Smith", "John Smith"),
        ("Jean-Luc", "Picard", "Picard Jean-Luc", "Picard Jean-Luc"),
        # a Latin given name with a CJK family name is not written without a space
        ("Ken", "渡辺", "", "Ken 渡辺"),
    ],
)
def test_the_order_a_name_is_written_in(
    given_name: str, family: str, formatted: str, shown: str
) -> None:
    assert _name(given_name, family, formatted) == shown


def test_prefix_and_suffix_keep_their_places() -> None:
    assert _name("John", "Smith", "", prefix="Dr.", suffix="Jr.") == "Dr. John Smith, Jr."
    assert _name("John", "Smith", "Dr. John Smith Jr.", prefix="Dr.", suffix="Jr.") == (
        "Dr. John Smith, Jr."
    )
    assert _name("John", "Smith", "John Smith", prefix="Dr.", suffix="Jr.") == (
        "Dr. John Smith, Jr."
    )
    assert _name("John", "Smith", "", suffix="III") == "John Smith III"
    assert _name("太郎", "山田", "", prefix="Dr.") == "Dr. 山田太郎"
    assert _name("太郎", "山田", "Dr. 山田太郎", prefix="Dr.") == "Dr. 山田太郎"


def test_without_name_parts_the_fn_and_the_rest_as_before() -> None:
    assert _name("", "", "佐藤花子") == "佐藤花子"
    assert _name("", "", "", organization="Acme") == "Acme"


_WORD = st.text(st.characters(codec="utf-8", categories=["L"]), min_size=1, max_size=8)


@given(_WORD, _WORD, _WORD)
def test_an_fn_given_name_first_never_changes_a_western_name(
    given_name: str, middle: str, family: str
) -> None:
    """What every writer derives from N, or nothing, leaves the structured name."""
    contact = Contact(given_name=given_name, additional_names=middle, family_name=family)
    structured = names.structured_name(contact)
    assert names.display_name(contact) == " ".join(structured.split())
    contact.formatted_name = f"{given_name} {middle} {family}"
    assert names.display_name(contact) == " ".join(structured.split())
