"""The import preview gives a long company the room the other columns leave."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.importing import ImportPlan, PlannedCard
from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def preview(qtbot: QtBot, company: str) -> ImportPreviewDialog:
    plan = ImportPlan(files=["/tmp/some.vcf"])
    plan.cards.append(
        PlannedCard(
            contact=Contact(
                given_name="Zoë",
                display_name="Zoë Brandt",
                organization=company,
                emails=[EmailAddress("zoe@example.org")],
            ),
            file="/tmp/some.vcf",
            line=1,
            action="new",
        )
    )
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.tabs.setCurrentWidget(dialog.new_table)
    return dialog


def test_a_company_a_little_over_a_third_is_shown_whole(qtbot: QtBot) -> None:
    table = preview(qtbot, "").new_table
    third = table.viewport().width() // 3
    company = "Very Long Organisation Name"
    while table.fontMetrics().horizontalAdvance(company) < third + 20:
        company += " International"
    table = preview(qtbot, company).new_table
    needed = table.sizeHintForColumn(1)
    assert needed > third  # cut at a third, as it was: "Very Long Organisation Name Inc…"
    assert table.columnWidth(1) >= needed  # the room was there: the File column's blank
    file_column = table.columnViewportPosition(3)
    assert file_column + table.sizeHintForColumn(3) <= table.viewport().width()


def test_a_company_wider_than_the_table_is_still_cut(qtbot: QtBot) -> None:
    table = preview(qtbot, "Internationale Gesellschaft für Zusammenarbeit " * 4).new_table
    # E-mail and File stay in sight, the company's whole in its tooltip
    assert 0 < table.columnViewportPosition(3) < table.viewport().width()
    assert table.columnWidth(1) < table.sizeHintForColumn(1)
