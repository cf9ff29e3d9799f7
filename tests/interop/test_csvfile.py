"""Tests for netdesk/interop/csvfile.py: corpus, LinkedIn, Outlook variants, unknown layouts."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from netdesk.core.names import display_name
from netdesk.core.types import (
    Contact,
    CustomField,
    EmailAddress,
    PartialDate,
    PhoneNumber,
    PostalAddress,
    WebLink,
)
from netdesk.interop.csv_formats import parse_csv_date
from netdesk.interop.csvfile import (
    FIELD_KEYS,
    HEAD_BYTES,
    column_keys,
    guess_mapping,
    read_contacts_file,
    read_csv_file,
    sniff_csv,
    sniff_csv_head,
    write_csv,
)
from netdesk.interop.problems import ImportFileError

NO_CONTACTS = "no contacts in the file: it has only its column names"
LINKEDIN_NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are'
    ' missing. You will only see email addresses for connections who have allowed it."\n'
    "\n"
)


def test_corpus_csv_files(corpus: Path) -> None:
    expected = {
        "roundcube+roundcubemail/gmail.csv": ("google", 1),
        "roundcube+roundcubemail/tb_plain.csv": ("thunderbird", 1),
        "mozilla+releases-comm-central/export.csv": ("thunderbird", 2),
        "mozilla+releases-comm-central/utf16_addressbook.csv": ("thunderbird", 1),
        "mozilla+releases-comm-central/shiftjis_addressbook.csv": ("thunderbird", 1),
        "JasonToups+linkedin-export-sorting/Connections.header-only.csv": ("linkedin", 0),
        "abhishekwebcode+Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018/"
        "Connections.header-only.csv": ("linkedin", 0),
    }
    assert len(list(corpus.glob("*/*.csv"))) == len(expected)
    for name, (flavour, rows) in expected.items():
        assert sniff_csv(corpus / name).format == flavour
        result = read_contacts_file(corpus / name)
        assert result.format == f"csv-{flavour}"
        assert len(result.cards) == rows, name
        # the LinkedIn files are their header rows alone (the people in them were dropped)
        # (roundcube's two files hold words for phones, "pager", "phone work": said of each)
        said = [p for p in result.problems if "is not a phone number" not in p.reason]
        assert [(p.line, p.severity, p.reason) for p in said] == (
            [] if rows else [(4 if "Toups" in name else 1, "error", NO_CONTACTS)]
        )
        phones = [p.reason for p in result.problems if p not in said]
        assert len(phones) == {"gmail.csv": 7, "tb_plain.csv": 5}.get(Path(name).name, 0)


def test_corpus_csv_fields(corpus: Path) -> None:
    gmail = read_csv_file(corpus / "roundcube+roundcubemail/gmail.csv").cards[0].contact
    assert (gmail.given_name, gmail.family_name, gmail.organization) == (
        "Firstname",
        "Lastname",
        "company",
    )
    assert gmail.birthday == PartialDate(1975, 12, 12)
    assert gmail.tags == ["Test"]
    assert [(e.value, e.label) for e in gmail.emails][:2] == [
        ("home@aaa.pl", "home"),
        ("work@email.pl", "work"),
    ]
    assert gmail.notes == 'note"note'
    assert (gmail.source, gmail.source_file) == ("csv", "gmail.csv")
    mozilla = read_csv_file(corpus / "mozilla+releases-comm-central/export.csv").cards[1]
    assert mozilla.contact.title == '"worker"'
    assert mozilla.contact.custom_fields[2].value == "custom\n3"  # a bare CR: one line break
    assert mozilla.contact.custom_fields[3].value == "custom\n4"
    japanese = "mozilla+releases-comm-central/shiftjis_addressbook.csv"
    contact = read_csv_file(corpus / japanese).cards[0].contact
    assert (contact.given_name, contact.family_name) == ("権兵衛", "名無し")
    utf16 = read_csv_file(corpus / "mozilla+releases-comm-central/utf16_addressbook.csv")
    assert utf16.cards[0].contact.emails[0].value == "johndoe@host.invalid"
    thunderbird = read_csv_file(corpus / "roundcube+roundcubemail/tb_plain.csv").cards[0].contact
    assert thunderbird.birthday == PartialDate(1970, 11, 15)
    assert thunderbird.organization == "Organization"


@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_linkedin_current_with_notes_preamble(tmp_path: Path, bom: str) -> None:
    text = (
        bom
        + LINKEDIN_NOTES
        + (
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            'Ana,Núñez,https://www.linkedin.com/in/ana,ana@x.org,"Acme, Inc.",CTO,30 May 2024\n'
            "Bo,Lee,https://www.linkedin.com/in/bo,,Initech,Engineer,28 Nov 2021\n"
            ",,,,,,01 Jan 2020\n"
        )
    )
    path = tmp_path / "Connections.csv"
    path.write_text(text, encoding="utf-8")
    assert sniff_csv(path).header_row == 3
    result = read_csv_file(path)
    assert result.format == "csv-linkedin"
    ana, bo = (card.contact for card in result.cards)
    assert (ana.given_name, ana.family_name, ana.organization, ana.title) == (
        "Ana",
        "Núñez",
        "Acme, Inc.",
        "CTO",
    )
    assert ana.emails[0].value == "ana@x.org"
    assert ana.met_on == PartialDate(2024, 5, 30)
    assert (ana.urls[0].value, ana.urls[0].label) == ("https://www.linkedin.com/in/ana", "linkedin")
    assert (ana.source, ana.source_file) == ("linkedin", "Connections.csv")
    assert bo.met_on == PartialDate(2021, 11, 28)
    assert bo.emails == []
    assert result.cards[0].line == 5
    assert [problem.severity for problem in result.problems] == ["warning"]  # the empty row


def test_linkedin_2018(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        'Carl,Ek,carl@x.se,Volvo,Buyer,"1/8/18, 6:14 PM"\n',
        encoding="utf-8",
    )
    [card] = read_csv_file(path).cards
    contact = card.contact
    assert (contact.given_name, contact.family_name, contact.title) == ("Carl", "Ek", "Buyer")
    assert contact.organization == "Volvo"
    assert contact.emails[0].value == "carl@x.se"
    assert contact.met_on == PartialDate(2018, 1, 8)
    assert contact.source == "linkedin"


def test_linkedin_degrees_after_the_last_name_are_its_suffix(tmp_path: Path) -> None:
    # filed and greeted as "Leong, Ph.D." before
    path = tmp_path / "Connections.csv"
    path.write_text(
        LINKEDIN_NOTES + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        'Wei,"Leong, Ph.D. ",,,,,30 May 2024\n'
        'Sam,"Smith, MBA, PMP",,,,,30 May 2024\n'
        'Ana,"García, de la Vega y Ruiz",,,,,30 May 2024\n',  # not degrees: kept as written
        encoding="utf-8",
    )
    names = [(c.contact.family_name, c.contact.suffix) for c in read_csv_file(path).cards]
    assert names == [("Leong", "Ph.D."), ("Smith", "MBA, PMP"), ("García, de la Vega y Ruiz", "")]


def test_linkedin_2018_dates_are_month_first_without_a_warning(tmp_path: Path) -> None:
    # LinkedIn wrote them US-style whatever the language: 'check them' on every connection of
    # a file whose dates all have a day of 12 or less was noise
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        'Carl,Ek,,Volvo,Buyer,"1/8/18, 6:14 PM"\nDag,Ek,,Saab,CFO,"3/5/17, 9:00 AM"\n',
        encoding="utf-8",
    )
    result = read_csv_file(path)
    assert [c.contact.met_on for c in result.cards] == [
        PartialDate(2018, 1, 8), PartialDate(2017, 3, 5)
    ]  # fmt: skip
    assert result.problems == []


OUTLOOK_ROWS = {
    "english": (
        '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department",'
        '"Job Title",'
        '"Business Street","Business City","Business Postal Code","Business Country/Region",'
        '"Mobile Phone","Business Phone","Home Phone","Birthday","Categories","E-mail Address",'
        '"E-mail 2 Address","Notes","Web Page"\n'
        '"Dr.","Eva","","Ruiz","","Iberia","IT","CIO","Calle Mayor 1","Madrid","28013","España",'
        '"+34 600 000 000","+34 91 000 00 00","","5/14/1990","Clients;VIP","eva@x.es","e2@x.es",'
        '"Line one\r\nline two","http://x.es"\n'
    ),
    "german": (
        "Vorname,Nachname,Firma,Position,E-Mail-Adresse,Mobiltelefon,Geburtstag\n"
        "Eva,Ruiz,Iberia,CIO,eva@x.es,+34 600 000 000,14.05.1990\n"
    ),
    "french": (
        "Prénom;Nom;Société;Fonction;Adresse de messagerie;Téléphone mobile;Anniversaire\n"
        "Eva;Ruiz;Iberia;CIO;eva@x.es;+34 600 000 000;14/05/1990\n"
    ),
    "spanish": (
        "Nombre,Apellidos,Organización,Puesto,Dirección de correo electrónico,Teléfono móvil\n"
        "Eva,Ruiz,Iberia,CIO,eva@x.es,+34 600 000 000\n"
    ),
}


@pytest.mark.parametrize("language", sorted(OUTLOOK_ROWS))
def test_outlook_by_header_name(tmp_path: Path, language: str) -> None:
    path = tmp_path / f"outlook-{language}.csv"
    path.write_bytes(OUTLOOK_ROWS[language].encode("cp1252"))
    result = read_csv_file(path)
    assert result.format == "csv-outlook"
    contact = result.cards[0].contact
    assert (contact.given_name, contact.family_name) == ("Eva", "Ruiz")
    assert (contact.organization, contact.title) == ("Iberia", "CIO")
    assert contact.emails[0].value == "eva@x.es"
    assert next((p.raw, p.label) for p in contact.phones) == ("+34 600 000 000", "mobile")
    if language != "spanish":
        assert contact.birthday == PartialDate(1990, 5, 14)
    if language == "english":
        assert contact.prefix == "Dr."
        assert contact.tags == ["Clients", "VIP"]
        assert contact.notes == "Line one\nline two"
        assert contact.addresses[0].country == "España"
        assert contact.addresses[0].label == "work"


def test_google_current_layout(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "\ufeffFirst Name,Middle Name,Last Name,Organization Name,Organization Title,Birthday,"
        "Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
        "Lucía,,Peña,Telefónica,CTO,--04-15,* myContacts ::: Amigos ::: * starred,"
        "* Work,lucia@x.es ::: lp@y.es,Mobile,+34 600\n",
        encoding="utf-8",
    )
    contact = read_csv_file(path).cards[0].contact
    assert (contact.given_name, contact.family_name, contact.organization) == (
        "Lucía",
        "Peña",
        "Telefónica",
    )
    assert contact.birthday == PartialDate(None, 4, 15)
    assert contact.tags == ["Amigos"]
    assert [(e.value, e.label) for e in contact.emails] == [
        ("lucia@x.es", "work"),
        ("lp@y.es", "work"),
    ]
    assert (contact.phones[0].raw, contact.phones[0].label) == ("+34 600", "mobile")


def test_unknown_csv_mapping(tmp_path: Path) -> None:
    path = tmp_path / "crm.csv"
    path.write_text("Contact,E-Mail,Cell,Employer,Comments\nAna Gil,ana@x.org,+1 555,ACME,hi\n")
    sniff = sniff_csv(path)
    assert sniff.format is None
    assert read_csv_file(path).cards == []
    mapping = guess_mapping(sniff.headers)
    assert mapping == {
        "Contact": "full_name",
        "E-Mail": "email",
        "Cell": "mobile",
        "Employer": "organization",
        "Comments": "notes",
    }
    assert set(mapping.values()) <= set(FIELD_KEYS)
    result = read_csv_file(path, mapping=mapping)
    assert result.format == "csv-custom"
    contact = result.cards[0].contact
    assert contact.formatted_name == "Ana Gil"
    assert contact.phones[0].label == "mobile"
    assert (contact.organization, contact.notes) == ("ACME", "hi")


def test_quoted_fields_with_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "tb.csv"
    path.write_bytes(
        b"First Name,Last Name,Display Name,Primary Email,Notes,\r\n"
        b'A,B,A B,a@b.c,"one\rtwo\nthree\r\nfour",\r\n'
        b"C,D,C D,c@d.e,,\r\n"
    )
    result = read_csv_file(path)
    # every kind of line break is kept as LF: a bare CR came back from a vCard export as LF
    # and merged as a different value (Thunderbird's export.csv, 'Custom 3')
    assert result.cards[0].contact.notes == "one\ntwo\nthree\nfour"
    assert [card.line for card in result.cards] == [2, 6]  # a bare CR counts as a line end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/8/18, 6:14 PM", PartialDate(2018, 1, 8)),
        ("30 May 2024", PartialDate(2024, 5, 30)),
        ("28 Nov 2021", PartialDate(2021, 11, 28)),
        ("1990-05-14", PartialDate(1990, 5, 14)),
        ("14.05.1990", PartialDate(1990, 5, 14)),
        ("1990/05/14", PartialDate(1990, 5, 14)),  # year first: Japanese, Chinese, Korean
        ("1990-5-14", PartialDate(1990, 5, 14)),
        ("2024/1/8 18:14", PartialDate(2024, 1, 8)),
        ("5/14/1604", PartialDate(None, 5, 14)),
        ("0/0/00", None),
        # month names of Italian, Dutch and Portuguese exports: "not a date; date dropped"
        ("3 mag 2024", PartialDate(2024, 5, 3)),
        ("12 ottobre 2021", PartialDate(2021, 10, 12)),
        ("3 mei 2024", PartialDate(2024, 5, 3)),
        ("1 maart 2020", PartialDate(2020, 3, 1)),
        ("7 dezembro 2019", PartialDate(2019, 12, 7)),
        ("2 out 2022", PartialDate(2022, 10, 2)),
    ],
)
def test_csv_dates(text: str, expected: PartialDate | None) -> None:
    assert parse_csv_date(text) == expected


def test_bad_csv_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError, match=r"empty\.csv: the file is empty"):
        read_csv_file(empty)
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    with pytest.raises(ImportFileError, match=r"photo\.csv: not a contact file"):
        read_contacts_file(binary)
    with pytest.raises(ImportFileError, match="no such file"):
        read_csv_file(tmp_path / "missing.csv")


def test_write_csv_reads_back(tmp_path: Path, corpus: Path) -> None:
    contacts = [
        card.contact for card in read_csv_file(corpus / "roundcube+roundcubemail/gmail.csv").cards
    ]
    path = tmp_path / "out.csv"
    path.write_text(write_csv(contacts), encoding="utf-8")
    result = read_csv_file(path)
    assert result.format == "csv-google"
    again = result.cards[0].contact
    original = contacts[0]
    for name in ("given_name", "family_name", "organization", "title", "birthday", "tags"):
        assert getattr(again, name) == getattr(original, name)
    assert [e.value for e in again.emails] == [e.value for e in original.emails]
    assert [p.raw for p in again.phones] == [p.raw for p in original.phones]
    assert [(a.street, a.locality) for a in again.addresses] == [
        (a.street, a.locality) for a in original.addresses
    ]


def test_head_sniff_reads_only_the_head_of_a_big_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.csv"
    row = b"Dana Lee,dana@example.org,Initech,Some notes about Dana\n"
    path.write_bytes(b"Person,Mail,Firm,Remarks\n" + row * (20 * 1024 * 1024 // len(row)))
    assert path.stat().st_size > 20_000_000
    read: list[int] = []
    real_open = Path.open

    def counting_open(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        stream = real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]
        real_read = stream.read

        def read_and_count(size: int = -1) -> bytes:
            data = real_read(size)
            read.append(len(data))
            return data  # type: ignore[no-any-return]

        stream.read = read_and_count
        return stream

    def no_whole_read(self: Path) -> bytes:
        raise AssertionError("the whole file was read")

    monkeypatch.setattr(Path, "open", counting_open)
    monkeypatch.setattr(Path, "read_bytes", no_whole_read)
    sniff = sniff_csv_head(path)
    assert sniff.headers == ["Person", "Mail", "Firm", "Remarks"]
    assert sniff.format is None
    assert 0 < sum(read) <= HEAD_BYTES
    assert sniff.text.endswith("Some notes about Dana\n")  # cut after a whole line


def test_head_sniff_of_a_small_file_is_the_full_sniff(tmp_path: Path) -> None:
    path = tmp_path / "crm.csv"
    path.write_text("Person;Mail\nDana Lee;dana@example.org\n", encoding="utf-8")
    assert sniff_csv_head(path) == sniff_csv(path)
    with pytest.raises(ImportFileError):
        sniff_csv_head(tmp_path / "missing.csv")


@pytest.mark.parametrize("limit", range(40, 48))
def test_head_sniff_never_cuts_a_character(tmp_path: Path, limit: int) -> None:
    path = tmp_path / "ñ.csv"
    # multibyte characters across every possible cut point of the first line or two
    path.write_text("Persoña,Correo\n" + "Señor Ñúñez 日本,ñ@example.org\n" * 50, encoding="utf-8")
    sniff = sniff_csv_head(path, limit=limit)
    assert sniff.encoding == "utf-8"
    assert "\ufffd" not in sniff.text
    assert sniff.headers == ["Persoña", "Correo"]


@pytest.mark.parametrize("limit", range(20, 28))
def test_head_sniff_of_one_long_line_drops_a_cut_character(tmp_path: Path, limit: int) -> None:
    path = tmp_path / "line.csv"
    path.write_text("Ñame,Mail," + "日本語," * 40, encoding="utf-8")
    sniff = sniff_csv_head(path, limit=limit)
    assert sniff.encoding == "utf-8"
    assert "\ufffd" not in sniff.text
    assert sniff.headers[:2] == ["Ñame", "Mail"]


@pytest.mark.parametrize("limit", [41, 42, 43, 44, 45])
def test_head_sniff_of_utf16_and_cp1252(tmp_path: Path, limit: int) -> None:
    path = tmp_path / "u16.csv"
    path.write_text("Persoña,Correo\n" + "Señor Ñúñez,s@example.org\n" * 20, encoding="utf-16")
    sniff = sniff_csv_head(path, limit=limit)
    assert sniff.encoding == "utf-16"
    assert sniff.headers == ["Persoña", "Correo"]
    assert "\ufffd" not in sniff.text
    legacy = tmp_path / "cp.csv"
    legacy.write_bytes(("Persoña,Correo\n" + "Señor Ñúñez,s@example.org\n" * 20).encode("cp1252"))
    sniff = sniff_csv_head(legacy, limit=limit + 40)
    assert sniff.headers == ["Persoña", "Correo"]
    assert "Señor Ñúñez" in sniff.text


def test_a_column_mapped_to_email_by_mistake_makes_no_address_and_no_contact(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.csv"
    path.write_text("Name,Number\nAna Gil,ana@x.org\n,1\nBen Ode,17\n")
    result = read_csv_file(path, mapping={"Name": "full_name", "Number": "email"})
    contacts = [card.contact for card in result.cards]
    assert [c.formatted_name for c in contacts] == ["Ana Gil", "Ben Ode"]  # no contact "1"
    assert [e.value for e in contacts[0].emails] == ["ana@x.org"]
    assert contacts[1].emails == []
    assert [(f.label, f.value) for f in contacts[1].custom_fields] == [
        ("E-mail (as written)", "17")
    ]
    reasons = [(p.line, p.reason) for p in result.problems]
    assert (3, "row has no name, e-mail, phone or company") in reasons
    assert any(line == 4 and "'17' is not an e-mail address" in r for line, r in reasons)


def test_people_named_only_by_fn_a_nickname_or_their_company_read_back(tmp_path: Path) -> None:
    contacts = [
        Contact(formatted_name="Dr. Who"),  # a vCard's FN with an empty N
        Contact(nickname="Moss"),
        Contact(organization="Bike Shop", notes="a company card"),
        Contact(given_name="Ana", organization="Acme"),
    ]
    path = tmp_path / "out.csv"
    path.write_text(write_csv(contacts), encoding="utf-8")
    result = read_csv_file(path)
    assert result.problems == []
    again = [card.contact for card in result.cards]
    assert [display_name(c) for c in again] == ["Dr. Who", "Moss", "Bike Shop", "Ana"]
    # the company card is filed under its company, which finds it again on the next import
    assert [c.formatted_name for c in again] == ["Dr. Who", "", "Bike Shop", ""]


def test_unknown_csv_columns_are_guessed_from_whole_words() -> None:
    headers = ["Full Name", "Work Email", "Date of Birth", "Remarks", "Account Owner"]
    headers += ["Company Name", "workPhone", "Email Type", "Title", "Lead Source"]
    assert guess_mapping(headers) == {
        "Full Name": "full_name",
        "Work Email": "email",
        "Date of Birth": "birthday",
        "Remarks": "notes",
        "Account Owner": "ignore",  # not a city: 'town' is inside 'accountowner', not a word
        "Company Name": "organization",  # not the name of a person
        "workPhone": "work_phone",
        "Email Type": "ignore",  # the kind of the e-mail beside it, not an address
        "Title": "title",  # a CRM's job title (Outlook's prefix 'Title' is read as Outlook)
        "Lead Source": "ignore",
    }


def _birthdays(tmp_path: Path, text: str) -> tuple[list[str], list[str]]:
    path = tmp_path / "dates.csv"
    path.write_text(text, encoding="utf-8")
    result = read_csv_file(path)
    dates = [c.contact.birthday.to_iso() if c.contact.birthday else "" for c in result.cards]
    return dates, [p.reason for p in result.problems]


def test_a_day_over_12_anywhere_in_the_file_reads_its_other_dates_day_first(
    tmp_path: Path,
) -> None:
    """04/05/2023 was read as 5 April in a file whose other dates (25/12/1990) are day first."""
    dates, problems = _birthdays(
        tmp_path,
        "First Name,Last Name,E-mail Address,Birthday\n"
        "Ana,Gil,ana@x.org,04/05/1990\nBo,Li,bo@x.org,25/12/1985\nCy,Ng,cy@x.org,03-11\n",
    )
    assert dates == ["1990-05-04", "1985-12-25", "--11-03"]
    assert problems == []
    dates, problems = _birthdays(  # and a month first file by a second number over 12
        tmp_path,
        "First Name,Last Name,E-mail Address,Birthday\n"
        "Ana,Gil,ana@x.org,04/05/1990\nBo,Li,bo@x.org,12/25/1985\n",
    )
    assert (dates, problems) == (["1990-04-05", "1985-12-25"], [])


def test_a_german_outlook_file_reads_day_first_and_says_so(tmp_path: Path) -> None:
    dates, problems = _birthdays(
        tmp_path,
        "Vorname,Nachname,E-Mail-Adresse,Geburtstag\nAna,Gil,ana@x.de,04/05/1990\n"
        "Bo,Li,bo@x.de,01/01/1980\n",
    )
    assert dates == ["1990-05-04", "1980-01-01"]
    assert problems == [
        "dates such as '04/05/1990' could be day/month or month/day (1 of them); read as "
        "day/month, as Outlook in this file's language writes them"
    ]


def test_a_file_that_does_not_tell_is_read_month_first_with_a_warning(tmp_path: Path) -> None:
    dates, problems = _birthdays(
        tmp_path,
        "First Name,Last Name,E-mail Address,Birthday\n"
        "Ana,Gil,ana@x.org,04/05/1990\nBo,Li,bo@x.org,3/2/1985\n",
    )
    assert dates == ["1990-04-05", "1985-03-02"]
    assert problems == [
        "dates such as '04/05/1990' could be day/month or month/day (2 of them) and no other "
        "date in the file tells; read as month/day (US): check them"
    ]
    dates, problems = _birthdays(
        tmp_path,
        "First Name,Last Name,E-mail Address,Birthday\n"
        "Ana,Gil,ana@x.org,04/05/1990\nBo,Li,bo@x.org,25/12/1985\nCy,Ng,cy@x.org,12/25/1985\n",
    )
    assert dates == ["1990-04-05", "1985-12-25", "1985-12-25"]
    assert problems == [
        "this file writes dates both day first and month first; those that could be either "
        "(1, such as '04/05/1990') were read as month/day: check them"
    ]


def test_tags_holding_a_semicolon_come_back_whole_from_our_csv(tmp_path: Path) -> None:
    contacts = [
        Contact(given_name="Ana", tags=["Clients; 2025", "R&D; Berlin"]),
        Contact(given_name="Ben", tags=["Solo; tag"]),
    ]
    path = tmp_path / "out.csv"
    path.write_text(write_csv(contacts), encoding="utf-8")
    again = [card.contact.tags for card in read_csv_file(path).cards]
    assert again == [["Clients; 2025", "R&D; Berlin"], ["Solo; tag"]]
    # (Outlook's "Clients;VIP" still splits: test_outlook_by_header_name)


def test_a_mapping_chosen_for_a_header_row_reads_it_whatever_its_case_and_spacing(
    tmp_path: Path,
) -> None:
    # remembered by a signature that ignores case and spaces, so offered for "NAME, EMAIL ";
    # its names were then matched exactly: nothing mapped, every row 'has no name'
    path = tmp_path / "upper.csv"
    path.write_text("NAME,EMAIL \nBen Ho,ben@x.com\n")
    result = read_csv_file(path, mapping={"Name": "full_name", "Email": "email"})
    assert result.problems == []
    contact = result.cards[0].contact
    assert (contact.formatted_name, contact.emails[0].value) == ("Ben Ho", "ben@x.com")


def test_columns_named_alike_are_mapped_apart_or_together(tmp_path: Path) -> None:
    path = tmp_path / "phones.csv"
    path.write_text("Name,Phone,phone,Phone\nAnn Lee,555-1,555-2,555-3\n")
    headers = sniff_csv(path).headers
    assert column_keys(headers) == ["Name", "Phone", "phone (2)", "Phone (3)"]
    assert guess_mapping(headers) == {
        "Name": "full_name", "Phone": "phone", "phone (2)": "phone", "Phone (3)": "phone"
    }  # fmt: skip

    def phones(mapping: dict[str, str]) -> list[tuple[str, str]]:
        contact = read_csv_file(path, mapping=mapping).cards[0].contact
        return [(p.raw, p.label) for p in contact.phones]

    apart = {"Name": "full_name", "Phone": "mobile", "Phone (2)": "ignore", "Phone (3)": "fax"}
    assert phones(apart) == [("555-1", "mobile"), ("555-3", "fax")]
    # netdesk-cli import --map Phone=work_phone: every column of that name
    assert phones({"Name": "full_name", "Phone": "work_phone"}) == [
        ("555-1", "work"), ("555-2", "work"), ("555-3", "work")
    ]  # fmt: skip


def test_netdesks_own_csv_brings_back_the_story_rhythm_photo_link_and_uid(tmp_path: Path) -> None:
    # the CSV export dropped how you met, what they do, the rhythm, the photo link and the UID
    # (so a re-import matched by e-mail or name only); the vCard export kept them
    person = Contact(
        given_name="Ana", family_name="Gil", photo_url="https://example.com/ana.jpg",
        met_on=PartialDate(2019, 5, 14), met_at="PyCon; Cleveland", what_they_do="Builds bridges",
        looking_for="A co-founder", can_offer="Intros", keep_in_touch_days=30, archived=True,
        uid="urn:uuid:ana", met_through_uid="urn:uuid:ben",
    )  # fmt: skip
    path = tmp_path / "out.csv"
    path.write_text(write_csv([person, Contact(given_name="Ben")]), encoding="utf-8")
    header = path.read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith(
        "Met On,Met At,Met Through UID,What They Do,Looking For,Can Offer,Keep In Touch Days,"
        "Archived,UID"
    )
    result = read_csv_file(path)
    assert result.problems == []
    again, ben = (card.contact for card in result.cards)
    for name in ("photo_url", "met_on", "met_at", "what_they_do", "looking_for", "can_offer"):
        assert getattr(again, name) == getattr(person, name), name
    assert (again.keep_in_touch_days, again.archived) == (30, True)
    assert (again.uid, again.met_through_uid) == ("urn:uuid:ana", "urn:uuid:ben")
    assert (ben.keep_in_touch_days, ben.archived, ben.uid) == (None, False, "")
    assert "Met On" not in write_csv([Contact(given_name="Ben")])  # no empty columns


def test_a_keep_in_touch_rhythm_that_is_no_number_of_days_is_dropped_with_a_warning(
    tmp_path: Path,
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("First Name,E-mail 1 - Value,Keep In Touch Days\nAna,a@x.org,weekly\n")
    result = read_csv_file(path)
    assert result.cards[0].contact.keep_in_touch_days is None
    assert [p.reason for p in result.problems] == [
        "'weekly' is not a keep-in-touch rhythm in days; rhythm dropped"
    ]


def test_text_a_spreadsheet_would_run_is_exported_inert_and_read_back_as_it_was(
    tmp_path: Path,
) -> None:
    # a LinkedIn connection can call themselves '=HYPERLINK(...)': opened in a spreadsheet,
    # the export ran it. Spreadsheets show a cell after an apostrophe as text; netdesk takes
    # the apostrophe off again. Phone numbers and dates are nothing a spreadsheet can run.
    hostile = Contact(
        given_name='=HYPERLINK("http://evil","click")', family_name="'=quoted already",
        organization="+1+cmd|' /C calc'!A0", title="-2+SUM(A1)", department="@SUM(A1)",
        notes="\tcmd", nickname="'plain", suffix="- call Ana, then Ben", prefix="+CEO",
        birthday=PartialDate(None, 4, 23),
        phones=[PhoneNumber("+1 (555) 010-0100", "mobile"), PhoneNumber("=1+1", "")],
        custom_fields=[CustomField("=label", "-3")],
    )  # fmt: skip
    text = write_csv([hostile])
    cells = next(csv.reader(io.StringIO(text.split("\r\n", 1)[1])))
    assert '\'=HYPERLINK("http://evil","click")' in cells
    assert {"''=quoted already", "'+1+cmd|' /C calc'!A0", "'-2+SUM(A1)", "'@SUM(A1)"} <= set(cells)
    assert {"'\tcmd", "'=1+1", "'=label"} <= set(cells)
    # nothing a spreadsheet runs: as they are (Google Contacts would show an apostrophe)
    assert {"'plain", "+1 (555) 010-0100", "--04-23", "-3", "- call Ana, then Ben"} <= set(cells)
    assert "+CEO" in cells
    assert not [c for c in cells if c[:1] in ("=", "@", "\t") or c.startswith(("+1+", "-2"))]
    path = tmp_path / "out.csv"
    path.write_text(text, encoding="utf-8")
    again = read_csv_file(path).cards[0].contact
    for name in ("given_name", "family_name", "organization", "title", "department", "notes"):
        assert getattr(again, name) == getattr(hostile, name), name
    for name in ("prefix", "suffix"):
        assert getattr(again, name) == getattr(hostile, name), name
    assert (again.nickname, again.birthday) == ("'plain", PartialDate(None, 4, 23))
    assert [p.raw for p in again.phones] == ["+1 (555) 010-0100", "=1+1"]
    assert [(f.label, f.value) for f in again.custom_fields] == [("=label", "-3")]


def test_a_file_of_column_names_alone_says_it_has_no_contacts(tmp_path: Path) -> None:
    # it imported nothing and said nothing, as if every contact were already there
    path = tmp_path / "Connections.csv"
    path.write_text(LINKEDIN_NOTES + "First Name,Last Name,URL,Email Address,Company,Position,"
                    "Connected On\n\n")  # fmt: skip
    result = read_csv_file(path)
    assert result.cards == []
    assert [(p.line, p.severity, p.reason) for p in result.problems] == [(4, "error", NO_CONTACTS)]


def test_a_quote_never_closed_is_told_with_the_lines_it_swallowed(tmp_path: Path) -> None:
    # Ben and Cy were read into Ann's note and silently missing
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Last Name,E-mail Address,Notes\n"
        'Zoe,Li,zoe@x.com,"fine\nnote"\n'
        'Ann,Lee,ann@x.com,"never closed\n'
        "Ben,Ho,ben@x.com,hi\n"
        "Cy,Ng,cy@x.com,\n"
    )
    result = read_csv_file(path)
    # Ann's row is refused too: its note was the rest of the file
    assert [c.contact.given_name for c in result.cards] == ["Zoe"]
    assert [(p.line, p.severity, p.reason) for p in result.problems] == [
        (4, "error", "a quote opened on this line is never closed, so the rest of the file was "
         "read as one value: its row (line 4) and the lines after it, to line 6, were not "
         "imported")
    ]  # fmt: skip
    closed = tmp_path / "closed.csv"  # a last cell quoted over two lines, closed: no warning
    closed.write_text('First Name,Last Name,E-mail Address,Notes\nAnn,Lee,a@x.com,"two\nlines"  \n')
    result = read_csv_file(closed)
    assert (result.cards[0].contact.notes, result.problems) == ("two\nlines", [])
    closed.write_text(
        'First Name,Last Name,E-mail Address,Notes\nAnn,Lee,a@x.com,"two\nlines"\n,,,\n'
    )
    assert read_csv_file(closed).problems == []  # an empty row after it: the quote was closed


@pytest.mark.parametrize(
    ("charset", "names"),
    [
        # a French Outlook writes Windows-1252: it was read as Central European, 'Hélčne'
        ("cp1252", ["Hélène", "Lefèvre", "Crème brûlée & Frère", "à Noël, où tête"]),
        ("cp1252", ["Niccolò", "Conceição", "Søren Møller", "città, più, Leões"]),
        ("cp1252", ["Don’t", "“Quoted”", "Dash – Co", "€5 … ™"]),  # not Cyrillic 'Ђ5'
        ("cp1250", ["Jiří", "Dvořák", "Přemysl & Černý", "Jindřichův Hradec, město"]),
        ("cp1250", ["Paweł", "Gdańsk", "Łódź & Żółć", "się, być, koń"]),
        ("cp1250", ["Szőke", "Erdős", "Győr Kft.", "Bőröndi"]),
        ("cp1251", ["Иван", "Петров", "ООО Ромашка", "Москва"]),
        # an old Mac Excel's "CSV (Macintosh)": it came as 'Mźller', 'CafŽ Grš§e'
        ("mac_roman", ["Jürgen", "Müller-Lüdenscheidt", "Café Größe", "Hélène, élève"]),
    ],
)
@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_legacy_charsets_are_told_apart_by_the_text_they_make(
    tmp_path: Path, charset: str, names: list[str], line_end: str
) -> None:
    header = "First Name,Last Name,Company,E-mail Address,Notes"
    row = ",".join([*names[:3], "someone@example.org", f'"{names[3]}"'])
    path = tmp_path / "contacts.csv"
    path.write_bytes(line_end.join([header, row, ""]).encode(charset))
    contact = read_csv_file(path).cards[0].contact
    assert [contact.given_name, contact.family_name, contact.organization, contact.notes] == names


@pytest.mark.parametrize(
    "text",
    [
        "First Name,Last Name,Email,Phone,Company,Title,City,Notes\n"
        "Ana,Gil,ana@x.org,+34 600,Acme,CTO,Madrid,met at MWC\n",
        "First Name,Last Name,Email,Phone Number,Company Name,Job Title,Street Address,"
        "Postal Code,Country/Region,Website URL\n"  # a HubSpot export
        "Ana,Gil,ana@x.org,+34 600,Acme,CTO,Calle 1,28013,Spain,https://acme.example\n",
        "Vorname,Nachname,E-Mail,Telefon,Handy,Firma,Position,Straße,PLZ,Ort,Land,Notiz\n"
        "Ana,Gil,ana@x.org,030 1,+34 600,Acme,CTO,Calle 1,28013,Madrid,Spanien,Kundin\n",
    ],
)
def test_a_sheet_sharing_a_few_column_names_with_outlook_is_asked_about(
    tmp_path: Path, text: str
) -> None:
    # read as Outlook's, it kept the names and lost the e-mail, phones and address, and the
    # job title became a name prefix ('CTO Ana Gil')
    path = tmp_path / "sheet.csv"
    path.write_text(text, encoding="utf-8")
    sniff = sniff_csv(path)
    assert sniff.format is None
    contact = read_csv_file(path, mapping=guess_mapping(sniff.headers)).cards[0].contact
    assert (contact.given_name, contact.family_name, contact.prefix) == ("Ana", "Gil", "")
    assert (contact.title, contact.organization) == ("CTO", "Acme")
    assert contact.emails[0].value == "ana@x.org"
    assert "+34 600" in [phone.raw for phone in contact.phones]


def test_columns_of_sheets_in_english_german_french_and_spanish_are_guessed() -> None:
    english = ["Date met", "Where we met", "LinkedIn", "Fax", "Salutation", "Description"]
    english += ["Contact Owner", "Email Opt Out", "Contact ID", "Lead Status"]
    assert list(guess_mapping(english).values()) == [
        "met_on", "met_at", "url", "fax", "prefix", "notes",
        "ignore", "ignore", "ignore", "ignore",  # the salesperson, a yes/no, numbers
    ]  # fmt: skip
    german = ["Telefon", "Handy", "Straße", "PLZ", "Ort", "Land", "Notiz", "Geburtsdatum"]
    french = ["Courriel", "Portable", "Entreprise", "Poste", "Adresse", "Code postal", "Ville"]
    french += ["Pays", "Date de naissance", "Remarques"]
    spanish = ["Cargo", "Dirección", "Ciudad", "Provincia", "Código postal", "País", "Móvil"]
    assert list(guess_mapping(german).values()) == [
        "phone", "mobile", "street", "postal_code", "locality", "country", "notes", "birthday"
    ]  # fmt: skip
    assert list(guess_mapping(french).values()) == [
        "email", "mobile", "organization", "title", "street", "postal_code", "locality",
        "country", "birthday", "notes",
    ]  # fmt: skip
    assert list(guess_mapping(spanish).values()) == [
        "title", "street", "locality", "region", "postal_code", "country", "mobile"
    ]  # fmt: skip


def test_a_note_holding_the_other_delimiter_does_not_split_the_file_at_it(tmp_path: Path) -> None:
    # the widest row chose the delimiter: one note's semicolons made a comma file one column
    # ('unknown layout'), one note's commas did the same to a European Excel's semicolon file
    commas = tmp_path / "commas.csv"
    commas.write_text(
        "First Name,Last Name,E-mail Address,Notes\n"
        'Ann,Lee,ann@x.com,"likes: a; b; c; d; e; f; g"\nBen,Ho,ben@x.com,\n'
    )
    semicolons = tmp_path / "semicolons.csv"
    semicolons.write_text(
        "Vorname;Nachname;E-Mail-Adresse;Notizen\n"
        'Ann;Lee;ann@x.com;"Hallo, Welt, wie, geht, es, dir, heute"\n'
    )
    for path, delimiter, note in (
        (commas, ",", "likes: a; b; c; d; e; f; g"),
        (semicolons, ";", "Hallo, Welt, wie, geht, es, dir, heute"),
    ):
        assert (sniff_csv(path).delimiter, sniff_csv(path).format) == (delimiter, "outlook")
        assert read_csv_file(path).cards[0].contact.notes == note


def test_a_row_longer_than_the_header_is_told(tmp_path: Path) -> None:
    # 'Acme, Inc' without quotes: the e-mail went past the last column, silently
    path = tmp_path / "contacts.csv"
    path.write_text("First Name,Last Name,Company,E-mail Address\nAnn,Lee,Acme, Inc,ann@x.com\n")
    result = read_csv_file(path)
    assert result.problems[-1].reason == (
        "row has 5 cells where the file has 4 columns (a comma inside a value that is not in "
        "quotes?): its values may be in the wrong fields, and those past the last column were "
        "not imported"
    )
    assert result.problems[-1].line == 2


def test_a_utf8_file_with_a_row_in_another_charset_keeps_its_utf8_rows(tmp_path: Path) -> None:
    # one row pasted from an old Windows export made the whole file read as a legacy charset:
    # every other row garbled ('José' as 'Jos茅')
    utf8 = "First Name,Last Name,E-mail Address,Company\nJosé,Muñoz,j@x.es,Café Größe\n"
    utf8 += "Zoë,Ødegaard,z@x.no,Ærø AS\n"
    path = tmp_path / "contacts.csv"
    path.write_bytes(utf8.encode("utf-8") + "Hélène,Lefèvre,h@x.fr,Crème\n".encode("cp1252"))
    names = [
        (c.contact.given_name, c.contact.family_name, c.contact.organization)
        for c in read_csv_file(path).cards
    ]
    assert names == [
        ("José", "Muñoz", "Café Größe"), ("Zoë", "Ødegaard", "Ærø AS"),
        ("Hélène", "Lefèvre", "Crème"),
    ]  # fmt: skip


def test_a_cell_longer_than_128_kb_is_read(tmp_path: Path) -> None:
    # Python's csv refuses a field over 128 KB by default: the whole import failed
    path = tmp_path / "contacts.csv"
    note = "x" * 200_000
    path.write_text(
        f'First Name,Last Name,E-mail Address,Notes\nAnn,Lee,a@x.com,"{note}"\nBen,Ho,b@x.com,\n'
    )
    result = read_contacts_file(path)
    assert [c.contact.notes for c in result.cards] == [note, ""]


def test_a_sheets_work_and_home_addresses_stay_two_addresses(tmp_path: Path) -> None:
    # the menu has one "Street", "City"...: mapped by hand, Yahoo's work and home addresses
    # became one, its lines joined ('Madrid\nToledo')
    path = tmp_path / "yahoo.csv"
    path.write_text(
        "First,Middle,Last,Email,Category,Work Address,Work City,Work ZIP,Home Address,Home City,"
        "Home ZIP,Alternate Email 1,Last Contacted\n"
        "Ana,María,Gil,ana@work.es,Clients,Gran Via 1,Madrid,28013,Calle Sol 2,Toledo,45001,"
        "ana@home.es,2024-01-01\n"
    )
    mapping = guess_mapping(sniff_csv(path).headers)
    assert [mapping[h] for h in ("First", "Middle", "Last", "Category", "Last Contacted")] == [
        "given_name", "additional_names", "family_name", "tags", "ignore"
    ]  # fmt: skip
    contact = read_csv_file(path, mapping=mapping).cards[0].contact
    assert (contact.given_name, contact.additional_names, contact.family_name) == (
        "Ana",
        "María",
        "Gil",
    )
    assert [(a.label, a.street, a.locality, a.postal_code) for a in contact.addresses] == [
        ("work", "Gran Via 1", "Madrid", "28013"), ("home", "Calle Sol 2", "Toledo", "45001")
    ]  # fmt: skip
    assert contact.tags == ["Clients"]


def test_the_primary_email_phone_address_and_link_keep_google_star(
    tmp_path: Path, corpus: Path
) -> None:
    # Google writes '* Home' for the primary value: the star was dropped, and our export lost
    # which e-mail, phone, address and web page were preferred
    gmail = read_csv_file(corpus / "roundcube+roundcubemail/gmail.csv")
    emails = gmail.cards[0].contact.emails
    assert [(e.value, e.label, e.preferred) for e in emails[:2]] == [
        ("home@aaa.pl", "home", True), ("work@email.pl", "work", False)
    ]  # fmt: skip
    person = Contact(
        given_name="Ana",
        emails=[EmailAddress("a@x.org", "work"), EmailAddress("b@x.org", "", preferred=True)],
        phones=[PhoneNumber("+1 555", "mobile", preferred=True), PhoneNumber("+1 556", "home")],
        addresses=[PostalAddress(label="home", street="1 Main St", preferred=True)],
        urls=[WebLink("https://a.example", "blog", preferred=True)],
    )
    path = tmp_path / "out.csv"
    path.write_text(write_csv([person]), encoding="utf-8")
    again = read_csv_file(path).cards[0].contact
    assert [(e.value, e.label, e.preferred) for e in again.emails] == [
        ("a@x.org", "work", False), ("b@x.org", "", True)
    ]  # fmt: skip
    assert [(p.label, p.preferred) for p in again.phones] == [("mobile", True), ("home", False)]
    assert [(a.label, a.preferred) for a in again.addresses] == [("home", True)]
    assert [(u.label, u.preferred) for u in again.urls] == [("blog", True)]


def test_a_label_of_the_users_own_comes_back_as_written(tmp_path: Path) -> None:
    """A CSV export and import turned the web page labelled "LinkedIn" into "Linkedin" (the
    vCard round trip was exact)."""
    person = Contact(
        given_name="Ana",
        urls=[WebLink("https://linkedin.example/ana", "LinkedIn"), WebLink("https://a.example")],
        phones=[PhoneNumber("+1 555", "Boat phone"), PhoneNumber("+1 556", "mobile")],
    )
    path = tmp_path / "out.csv"
    path.write_text(write_csv([person]), encoding="utf-8")
    again = read_csv_file(path).cards[0].contact
    assert [u.label for u in again.urls] == ["LinkedIn", ""]
    assert [p.label for p in again.phones] == ["boat phone", "mobile"]  # Google's capital


def test_quoted_cells_after_a_space_are_read_as_quoted(tmp_path: Path) -> None:
    """'"Ana", "Gil, Jr"': the space after each comma does not stop the quotes from opening
    the cell (they were kept, and the comma inside split the cell in two)."""
    path = tmp_path / "spaced.csv"
    path.write_text(
        '"First Name", "Last Name", "E-mail Address", "Company", "Job Title"\n'
        '"Ana", "Gil, Jr", "ana@example.org", "ACME, Inc.", "CTO"\n',
        encoding="utf-8",
    )
    sniff = sniff_csv(path)
    assert sniff.headers == ["First Name", "Last Name", "E-mail Address", "Company", "Job Title"]
    result = read_csv_file(path)
    assert result.problems == []
    (card,) = result.cards
    contact = card.contact
    assert (contact.family_name, contact.organization) == ("Gil, Jr", "ACME, Inc.")
    assert [email.value for email in contact.emails] == ["ana@example.org"]


def test_a_space_before_a_cells_text_keeps_the_usual_reading(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text('Name,Notes\nAna Gil, says "hi" often\n', encoding="utf-8")
    result = read_csv_file(path, mapping={"Name": "full_name", "Notes": "notes"})
    assert sniff_csv(path).skip_initial_space is False
    assert result.cards[0].contact.notes == 'says "hi" often'


@pytest.mark.parametrize("newline", ["\r", "\n"])
def test_a_mac_excel_csv_reads_its_accents_in_mac_roman(tmp_path: Path, newline: str) -> None:
    """Mac Excel's "CSV (Macintosh)": Mac Roman. A Japanese charset read each accented letter
    with the letter after it as one ideogram ("Jürgen" as "J殲gen") and was picked."""
    path = tmp_path / "adressen.csv"
    text = newline.join(["Vorname;Nachname;E-Mail", "Jürgen;Größe;j@example.de",
                         "Hélène;Lefèvre;h@example.fr", ""])  # fmt: skip
    path.write_bytes(text.encode("mac_roman"))
    result = read_csv_file(path, mapping=guess_mapping(sniff_csv(path).headers))
    names = [(card.contact.given_name, card.contact.family_name) for card in result.cards]
    assert names == [("Jürgen", "Größe"), ("Hélène", "Lefèvre")]


def test_googles_capitalised_types_read_as_netdesks_labels(tmp_path: Path) -> None:
    """Google writes its phone types "Home Fax", "Work Mobile": they are netdesk's "home fax"
    and "work mobile" (kept as written, a vCard export made each a label of its own instead
    of TYPE=HOME,FAX); a label of the user's own keeps its capitals."""
    path = tmp_path / "google.csv"
    path.write_text(
        "Name,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,"
        "Phone 3 - Type,Phone 3 - Value,Website 1 - Type,Website 1 - Value\n"
        "Ana Gil,Home Fax,+1 555,* Work Mobile,+1 556,Boat Phone,+1 557,LinkedIn,https://l.example\n",
        encoding="utf-8",
    )
    contact = read_csv_file(path).cards[0].contact
    assert [(p.label, p.preferred) for p in contact.phones] == [
        ("home fax", False), ("work mobile", True), ("Boat Phone", False)
    ]  # fmt: skip
    assert [u.label for u in contact.urls] == ["LinkedIn"]


def test_an_unknown_csv_of_column_names_alone_says_it_has_no_contacts(tmp_path: Path) -> None:
    """Not "choose which column holds what": no choice would bring a contact out of it."""
    path = tmp_path / "empty export.csv"
    path.write_text("sep=;\nPerson;Mail;Firm\n;;\n", encoding="utf-8")
    result = read_csv_file(path)
    assert [(p.line, p.reason, p.severity) for p in result.problems] == [(2, NO_CONTACTS, "error")]


CUT_SHORT = (
    "the file ends in the middle of this row (cut short?): its last values may be missing or "
    "incomplete"
)


@pytest.mark.parametrize(
    ("data", "last_name"),
    [
        # cut in the middle of "ß": its first byte was read in a legacy charset ("MĂ")
        ("First Name,Last Name,E-mail Address\nAna,Gil,a@x.org\nBen,Müß".encode()[:-1], "Mü\ufffd"),
        # UTF-16 cut at an odd byte
        (
            "First Name,Last Name,E-mail Address\nAna,Gil,a@x.org\nBen,Mü".encode("utf-16")[:-1],
            "M\ufffd",
        ),
        # short of cells where every row before had all of them
        (b"First Name,Last Name,E-mail Address\nAna,Gil,a@x.org\nBen,Sto", "Sto"),
    ],
)
def test_a_file_cut_short_in_its_last_row_says_so(
    tmp_path: Path, data: bytes, last_name: str
) -> None:
    path = tmp_path / "cut.csv"
    path.write_bytes(data)
    result = read_csv_file(path)
    assert [card.contact.family_name for card in result.cards] == ["Gil", last_name]
    assert [(p.line, p.reason, p.severity) for p in result.problems] == [(3, CUT_SHORT, "warning")]


def test_a_last_row_without_a_line_break_is_not_said_to_be_cut(tmp_path: Path) -> None:
    path = tmp_path / "whole.csv"
    path.write_text(
        "First Name,Last Name,E-mail Address\nAna,Gil,a@x.org\nBen,Stone,b@x.org",
        encoding="utf-8",
    )
    assert read_csv_file(path).problems == []
    path.write_text("Name,Email\nAna Gil\nBen Stone", encoding="utf-8")  # no row is whole
    assert read_csv_file(path, mapping={"Name": "full_name"}).problems == []


def test_a_cell_of_several_emails_or_phones_gives_each_its_own(tmp_path: Path) -> None:
    """A sheet's "ana@x.org, ana@y.org" (or one a line, Excel's Alt+Enter) was one e-mail
    address no mail program takes; a cell that is not only addresses is kept whole."""
    path = tmp_path / "sheet.csv"
    path.write_text(
        "Name,Email,Phone\n"
        'Ana Gil,"ana@x.org, ana@y.org","+34 600 000 001; +34 911 223 344"\n'
        'Bo Li,"bo@x.org\nbo@home.example","+1 555 0100\n+1 555 0101"\n'
        "Cy Ros,cy@x.org,+34 600 000 002\n"
        'Di Paz,"Di at home, di@x.org","123, ext 4"\n',
        encoding="utf-8",
    )
    mapping = {"Name": "full_name", "Email": "email", "Phone": "phone"}
    found = [
        ([e.value for e in card.contact.emails], [p.raw for p in card.contact.phones])
        for card in read_csv_file(path, mapping=mapping).cards
    ]
    assert found == [
        (["ana@x.org", "ana@y.org"], ["+34 600 000 001", "+34 911 223 344"]),
        (["bo@x.org", "bo@home.example"], ["+1 555 0100", "+1 555 0101"]),
        (["cy@x.org"], ["+34 600 000 002"]),
        (["Di at home, di@x.org"], ["123, ext 4"]),
    ]


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_in_another_script_is_read(tmp_path: Path, order: str) -> None:
    """Cyrillic or Chinese in UTF-16 without a BOM has NULs only beside its ASCII: too few to
    be told UTF-16 by them, and the file was refused as binary data."""
    path = tmp_path / "kontakty.csv"
    path.write_bytes(
        "Имя;Фамилия;Компания\r\nИван;Петров;Газпром\r\nМария;Сидорова;阿里巴巴\r\n".encode(order)
    )
    result = read_csv_file(path, mapping={"Имя": "given_name", "Компания": "organization"})
    found = [(card.contact.given_name, card.contact.organization) for card in result.cards]
    assert found == [("Иван", "Газпром"), ("Мария", "阿里巴巴")]


def test_binary_data_is_still_refused(tmp_path: Path) -> None:
    import random

    path = tmp_path / "photo.csv"
    path.write_bytes(random.Random(7).randbytes(20_000))
    with pytest.raises(ImportFileError, match="binary data"):
        read_csv_file(path)


@pytest.mark.parametrize("newline", ["\r", "\n", "\r\n"])
def test_the_progress_counts_lines_whatever_ends_them(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "many.csv"
    rows = [f"Person {n},p{n}@example.org" for n in range(1000)]
    path.write_text(newline.join(["Name,Email", *rows, ""]), encoding="utf-8", newline="")
    seen: list[tuple[int, int]] = []
    read_csv_file(
        path,
        mapping={"Name": "full_name", "Email": "email"},
        progress=lambda done, total: seen.append((done, total)),
    )
    assert {total for _, total in seen} == {1002}
    assert [done for done, _ in seen] == [201, 401, 601, 801, 1001]


def test_a_legacy_file_whose_one_accent_is_its_last_byte_is_not_cut_utf8(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes("Email,Name\nana@x.org,Ana Gil\njose@x.org,José".encode("cp1252"))
    result = read_csv_file(path, mapping={"Name": "full_name", "Email": "email"})
    assert [card.contact.formatted_name for card in result.cards] == ["Ana Gil", "José"]
    assert result.problems == []


def test_a_chat_or_user_name_is_not_guessed_as_the_persons_name() -> None:
    """A German Thunderbird's columns: "Chat-Name" was guessed the full name, and each
    contact was listed by their chat handle; its nickname, display name, job title and state
    were left out."""
    headers = ["Vorname", "Nachname", "Anzeigename", "Spitzname", "Chat-Name"]
    headers += ["Arbeitstitel", "Privat: Bundesland", "Screen Name", "User Name", "Skype"]
    assert list(guess_mapping(headers).values()) == [
        "given_name", "family_name", "full_name", "nickname", "ignore",
        "title", "region", "ignore", "ignore", "ignore",
    ]  # fmt: skip
    # an English sheet's region, whatever it calls it; a sales region is no address's
    headers = ["Region", "County", "State/Province", "Sales Region"]
    assert list(guess_mapping(headers).values()) == ["region", "region", "region", "ignore"]


def test_never_keep_in_touch_comes_back_from_a_csv(tmp_path: Path) -> None:
    """A contact set to "never" (0, whatever its tags say) was exported as 0 and read back
    as no rhythm of its own, with a warning: its tags' rhythm reminded again."""
    path = tmp_path / "contacts.csv"
    path.write_text(
        write_csv([Contact(given_name="Ana", tags=["client"], keep_in_touch_days=0)]),
        encoding="utf-8",
    )
    result = read_csv_file(path)
    assert result.problems == []
    assert result.cards[0].contact.keep_in_touch_days == 0
