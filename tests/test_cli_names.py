"""netdesk-cli add --name: a full name on one line split into the card's name parts."""

from __future__ import annotations

import json
from pathlib import Path

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


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        ("Nagy Péter", NameParts("", "Péter", "Nagy")),
        ("Nguyễn Văn An", NameParts("", "Văn An", "Nguyễn")),
        ("Dr. Nagy Péter PhD", NameParts("Dr.", "Péter", "Nagy", "PhD")),
        ("山田 太郎", NameParts("", "太郎", "山田")),
        ("Nagy, Péter", NameParts("", "Péter", "Nagy")),
        ("Madonna", NameParts("", "Madonna")),
    ],
)
def test_a_name_written_family_name_first_is_split_so(typed: str, parts: NameParts) -> None:
    assert split_name(typed, family_first=True) == parts


@pytest.mark.parametrize(
    "args",
    [
        ["--name", "Nagy Péter", "--family-first"],
        ["--given", "Péter", "--family", "Nagy", "--family-first"],
    ],
)
def test_cli_add_family_first_stores_the_parts_and_shows_the_name_as_written(
    tmp_data_dir: Path, args: list[str]
) -> None:
    from tests.test_cli import ok

    added = ok(tmp_data_dir, "add", *args).strip()
    shown = json.loads(ok(tmp_data_dir, "--json", "show", added))
    assert (shown["given_name"], shown["family_name"]) == ("Péter", "Nagy")
    assert shown["display_name"] == "Nagy Péter"
    assert "Nagy Péter" in ok(tmp_data_dir, "search", "peter")
    # a CJK name is shown family name first anyway, with no space
    cjk = ok(tmp_data_dir, "add", "--name", "山田 太郎", "--family-first").strip()
    assert json.loads(ok(tmp_data_dir, "--json", "show", cjk))["display_name"] == "山田太郎"


def test_cli_add_help_says_how_to_write_a_name_family_name_first(tmp_data_dir: Path) -> None:
    from tests.test_cli import ok

    said = " ".join(ok(tmp_data_dir, "add", "--help").split())
    assert '--name "Nagy Péter" --family-first' in said
