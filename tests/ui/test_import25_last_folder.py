"""File > Import never looks at the last folder on the window's thread: on a network share
gone away that look waits for minutes, and the window froze with it."""

from __future__ import annotations

import os
import pathlib
import threading
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import IMPORT_FOLDER, ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _opened_in(controller: ImportController) -> str:
    """The folder File > Import's dialog opens in (the dialog is then cancelled)."""
    opened: list[str] = []

    def look(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        opened.append(widget.directory().absolutePath())
        widget.reject()

    answers = ModalAnswers("Cancel", look)
    try:
        controller.choose_and_import()
    finally:
        answers.stop()
    assert len(opened) == 1, "no file dialog was shown"
    return opened[0]


def test_a_last_folder_that_does_not_answer_leaves_the_window_alone(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "office share"
    share.mkdir()
    app_context.settings.set(IMPORT_FOLDER, str(share))
    hung = threading.Event()  # the share answers once the test lets it
    looked_from: list[threading.Thread] = []
    is_dir, isdir = pathlib.Path.is_dir, os.path.isdir

    def share_gone(path: object, plain: object) -> bool:
        if os.fspath(path) == str(share):  # type: ignore[call-overload]
            looked_from.append(threading.current_thread())
            hung.wait(5)
        return bool(plain(path))  # type: ignore[operator]

    monkeypatch.setattr(pathlib.Path, "is_dir", lambda self, **kw: share_gone(self, is_dir))
    monkeypatch.setattr(os.path, "isdir", lambda path: share_gone(path, isdir))
    controller = ImportController(app_context, None)
    try:
        opened = _opened_in(controller)
        again = _opened_in(controller)  # File > Import again: the look still waits
    finally:
        hung.set()
    assert looked_from, "the last folder was not looked at"
    assert threading.main_thread() not in looked_from
    assert Path(opened) == Path(again) == Path.home()  # it did not answer in time
    assert len(looked_from) == 1  # no second thread stuck on it
    assert not controller.busy
    qtbot.waitUntil(lambda: not controller.unanswered)  # answered at last: looked at again
    assert Path(_opened_in(controller)) == share


def test_the_dialog_opens_in_the_last_folder_when_it_answers(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    last = tmp_path / "exports"
    last.mkdir()
    app_context.settings.set(IMPORT_FOLDER, str(last))
    controller = ImportController(app_context, None)
    assert Path(_opened_in(controller)) == last
    app_context.settings.set(IMPORT_FOLDER, str(tmp_path / "gone"))  # moved away since
    assert Path(_opened_in(controller)) == Path.home()
