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
        # names that look like titles or degrees stay names
        ("Don Draper", NameParts("", "Don", "Draper")),
        ("Jack Ma", NameParts("", "Jack", "Ma")),
        ("Al Gore", NameParts("", "Al", "Gore")),
        ("Dr.", NameParts("", "Dr.")),
    ],
)
def test_a_full_name_is_split_into_its_parts(typed: str, parts: NameParts) -> None:
    assert split_name(typed) == parts
