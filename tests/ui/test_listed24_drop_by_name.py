"""A drag entering the window is taken or refused by its files' names: no look at the disk
(a network folder that does not answer froze the window), and a dropped folder still imports."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from netdesk.ui.import_flow import ImportController
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

BEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEMAIL:ben@example.org\r\nEND:VCARD\r\n"
ACTION, BUTTONS, KEYS = (
    Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
)  # fmt: skip


def _files(*paths: Path | str) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return data


def _offered(window: MainWindow, data: QMimeData) -> bool:
    enter = QDragEnterEvent(QPoint(5, 5), ACTION, data, BUTTONS, KEYS)
    enter.ignore()
    window.dragEnterEvent(enter)
    return enter.isAccepted()


def test_a_drag_is_told_by_its_names_without_a_look_at_the_disk(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under a mount that is not there (as a network share that does not answer), a name with
    no suffix may be a folder: offered, the worker finds out; a contact file too."""
    import netdesk.ui.drag  # noqa: F401  (imported before the disk is closed to Python)

    def no_disk(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"the disk was looked at: {args}")

    share = "/listed24-share-not-mounted/people"
    with monkeypatch.context() as closed:
        for name in ("stat", "lstat", "scandir", "listdir", "access"):
            closed.setattr(os, name, no_disk)
        offered = [
            _offered(main_window, _files(f"{share}/Clients")),
            _offered(main_window, _files(f"{share}/ana.VCF", f"{share}/sheet.tsv")),
        ]
    assert offered == [True, True]


def test_a_folder_with_a_dot_in_its_name_is_offered_a_picture_is_not(
    main_window: MainWindow, tmp_path: Path
) -> None:
    """Any other name costs one look: a folder ("Contacts.2024") may be dropped, a picture
    or a text file is refused at once."""
    folder = tmp_path / "Contacts.2024"
    folder.mkdir()
    for name in ("photo.png", "notes.txt", "paper.PDF"):
        (tmp_path / name).write_bytes(b"x")
    offered = [
        _offered(main_window, _files(folder)),
        _offered(main_window, _files(tmp_path / "photo.png")),
        _offered(main_window, _files(tmp_path / "notes.txt", tmp_path / "paper.PDF")),
        _offered(main_window, _files(tmp_path / "photo.png", folder)),
    ]
    assert offered == [True, False, False, True]


def test_a_folder_dropped_on_the_window_is_imported(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "Clients"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "ben.vcf").write_text(BEN, encoding="utf-8")
    data = _files(folder)
    assert _offered(main_window, data)
    drop = QDropEvent(QPoint(5, 5), ACTION, data, BUTTONS, KEYS)
    main_window.dropEvent(drop)
    assert drop.isAccepted()
    controller = main_window._import_controller()
    assert isinstance(controller, ImportController)
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    assert controller.paths == [str(folder)]
    preview = controller.preview
    assert preview is not None
    assert len(preview.rows.new) == 1
    preview.reject()
