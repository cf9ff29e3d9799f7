"""The window started with NETDESK_DATA_DIR set but empty says so in a box: started from a
menu or at login, it exited with one line on a stderr nobody sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from netdesk import app


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            [],
            "NETDESK_DATA_DIR is set but empty: give the data folder's name, or unset it for "
            "the usual one. Nothing was read or written.",
        ),
        (["--data-dir", ""], "--data-dir is empty: give the data folder's name."),
    ],
)
def test_an_empty_data_folder_name_is_said_in_a_box(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: list[str],
    said: str,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home-data"))
    monkeypatch.setenv("NETDESK_DATA_DIR", "")
    seen: list[tuple[str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text()))
            box.done(0)

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(5)
    assert app.main(argv) == 2
    assert seen == [("netdesk cannot start", said)]
    assert not (tmp_path / "home-data").exists()
