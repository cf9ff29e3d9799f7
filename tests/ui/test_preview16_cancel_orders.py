"""Cancel pressed while the preview's lists are being worked out (after the files are read)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.importing import ImportCancelled
from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController, planned_preview
from netdesk.ui.import_rows import NewCardModel
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _cards(path: Path, count: int) -> Path:
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Stone{n};Ben;;;\r\nFN:Ben Stone{n}\r\n"
            f"ORG:Acme {n % 7}\r\nEMAIL:ben{n}@example.org\r\nEND:VCARD\r\n"
            for n in range(count)
        ),
        encoding="utf-8",
    )
    return path


def test_cancel_once_the_files_are_read_stops_the_orders(core: Core, tmp_path: Path) -> None:
    """The plan is made (progress at its end), Cancel comes while the orders of its cards are
    worked out: they stop there, and no preview's lists come back to be shown."""
    path = _cards(tmp_path / "cards.vcf", 300)
    asked = {"after": 0}
    read: list[bool] = []

    def progress(done: int, total: int) -> None:
        read.append(done == total)

    def cancelled() -> bool:
        if read and read[-1]:  # the files are read: Cancel pressed now
            asked["after"] += 1
            return True
        return False

    with pytest.raises(ImportCancelled):
        planned_preview(core, [str(path)], {}, progress, cancelled)
    assert asked["after"] == 1  # heard at the first step of the orders, none worked out after


def test_orders_stop_at_cancel(core: Core, tmp_path: Path) -> None:
    """CardOrders itself asks between its steps."""
    with pytest.raises(ImportCancelled):
        NewCardModel.orders([], lambda: True)


def test_cancel_pressed_as_the_reading_ends_opens_no_preview(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Cancel pressed when the work had just ended (its result on its way to the window): the
    preview did open, as if nobody had pressed Cancel."""
    path = _cards(tmp_path / "cards.vcf", 20)
    controller = ImportController(app_context, None)
    pressed = []

    def press_cancel_once_read() -> None:
        # the files' listing is done and the reading started; wait for its end on the worker
        # without letting the window hear of it, then press Cancel
        reading = controller.operation
        assert reading is not None and reading is not listing
        Operation.pool().waitForDone()
        assert reading.running
        reading.cancel()
        pressed.append(reading)

    with qtbot.waitSignal(controller.finished, timeout=10_000) as ended:
        controller.start([str(path)])
        listing = controller.operation
        assert listing is not None
        listing.ended.connect(press_cancel_once_read)
    assert pressed
    assert ended.args == [None]
    assert controller.preview is None
    assert not controller.busy


def test_cancel_pressed_as_the_files_listing_ends_reads_nothing(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Cancel pressed as the first step (listing the files, sniffing CSVs) had just ended: the
    files were read all the same, and their preview opened."""
    path = _cards(tmp_path / "cards.vcf", 20)
    controller = ImportController(app_context, None)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as ended:
        controller.start([str(path)])
        listing = controller.operation
        assert listing is not None
        Operation.pool().waitForDone()  # listed; the window has not heard it yet
        listing.cancel()
    assert ended.args == [None]
    assert controller.operation is listing  # no reading started after it
    assert controller.preview is None
    assert not controller.busy
