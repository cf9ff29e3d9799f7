"""Cancel in the middle of an export leaves the file there as it was, and nothing beside it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.export_dialog import ExportDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize("fmt", ["csv", "vcard3"])
def test_cancel_midway_keeps_the_old_file_and_leaves_nothing_beside_it(
    qtbot: QtBot,
    app_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    """The CSV export puts its rows aside in a temporary file in the target's folder while it
    reads: a cancel must take that away too, with the half-written export."""
    from netdesk.core import exporting

    monkeypatch.setattr(exporting, "_CHUNK", 2)
    for name in ("Ana", "Ben", "Cleo", "Dora", "Eli", "Fay"):
        app_context.core.contacts.create(Contact(given_name=name))
    reading = threading.Event()
    go_on = threading.Event()
    real = exporting.contacts_in_order
    read: list[Contact] = []

    def slow(ids: list[int]) -> Iterator[Contact]:
        for contact in real(ids):
            if len(read) == 3:  # a chunk written or put aside, the next begun: wait
                reading.set()
                assert go_on.wait(10)
            read.append(contact)
            yield contact

    monkeypatch.setattr(exporting, "contacts_in_order", slow)
    target = tmp_path / f"everyone.{'csv' if fmt == 'csv' else 'vcf'}"
    target.write_text("last week's export")
    dialog = ExportDialog(app_context, [])
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.export_to(str(target))
    assert dialog.operation is not None
    qtbot.waitUntil(reading.is_set, timeout=5000)
    with qtbot.waitSignal(dialog.operation.cancelled, timeout=5000):
        dialog.operation.cancel()
        go_on.set()
    assert dialog.written is None
    assert dialog.result() == 0  # not accepted: nothing was exported
    assert target.read_text() == "last week's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["data", target.name])
