"""Find duplicates, Manage tags, the import preview and the CSV column question open at the
size the user last gave them (each was back at its first size at every opening)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.csv_mapping import CsvMappingDialog
from netdesk.ui.duplicates_dialog import DuplicatesDialog
from netdesk.ui.import_flow import ImportController
from netdesk.ui.tags_dialog import TagsDialog
from netdesk.ui.widgets import window_room

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

BEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEMAIL:ben@example.org\r\nEND:VCARD\r\n"


def _close_if_open(dialog: QDialog) -> None:
    if dialog.isVisible():
        dialog.done(0)


def _resized_and_closed(qtbot: QtBot, dialog: QDialog, close_with: str) -> tuple[int, int]:
    """``dialog`` shown, made larger by the user, then closed as a user closes it."""
    qtbot.addWidget(dialog, before_close_func=_close_if_open)
    with qtbot.waitExposed(dialog):
        dialog.show()
    room, least = window_room(dialog), dialog.minimumSizeHint()
    wanted = (  # larger, as far as the screen has room, its frame too (the offscreen one is small)
        max(least.width(), min(dialog.width() + 137, room.width() - 7)),
        max(least.height(), min(dialog.height() + 61, room.height() - 9)),
    )
    dialog.resize(*wanted)
    assert (dialog.width(), dialog.height()) == wanted
    size = (dialog.width(), dialog.height())
    if close_with == "reject":
        dialog.reject()  # Esc, Close, the title bar's close
    else:
        dialog.accept()
    return size


def test_find_duplicates_opens_at_the_size_it_was_given(
    qtbot: QtBot, app_context: AppContext
) -> None:
    app_context.core.contacts.create(Contact(given_name="Ana"))
    first = DuplicatesDialog(app_context)
    qtbot.waitUntil(lambda: first.searched, timeout=10_000)
    size = _resized_and_closed(qtbot, first, "reject")
    again = DuplicatesDialog(app_context)
    qtbot.addWidget(again, before_close_func=_close_if_open)
    with qtbot.waitExposed(again):
        again.show()
    assert (again.width(), again.height()) == size
    qtbot.waitUntil(lambda: again.searched, timeout=10_000)


def test_manage_tags_opens_at_the_size_it_was_given(qtbot: QtBot, app_context: AppContext) -> None:
    app_context.core.contacts.create(Contact(given_name="Ana", tags=["mentor"]))
    size = _resized_and_closed(qtbot, TagsDialog(app_context), "reject")
    again = TagsDialog(app_context)
    qtbot.addWidget(again, before_close_func=_close_if_open)
    with qtbot.waitExposed(again):
        again.show()
    assert (again.width(), again.height()) == size


def test_the_import_preview_opens_at_the_size_it_was_given(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "ben.vcf"
    path.write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    assert controller.preview is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        size = _resized_and_closed(qtbot, controller.preview, "reject")  # Cancel
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    again = controller.preview
    assert again is not None
    qtbot.addWidget(again, before_close_func=_close_if_open)
    with qtbot.waitExposed(again):
        again.show()
    assert (again.width(), again.height()) == size


def test_the_column_question_opens_at_the_size_it_was_given(
    qtbot: QtBot, app_context: AppContext
) -> None:
    def asked() -> CsvMappingDialog:
        return CsvMappingDialog(
            "odd.csv", ["Person"], {"Person": "full_name"}, ["Dana Lee"],
            settings=app_context.settings,
        )  # fmt: skip

    size = _resized_and_closed(qtbot, asked(), "accept")
    again = asked()
    qtbot.addWidget(again, before_close_func=_close_if_open)
    with qtbot.waitExposed(again):
        again.show()
    assert (again.width(), again.height()) == size


def test_a_size_larger_than_the_screen_is_brought_within_it(
    qtbot: QtBot, app_context: AppContext
) -> None:
    app_context.settings.save_geometry("tags_dialog_size", QByteArray(b"90000x70000"))
    dialog = TagsDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=_close_if_open)
    room = dialog.screen().availableGeometry()
    assert 0 < dialog.width() <= room.width()
    assert 0 < dialog.height() <= room.height()


@pytest.mark.parametrize("saved", [b"", b"wide", b"x", b"-5x300", b"\xff\xfex1"])
def test_a_size_that_is_not_one_leaves_the_dialog_at_its_first_size(
    qtbot: QtBot, app_context: AppContext, saved: bytes
) -> None:
    app_context.settings.save_geometry("tags_dialog_size", QByteArray(saved))
    dialog = TagsDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=_close_if_open)
    assert (dialog.width(), dialog.height()) == (560, 420)


def test_the_preview_opened_smaller_fits_its_columns_to_its_width(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Its columns were made for a table 636 pixels wide (a hidden dialog's, whatever its
    size) and a File column of at least 100: opened at 560, they ran past its edge."""
    from netdesk.core.importing import ImportPlan, PlannedCard
    from netdesk.core.types import EmailAddress
    from netdesk.ui.import_preview import ImportPreviewDialog

    app_context.settings.save_geometry("import_preview_size", QByteArray(b"560x400"))
    plan = ImportPlan(files=["/tmp/some.vcf"])
    zoe = Contact(given_name="Zoë", display_name="Zoë Brandt",
                  organization="Very Long Organisation Name International",
                  emails=[EmailAddress("zoe@example.org")])  # fmt: skip
    plan.cards.append(PlannedCard(contact=zoe, file="/tmp/some.vcf", line=1, action="new"))
    dialog = ImportPreviewDialog(plan, settings=app_context.settings)
    qtbot.addWidget(dialog, before_close_func=_close_if_open)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.width() == 560
    table = dialog.new_table
    columns = [table.columnWidth(c) for c in range(4)]
    assert sum(columns) <= table.viewport().width()  # no column past the edge
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())  # laid out again
    assert columns[3] >= table.sizeHintForColumn(3)  # the File column whole
