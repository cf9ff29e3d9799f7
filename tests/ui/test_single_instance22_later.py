"""The usual start takes its single-instance name once its first page is on screen: QtNetwork
is not loaded before that paint, and a launch made meanwhile waits for the name and hands
over to it, as it did when the name was taken before the database opened."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from app_probe import run_probe
from PySide6.QtCore import QDir, QLockFile
from pytestqt.qtbot import QtBot

from netdesk.core.paths import Paths
from netdesk.ui.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]

LAUNCH = """
import sys
from PySide6.QtCore import QCoreApplication
from netdesk.core.paths import Paths
from netdesk.ui.single_instance import SingleInstance

app = QCoreApplication([])
print("looking", flush=True)
launch = SingleInstance(Paths(sys.argv[1]))
print("handed" if launch.hand_over([sys.argv[2]]) else "started", flush=True)
launch.close()
"""


def _lock_of(paths: Paths) -> QLockFile:
    return QLockFile(str(Path(QDir.tempPath()) / f"{server_name(paths)}.lock"))


def test_a_launch_while_the_name_waits_for_the_first_paint_hands_over(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = Paths(tmp_path / "data")
    first = SingleInstance(paths)
    assert not first.hand_over([], take=False)  # nobody runs: the name is taken later
    assert first.taking_later
    assert first.server is None
    launch = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, str(paths.data_dir), str(tmp_path / "a.vcf")],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert launch.stdout is not None
        assert launch.stdout.readline().strip() == "looking"
        qtbot.wait(700)  # time to look: it waits for the lock the first still holds
        assert launch.poll() is None
        with qtbot.waitSignal(first.files_received, timeout=30_000) as received:
            assert first.listen()  # the first page painted: the name taken, the lock let go
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=30_000)
        out, err = launch.communicate()
    finally:
        if launch.poll() is None:
            launch.kill()
        first.close()
    assert launch.returncode == 0, err
    assert out.strip() == "handed"
    assert received.args == [[str(tmp_path / "a.vcf")]]


def test_quitting_before_the_name_is_taken_lets_the_lock_go(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")
    first = SingleInstance(paths)
    assert not first.hand_over([], take=False)
    assert not _lock_of(paths).tryLock(0)  # held while the first starts
    first.close()
    assert not first.taking_later
    lock = _lock_of(paths)
    assert lock.tryLock(0)  # a launch now looks at once
    lock.unlock()
    assert not (Path(QDir.tempPath()) / server_name(paths)).exists()  # never taken


def test_take_takes_the_name_at_once_and_lets_the_lock_go(qtbot: QtBot, tmp_path: Path) -> None:
    """What start-up does before a rescue's questions or a long upgrade: launches meanwhile
    hand over instead of waiting on the lock, then starting a second netdesk."""
    paths = Paths(tmp_path / "data")
    first = SingleInstance(paths)
    assert not first.hand_over([], take=False)
    first.take()
    try:
        assert not first.taking_later
        assert first.server is not None
        lock = _lock_of(paths)
        assert lock.tryLock(0)
        lock.unlock()
        with qtbot.waitSignal(first.files_received, timeout=5000) as received:
            assert SingleInstance(paths).hand_over(["b.vcf"])
            assert first.listen()
        assert received.args == [[str(Path("b.vcf").resolve())]]
    finally:
        first.close()


def test_a_socket_left_by_a_crash_is_looked_at_and_replaced_at_once(tmp_path: Path) -> None:
    """Something at the name's place: asked through QtNetwork as before, not left for later."""
    paths = Paths(tmp_path / "data")
    stale = Path(QDir.tempPath()) / server_name(paths)
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(stale))  # bound, never listening: what a killed netdesk leaves behind
    dead.close()
    first = SingleInstance(paths)
    try:
        assert not first.hand_over([], take=False)
        assert not first.taking_later
        assert first.server is not None
    finally:
        first.close()


# whether a netdesk listens on the folder's name: its socket asked, not window_running (which
# also counts a start that holds the lock)
ANSWERS = """
def answers(paths):
    import socket
    from pathlib import Path
    from PySide6.QtCore import QDir
    from netdesk.running import server_name

    with socket.socket(socket.AF_UNIX) as probe:
        try:
            probe.connect(str(Path(QDir.tempPath()) / server_name(paths)))
        except OSError:
            return False
    return True
"""

PROBE = (
    """
import sys
from netdesk import app
from netdesk.core.paths import Paths
"""
    + ANSWERS
    + """

seen = []

def first_paint(window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen.append('QtNetwork at paint' if 'PySide6.QtNetwork' in sys.modules else 'no QtNetwork')

    def started():
        seen.append('answering' if answers(Paths(sys.argv[2])) else 'not answering')
        print(*seen, flush=True)
        QApplication.instance().quit()

    window.started_up.connect(lambda: QTimer.singleShot(0, started))

sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""
)


def test_the_real_start_paints_before_qtnetwork_then_answers(tmp_data_dir: Path) -> None:
    from netdesk.core import Core
    from netdesk.core.types import Contact

    core = Core.open(Paths(tmp_data_dir))
    core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    core.close()
    result = run_probe(PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert "no QtNetwork answering" in result.stdout, result.stdout + result.stderr


ASK_WHEN = (
    """
import sys
from netdesk import app
from netdesk.core.paths import Paths
"""
    + ANSWERS
    + """
def answering(paths):
    print('answering' if answers(paths) else 'not answering', flush=True)

opened = app._open_core

def open_core(paths, rescued):  # an upgrade starts here
    answering(paths)
    return opened(paths, rescued)

def rescue(paths, damage, log_file):  # the damaged database's questions start here
    answering(paths)
    return None

def first_paint(window):
    from PySide6.QtWidgets import QApplication
    QApplication.instance().quit()

def ask(self):  # a missing database's question: its backup, or start empty
    answering(self.paths)
    return False

from netdesk.ui.damaged_database import DamagedDatabase

app._open_core = open_core
app._rescue = rescue
DamagedDatabase.ask = ask
sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""
)


def test_an_upgrade_takes_the_name_before_it_starts(
    tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgrade may take minutes: a launch meanwhile waited on the lock for 10 s, then
    started a second netdesk on the folder."""
    monkeypatch.syspath_prepend(str(ROOT / "tests" / "store"))
    from raw_connection import schema_12

    paths = Paths(tmp_data_dir)
    schema_12(paths.database)
    result = run_probe(ASK_WHEN, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "answering", result.stdout + result.stderr


def test_a_damaged_database_takes_the_name_before_its_questions(tmp_data_dir: Path) -> None:
    paths = Paths(tmp_data_dir)
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4096)
    result = run_probe(ASK_WHEN, tmp_data_dir)
    assert result.returncode == 1, result.stderr  # the rescue declined
    assert result.stdout.strip() == "answering", result.stdout + result.stderr


def test_a_missing_database_takes_the_name_before_its_question(tmp_data_dir: Path) -> None:
    from netdesk.core import Core
    from netdesk.store import backup

    paths = Paths(tmp_data_dir)
    core = Core.open(paths)
    backup.backup_to(paths.backups / "netdesk-20260301-090000.sqlite3")
    core.close()
    paths.database.unlink()
    result = run_probe(ASK_WHEN, tmp_data_dir)
    assert result.returncode == 1, result.stderr  # the question declined
    assert result.stdout.strip() == "answering", result.stdout + result.stderr


def test_take_says_when_another_netdesk_took_the_name_meanwhile(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A launch that waited longer than the lock's wait went on and took the name: the
    start that held the lock finds it answering at its first paint."""
    from netdesk.ui import single_instance

    paths = Paths(tmp_path / "data")
    first = SingleInstance(paths)
    assert not first.hand_over([], take=False)
    monkeypatch.setattr(single_instance, "LOCK_TIMEOUT_MS", 50)
    rival = SingleInstance(paths)
    assert not rival.hand_over([])  # waited, then went on alone
    assert rival.listen()
    try:
        assert first.take() is False
        assert first.server is None
        assert not first.taking_later
    finally:
        rival.close()
        first.close()


def test_netdesk_cli_sees_a_netdesk_starting_before_its_first_paint(tmp_path: Path) -> None:
    """It has no socket yet, but it holds the name's lock: a restore or an upgrade from
    netdesk-cli, or the login's start in the tray, must not go on as if nobody ran."""
    from netdesk.running import window_running

    paths = Paths(tmp_path / "data")
    first = SingleInstance(paths)
    assert not window_running(paths)
    assert not first.hand_over([], take=False)
    assert window_running(paths)
    first.close()
    assert not window_running(paths)


HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
from netdesk.core.paths import Paths
from netdesk.ui.single_instance import SingleInstance

app = QCoreApplication([])
start = SingleInstance(Paths(sys.argv[1]))
assert not start.hand_over([], take=False)
print("held", flush=True)
sys.stdin.readline()
"""


def test_a_start_killed_before_its_first_paint_is_not_seen_running(tmp_path: Path) -> None:
    from netdesk.running import window_running

    paths = Paths(tmp_path / "data")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.data_dir)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        assert window_running(paths)
    finally:
        holder.kill()  # SIGKILL: its lock file stays behind, held by nobody
        holder.wait(30)
    assert (Path(QDir.tempPath()) / f"{server_name(paths)}.lock").exists()
    assert not window_running(paths)


def test_a_lock_file_being_made_is_left_alone(tmp_path: Path) -> None:
    """Qt makes the file, then locks it, then writes who holds it: a look in between took
    that launch's lock from it (it failed, and left the empty file for 30 s of waiting)."""
    import fcntl

    from netdesk.running import window_running

    paths = Paths(tmp_path / "data")
    made = Path(QDir.tempPath()) / f"{server_name(paths)}.lock"
    made.touch()
    try:
        with made.open("rb") as launch:
            fcntl.flock(
                launch, fcntl.LOCK_EX | fcntl.LOCK_NB
            )  # the launch's lock, its owner unwritten
            assert not window_running(paths)
    finally:
        made.unlink()


def test_a_minimized_start_leaves_a_netdesk_starting_where_it_is(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The login's start in the tray, while a restored window starts: it waited for the lock,
    then handed over, and brought that window to the front."""
    data = tmp_path / "data"
    first = SingleInstance(Paths(data))
    assert not first.hand_over([], take=False)
    try:
        with qtbot.assertNotEmitted(first.files_received, wait=200):
            launch = subprocess.run(
                [sys.executable, "-m", "netdesk", "--data-dir", str(data), "--minimized"],
                cwd=tmp_path,
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
                capture_output=True,
                text=True,
                timeout=60,
            )
    finally:
        first.close()
    assert launch.returncode == 0, launch.stderr
    log = (data / "logs" / "netdesk.log").read_text(encoding="utf-8")
    assert "started minimized, nothing to do" in log


RIVAL = """
import os, sys
from PySide6.QtCore import QEventLoop, QTimer
from netdesk import app
from netdesk.core.paths import Paths
from netdesk.ui import single_instance
from netdesk.ui.single_instance import SingleInstance

MODE = os.environ["RIVAL_MODE"]  # "slow": the rival answers in 300 ms; "gone": it quits
seen = []
rival = None
take, send = SingleInstance.take, SingleInstance._send

def take_after_a_rival(self):
    # what a launch does that gave up waiting for the lock: it takes the name itself
    global rival
    if self is rival:
        return take(self)
    single_instance.LOCK_TIMEOUT_MS = 50
    rival = SingleInstance(Paths(sys.argv[2]))
    rival.files_received.connect(lambda files: seen.append(f'rival got {files}'))
    assert not rival.hand_over([]) and rival.listen()
    taken = take(self)
    if MODE == "gone":
        rival.close()  # it quits before the hand-over reaches it
    return taken

def slow_send(self, handed):
    if MODE == "slow" and self is not rival:  # the card's 120 ms timer falls due meanwhile
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)
        loop.exec()
    return send(self, handed)

def first_paint(window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    application = QApplication.instance()
    application.aboutToQuit.connect(
        lambda: seen.append('database opened' if window.context.core_open else 'database unopened'))
    window.started_up.connect(lambda: QTimer.singleShot(0, application.quit))

SingleInstance.take = take_after_a_rival
SingleInstance._send = slow_send
code = app.main(sys.argv[1:], first_paint=first_paint)
print(code, *seen, flush=True)
"""


def _rival_run(data_dir: Path, mode: str, monkeypatch: pytest.MonkeyPatch) -> str:
    from netdesk.core import Core
    from netdesk.core.types import Contact

    core = Core.open(Paths(data_dir))
    core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    core.close()
    monkeypatch.setenv("RIVAL_MODE", mode)
    result = run_probe(RIVAL, data_dir)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip() + result.stderr


def test_a_start_that_finds_another_netdesk_at_its_first_paint_hands_over_and_stops(
    tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two netdesks wrote one database: the one started while this one was slower than the
    lock's wait, and this one opened the database all the same. While the other took its
    time to answer, the card's timer opened it too; the window's settings stay the other's."""
    settings = tmp_data_dir / "settings.ini"
    settings.write_text("[window]\nsort=name\n", encoding="utf-8")
    said = _rival_run(tmp_data_dir, "slow", monkeypatch)
    assert said.startswith("0 rival got [] database unopened"), said
    assert settings.read_text(encoding="utf-8") == "[window]\nsort=name\n"


def test_a_start_whose_hand_over_finds_nobody_goes_on(
    tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other netdesk quit between the look and the hand-over: this one stood down all the
    same, and no netdesk was left on the folder."""
    said = _rival_run(tmp_data_dir, "gone", monkeypatch)
    assert said.startswith("0 database opened"), said
