"""Choose photo… opens in Pictures, then where the last photo was chosen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PIL import Image
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def choose(main_window: MainWindow, picture: Path | None) -> str:
    """Choose photo… with ``picture`` picked (None: cancelled); the folder it opened in."""
    opened: list[str] = []

    def pick(chooser: QWidget) -> None:
        assert isinstance(chooser, QFileDialog)
        opened.append(chooser.directory().absolutePath())
        if picture is None:
            chooser.reject()
        else:
            chooser.selectFile(str(picture))
            chooser.accept()

    answers = ModalAnswers("OK", act=pick)
    main_window.card.choose_photo()
    answers.stop()
    return opened[0]


def test_choose_photo_opens_in_pictures_then_where_the_last_photo_was(
    main_window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    person,  # type: ignore[no-untyped-def]
) -> None:
    pictures = Path(os.environ["HOME"]) / "Pictures"
    pictures.mkdir()
    elsewhere = tmp_path / "started-here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the folder netdesk happened to be started from
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    holiday = tmp_path / "holiday"
    holiday.mkdir()
    picture = holiday / "ana.png"
    Image.new("RGB", (60, 40), (200, 80, 40)).save(picture)

    assert choose(main_window, picture) == str(pictures)  # was the working folder
    qtbot.waitUntil(lambda: main_window.card.dirty)  # read on a worker
    assert main_window.card.save()
    assert app_context.core.contacts.get(ana).photo is not None
    assert choose(main_window, None) == str(holiday)
    assert choose(main_window, None) == str(holiday)  # cancelling forgets nothing
