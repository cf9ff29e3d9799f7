"""KAddressBook's anniversary (X-KADDRESSBOOK-X-Anniversary), as the corpus's KDE cards hold it."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.importing import plan_import
from netdesk.core.types import PartialDate


@pytest.mark.parametrize(
    ("name", "anniversary"),
    [
        ("KDE+kcontacts/vcard5.vcf", PartialDate(1982, 7, 7)),
        ("ical4j+ical4j-vcard/vcard-antoni-kontact.vcf", PartialDate(2008, 2, 15)),
    ],
)
def test_a_kaddressbook_anniversary_is_the_contacts_anniversary(
    core: Core, corpus_dir: Path, name: str, anniversary: PartialDate
) -> None:
    """Evolution's, Outlook's and Apple's were read as the anniversary; KDE's stayed an
    unmodelled line, which the card, the reminders and the calendar export did not see."""
    plan = plan_import(core, [str(corpus_dir / name)])
    contact = plan.cards[0].contact
    assert contact.anniversary == anniversary
    assert not [line for line in contact.raw_properties if "ANNIVERSARY" in line.upper()]


def test_a_kaddressbook_anniversary_that_is_no_date_is_kept_and_said(
    core: Core, tmp_path: Path
) -> None:
    path = tmp_path / "kde.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nX-KADDRESSBOOK-X-Anniversary:soon\r\n"
        b"END:VCARD\r\n"
    )
    plan = plan_import(core, [str(path)])
    assert plan.cards[0].contact.anniversary is None
    assert plan.cards[0].contact.raw_properties == ["X-KADDRESSBOOK-X-Anniversary:soon"]
    assert [(p.line, p.reason) for p in plan.problems] == [
        (4, "X-KADDRESSBOOK-X-ANNIVERSARY: 'soon' is not a date; kept unchanged as an extra "
         "property")
    ]  # fmt: skip
