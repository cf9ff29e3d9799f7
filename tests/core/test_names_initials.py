"""The avatar's initials (names.initials): titles, suffixes, e-mails and phone numbers."""

from __future__ import annotations

import pytest

from netdesk.core.names import display_name, initials
from netdesk.core.types import Contact, EmailAddress, PhoneNumber


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ana Soto", "AS"),
        ("Dra. Ana Soto", "AS"),  # was DS: the title taken for a name
        ("Dr Ana Soto", "AS"),
        ("Prof. Dr. Anna Müller", "AM"),
        ("Herr Dr. rer. nat. Jan Koch", "JK"),
        ("Dott.ssa Giulia Bianchi", "GB"),
        ("Sra. D.ª Carmen Ruiz", "CR"),
        ("Engª Rita Sousa", "RS"),
        ("Mme Claire Dubois", "CD"),
        ("Mr. John Smith Jr.", "JS"),
        ("Ana Soto, PhD", "AS"),  # was AP
        ("Ana Soto, Ph.D.", "AS"),
        ("Jean-Luc Picard", "JP"),
        ("Don Draper", "DD"),  # a given name, not "don"
        ("Yo-Yo Ma", "YM"),  # a family name, not an M.A.
        ("D. Ruiz", "DR"),  # an initial, not "don"
        ("Madonna", "MA"),
        ("Dr. Who", "WH"),
        ("Dr.", "DR"),  # nothing but a title: the title
        ("山田太郎", "山田"),
        ("N\u0303un\u0303ez Pe", "ÑP"),  # decomposed: the letter with its tilde
        ("", "?"),
        # titles that are also given names: titles only with their mark (reviewer's finding)
        ("Sig Hansen", "SH"),
        ("Ing-Marie Svensson", "IS"),
        ("Eng Kiat Tan", "ET"),
        ("Dona Reed", "DR"),
        ("Mag Ruffman", "MR"),
        ("Ing. Pavel Novák", "PN"),
        ("Sig. Marco Rossi", "MR"),
        ("Dona Maria Silva", "MS"),
        ("Dr.-Ing. Jan Koch", "JK"),
        # French writes "Pr" and "Me" without a dot, as "Dr" (second review)
        ("Pr Jean Dupont", "JD"),
        ("Me Claire Martin", "CM"),
        ("Ir Jan de Vries", "JV"),
        ("Mag Anna Huber", "AH"),
    ],
)
def test_initials_of_names(name: str, expected: str) -> None:
    assert initials(name) == expected


@pytest.mark.parametrize(
    "number", ["+34 612 345 678", "(555) 123-4567", "+1 (555) 123-4567 x12", "612345678"]
)
def test_a_phone_number_is_a_hash_not_its_digits(number: str) -> None:
    assert initials(number) == "#"


@pytest.mark.parametrize(
    ("email", "expected"),
    [("ana.soto@example.org", "A"), ("_x@example.org", "X"), ("+@example.org", "@")],
)
def test_an_email_gives_the_first_letter_of_its_local_part(email: str, expected: str) -> None:
    assert initials(email) == expected


def test_contacts_named_only_by_a_phone_or_an_email() -> None:
    by_phone = Contact(phones=[PhoneNumber(raw="+34 612 345 678")])
    by_email = Contact(emails=[EmailAddress(value="ana.soto@example.org")])
    assert initials(display_name(by_phone)) == "#"
    assert initials(display_name(by_email)) == "A"
