"""Preferences opens wide enough to show its folders' paths whole."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def shown_whole(edit: QLineEdit) -> bool:
    """The field's text (or its grey default) fits: nothing scrolled out of sight."""
    text = edit.text() or edit.placeholderText()
    frame_and_margins = 12  # the frame, Qt's own margin, and a pixel or two of air
    return edit.fontMetrics().horizontalAdvance(text) + frame_and_margins <= edit.width()


@pytest.fixture
def home() -> Iterator[Path]:
    """A folder with a path about as long as a home's (/home/ana/.local/share/netdesk):
    pytest's own are longer than the test screen (800 pixels) can show beside the labels."""
    folder = Path(tempfile.mkdtemp(prefix="home-of-ana-"))
    yield folder
    shutil.rmtree(folder)


@pytest.fixture
def context(home: Path, clock: FixedClock) -> Iterator[AppContext]:
    paths = Paths(home / "netdesk-data")
    paths.data_dir.mkdir()
    core = Core.open(paths, clock)
    yield AppContext.create(paths, core, home / "netdesk.log")
    core.close()


def test_the_folders_paths_are_shown_whole(qtbot: QtBot, context: AppContext, home: Path) -> None:
    feed = home / "Nextcloud-calendars"
    feed.mkdir()
    assert context.settings.set(s.ICS_FOLDER, str(feed))
    dialog = PreferencesDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.width() > 600  # what it was, whatever the paths: "/tmp/home-of-marg…"
    for edit in (dialog.backup_folder.edit, dialog.ics_folder.edit, dialog.data_folder):
        assert shown_whole(edit), edit.accessibleName()


def test_no_wider_than_the_screen(qtbot: QtBot, context: AppContext, home: Path) -> None:
    feed = home.joinpath(*["a-long-folder-name-for-the-calendar-feed"] * 8)
    feed.mkdir(parents=True)
    assert context.settings.set(s.ICS_FOLDER, str(feed))
    dialog = PreferencesDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.frameGeometry().width() <= dialog.screen().availableGeometry().width()
    assert shown_whole(dialog.data_folder)  # the others whole as before
