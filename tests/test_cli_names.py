"""netdesk-cli add --name: a full name on one line split into the card's name parts."""

from __future__ import annotations

import pytest

from netdesk.cli_names import NameParts, split_name


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        # the last word was the family name: "III", with "Dr. … Jr." for a given name
        ("Dr. Martin Luther King Jr. III", NameParts("Dr.", "Martin Luther", "King", "Jr. III")),
        ("José-María O'Neill, PhD", NameParts("", "José-María", "O'Neill", "PhD")),
        ("Ana Gil, MBA, PMP", NameParts("", "Ana", "Gil", "MBA, PMP")),
        ("Ludwig van Beethoven", NameParts("", "Ludwig", "van Beethoven")),
        ("Maria de la Cruz", NameParts("", "Maria", "de la Cruz")),
        ("José Ortega y Gasset", NameParts("", "José", "Ortega y Gasset")),
        ("محمد بن سلمان", NameParts("", "محمد", "بن سلمان")),
        ("Gil, Ana", NameParts("", "Ana", "Gil")),
        ("Mr. Smith", NameParts("Mr.", "", "Smith")),
        ("Ana   Muñoz", NameParts("", "Ana", "Muñoz")),
        ("Madonna", NameParts("", "Madonna")),
        # Chinese, Japanese and Korean: family name first
        ("山田 太郎", NameParts("", "太郎", "山田")),
        ("김 민준", NameParts("", "민준", "김")),
        ("山田太郎", NameParts("", "山田太郎")),
        # names that look like titles or degrees stay names
        ("Don Draper", NameParts("", "Don", "Draper")),
        ("Jack Ma", NameParts("", "Jack", "Ma")),
        ("Al Gore", NameParts("", "Al", "Gore")),
        ("Dr.", NameParts("", "Dr.")),
    ],
)
def test_a_full_name_is_split_into_its_parts(typed: str, parts: NameParts) -> None:
    assert split_name(typed) == parts


def test_a_cjk_name_typed_with_a_space_is_shown_as_written() -> None:
    from netdesk.core.names import display_name
    from netdesk.core.types import Contact

    parts = split_name("山田 太郎")
    contact = Contact(given_name=parts.given, family_name=parts.family)
    assert display_name(contact) == "山田太郎"
