"""Cancel during File > Export calendar… leaves the calendar file as it was: the work read
no Cancel, wrote the file all the same and said "Calendar saved" after "Cancelling…"."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, PartialDate
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_cancel_while_the_calendar_is_built_leaves_the_file_as_it_was(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.interop import ical

    main_window.context.core.contacts.create(
        Contact(given_name="Ana", birthday=PartialDate(1990, 5, 1))
    )
    building = threading.Event()
    go_on = threading.Event()
    real = ical.calendar_bytes

    def slow(*args: object, **kwargs: object) -> bytes:
        building.set()
        assert go_on.wait(10)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ical, "calendar_bytes", slow)
    folder = tmp_path / "Calendars"
    folder.mkdir()
    target = folder / "netdesk.ics"
    target.write_text("last week's calendar")

    def save_as(chooser: QWidget) -> None:
        assert isinstance(chooser, QFileDialog)
        chooser.setOption(QFileDialog.Option.DontConfirmOverwrite)  # "replace it?" answered
        chooser.selectFile(str(target))
        chooser.accept()

    answers = ModalAnswers("OK", act=save_as)
    main_window.statusBar().clearMessage()
    main_window.calendar_action.trigger()
    answers.stop()
    qtbot.waitUntil(building.is_set, timeout=5000)
    (operation,) = Operation.running_now()
    with qtbot.waitSignal(operation.cancelled, timeout=5000):
        operation.cancel()
        go_on.set()
    assert target.read_text() == "last week's calendar"
    assert sorted(p.name for p in folder.iterdir()) == ["netdesk.ics"]
    assert "Calendar saved" not in main_window.statusBar().currentMessage()
