"""Single instance: a second launch hands its files over; a stale socket is cleaned up."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDir, QObject, Signal
from pytestqt.qtbot import QtBot

from netdesk.core.paths import Paths
from netdesk.ui import single_instance
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


def test_a_handed_over_link_is_named_as_given(qtbot: QtBot, tmp_path: Path) -> None:
    """Resolved, a link to a file gone since reached the running window as its target
    ('/nonexistent/x.vcf: no such file'), a name the user never gave."""
    paths = Paths(tmp_path / "data")
    link = tmp_path / "bad" / "dangling.vcf"
    link.parent.mkdir()
    link.symlink_to("/nonexistent/x.vcf")
    first = SingleInstance(paths)
    assert first.listen()
    try:
        with qtbot.waitSignal(first.files_received, timeout=5000) as received:
            assert SingleInstance(paths).hand_over([str(link)])
        assert received.args[0] == [str(link)]
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


def test_a_launch_while_the_first_starts_hands_over_to_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first takes the name before it opens the database: a launch meanwhile (two files
    opened at once) hands over to it instead of starting a second netdesk on the folder. What
    it hands over is passed on once the first listens (its window is ready)."""
    monkeypatch.setattr(single_instance, "REPLY_TIMEOUT_MS", 200)
    paths = Paths(tmp_path / "data")
    first = SingleInstance(paths)
    assert not first.hand_over([])  # nobody runs: it starts, and holds the name from now on
    try:
        second = SingleInstance(paths)
        with qtbot.assertNotEmitted(first.files_received):
            assert second.hand_over(["a.vcf"])  # the first is not answering yet: it waits
        assert second.server is None
        with qtbot.waitSignal(first.files_received, timeout=5000) as received:
            assert first.listen()
        assert received.args == [[str(Path("a.vcf").resolve())]]
    finally:
        first.close()


def test_a_later_listen_never_takes_the_name_from_a_running_netdesk(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The stale-socket clean-up removed a live netdesk's socket: two netdesks then wrote the
    one database, and later launches went to the second."""
    paths = Paths(tmp_path / "data")
    first = SingleInstance(paths)
    assert first.listen()
    try:
        assert not SingleInstance(paths).listen()
        with qtbot.waitSignal(first.files_received, timeout=5000) as received:
            assert SingleInstance(paths).hand_over(["c.vcf"])
        assert received.args == [[str(Path("c.vcf").resolve())]]
    finally:
        first.close()


def test_a_netdesk_too_busy_to_answer_gets_the_files_and_is_not_started_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A running netdesk that did not answer within 3 s (busy, stopped) was taken for none: a
    second netdesk started on the folder, and the first imported the files too once awake."""
    monkeypatch.setattr(single_instance, "REPLY_TIMEOUT_MS", 200)
    paths = Paths(tmp_path / "data")
    where = Path(QDir.tempPath()) / server_name(paths)
    busy = socket.socket(socket.AF_UNIX)
    busy.bind(str(where))
    busy.listen(5)  # connections queue; nothing reads them yet
    try:
        launch = SingleInstance(paths)
        assert launch.hand_over(["late.vcf"])
        assert launch.server is None
        connection, _ = busy.accept()  # once awake, the running netdesk reads them
        with connection:
            assert json.loads(connection.recv(4096)) == {"files": [str(Path("late.vcf").resolve())]}
    finally:
        busy.close()
        where.unlink()


def test_quitting_gives_the_name_up(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A launch while netdesk quits (rolling an import back, finishing a backup) starts anew:
    handed over, its files would wait in a socket nobody reads again."""

    class App(QObject):
        aboutToQuit = Signal()

    app = App()
    monkeypatch.setattr(single_instance, "QCoreApplication", SimpleNamespace(instance=lambda: app))
    paths = Paths(tmp_path / "data")
    first = SingleInstance(paths)
    assert first.listen()
    app.aboutToQuit.emit()
    launch = SingleInstance(paths)
    assert not launch.hand_over(["x.vcf"])
    assert launch.server is not None
    launch.close()


def test_netdesk_cli_will_not_upgrade_the_database_under_an_older_running_window(
    qtbot: QtBot, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """After a package upgrade, the new netdesk-cli migrated the database while the older
    window kept writing by the old schema's rules (a contact without a UID in a schema-13
    file)."""
    import sqlite3

    from netdesk import cli
    from netdesk.core import Core
    from netdesk.store.migrations import SCHEMA_VERSION

    paths = Paths(tmp_path / "data")
    Core.open(paths).close()
    with sqlite3.connect(paths.database) as older:  # as an older netdesk left it
        older.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    first = SingleInstance(paths)
    assert first.listen()
    try:
        assert cli.main(["--data-dir", str(paths.data_dir), "stats"]) == 1
        assert "an older netdesk is running on" in capsys.readouterr().err
    finally:
        first.close()
    with sqlite3.connect(paths.database) as after:
        assert after.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1
