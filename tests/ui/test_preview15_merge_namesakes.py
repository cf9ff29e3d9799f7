"""The preview's To merge tab tells two contacts of one name apart, as Differences does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.types import Contact, EmailAddress
from netdesk.ui import import_flow
from netdesk.ui.import_flow import planned_preview
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _card(name: str, email: str, phone: str) -> str:
    given, family = name.split()
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:{family};{given};;;\r\n"
        f"EMAIL:{email}\r\nTEL:{phone}\r\nEND:VCARD\r\n"
    )


def test_namesakes_to_merge_are_named_with_their_company_or_email(
    qtbot: QtBot, core: Core, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Two Amelia Davies of yours, each getting a phone from the file: the tab listed two
    rows "Amelia Davies · Phones", and whom each was could not be told."""
    for company, email in (
        ("Nimbus Analytics", "amelia@nimbus.example"),
        ("", "amelia@acme.example"),
    ):
        core.contacts.create(
            Contact(given_name="Amelia", family_name="Davies", organization=company,
                    emails=[EmailAddress(email)])
        )  # fmt: skip
    core.contacts.create(Contact(given_name="Ben", family_name="Stone", organization="Initech",
                                 emails=[EmailAddress("ben@initech.example")]))  # fmt: skip
    phone = tmp_path / "phone.vcf"
    phone.write_text(
        _card("Amelia Davies", "amelia@nimbus.example", "+44 20 7946 0001")
        + _card("Amelia Davies", "amelia@acme.example", "+44 20 7946 0002")
        + _card("Ben Stone", "ben@initech.example", "+44 20 7946 0003")
    )
    plan, rows = planned_preview(core, [str(phone)], {}, lambda _done, _all: None, lambda: False)
    # the plan is frozen for the collector until the import ends (import_flow._end thaws it):
    # left frozen, every later test in this process ran with the collector off their objects
    request.addfinalizer(import_flow._thaw_plan)
    dialog = ImportPreviewDialog(plan, rows=rows)
    qtbot.addWidget(dialog)
    model = dialog.merge_model
    shown = [(model.index(row, 0).data(), model.index(row, 2).data()) for row in range(3)]
    assert shown == [
        ("Amelia Davies (Nimbus Analytics)", "phone.vcf:1"),
        ("Amelia Davies (amelia@acme.example)", "phone.vcf:8"),  # no company: the e-mail
        ("Ben Stone", "phone.vcf:15"),  # no namesake: as before
    ]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Amelia Davies (Nimbus Analytics)"
