"""The preview's differences tell two contacts of one name apart."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.importing import ImportPlan, PlannedCard
from netdesk.core.merging import FieldConflict
from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _merge(existing_id: int, line: int, conflict: FieldConflict, **fields: object) -> PlannedCard:
    contact = Contact(display_name=fields.pop("name", "Amelia Davies"), **fields)  # type: ignore[arg-type]
    return PlannedCard(contact, "/d/phone.vcf", line, "merge", existing_id, conflicts=[conflict])


def test_namesakes_among_the_differences_are_named_with_their_company_or_email(
    qtbot: QtBot,
) -> None:
    """Two people named Amelia Davies, each with a job title the file has otherwise: both
    rows read "Amelia Davies · Job title", which to tick for which one could not be told."""
    plan = ImportPlan(files=["/d/phone.vcf"])
    plan.cards = [
        _merge(7, 1, FieldConflict("title", "Product Manager", "Head of Product"),
               organization="Nimbus Analytics"),
        _merge(9, 11, FieldConflict("title", "Data Scientist", "Chief Data Scientist"),
               emails=[EmailAddress("amelia@acme.example")]),
        _merge(9, 11, FieldConflict("birthday", "1989-01-19", "1989-01-20"),
               emails=[EmailAddress("amelia@acme.example")]),
        _merge(12, 20, FieldConflict("title", "CTO", "CEO"), name="Ben Stone",
               organization="Initech"),
    ]  # fmt: skip
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    model = dialog.conflict_model
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == [
        "Amelia Davies (Nimbus Analytics)",
        "Amelia Davies (amelia@acme.example)",
        "Amelia Davies (amelia@acme.example)",
        "Ben Stone",  # no namesake: as before
    ]
