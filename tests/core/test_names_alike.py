"""What names and companies may be one person's: a company without its legal form, birthdays
that cannot be one person's (the pairs themselves are tested in test_duplicates.py)."""

from __future__ import annotations

from netdesk.core import names_alike
from netdesk.core.company import company


def test_a_company_is_named_without_its_legal_form() -> None:
    assert company("ACME, Inc.") == company("Acme") == ("acme",)
    assert company("Telefónica S.A.") == ("telefonica",)
    assert company("Søndergaard A/S") == ("sondergaard",)
    assert company("Inc.") == ("inc",)  # a name that is only a legal form stays
    same = names_alike.same_company
    assert same(("bbc",), ("bbc", "studios"))
    assert same(("muller",), ("mueller",))
    assert same(("google",), ("banco", "santander")) is False
    assert same((), ("acme",)) is None


def test_birthdays_in_other_years_or_on_other_days_are_two_people() -> None:
    born_apart = names_alike.born_apart
    assert born_apart("1985-04-15", "1955-04-15")
    assert born_apart("--04-02", "--05-02")
    assert born_apart("1985", "1986")
    assert not born_apart("1985-04-15", "--04-15")  # a year more is not another day
    assert not born_apart("1985", "1985-04-15")


def test_given_names_of_two_people_on_one_address() -> None:
    others = names_alike.other_given_names
    assert others("Ana", "Luis") and others("Ann", "Tom")
    assert not others("J.", "John") and not others("Bob", "Robert")
    assert not others("Jon", "John") and not others("José", "JOSE")
    assert not others("Anita", "Ana") and not others("Juan", "Juanito")
    assert not others("", "Luis")  # nothing to tell them apart


def test_names_alike_as_a_whole_are_compared_word_for_word() -> None:
    alike = names_alike.spelled_alike
    assert alike("jurgen hofmann", "juergen hoffmann") and alike("jon smith", "john smith")
    assert alike("wei zhang", "zhang wei") and alike("sean o'brien", "sean obrien")
    assert alike("garcia lopez, ana", "ana garcia lopez") and alike("lea lefebvre", "lea lefevre")
    assert alike("ana petersen", "ana peterson") and alike("jnoathan lee", "jonathan lee")
    assert not alike("maria ruiz", "marta ruiz") and not alike("hannah bauer", "hannah baker")
    assert not alike("william thomas", "thomas williams")
    assert not alike("thomas mitchell", "michael thomas")
    assert not alike("paul schmidt", "paula schmidt") and not alike("mario rossi", "maria rossi")
    assert not alike("amelia martin", "amelie martin") and not alike("minh phan", "minh pham")
