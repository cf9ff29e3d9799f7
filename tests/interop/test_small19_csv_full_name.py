"""A whole name in one column of a French, Spanish, Italian, Polish or German sheet is guessed
as the full name, not as the last (or first) name its first word is on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.core.names import display_name
from netdesk.interop.csvfile import guess_mapping, read_csv_file, sniff_csv


@pytest.mark.parametrize(
    "header",
    [
        "Nom complet",  # French: "Nom" alone is Outlook's Last Name
        "Nom à afficher",  # Thunderbird's "Display Name" in French
        "Nom d'affichage",
        "Prénom et nom",
        "Nombre completo",  # Spanish: "Nombre" alone is the first name
        "Nombre y apellidos",
        "Nombre para mostrar",
        "Nome completo",  # Italian (and Portuguese): "Nome" alone is the first name
        "Nome e cognome",
        "Nome visualizzato",
        "Imię i nazwisko",  # Polish: "Nazwisko" alone is the last name
        "Nazwa wyświetlana",
        "Vor- und Nachname",  # German: "Nachname" alone is the last name
        "Vollständiger Name",
        "Full Name",
    ],
)
def test_a_full_name_column_is_guessed_as_the_full_name(header: str) -> None:
    assert guess_mapping([header, "E-mail"]) == {header: "full_name", "E-mail": "email"}


def test_a_french_full_name_column_keeps_the_name_whole(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Nom complet,Adresse e-mail,Téléphone\nJean Dupont,jean@example.fr,01 02 03 04 05\n",
        encoding="utf-8",
    )
    result = read_csv_file(path, mapping=guess_mapping(sniff_csv(path).headers))
    contact = result.cards[0].contact
    assert (contact.formatted_name, contact.family_name) == ("Jean Dupont", "")
    assert display_name(contact) == "Jean Dupont"


def test_separate_name_columns_stay_beside_a_full_name(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Prénom,Nom,Nom complet,Courriel\nMarie,Curie,Marie Curie,marie@example.fr\n",
        encoding="utf-8",
    )
    mapping = guess_mapping(sniff_csv(path).headers)
    assert mapping == {
        "Prénom": "given_name",
        "Nom": "family_name",  # French Outlook's Last Name
        "Nom complet": "full_name",
        "Courriel": "email",
    }
    contact = read_csv_file(path, mapping=mapping).cards[0].contact
    assert (contact.given_name, contact.family_name) == ("Marie", "Curie")
    assert contact.formatted_name == "Marie Curie"


@pytest.mark.parametrize("header", ["Nom d'utilisateur", "Nombre de usuario", "Nome utente"])
def test_a_user_name_column_is_no_persons_name(header: str) -> None:
    assert guess_mapping([header, "Nom complet"]) == {header: "ignore", "Nom complet": "full_name"}


@pytest.mark.parametrize(
    ("header", "field"), [("Utilisateur 1", "ignore"), ("Nom de famille", "family_name")]
)
def test_outlook_user_fields_and_family_names_stay_as_they_were(header: str, field: str) -> None:
    assert guess_mapping([header]) == {header: field}
