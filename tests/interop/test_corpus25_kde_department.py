"""KAddressBook's department (X-KADDRESSBOOK-X-Department), as the corpus's KDE cards hold it."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.importing import plan_import
from netdesk.core.types import Contact


def read(core: Core, path: Path) -> Contact:
    plan = plan_import(core, [str(path)])
    assert plan.problems == []
    return plan.cards[0].contact


@pytest.mark.parametrize(
    ("name", "organization", "department"),
    [
        ("KDE+kcontacts/vcard5.vcf", "KDE", "Edutainment"),
        ("ical4j+ical4j-vcard/vcard-antoni-kontact.vcf", "Aperture Project",
         "Knowledge Management"),
    ],
)  # fmt: skip
def test_a_kaddressbook_department_is_the_contacts_department(
    core: Core, corpus_dir: Path, name: str, organization: str, department: str
) -> None:
    """KAddressBook writes a bare ORG and the department apart: it stayed an unmodelled line
    the card's Department field never showed."""
    contact = read(core, corpus_dir / name)
    assert (contact.organization, contact.department) == (organization, department)
    assert not [line for line in contact.raw_properties if "DEPARTMENT" in line.upper()]


@pytest.mark.parametrize("org_first", [True, False])
@pytest.mark.parametrize("org", [b"ORG", b"ORG;CHARSET=UTF-8"])  # the text and property paths
def test_the_unit_of_org_comes_first_and_the_other_is_kept(
    core: Core, tmp_path: Path, org_first: bool, org: bytes
) -> None:
    lines = [org + b":Acme;Sales", b"X-KADDRESSBOOK-X-Department:Marketing"]
    if not org_first:
        lines.reverse()
    path = tmp_path / "kde.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\n" + b"\r\n".join(lines) + b"\r\nEND:VCARD\r\n"
    )
    contact = read(core, path)
    assert (contact.organization, contact.department) == ("Acme", "Sales")
    assert contact.raw_properties == ["X-KADDRESSBOOK-X-Department:Marketing"]
