"""Merge two contacts and a group's Merge… with many fields of their own to choose between
(two full cards of one person, from two address books): the dialog grew to show every row,
746 and 901 px high for 13 rows, past the bottom of a 1366x768 screen at 125% (about 580
free), Merge and Cancel out of reach. Within a smaller screen the dialog's body scrolls
instead, the buttons below it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress, PartialDate
from netdesk.ui.context import AppContext
from netdesk.ui.merge_dialog import MergeTwoDialog
from netdesk.ui.merge_group_dialog import MergeGroupDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

FREE = QRect(0, 0, 1093, 580)


def _full_card(app_context: AppContext, n: int) -> int:
    return app_context.core.contacts.create(
        Contact(
            given_name=f"Dan{n}", family_name=f"Kurtz{n}", additional_names=f"M{n}",
            prefix=f"Dr{n}", suffix=f"Jr{n}", nickname=f"Danny{n}", title=f"CTO{n}",
            organization=f"SAP{n}", department=f"Labs{n}", birthday=PartialDate(1980 + n, 3, 9),
            anniversary=PartialDate(2000 + n, 1, 1), met_at=f"Conference {n}",
            met_on=PartialDate(2020 + n, 1, 1), keep_in_touch_days=30 * n,
            what_they_do=f"work {n}", looking_for=f"wants {n}", can_offer=f"offers {n}",
            emails=[EmailAddress("dan@example.org")],
        )
    )  # fmt: skip


def _shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("group", [False, True], ids=["two", "group"])
def test_many_rows_scroll_within_a_small_screen(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch, group: bool
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: FREE)
    ids = [_full_card(app_context, n) for n in (1, 2, 3)]
    dialog = _shown(
        qtbot,
        MergeGroupDialog(app_context, ids, None)
        if group
        else MergeTwoDialog(app_context, ids[0], ids[1], None),
    )
    assert len(dialog.rows) >= 10  # type: ignore[attr-defined]
    assert dialog.frameGeometry().height() <= FREE.height()
    assert dialog.minimumHeight() <= FREE.height()
    merge = dialog.merge_button  # type: ignore[attr-defined]
    assert merge.isVisible()
    assert dialog.rect().contains(merge.geometry().translated(merge.parentWidget().pos()))
    # every row can still be reached: the rows scroll
    last = list(dialog.rows.values())[-1]  # type: ignore[attr-defined]
    area = dialog.body_area  # type: ignore[attr-defined]
    area.ensureWidgetVisible(next(iter(last.values())))
    assert area.verticalScrollBar().value() > 0


def test_with_room_every_row_shows_without_scrolling(qtbot: QtBot, app_context: AppContext) -> None:
    ids = [_full_card(app_context, n) for n in (1, 2)]
    dialog = _shown(qtbot, MergeTwoDialog(app_context, ids[0], ids[1], None))
    area = dialog.body_area
    assert area.verticalScrollBar().maximum() == 0  # nothing hidden below
