"""Opening a folder in the file manager, from the four places that offer it: where nothing
opens it, a box says where the folder is, its path selectable to copy.

The offscreen platform the tests run on has no file manager at all (``QDesktopServices.
openUrl`` returns False, with its complaint); a URL handler registered for ``file`` stands
for a desktop that has one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from netdesk.core.paths import Paths
from netdesk.ui.context import AppContext
from netdesk.ui.damaged_database import DamagedDatabase
from netdesk.ui.errors import ErrorReporter
from netdesk.ui.preferences import PreferencesDialog
from netdesk.ui.widgets import open_folder

pytestmark = pytest.mark.qt_log_ignore(
    "does not support QPlatformServices::openDocument", "does not support propagateSizeHints"
)

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


class Seen:
    """Closes each "folder not opened" box as it opens, noting its text and whether its path
    can be selected; clicks ``first`` (a button's text) on any other box, else its first
    button."""

    def __init__(self, first: str = "") -> None:
        self.first = first
        self.boxes: list[tuple[str, bool]] = []
        self.others: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        if box.objectName() == "folderNotOpened":
            label = next((lb for lb in box.findChildren(QLabel) if lb.text() == box.text()), None)
            selectable = label is not None and bool(label.textInteractionFlags() & SELECTABLE)
            self.boxes.append((f"{box.text()}\n{box.informativeText()}", selectable))
            box.done(0)
        elif box.objectName() != "damagedDatabase":  # (answered by its test)
            self.others.append(box.text())
            wanted = [b for b in box.findChildren(QPushButton) if b.text() == self.first]
            (wanted[0] if wanted else box.buttons()[0]).click()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def seen() -> Iterator[Callable[..., Seen]]:
    made: list[Seen] = []

    def start(first: str = "") -> Seen:
        made.append(Seen(first))
        return made[-1]

    yield start
    for one in made:
        one.stop()


def said(folder: Path) -> str:
    return (
        f"No file manager could open this folder:\n{folder}\n"
        # (not "from a file manager", just said to have failed)
        "Open it yourself in a file manager or a terminal; select the path to copy it."
    )


class Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


def test_a_folder_opened_says_nothing_more(qtbot: QtBot, tmp_path: Path, seen) -> None:  # type: ignore[no-untyped-def]
    handler = Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    boxes = seen()
    try:
        assert open_folder(None, tmp_path) is True
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert handler.urls == [str(tmp_path)]
    assert boxes.boxes == [] and boxes.others == []


def test_nothing_to_open_it_says_where_it_is(qtbot: QtBot, tmp_path: Path, seen) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "a folder"
    folder.mkdir()
    boxes = seen()
    assert open_folder(None, folder) is False
    assert boxes.boxes == [(said(folder), True)]


def test_preferences_open_data_folder(
    qtbot: QtBot,
    app_context: AppContext,
    seen,  # type: ignore[no-untyped-def]
) -> None:
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    boxes = seen()
    assert prefs.open_data_folder() is False
    assert boxes.boxes == [(said(app_context.paths.data_dir), True)]
    assert boxes.others == []


def test_help_open_log_folder(qtbot: QtBot, main_window, seen) -> None:  # type: ignore[no-untyped-def]
    boxes = seen()
    main_window.log_folder_action.trigger()
    # said in a box, not in a status bar line that went by in 0 s (a message with no timeout
    # that the next hover over a menu took away)
    assert boxes.boxes == [(said(main_window.context.log_file.parent), True)]


def test_error_box_open_log_folder(
    qtbot: QtBot,
    tmp_path: Path,
    seen,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reporter = ErrorReporter(tmp_path / "logs" / "netdesk.log")
    monkeypatch.setattr(sys, "excepthook", reporter.hook)
    boxes = seen("Open log folder")
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(boxes.boxes) == 1)
    assert boxes.others == ["An unexpected error happened: division by zero"]
    assert boxes.boxes == [(said(tmp_path / "logs"), True)]


def test_damaged_database_open_data_folder(
    qtbot: QtBot,
    tmp_data_dir: Path,
    seen,  # type: ignore[no-untyped-def]
) -> None:
    paths = Paths(tmp_data_dir)
    paths.database.write_text("not a database")
    rescue = DamagedDatabase(paths, "file is not a database", tmp_data_dir / "netdesk.log")
    clicks = ["openDataFolder", "quit"]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "damagedDatabase":
            wanted = clicks.pop(0)
            next(b for b in box.buttons() if b.objectName() == wanted).click()

    answering = QTimer()
    answering.timeout.connect(answer)
    answering.start(5)
    boxes = seen()
    try:
        assert rescue.ask() is False
    finally:
        answering.stop()
    assert boxes.boxes == [(said(tmp_data_dir), True)]
    assert boxes.others == []
    assert clicks == []  # the damaged database's box came back after it
