"""Single instance: a second launch hands its files over; a stale socket is cleaned up."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from netdesk.core.paths import Paths
from netdesk.ui.single_instance import SingleInstance, server_name


def test_a_second_instance_hands_its_files_to_the_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: object
) -> None:
    paths = Paths(tmp_path / "data")
    first = SingleInstance(paths)
    assert first.listen()
    try:
        second = SingleInstance(paths)
        with qtbot.waitSignal(first.files_received, timeout=5000) as received:
            assert second.hand_over(["a.vcf", str(tmp_path / "b.csv")])
        assert received.args[0] == [str(Path("a.vcf").resolve()), str(tmp_path / "b.csv")]
    finally:
        first.close()


def test_no_running_instance_means_no_hand_over(tmp_path: Path) -> None:
    assert not SingleInstance(Paths(tmp_path / "data")).hand_over(["a.vcf"])


def test_each_data_folder_has_its_own_instance(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(Paths(tmp_path / "one"))
    assert first.listen()
    try:
        assert server_name(Paths(tmp_path / "one")) != server_name(Paths(tmp_path / "two"))
        with qtbot.assertNotEmitted(first.files_received):
            assert not SingleInstance(Paths(tmp_path / "two")).hand_over(["a.vcf"])
    finally:
        first.close()


def test_a_stale_socket_from_a_crash_is_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")
    stale = Path(QDir.tempPath()) / server_name(paths)
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(stale))  # bound, never listening: what a killed netdesk leaves behind
    dead.close()
    assert stale.exists()
    instance = SingleInstance(paths)
    assert not instance.hand_over(["x.vcf"])  # nobody answers on the stale socket
    assert instance.listen()
    try:
        with qtbot.waitSignal(instance.files_received, timeout=5000) as received:
            assert SingleInstance(paths).hand_over([])
        assert received.args == [[]]
    finally:
        instance.close()


def test_netdesk_cli_sees_a_running_window_and_will_not_restore_under_it(
    qtbot: QtBot, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """netdesk-cli restore over a damaged database renamed it while a running netdesk kept
    writing into the renamed file: a window on the folder now stops it, and nothing moves."""
    from netdesk import cli
    from netdesk.running import window_running

    paths = Paths(tmp_path / "data")
    paths.data_dir.mkdir()
    paths.database.write_bytes(b"this is no longer a database" * 100)
    from netdesk.core import Core
    from netdesk.core.types import Contact
    from netdesk.store import backup as backups

    sound = Core.open(Paths(tmp_path / "sound"))
    sound.contacts.create(Contact(given_name="Ana"))
    backup = backups.backup_to(tmp_path / "backup.sqlite3")
    sound.close()
    assert not window_running(paths)
    first = SingleInstance(paths)
    assert first.listen()
    try:
        assert window_running(paths)
        code = cli.main(["--data-dir", str(paths.data_dir), "restore", str(backup)])
        assert code == 1
        assert "netdesk is running on" in capsys.readouterr().err
        assert paths.database.read_bytes().startswith(b"this is no longer")
        assert sorted(p.name for p in paths.data_dir.iterdir() if "damaged" in p.name) == []
    finally:
        first.close()
    assert not window_running(paths)
