"""Unexpected errors: logged, and told in one dialog on the GUI thread, from any thread."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from netdesk.ui.errors import ErrorReporter


class Boxes:
    """Answers each error dialog as it opens, noting its texts and the thread it ran on."""

    def __init__(self, qtbot: QtBot, button: str = "Close") -> None:
        self.seen: list[tuple[str, str, bool]] = []
        self.button = button
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        on_gui_thread = box.thread() is QApplication.instance().thread()  # built there
        self.seen.append((box.text(), box.informativeText(), on_gui_thread))
        wanted = next(b for b in box.findChildren(QPushButton) if b.text() == self.button)
        wanted.click()


@pytest.fixture
def reporter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ErrorReporter:
    made = ErrorReporter(tmp_path / "logs" / "netdesk.log")
    monkeypatch.setattr(sys, "excepthook", made.hook)
    return made


def test_an_error_in_a_slot_is_logged_and_told(
    qtbot: QtBot, reporter: ErrorReporter, caplog: pytest.LogCaptureFixture
) -> None:
    boxes = Boxes(qtbot)

    def broken_slot() -> None:
        raise RuntimeError("the card could not be drawn")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(boxes.seen) == 1)
    text, informative, _ = boxes.seen[0]
    assert text == "An unexpected error happened: the card could not be drawn"
    assert str(reporter.log_file) in informative
    assert "RuntimeError: the card could not be drawn" in caplog.text
    assert len(reporter.errors) == 1


def test_an_error_on_a_worker_thread_is_told_on_the_gui_thread(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    boxes = Boxes(qtbot)

    class BrokenJob(QRunnable):
        def run(self) -> None:
            raise ValueError("the backup worker tripped")

    QThreadPool.globalInstance().start(BrokenJob())
    qtbot.waitUntil(lambda: len(boxes.seen) == 1)
    text, _, on_gui_thread = boxes.seen[0]
    assert text == "An unexpected error happened: the backup worker tripped"
    assert on_gui_thread
    assert "ValueError: the backup worker tripped" in reporter.errors[0]


def test_open_log_folder(
    qtbot: QtBot, reporter: ErrorReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    boxes = Boxes(qtbot, button="Open log folder")
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(boxes.seen) == 1)
    assert [url.toLocalFile() for url in opened] == [str(reporter.log_file.parent)]


def test_not_interactive_only_logs_and_prints(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quiet = ErrorReporter(tmp_path / "netdesk.log", interactive=False)
    try:
        raise KeyError("x")
    except KeyError as error:
        quiet.hook(KeyError, error, error.__traceback__)
    assert QApplication.activeModalWidget() is None
    assert "KeyError: 'x'" in capsys.readouterr().err
