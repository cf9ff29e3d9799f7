"""An import's merge knows one number written nationally for another country and
internationally: it is not added twice (core.merging.same_number)."""

from __future__ import annotations

from pathlib import Path

from netdesk.core import Core
from netdesk.core.importing import import_files
from netdesk.core.merging import merge_card, same_number
from netdesk.core.types import Contact, PhoneNumber


def _card(folder: Path, name: str, phone: str) -> str:
    path = folder / name
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weber;Jonas;;;\r\nFN:Jonas Weber\r\nORG:Acme\r\n"
        f"TEL:{phone}\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    return str(path)


def test_the_international_form_of_a_national_number_is_not_added_again(
    core: Core, tmp_path: Path
) -> None:
    """A phone's card has Berlin's '030 1234567' (in the US made '+10301234567', no valid
    number), LinkedIn's '+49 30 1234567': the import merged it as a second phone."""
    assert import_files(core, [_card(tmp_path, "phone.vcf", "030 1234567")]).new == 1
    summary = import_files(core, [_card(tmp_path, "linkedin.vcf", "+49 30 1234567")])
    assert (summary.merged, summary.unchanged) in ((0, 1), (1, 0))
    (contact_id,) = core.contacts.list_ids()
    stored = core.contacts.get(contact_id)
    assert stored is not None
    assert [p.raw for p in stored.phones] == ["030 1234567"]  # the user's, as written


def test_one_number_written_two_ways() -> None:
    uk = PhoneNumber("+44 7700 900123", e164="+447700900123")
    dialled = PhoneNumber("07700 900123", e164="")  # no E.164 form in the user's country
    berlin = PhoneNumber("030 1234567", e164="+10301234567")
    assert same_number(uk, dialled) and same_number(dialled, uk)
    assert same_number(berlin, PhoneNumber("+49 30 1234567", e164="+49301234567"))
    assert not same_number(uk, PhoneNumber("+44 20 7090 0123", e164="+442070900123"))
    assert not same_number(berlin, PhoneNumber("+1 212 123 4567", e164="+12121234567"))
    merged, changes, _ = merge_card(
        Contact(given_name="Kate", phones=[dialled]),
        Contact(
            given_name="Kate", phones=[uk, PhoneNumber("+44 20 7946 0000", e164="+442079460000")]
        ),
    )
    assert [p.raw for p in merged.phones] == ["07700 900123", "+44 20 7946 0000"]
    assert changes == ["phones"]


def test_a_number_written_alike_or_with_the_00_prefix_is_not_added_again() -> None:
    """netdesk's own CSV export read back where phonenumbers cannot parse '0034 765977709'
    (a US locale: its international prefix is 011) has no E.164 form for it: merged with the
    stored one ('+34765977709'), it was added as a second phone, 6,762 times over 100,000."""
    stored = PhoneNumber("0034 765977709", e164="+34765977709")
    read_back = PhoneNumber("0034 765977709", e164="")
    assert same_number(stored, read_back) and same_number(read_back, stored)
    spain = PhoneNumber("+34 765 977 709", e164="+34765977709")
    assert same_number(read_back, spain) and same_number(spain, read_back)
    assert not same_number(read_back, PhoneNumber("+34 765 977 708", e164="+34765977708"))
    merged, changes, _ = merge_card(
        Contact(given_name="Lucía", phones=[stored]),
        Contact(given_name="Lucía", phones=[read_back]),
    )
    assert [p.raw for p in merged.phones] == ["0034 765977709"]
    assert "phones" not in changes


def test_vanity_numbers_of_the_same_digits_are_two_numbers() -> None:
    """'+1 800 FLOWERS' and '+1 800 GOT JUNK' have the same digits as written ("1800"): the
    rule for numbers written alike took them for one, and the second was dropped."""
    flowers = PhoneNumber("+1 800 FLOWERS", e164="+18003569377")
    junk = PhoneNumber("+1 800 GOT JUNK", e164="+18004685865")
    assert not same_number(flowers, junk)
    assert not same_number(PhoneNumber("1-800-FLOWERS"), PhoneNumber("1-800-CONTACTS"))
