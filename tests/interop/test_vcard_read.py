"""Tests for netdesk/interop/vcard_read.py: the corpus, then each quirk on small hand-made cards."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from netdesk.core.types import Contact, PartialDate
from netdesk.interop.problems import MAX_IMPORT_BYTES, MAX_PHOTO_BYTES, ImportFileError
from netdesk.interop.vcard import read_vcard_bytes, read_vcard_file


def one(data: bytes) -> Contact:
    result = read_vcard_bytes(data, "test.vcf")
    assert len(result.cards) == 1, result.problems
    return result.cards[0].contact


def emails(contact: Contact) -> list[str]:
    return [email.value for email in contact.emails]


def phones(contact: Contact) -> list[str]:
    return [phone.raw for phone in contact.phones]


# -- the conformance corpus ------------------------------------------------------------------


def test_every_corpus_vcard_imports(corpus: Path) -> None:
    files = sorted(corpus.glob("*/*.vcf"))
    assert len(files) >= 28
    total = 0
    for path in files:
        result = read_vcard_file(path)
        assert result.cards, path
        assert all(problem.severity == "warning" for problem in result.problems), path
        for card in result.cards:
            assert card.contact.source == "vcard"
            assert card.contact.source_file == path.name
        total += len(result.cards)
    assert total == 63


# file, card index, given, family, emails, phones, birthday, organization
CORPUS_CARDS = [
    ("roundcube+roundcubemail/thebat.vcf", 0, "Piotr", "Iksiński",
     ["piotr.iksinski@somedomain.com"], [], None, ""),
    ("roundcube+roundcubemail/johndoe.vcf", 0, "John", "Doë",
     ["inbox@roundcube.net", "roundcube@gmail.com"], ["+123456789", "+987654321"], None,
     "roundcube.net"),
    ("roundcube+roundcubemail/utf-16_sample.vcf", 0, "Ǽgean", "ĽdaMonté", [], [], None, ""),
    ("roundcube+roundcubemail/apple.vcf", 0, "", "", [], [], None, "Apple Computer AG"),
    ("ical4j+ical4j-vcard/vcard-vCards-SAP.vcf", 4, "Frida", "Töcken",
     ["Frida.Tocken@karlsruhetravel.com"], [], None, "Karlsruhe Travel"),
    ("ical4j+ical4j-vcard/vcard-vCards-SAP.vcf", 9, "Ingrid", "Spaßlund",
     ["Ingrid.Spasslund@nikesport.com"], [], None, "Nike"),
    ("ical4j+ical4j-vcard/vcard-antoni-kontact.vcf", 0, "Antoni", "Mylka",
     ["antoni.mylka.kde@somedomain.com", "antoni.mylka.otherkde@otherdomain.com"],
     ["+48 91 3 177 6584", "+48 12 617 23 34", "+48 691 723 056"], PartialDate(1985, 1, 28),
     "Aperture Project"),
    ("ical4j+ical4j-vcard/vcard-antoni-outlook2003.vcf", 0, "Antoni", "Mylka",
     ["antoni_mylka@somedomain.com"], ["49 631 234 341", "48 691 342 341", "48 91 3 175 234"],
     PartialDate(1980, 1, 18), "DFKI"),
    ("ical4j+ical4j-vcard/4b62872a-849-0.vcf", 0, "Franz", "Branntwein",
     ["franz.m.branntwein@example.com"], ["0221 12345678"], None, ""),
    ("GNOME+evolution-data-server/12.vcf", 0, "Michael", "Brüning",
     ["ext-Michael.Bruning@nokia.com"], ["+491622433834", "017623384942", "+4973117546691"],
     PartialDate(1978, 12, 29), ""),
    ("GNOME+evolution-data-server/5.vcf", 0, "十城目管理大型知座", "", ["weird@weird.com"],
     ["十城目管理大型知座"] * 4, None, "十城目管理大型知座"),
    ("GNOME+evolution-data-server/3.vcf", 0, "Nat", "Friedman", ["nat@nat.org", "nat@ximian.com"],
     ["617 679 1984", "123 456 7890"], PartialDate(1977, 8, 6), ""),
    ("KDE+kcontacts/vcard3.vcf", 0, "ian", "geiser", ["geiseri@yahoo.com"], [], None,
     "Source eXtreme"),
    ("KDE+kcontacts/vcard4.vcf", 0, "", "", ["hello@ximian.com"],
     ["(617) 236-0442", "(617) 236-8630"], None, "Ximian, Inc."),
    ("KDE+kcontacts/vcard10.vcf", 3, "Surname", "Name", [], [], None, ""),
    ("Kozea+Radicale/contact2-with-bday.vcf", 0, "GivenTest", "FamilyTest", [], [],
     PartialDate(1970, 1, 1), ""),
    ("Kozea+Radicale/contact4-with-bday-no-year.vcf", 0, "", "", [], [], PartialDate(None, 1, 1),
     ""),
    ("Kozea+Radicale/broken-vcard.vcf", 0, "", "", ["test-misses-N-or-FN@example.com"], [], None,
     ""),
    ("mozilla+releases-comm-central/export.vcf", 1, "contact", "two", ["contact2@invalid"], [],
     None, ""),
    ("sabre-io+vobject/issue153.vcf", 0, "Test", "Benutzer", [], [], None, ""),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "index", "given", "family", "mails", "numbers", "birthday", "org"), CORPUS_CARDS
)
def test_corpus_card_fields(
    corpus: Path,
    name: str,
    index: int,
    given: str,
    family: str,
    mails: list[str],
    numbers: list[str],
    birthday: PartialDate | None,
    org: str,
) -> None:
    contact = read_vcard_file(corpus / name).cards[index].contact
    assert (contact.given_name, contact.family_name) == (given, family)
    assert emails(contact) == mails
    assert phones(contact) == numbers
    assert contact.birthday == birthday
    assert contact.organization == org


def test_corpus_vcard9_multibyte_split_by_folding(corpus: Path) -> None:
    contact = read_vcard_file(corpus / "KDE+kcontacts/vcard9.vcf").cards[0].contact
    assert contact.family_name == "123ㄓㄕㄖbcde" + "αβγδ" * 6 + "αβㄤㄓㄕㄖ"
    assert contact.formatted_name == "βγδεαβγδ1" * 11
    assert contact.notes.startswith("Длинный комментарий на русском языке, чтобы")
    assert "получилась строка более 70 символов." in contact.notes


def test_corpus_details(corpus: Path) -> None:
    apple = read_vcard_file(corpus / "roundcube+roundcubemail/apple.vcf").cards[0].contact
    assert apple.addresses[0].locality == "Wallisellen-Zürich"
    assert apple.urls[0].value == "http://www.apple.ch"
    assert apple.urls[0].label == "homepage"
    assert apple.photo is not None
    assert apple.photo.startswith(b"\xff\xd8")
    assert "item1.X-ABADR:ch" in apple.raw_properties
    outlook = "ical4j+ical4j-vcard/vcard-antoni-outlook2003-valueurl.vcf"
    contact = read_vcard_file(corpus / outlook).cards[0].contact
    assert contact.photo_url.endswith("gunnar.jpg")
    assert contact.photo is None
    assert contact.department == "Knowledge-Management"
    assert [p.label for p in contact.phones] == ["work", "home", "mobile"]
    issue64 = read_vcard_file(corpus / "sabre-io+vobject/issue64.vcf").cards[0].contact
    assert issue64.photo is not None
    assert issue64.photo.startswith(b"\xff\xd8")
    mozilla = read_vcard_file(corpus / "mozilla+releases-comm-central/export.vcf").cards[1]
    assert "X-CUSTOM3;VALUE=TEXT:custom\r3" in mozilla.contact.raw_properties
    assert mozilla.contact.emails[0].preferred
    assert mozilla.line == 8
    nokia = read_vcard_file(corpus / "GNOME+evolution-data-server/12.vcf").cards[0].contact
    assert nokia.addresses[0].street == "Münsterplatz 21"
    assert nokia.addresses[0].region == "Baden-Württemberg"
    sap = read_vcard_file(corpus / "ical4j+ical4j-vcard/vcard-vCards-SAP.vcf")
    assert len(sap.cards) == 30
    assert sap.cards[0].contact.tags == ["Demo", "Nepomuk(SAP)"]
    assert [card.line for card in sap.cards[:3]] == [1, 9, 19]


# -- quirks ------------------------------------------------------------------------------------

CARD = (
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\nEMAIL:j@x.org\r\nEND:VCARD\r\n"
)


@pytest.mark.parametrize("line_end", [b"\r\n", b"\n", b"\r", b"\r\r\n"])
def test_line_ends(line_end: bytes) -> None:
    data = CARD.replace(b"\r\n", line_end) * 2
    result = read_vcard_bytes(data)
    assert [card.contact.given_name for card in result.cards] == ["Jane", "Jane"]
    assert [card.line for card in result.cards] == [1, 7]


def test_mixed_line_ends_and_bare_cr_line_end() -> None:
    data = b"BEGIN:VCARD\r\nN:Doe;Jane\nFN:Jane\rEMAIL:j@x.org\r\r\nEND:VCARD\n"
    contact = one(data)
    assert (contact.family_name, contact.formatted_name, emails(contact)) == (
        "Doe",
        "Jane",
        ["j@x.org"],
    )


def test_fold_inside_a_multibyte_character() -> None:
    encoded = "Zoë Müller".encode()
    split = encoded.index("ë".encode()) + 1
    data = b"BEGIN:VCARD\nFN:" + encoded[:split] + b"\n " + encoded[split:] + b"\nEND:VCARD\n"
    assert one(data).formatted_name == "Zoë Müller"


def test_quoted_printable_variants() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:2.1\n"
        b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=\nBr=C3=BCning;=\nMichael\n"
        b"NOTE;QUOTED-PRINTABLE:line one=0D=0Aline=\n=20two\n"
        b"ORG;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:M=FCller AG\n"
        b"TITLE;CHARSET=Shift_JIS;ENCODING=QUOTED-PRINTABLE:=8C=A0=95=BA=89q\n"
        b"END:VCARD\n"
    )
    contact = one(data)
    assert (contact.family_name, contact.given_name) == ("Brüning", "Michael")
    assert contact.notes == "line one\nline two"
    assert contact.organization == "Müller AG"
    assert contact.title == "権兵衛"


def test_undeclared_legacy_charset_and_windows_1250() -> None:
    data = "BEGIN:VCARD\nN:Peña;José\nEND:VCARD\n".encode("cp1252")
    assert one(data).family_name == "Peña"
    data = b"BEGIN:VCARD\nN;CHARSET=windows-1250:Ma\xb3ecki;Jan\nEND:VCARD\n"
    assert one(data).family_name == "Małecki"


def test_utf16_with_and_without_bom() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ñúñez;Ana;;;\r\nEND:VCARD\r\n"
    for data in (
        text.encode("utf-16"),
        text.encode("utf-16-le"),
        text.encode("utf-16-be"),
        b"\xef\xbb\xbf" + text.encode(),
    ):
        assert one(data).family_name == "Ñúñez"


def test_type_parameter_styles_and_labels() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:X\n"
        b"TEL;TYPE=WORK,VOICE:1\nTEL;TYPE=HOME;TYPE=FAX:2\nTEL;CELL;PREF:3\n"
        b"tel;type=pref:4\nTEL;PREF=1;TYPE=cell:5\n"
        b"item1.EMAIL:a@x.org\nitem1.X-ABLabel:_$!<Work>!$_\n"
        b"item2.EMAIL;type=INTERNET:b@x.org\nitem2.X-ABLabel:Club\n"
        b"item3.X-ABDATE:2001-02-03\nitem3.X-ABLabel:_$!<Anniversary>!$_\n"
        b"item4.X-ABRELATEDNAMES:Sam\nitem4.X-ABLabel:_$!<Spouse>!$_\n"
        b"RELATED;TYPE=friend;VALUE=text:Kim\n"
        b"END:VCARD\n"
    )
    contact = one(data)
    assert [(p.raw, p.label, p.preferred) for p in contact.phones] == [
        ("1", "work", False),
        ("2", "home fax", False),
        ("3", "mobile", True),
        ("4", "", True),
        ("5", "mobile", True),
    ]
    assert [(e.value, e.label) for e in contact.emails] == [
        ("a@x.org", "work"),
        ("b@x.org", "Club"),  # the user's own label, as written
    ]
    assert contact.anniversary == PartialDate(2001, 2, 3)
    assert [(r.label, r.name) for r in contact.related] == [("spouse", "Sam"), ("friend", "Kim")]
    assert contact.raw_properties == []


def test_quoted_parameter_values_may_hold_colons_semicolons_and_commas() -> None:
    # RFC 6350's own ADR example: the GEO and LABEL values hold ':' and ',' inside quotes
    data = (
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:John Q. Public\r\n"
        b'ADR;GEO="geo:12.3457,78.910";LABEL="Mr. John Q. Public, Esq.\\nMail Drop: TNE QB'
        b'\\n123 Main Street":;;123 Main Street;Any Town;CA;91921-1234;U.S.A.\r\n'
        b'TEL;VALUE=uri;TYPE="voice,home";PREF=1:tel:+1-555-555-5555\r\n'
        b'EMAIL;PID=1.1;TYPE="work":jqp@example.com\r\n'
        b'NOTE;ALTID="a;b":Mail Drop: TNE QB\r\n'
        b"END:VCARD\r\n"
    )
    contact = one(data)
    [address] = contact.addresses
    assert (address.street, address.locality, address.region) == (
        "123 Main Street",
        "Any Town",
        "CA",
    )
    assert (address.postal_code, address.country) == ("91921-1234", "U.S.A.")
    assert [(p.raw, p.label, p.preferred) for p in contact.phones] == [
        ("+1-555-555-5555", "home", True)
    ]
    assert [(e.value, e.label) for e in contact.emails] == [("jqp@example.com", "work")]
    assert contact.notes == "Mail Drop: TNE QB"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("--0415", PartialDate(None, 4, 15)),
        ("--04-15", PartialDate(None, 4, 15)),
        ("1604-04-15", PartialDate(None, 4, 15)),
        ("16040415", PartialDate(None, 4, 15)),
        ("1985-01-28T00:00:00Z", PartialDate(1985, 1, 28)),
        ("19850128", PartialDate(1985, 1, 28)),
    ],
)
def test_birthdays(value: str, expected: PartialDate) -> None:
    assert one(f"BEGIN:VCARD\nBDAY:{value}\nEND:VCARD\n".encode()).birthday == expected


def test_apple_omit_year_and_bad_birthday() -> None:
    data = b"BEGIN:VCARD\nBDAY;X-APPLE-OMIT-YEAR=1900:1900-03-04\nEND:VCARD\n"
    assert one(data).birthday == PartialDate(None, 3, 4)
    result = read_vcard_bytes(b"BEGIN:VCARD\nFN:A\nBDAY:soon\nEND:VCARD\n", "x.vcf")
    assert result.cards[0].contact.birthday is None
    assert result.cards[0].contact.raw_properties == ["BDAY:soon"]
    assert result.problems[0].severity == "warning"


def test_odd_cards_do_not_crash() -> None:
    data = (
        b"begin:vcard\n# a comment\nfn\nn:Solo\nnote:\norg:Acme\\, Inc.;R\\;D\n"
        b"note:a\\nb\\\\c\ncategories:one,two\\,three\nversion:2.1\nX-FOO;BAR=1:baz\n"
        b"PRODID:-//x//y\nREV:2020\nend:vcard\n"
    )
    contact = one(data)
    assert (contact.family_name, contact.given_name, contact.formatted_name) == ("Solo", "", "")
    assert (contact.organization, contact.department) == ("Acme, Inc.", "R;D")
    assert contact.notes == "a\nb\\c"
    assert contact.tags == ["one", "two,three"]
    assert contact.raw_properties == ["X-FOO;BAR=1:baz"]


def test_photo_forms() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    encoded = base64.b64encode(png)
    folded = b"\n  ".join(encoded[i : i + 60] for i in range(0, len(encoded), 60))
    forms = [
        b"PHOTO;ENCODING=b;TYPE=PNG:" + encoded,
        b"PHOTO;BASE64:\n  " + folded,
        b"PHOTO;ENCODING=BASE64;PNG:\n  " + folded + b"\n",
        b"PHOTO:data:image/png;base64," + encoded,
    ]
    for form in forms:
        assert one(b"BEGIN:VCARD\nFN:P\n" + form + b"\nEND:VCARD\n").photo == png
    url = one(b"BEGIN:VCARD\nPHOTO;VALUE=URL:http://x.org/a.jpg\nEND:VCARD\n")
    assert (url.photo, url.photo_url) == (None, "http://x.org/a.jpg")


# -- bad input ---------------------------------------------------------------------------------


def test_huge_photo_dropped_with_warning() -> None:
    encoded = base64.b64encode(b"\xff\xd8" + bytes(MAX_PHOTO_BYTES))
    data = b"BEGIN:VCARD\nFN:Big\nPHOTO;ENCODING=b:" + encoded + b"\nEMAIL:b@x.org\nEND:VCARD\n"
    result = read_vcard_bytes(data, "big.vcf")
    contact = result.cards[0].contact
    assert contact.photo is None
    assert (contact.formatted_name, emails(contact)) == ("Big", ["b@x.org"])
    [problem] = result.problems
    assert problem.severity == "warning"
    assert "photo" in problem.reason
    assert (problem.file, problem.line) == ("big.vcf", 3)  # the PHOTO line, not the BEGIN


def test_a_card_cut_short_by_the_end_of_the_file_keeps_its_complete_lines() -> None:
    """The last card of a file cut mid-card was dropped whole, name, phone and all."""
    data = CARD + b"BEGIN:VCARD\r\nFN:Cut\r\nTEL:+34 612 34 56 78\r\nEMAIL:c@x.o"
    result = read_vcard_bytes(data, "cut.vcf")
    assert [card.contact.formatted_name for card in result.cards] == ["Jane Doe", "Cut"]
    cut = result.cards[1].contact
    assert ([p.raw for p in cut.phones], cut.emails) == (
        ["+34 612 34 56 78"],
        [],
    )  # half an address
    [problem] = result.problems
    assert (problem.file, problem.line, problem.severity) == ("cut.vcf", 7, "warning")
    assert problem.reason == (
        "card has no END:VCARD (file cut short?); imported what was read of it, without its "
        "last line (EMAIL), which was cut off"
    )


def test_a_card_cut_after_a_whole_line_keeps_every_line() -> None:
    data = CARD + b"BEGIN:VCARD\r\nFN:Cut\r\nEMAIL:c@x.org\r\n"
    result = read_vcard_bytes(data, "cut.vcf")
    assert emails(result.cards[1].contact) == ["c@x.org"]
    [problem] = result.problems
    assert problem.reason.endswith("imported what was read of it")


@pytest.mark.parametrize(
    "tail",
    [
        b"NOTE:one\r\n two\r\n thr",  # a folded line cut in its continuation
        b"NOTE;ENCODING=QUOTED-PRINTABLE:one=\r\ntwo=\r\nthr",  # soft breaks
    ],
)
def test_a_cut_line_goes_whole_with_its_continuations(tail: bytes) -> None:
    data = b"BEGIN:VCARD\r\nFN:Cut\r\n" + tail
    result = read_vcard_bytes(data, "cut.vcf")
    [card] = result.cards
    assert (card.contact.formatted_name, card.contact.notes) == ("Cut", "")
    assert "(NOTE)" in result.problems[0].reason


@pytest.mark.parametrize(
    "data",
    [
        CARD + b"BEGIN:VCARD\r\nNOTE:nothing to call it by\r\n",
        CARD + b"BEGIN:VCARD\r\nFN:Half a na",  # its only name line was cut
        b"BEGIN:VCARD\r\nFN:No End\r\n" + CARD,  # not the last: another card begins
    ],
)
def test_a_card_without_end_and_nothing_whole_to_name_it_by_is_rejected(data: bytes) -> None:
    result = read_vcard_bytes(data, "cut.vcf")
    assert [card.contact.formatted_name for card in result.cards] == ["Jane Doe"]
    [problem] = result.problems
    assert problem.severity == "error"
    assert problem.reason == "card has no END:VCARD (file cut short?); not imported"


def test_empty_binary_and_not_vcard(tmp_path: Path) -> None:
    for name, data, words in [
        ("empty.vcf", b"", "empty"),
        ("blank.vcf", b"\r\n  \n", "empty"),
        ("image.vcf", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        ("text.vcf", b"hello world\n", "no vCard"),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ImportFileError, match=words) as error:
            read_vcard_file(path)
        assert name in str(error.value)


def test_word_line_breaks_in_a_note_are_text_not_binary(tmp_path: Path) -> None:
    # Word writes a manual line break as a vertical tab; pasted into notes, a dozen of them
    # made a small file read as binary data and refused whole
    note = "\x0b".join(f"point {n}" for n in range(12))
    path = tmp_path / "word.vcf"
    path.write_bytes(f"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nNOTE:{note}\nEND:VCARD\n".encode())
    [card] = read_vcard_file(path).cards
    assert card.contact.formatted_name == "Ana"
    assert card.contact.notes.count("point") == 12


def test_unreadable_paths_and_too_big(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no such file"):
        read_vcard_file(tmp_path / "missing.vcf")
    with pytest.raises(ImportFileError, match="folder"):
        read_vcard_file(tmp_path)
    big = tmp_path / "big.vcf"
    with big.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: refused by size before any read
    with pytest.raises(ImportFileError, match="too big") as error:
        read_vcard_file(big)
    assert "big.vcf" in str(error.value)


def test_wrong_declared_charset_falls_back() -> None:
    data = b"BEGIN:VCARD\nN;CHARSET=UTF-8:M\xfcller;Hans\nFN;CHARSET=nonsense:Hans\nEND:VCARD\n"
    contact = one(data)
    assert contact.family_name == "Müller"
    assert contact.formatted_name == "Hans"


def test_cancelled_stops_early() -> None:
    result = read_vcard_bytes(CARD * 10, cancelled=lambda: True)
    assert result.cancelled
    assert result.cards == []


# -- the UTF-8 text path (build_text) against the Property path (build(tokenize)) ----------------

TRICKY_CARDS = [
    b"BEGIN:VCARD\nVERSION:3.0\nN:Nu\\;\\,\xc3\xb1ez;Ana\nFN:Ana\nEMAIL:a@x.org\nEMAIL:a@x.org\n"
    b"item1.EMAIL:b@x.org\nitem1.X-ABLabel:_$!<Work>!$_\nitem2.TEL:+34 600\nitem2.X-ABLabel:Boat\n"
    b"item3.NOTE:n\nitem3.X-ABLabel:note label\nX-ABLabel:no group\n"
    b"NOTE:one\\ntwo\nNOTE:three\r\\nfour\n"
    b"BDAY:1986-02-29\nBDAY:1990-01-01\nFN:Second FN\nCATEGORIES:a\\,b,c, a\n"
    b"ORG:Acme\\, Inc.;;Ventas\n"
    b"TEL;TYPE=CELL,pref:tel:+1 415 555 1234\nURL:https://x.org/\nX-SPOUSE:Bea\nX-FOO;BAR=1:baz\n"
    b"X-NETDESK-MET-AT:feria\\, Madrid\nANNIVERSARY:2001-06-01\nPHOTO;VALUE=uri:https://x/p.jpg\n"
    b"item4.X-ABDATE:2001-01-01\nitem4.X-ABLabel:_$!<Anniversary>!$_\n#comment: skipped\n\n"
    b"ADR;TYPE=HOME:;;Calle 1;Madrid;;28013;Espa\xc3\xb1a\nADR:;;;;;;\nEND:VCARD\n",
    b"BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=ISO-8859-1:M\xfcller\nEND:VCARD\n",
    b"BEGIN:VCARD\nVERSION:2.1\nNOTE;ENCODING=QUOTED-PRINTABLE:a=\nb\nEND:VCARD\n",
    b'BEGIN:VCARD\nVERSION:3.0\nX-A;P="x:y":v\nFN:Q\nEND:VCARD\n',
    b"BEGIN:VCARD\nVERSION:2.1\nFN:NoColon\nBROKEN LINE\nEND:VCARD\n",
    b"BEGIN:VCARD\nVERSION:3.0\nFN:F\nitem1.X-NETDESK-FIELD:v\nitem1.X-ABLabel:Shoe size\n"
    b"END:VCARD\n",
]


def test_text_path_builds_the_same_contacts_as_the_property_path(corpus: Path) -> None:
    from netdesk.interop import vcard_read as reader
    from netdesk.interop import vcard_tokens as tokens

    blobs = [path.read_bytes() for path in sorted(corpus.glob("*/*.vcf"))] + TRICKY_CARDS
    on_text_path: list[bytes] = []
    for blob in blobs:
        data = tokens.normalise_line_ends(blob)
        decoder = reader._Decoder(data)
        for chunk in tokens.split_cards(data):
            if chunk.body is None:
                continue
            try:
                text = chunk.body.decode("utf-8")
            except UnicodeDecodeError:
                continue
            text_problems: list[object] = []
            built = reader._CardBuilder(decoder, "f", chunk.line, text_problems).build_text(text)  # type: ignore[arg-type]
            if built is None:
                assert text_problems == []  # nothing reported before handing over
                continue
            on_text_path.append(blob)
            problems: list[object] = []
            expected = reader._CardBuilder(decoder, "f", chunk.line, problems).build(  # type: ignore[arg-type]
                tokens.tokenize(chunk.body), chunk.body
            )
            assert built == expected, chunk.body
            assert text_problems == problems, chunk.body
    assert len(on_text_path) >= 30
    assert TRICKY_CARDS[0] in on_text_path  # the card of quirks took the text path
    assert not any(card in on_text_path for card in TRICKY_CARDS[1:])  # these need tokenize


def test_each_card_carries_a_digest_of_its_text() -> None:
    from netdesk.interop.vcard_read import ParsedVCard

    ana = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n"
    ben = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben\r\nEND:VCARD\r\n"
    first = read_vcard_bytes(ana + ben).cards
    again = read_vcard_bytes(ben + ana.replace(b"\r\n", b"\n")).cards  # other order, bare LF
    assert all(isinstance(card, ParsedVCard) for card in first + again)
    digests = [card.digest for card in first]  # type: ignore[attr-defined]
    assert len(set(digests)) == 2 and all(len(d) == 32 for d in digests)
    assert [card.digest for card in again] == digests[::-1]  # type: ignore[attr-defined]
    changed = read_vcard_bytes(ana.replace(b"FN:Ana", b"FN:Ana G.")).cards[0]
    assert changed.digest != digests[0]  # type: ignore[attr-defined]


def test_cards_the_caller_knows_are_not_read_until_asked() -> None:
    from netdesk.interop.vcard_read import ParsedVCard

    data = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEMAIL:ana@example.org\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Jos=E9\n"
        b"X-FOO:bar\nEND:VCARD\n"
    )
    plain = read_vcard_bytes(data, "two.vcf")
    asked: list[list[str]] = []

    def known(digests: list[str]) -> set[str]:
        asked.append(digests)
        return set(digests)

    result = read_vcard_bytes(data, "two.vcf", known=known)
    cards = [card for card in result.cards if isinstance(card, ParsedVCard)]
    assert asked == [[card.digest for card in plain.cards]]  # type: ignore[attr-defined]
    assert [(c.known, c.contact, c.line) for c in cards] == [
        (True, Contact(), 1),
        (True, Contact(), 6),
    ]
    problems: list[object] = []
    assert [c.read(problems) for c in cards] == [c.contact for c in plain.cards]  # type: ignore[arg-type]
    assert [c.known for c in cards] == [False, False]
    assert cards[1].contact.formatted_name == "José"


@pytest.mark.parametrize(("value", "days"), [("0", 0), ("30", 30), ("-5", None), ("36500", None)])
def test_a_keep_in_touch_rhythm_is_read_within_its_bounds(value: str, days: int | None) -> None:
    """0 is "never" (whatever the tags say); "-5" was stored and made an item due before the
    last talk. What is no rhythm is kept raw, said, and written back on export."""
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nN:;Ana;;;\r\n"
        f"X-NETDESK-KEEP-IN-TOUCH-DAYS:{value}\r\nEND:VCARD\r\n"
    )
    result = read_vcard_bytes(text.encode(), "ana.vcf")
    contact = result.cards[0].contact
    assert contact.keep_in_touch_days == days
    if days is None:
        assert [p.reason for p in result.problems] == [
            f"X-NETDESK-KEEP-IN-TOUCH-DAYS: {value!r} is not a number of days; kept unchanged"
            " as an extra property"
        ]
    else:
        assert result.problems == []
