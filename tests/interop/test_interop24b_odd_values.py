"""A vCard's EMAIL, TEL or URL that is not an address, a number or a web page is said, naming
the line and the property; an e-mail or a link is kept as a field of its own (text, never a
link to open), as the CSV reader does with an e-mail without an "@", and a phone stays a
phone (the card's editor keeps one too). The CSV reader says the same of phones and links."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.importing import import_files
from netdesk.interop.csvfile import read_contacts_file
from netdesk.interop.odd_values import not_a_link

CARD = [
    "BEGIN:VCARD",  # 1
    "VERSION:3.0",  # 2
    "FN:Ana Gil",  # 3
    "EMAIL:not an email",  # 4
    "TEL:call me maybe",  # 5
    "URL:javascript:alert(1)",  # 6
    "EMAIL;TYPE=work:ana@example.org",  # 7
    "TEL:+34 600 000 001",  # 8
    "URL:https://example.org/ana",  # 9
    "END:VCARD",
]
KEPT = [("E-mail (as written)", "not an email"), ("Web page (as written)", "javascript:alert(1)")]


@pytest.mark.parametrize("extra", ["", "X-PHONETIC;CHARSET=UTF-8:ana"])
def test_a_vcards_odd_values_are_said_and_kept_as_fields(tmp_path: Path, extra: str) -> None:
    lines = CARD[:3] + ([extra] if extra else []) + CARD[3:]  # either reading path
    path = tmp_path / "odd.vcf"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    result = read_contacts_file(path)
    contact = result.cards[0].contact
    assert [e.value for e in contact.emails] == ["ana@example.org"]
    assert [p.raw for p in contact.phones] == ["call me maybe", "+34 600 000 001"]
    assert [u.value for u in contact.urls] == ["https://example.org/ana"]
    assert [(f.label, f.value) for f in contact.custom_fields] == KEPT
    shift = 1 if extra else 0
    assert [(p.file, p.line, p.severity, p.reason) for p in result.problems] == [
        (
            str(path),
            4 + shift,
            "warning",
            "EMAIL: 'not an email' is not an e-mail address; kept as the field "
            "'E-mail (as written)'",
        ),
        (
            str(path),
            5 + shift,
            "warning",
            "TEL: 'call me maybe' is not a phone number (no digits); kept as written",
        ),
        (
            str(path),
            6 + shift,
            "warning",
            "URL: 'javascript:alert(1)' is not a link to a web page; kept as the field "
            "'Web page (as written)', not as a link",
        ),
    ]


def test_a_csvs_odd_phone_and_link_are_said_naming_the_column(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["First Name", "E-mail Address", "Mobile Phone", "Web Page"])
        writer.writerow(["Ben", "ben@example.org", "+34 600 1", "www.example.org"])
        writer.writerow(["Ana", "not an email", "call me maybe", "javascript:alert(1)"])
    result = read_contacts_file(path)
    ben, ana = (card.contact for card in result.cards)
    assert (ben.custom_fields, len(ben.phones), len(ben.urls)) == ([], 1, 1)
    assert (ana.emails, ana.urls) == ([], [])
    assert [p.raw for p in ana.phones] == ["call me maybe"]
    assert [(f.label, f.value) for f in ana.custom_fields] == KEPT
    assert [(p.line, p.reason) for p in result.problems] == [
        (3, "'not an email' is not an e-mail address; kept as the field 'E-mail (as written)'"),
        (
            3,
            "Mobile Phone: 'call me maybe' is not a phone number (no digits); kept as written",
        ),
        (
            3,
            "Web Page: 'javascript:alert(1)' is not a link to a web page; kept as the field "
            "'Web page (as written)', not as a link",
        ),
    ]


def test_no_javascript_link_is_stored_as_a_link(core: Core, tmp_path: Path) -> None:
    path = tmp_path / "odd.vcf"
    sneaky = ["URL: JaVa\tScript:alert(1)", "URL:data:text/html,<script>x</script>"]
    path.write_text("\r\n".join([*CARD[:-1], *sneaky, "END:VCARD"]) + "\r\n", encoding="utf-8")
    summary = import_files(core, [str(path)])
    stored = core.contacts.get(summary.contact_ids[0])
    assert [u.value for u in stored.urls] == ["https://example.org/ana"]
    assert len(stored.custom_fields) == 4


@pytest.mark.parametrize(
    ("value", "odd"),
    [
        ("https://example.org", False),
        ("www.example.org", False),
        ("example.org:8080/page", False),
        ("mailto:ana@example.org", False),
        ("javascript:alert(1)", True),
        (" \x01javascript:alert(1)", True),
        ("java\nscript:alert(1)", True),
        ("vbscript:msgbox", True),
        ("file:///etc/passwd", True),
        ("data:text/html,<script>alert(1)</script>", True),
        # a contact's other addresses stay links: netdesk's own export writes them
        ("skype:ana.lopez?call", False),
        ("sip:ana@example.org", False),
        ("xmpp:ana@example.org", False),
    ],
)
def test_what_is_a_link(value: str, odd: bool) -> None:
    assert not_a_link(value) is odd
