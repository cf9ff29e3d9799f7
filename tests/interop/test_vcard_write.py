"""Tests for netdesk/interop/vcard_write.py: folding, versions, and a hostile-text round trip.

vCard cannot tell CRLF from LF inside a value (both are written ``\\n``), so the round trip
compares texts with every CRLF and CR turned into LF.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netdesk.core.types import (
    Contact,
    CustomField,
    EmailAddress,
    PartialDate,
    PhoneNumber,
    PostalAddress,
    RelatedPerson,
    WebLink,
)
from netdesk.interop.vcard import derived_formatted_name, read_vcard_bytes, write_vcards
from netdesk.interop.vcard_write import fold

HOSTILE = st.sampled_from(
    [",", ";", "\\", ":", "\n", "\r\n", "\r", " ", "😀", "שלום", "مرحبا", "ñ", '"', "=", "\t"]
)
TEXT = st.lists(
    st.one_of(
        HOSTILE,
        st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
        st.text("ab ", min_size=80, max_size=200),  # very long lines
    ),
    max_size=6,
).map("".join)
TRIMMED = TEXT.map(str.strip)
NONEMPTY = TRIMMED.filter(bool)
EMAILS = TRIMMED.map(lambda text: f"{text}@x.org".strip())
PHONES = TRIMMED.map(lambda text: f"1 {text}".strip())
LINKS = TRIMMED.map(lambda text: f"https://{text}".strip())
LABELS = st.sampled_from(["", "home", "work", "mobile", "work fax", "other", "club", "pager"])
DATES = st.one_of(
    st.dates()
    .filter(lambda d: d.year not in (1604,) and d.year >= 1)
    .map(lambda d: PartialDate(d.year, d.month, d.day)),
    st.dates().map(lambda d: PartialDate(None, d.month, d.day)),
)
RAW = st.builds(
    lambda name, value: f"X-RAW-{name};X-P=1:{value}",
    st.text("ABCDEFGHIJ0123456789-", min_size=1, max_size=8),
    TEXT.map(lambda text: text.replace("\r", "").replace("\n", "")),
)


@st.composite
def contacts(draw: st.DrawFn) -> Contact:
    address = st.builds(
        PostalAddress,
        label=LABELS,
        preferred=st.booleans(),
        po_box=TEXT,
        street=TEXT,
        locality=TEXT,
        region=TEXT,
        postal_code=TEXT,
        country=TEXT,
    ).filter(lambda a: not a.is_empty())
    return Contact(
        given_name=draw(TEXT),
        family_name=draw(TEXT),
        additional_names=draw(TEXT),
        prefix=draw(TEXT),
        suffix=draw(TEXT),
        nickname=draw(TEXT),
        formatted_name=draw(TEXT),
        organization=draw(TEXT),
        department=draw(TEXT),
        title=draw(TEXT),
        notes=draw(TEXT),
        birthday=draw(st.none() | DATES),
        anniversary=draw(st.none() | DATES),
        photo=draw(st.none() | st.binary(min_size=1, max_size=300).map(lambda b: b"\xff\xd8" + b)),
        photo_url=draw(st.sampled_from(["", "https://example.org/a%20b.jpg?x=1"])),
        uid=draw(TRIMMED),
        met_on=draw(st.none() | DATES),
        met_at=draw(TEXT),
        what_they_do=draw(TEXT),
        looking_for=draw(TEXT),
        can_offer=draw(TEXT),
        keep_in_touch_days=draw(st.none() | st.integers(0, 3650)),
        archived=draw(st.booleans()),
        # (what each holds around its hostile text: an "@", a digit, a web page's scheme; an
        # import says of others that they are not one, interop/odd_values.py)
        emails=draw(st.lists(st.builds(EmailAddress, EMAILS, LABELS, st.booleans()), max_size=3)),
        phones=draw(st.lists(st.builds(PhoneNumber, PHONES, LABELS, st.booleans()), max_size=3)),
        addresses=draw(st.lists(address, max_size=2)),
        urls=draw(st.lists(st.builds(WebLink, LINKS, LABELS, st.booleans()), max_size=2)),
        related=draw(
            st.lists(
                st.builds(
                    RelatedPerson,
                    label=st.sampled_from(["spouse", "friend", "", "assistant", "best friend"]),
                    name=NONEMPTY,
                ),
                max_size=2,
            )
        ),
        custom_fields=draw(st.lists(st.builds(CustomField, TEXT, TEXT), max_size=2)),
        tags=draw(st.lists(NONEMPTY, max_size=3, unique=True)),
        raw_properties=draw(st.lists(RAW, max_size=3)),
    )


def _lf(value: object) -> object:
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, list):
        return [_lf(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, PartialDate):
            return value
        return type(value)(
            **{f.name: _lf(getattr(value, f.name)) for f in dataclasses.fields(value)}
        )
    return value


def expected_after_round_trip(contact: Contact) -> Contact:
    expected = _lf(contact)
    assert isinstance(expected, Contact)
    expected.formatted_name = _lf(derived_formatted_name(contact))  # type: ignore[assignment]
    expected.source = "vcard"
    expected.source_file = "<memory>"
    expected.related = [
        RelatedPerson(label=person.label, name=_lf(person.name))  # type: ignore[arg-type]
        for person in contact.related
    ]
    return expected


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(contact=contacts(), version=st.sampled_from(["4.0", "3.0"]))
def test_round_trip_keeps_every_field(contact: Contact, version: str) -> None:
    text = write_vcards([contact], version)
    for line in text.split("\r\n"):
        assert len(line.encode()) <= 75
    result = read_vcard_bytes(text.encode())
    assert result.problems == []
    [card] = result.cards
    assert card.contact == expected_after_round_trip(contact)


def test_fold_never_splits_a_character() -> None:
    line = "NOTE:" + "é😀" * 60
    folded = fold(line)
    assert folded.endswith("\r\n")
    pieces = folded[:-2].split("\r\n")
    assert all(len(piece.encode()) <= 75 for piece in pieces)
    assert pieces[0] + "".join(piece[1:] for piece in pieces[1:]) == line


def test_fold_never_ends_a_piece_with_an_equals_sign() -> None:
    # a quoted-printable 2.1 line kept as written: '=' at a line's end is a soft break to a reader
    for head in ("LABEL;ENCODING=QUOTED-PRINTABLE:", "LABEL;CHARSET=UTF-8;QUOTED-PRINTABLE:é"):
        for shift in range(4):
            line = head + "x" * shift + "M=C3=BCnsterplatz 21=0D=0A89073 Ulm" * 6
            pieces = fold(line)[:-2].split("\r\n")
            assert all(not piece.endswith("=") for piece in pieces)
            assert all(len(piece.encode()) <= 75 for piece in pieces)
            assert pieces[0] + "".join(piece[1:] for piece in pieces[1:]) == line
            raw = read_vcard_bytes(
                f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\n{fold(line)}END:VCARD\r\n".encode()
            )
            assert raw.cards[0].contact.raw_properties == [line]


def test_a_run_of_equals_signs_outside_quoted_printable_folds_at_full_width() -> None:
    """Keeping "=" off the ends of every line cut a "=====" rule in a note one "=" a line."""
    for line in ("NOTE:A" + "=" * 200, "NOTE:é" + "=" * 200 + "€" * 30):
        pieces = fold(line)[:-2].split("\r\n")
        assert len(pieces) <= len(line.encode()) // 74 + 1
        assert all(len(piece.encode()) <= 75 for piece in pieces)
        assert pieces[0] + "".join(piece[1:] for piece in pieces[1:]) == line
        card = read_vcard_bytes(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n{fold(line)}END:VCARD\r\n".encode()
        )
        assert card.cards[0].contact.notes == line[5:]


def test_versions_and_photo_encodings() -> None:
    contact = Contact(given_name="Ana", family_name="Gil", photo=b"\x89PNG\r\n\x1a\nxx")
    contact.birthday = PartialDate(None, 4, 15)
    four = write_vcards([contact], "4.0")
    three = write_vcards([contact], "3.0")
    assert four.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Gil\r\nN:Gil;Ana;;;\r\n")
    assert "PHOTO:data:image/png;base64," in four
    assert "BDAY:--04-15" in four
    assert "PHOTO;ENCODING=b;TYPE=PNG:" in three
    # Apple's convention, with the mark readers go by (khal, Nextcloud took 1604 for a year)
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15" in three
    for text in (four, three):
        assert read_vcard_bytes(text.encode()).cards[0].contact.birthday == contact.birthday
    # 3.0 has no ANNIVERSARY: Apple's labelled date, which Apple and Google read
    for anniversary, written in (
        (PartialDate(None, 6, 2), "X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-06-02"),
        (PartialDate(2015, 6, 20), "X-ABDATE:2015-06-20"),
    ):
        contact.anniversary = anniversary
        three = write_vcards([contact], "3.0")
        assert f"nd1.{written}\r\nnd1.X-ABLabel:_$!<Anniversary>!$_\r\n" in three
        [card] = read_vcard_bytes(three.encode()).cards
        assert (card.contact.anniversary, card.contact.raw_properties) == (anniversary, [])


def test_corpus_raw_properties_written_back(corpus) -> None:  # type: ignore[no-untyped-def]
    from netdesk.interop.vcard import read_vcard_file

    # every file: 2.1 cards keep quoted-printable lines (12.vcf's LABEL folded after an '=')
    for path in sorted(corpus.rglob("*.vcf")):
        name = path.name
        contacts_read = [card.contact for card in read_vcard_file(path).cards]
        for version in ("4.0", "3.0"):
            again = read_vcard_bytes(write_vcards(contacts_read, version).encode(), name)
            for before, after in zip(contacts_read, again.cards, strict=True):
                assert after.contact.raw_properties == before.raw_properties
                assert after.contact.photo == before.photo


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_labels_the_user_typed_come_back_as_typed(version: str) -> None:
    contact = Contact(
        given_name="Ana",
        phones=[
            PhoneNumber("+34 600 000 001", "Boat phone"),
            PhoneNumber("+34 600 000 002", "work"),
        ],
        emails=[EmailAddress("ana@x.org", "Club NL")],
        urls=[WebLink("https://x.org/ana", "LinkedIn")],
    )
    [card] = read_vcard_bytes(write_vcards([contact], version).encode(), "ana.vcf").cards
    again = card.contact
    assert [p.label for p in again.phones] == ["Boat phone", "work"]
    assert [e.label for e in again.emails] == ["Club NL"]
    assert [u.label for u in again.urls] == ["LinkedIn"]


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_control_characters_are_not_written(version: str) -> None:
    """A note pasted from Word holds a vertical tab for each manual line break: written as it
    was, the export broke the vCard grammar (no control character but the tab in a value) and
    netdesk's own import refused the whole file as "binary data"."""
    import re

    import vobject

    contact = Contact(
        given_name="Ana\x00",
        family_name="Ruiz\x1b[0m",
        notes="Agenda:\x0b- budget\x0b- hiring\x0c- Q3\x7f\tdone",
        title="CTO\x08",
        raw_properties=["X-KEPT:a\x01b"],
    )
    text = write_vcards([contact], version)
    assert re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text) is None
    result = read_vcard_bytes(text.encode() * 3)  # three cards: netdesk reads the file
    assert result.problems == []
    again = result.cards[0].contact
    assert again.notes == "Agenda:\n- budget\n- hiring\n- Q3\tdone"  # line breaks stay breaks
    assert (again.given_name, again.family_name, again.title) == ("Ana", "Ruiz[0m", "CTO")
    assert again.raw_properties == ["X-KEPT:ab"]
    assert vobject.readOne(text).note.value == again.notes


def test_a_relation_apple_knows_is_written_in_its_words() -> None:
    """3.0 has no RELATED: Apple's labelled name, where 'spouse' written plain was a label the
    user had typed (shown as typed, in English, and no 'my wife' for Siri)."""
    contact = Contact(
        given_name="Ana",
        related=[RelatedPerson("spouse", "Luis"), RelatedPerson("best friend", "Eva")],
    )
    three = write_vcards([contact], "3.0")
    assert "nd1.X-ABRELATEDNAMES:Luis\r\nnd1.X-ABLabel:_$!<Spouse>!$_\r\n" in three
    assert "nd2.X-ABRELATEDNAMES:Eva\r\nnd2.X-ABLabel:best friend\r\n" in three
    [card] = read_vcard_bytes(three.encode()).cards
    assert [(p.label, p.name) for p in card.contact.related] == [
        ("spouse", "Luis"),
        ("best friend", "Eva"),
    ]
    assert card.contact.raw_properties == []


def test_a_cjk_name_typed_without_a_formatted_name_is_written_family_name_first() -> None:
    """A contact typed into netdesk as given 太郎, family 山田 (no FN) is shown 山田太郎; its
    export's FN said "太郎 山田", which other address books then showed."""
    text = write_vcards([Contact(given_name="太郎", family_name="山田")], version="3.0")
    assert "\r\nFN:山田太郎\r\n" in text
    assert "\r\nN:山田;太郎;;;\r\n" in text


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_a_contact_known_by_a_nickname_alone_is_named_by_it(version: str) -> None:
    """netdesk shows "Bobby"; the export's FN was his e-mail (or his company), which other
    address books then showed as his name."""
    from netdesk.core.names import display_name

    bobby = Contact(nickname="Bobby", organization="Acme", emails=[EmailAddress("b@x.org")])
    text = write_vcards([bobby], version)
    assert "\r\nFN:Bobby\r\n" in text
    [card] = read_vcard_bytes(text.encode()).cards
    assert display_name(card.contact) == display_name(bobby) == "Bobby"
    assert card.contact.nickname == "Bobby"
