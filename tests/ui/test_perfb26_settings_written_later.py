"""Settings kept in passing reach the disk once a burst of writes pauses, and at quit."""

from __future__ import annotations

import configparser
import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

from netdesk.ui import settings as s
from netdesk.ui.settings import Settings
from tests.app_probe import run_probe


def on_disk(path: Path) -> configparser.ConfigParser:
    """The file as written, read without QSettings (which would share what is not)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return parser


@pytest.fixture
def syncs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file of each QSettings.sync netdesk calls."""
    calls: list[str] = []
    sync = QSettings.sync

    def counted(self: QSettings) -> None:
        calls.append(self.fileName())
        sync(self)

    monkeypatch.setattr(QSettings, "sync", counted)
    return calls


def test_a_burst_of_writes_reaches_the_disk_in_one_sync_after_a_pause(
    qtbot: QtBot, tmp_path: Path, syncs: list[str]
) -> None:
    """A sync (17 ms, 348 ms once on a slow disk) ran at each write on the GUI thread: each
    step of a splitter drag, each sort or filter chosen."""
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    for order in ("last_interaction", "next_due", "name", "next_due"):
        assert settings.set(s.SORT_ORDER, order)
        settings.save_geometry("main_splitter", QByteArray(order.encode()))
    settings.set(s.LIST_FILTER, "tag:friends")
    assert syncs == []
    assert settings.get(s.SORT_ORDER) == "next_due"  # in use at once
    assert not path.exists()

    qtbot.waitUntil(lambda: path.exists(), timeout=s.SYNC_DELAY_MS + 3000)
    assert syncs == [str(path)]
    written = on_disk(path)
    assert written["window"]["sort_order"] == "next_due"
    assert written["window"]["list_filter"] == "tag:friends"
    again = Settings(path)
    assert again.geometry("main_splitter") == QByteArray(b"next_due")

    settings.set(s.LIST_FILTER, "tag:family")
    assert Settings(path).get(s.LIST_FILTER) == "tag:family"  # shared, as QSettings shares


def test_a_choice_the_user_made_is_written_at_once_and_takes_what_waits_with_it(
    tmp_path: Path, syncs: list[str]
) -> None:
    """Preferences tells when its values could not be saved: they are on disk before set()
    returns."""
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.set(s.SORT_ORDER, "next_due")
    assert settings.set(s.BACKUPS_TO_KEEP, 9)
    assert len(syncs) == 1
    assert on_disk(path)["backups"]["keep_daily"] == "9"
    assert on_disk(path)["window"]["sort_order"] == "next_due"


def test_what_waits_is_written_when_the_settings_go_and_not_into_a_vanished_folder(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    settings = Settings(data / "settings.ini")
    settings.set(s.SORT_ORDER, "next_due")
    del settings
    gc.collect()
    assert on_disk(data / "settings.ini")["window"]["sort_order"] == "next_due"

    settings = Settings(data / "settings.ini")
    settings.set(s.LIST_FILTER, "tag:work")
    moved = tmp_path / "moved"
    data.rename(moved)
    assert not settings.flush()
    del settings
    gc.collect()
    assert not data.exists()  # not made again to hold settings.ini alone
    assert "list_filter" not in on_disk(moved / "settings.ini")["window"]


QUIT_AFTER_WRITES = """
import sys
from netdesk import app
from netdesk.ui import settings as s

def first_paint(window):
    def started():
        from PySide6.QtCore import QByteArray, QThreadPool
        from PySide6.QtWidgets import QApplication

        from netdesk.ui.operations import Operation

        QThreadPool.globalInstance().waitForDone()  # the daily backup
        Operation.pool().waitForDone()  # the tray's calendar feed
        def write():
            window.context.settings.set(s.SORT_ORDER, "next_due")
            window.context.settings.save_geometry("tags_size", QByteArray(b"640x480"))

        if "HOW" == "window":
            write()
            window.quit()  # Ctrl+Q: the window saves its state
        else:  # set as the event loop ends, after the window saved its state
            QApplication.instance().aboutToQuit.connect(write)
            QApplication.instance().quit()

    window.started_up.connect(started)

sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""


@pytest.mark.parametrize("how", ["window", "app"])
def test_what_was_set_just_before_quitting_is_on_disk_after(tmp_data_dir: Path, how: str) -> None:
    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact

    core = Core.open(Paths(tmp_data_dir))
    core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    core.close()
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    result = run_probe(QUIT_AFTER_WRITES.replace("HOW", how), tmp_data_dir)
    assert result.returncode == 0, result.stderr
    written = on_disk(tmp_data_dir / "settings.ini")
    assert written["window"]["sort_order"] == "next_due"
    assert Settings(tmp_data_dir / "settings.ini").geometry("tags_size") == QByteArray(b"640x480")
