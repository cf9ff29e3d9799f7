"""What netdesk itself stores comes back whole from its own export (moving to a new computer):
a card at the editor's own maxima (a one-line field as long as a QLineEdit holds, a box of free
text of 100,000 characters, a thousand tags) round-trips through vCard 3.0, 4.0 and CSV with no
loss and no warning. The limits on import cut a 2,500-character job title and 120 tags."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from netdesk.core.records import Contact, CustomField, EmailAddress, PhoneNumber, WebLink
from netdesk.interop import limits
from netdesk.interop.csv_write import write_csv
from netdesk.interop.csvfile import read_contacts_file
from netdesk.interop.vcard import write_vcards


def _text(length: int) -> str:
    """``length`` characters of what escaping and quoting lengthen (ends in a letter: a CSV
    cell's spaces at either end are taken off)."""
    return ('Ñandú 山田, \\; "x" ' * length)[: length - 1] + "x"


def test_a_line_field_holds_what_the_editors_line_holds(qapp: object) -> None:
    """The limit of a one-line field is what the card's QLineEdit lets a person write."""
    assert QLineEdit().maxLength() <= limits.NAME_CHARS
    assert QLineEdit().maxLength() <= min(limits.EMAIL_CHARS, limits.LINK_CHARS, limits.TAG_CHARS)


@pytest.mark.parametrize("kind", ["4.0", "3.0", "csv"])
def test_a_card_at_netdesks_own_maxima_comes_back_whole(tmp_path: Path, kind: str) -> None:
    line = _text(32_767)  # QLineEdit's maxLength
    title = _text(2_500)
    box = ("what they do, at length; \\ 😀\n" * 10_000)[:99_999] + "x"
    contact = Contact(
        given_name="Ana",
        family_name=line,
        organization=line,
        title=title,
        what_they_do=box,
        emails=[EmailAddress("a" * 3_000 + "@example.org", "work")],
        urls=[WebLink("https://example.org/" + "p" * 20_000)],
        phones=[PhoneNumber(f"+34 600 {n:06d}") for n in range(limits.VALUES_OF_A_KIND)],
        custom_fields=[CustomField("Long", box)] if kind != "csv" else [],
        tags=[f"tag {n}" for n in range(120)] + ["t" * 5_000] + [f"more {n}" for n in range(879)],
        uid="ana-1",
    )
    path = tmp_path / ("export.csv" if kind == "csv" else "export.vcf")
    text = write_csv([contact]) if kind == "csv" else write_vcards([contact], kind)
    path.write_bytes(text.encode("utf-8"))
    result = read_contacts_file(path)
    assert [problem.reason for problem in result.problems] == []
    back = result.cards[0].contact
    assert (back.family_name, back.organization, back.title) == (line, line, title)
    assert back.what_they_do == box
    assert [e.value for e in back.emails] == [e.value for e in contact.emails]
    assert [u.value for u in back.urls] == [u.value for u in contact.urls]
    assert [p.raw for p in back.phones] == [p.raw for p in contact.phones]
    assert [(f.label, f.value) for f in back.custom_fields] == [
        (f.label, f.value) for f in contact.custom_fields
    ]
    assert back.tags == contact.tags
    assert len(back.tags) == limits.TAGS_PER_CARD
