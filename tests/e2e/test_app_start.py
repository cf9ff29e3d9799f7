"""The real netdesk process under a real Xvfb: its window appears and Ctrl+Q exits cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


def _wait(predicate, timeout: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    # Polling a separate process is the one place a test must wait on the wall clock.
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def _env(display: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(
        DISPLAY=display,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        PYTHONPATH=str(ROOT),
    )
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def _windows(display: str) -> list[str]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "netdesk"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
    )
    return found.stdout.split()


@contextmanager
def _running(display: str, tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """netdesk started on a new data folder, its window shown; yields the folder and the
    process, killed at the end if it is still running."""
    data = tmp_path / "data"
    data.mkdir()
    # Xvfb has no system tray; the one-time "no tray" notice would be a modal box in the way.
    (data / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    app = subprocess.Popen(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data)],
        env=_env(display, tmp_path / "home"),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert _wait(lambda: bool(_windows(display)) or app.poll() is not None), "no window"
        assert app.poll() is None, app.communicate()[1]
        yield data, app
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def test_window_appears_and_ctrl_q_exits_cleanly(display: str, tmp_path: Path) -> None:
    with _running(display, tmp_path) as (data, app):
        window = _windows(display)[0]
        xdotool = {**os.environ, "DISPLAY": display}
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=xdotool, check=True)
        subprocess.run(["xdotool", "key", "ctrl+q"], env=xdotool, check=True)
        _out, err = app.communicate(timeout=20)
    assert app.returncode == 0, err
    assert (data / "netdesk.sqlite3").is_file()
    assert (data / "settings.ini").read_text().count("geometry") >= 1  # state was saved


def test_smoke_test_imports_a_vcard_and_exits_0(display: str, tmp_path: Path) -> None:
    card = tmp_path / "people.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana García\r\nN:García;Ana;;;\r\n"
        "EMAIL:ana@example.org\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:José Núñez\r\nN:Núñez;José;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "netdesk",
            "--data-dir",
            str(tmp_path / "data"),
            "--smoke-test",
            str(card),
        ],
        env=_env(display, tmp_path / "home"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "2 contacts listed" in done.stdout


def test_smoke_test_reports_a_database_it_cannot_open(display: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "netdesk.sqlite3").write_bytes(b"this is not a database" * 100)
    done = subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data), "--smoke-test"],
        env=_env(display, tmp_path / "home"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "netdesk.sqlite3" in done.stderr


def test_sigterm_quits_cleanly_and_remembers_the_window(display: str, tmp_path: Path) -> None:
    """A shutdown or ``kill`` sends SIGTERM: netdesk quits as with Ctrl+Q, unasked, instead of
    dying where it stood."""
    with _running(display, tmp_path) as (data, app):
        log = data / "logs" / "netdesk.log"
        # the handlers are installed once the first page is painted, with the tray
        assert _wait(lambda: log.is_file() and "running" in log.read_text()), "not started"
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=20)
    assert app.returncode == 0, err
    assert "geometry" in (data / "settings.ini").read_text()  # state was saved
    assert "signal 15 received: stopping" in log.read_text()
    assert "netdesk stopped (0)" in log.read_text()


def test_a_damaged_database_is_restored_from_its_box_with_the_keyboard(
    display: str, tmp_path: Path
) -> None:
    """The box names the latest backup and restores it on Enter; the window then opens on
    it. It used to say where the backups were and end."""
    from backup_files import malformed_copy

    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact
    from netdesk.store import backup

    data = tmp_path / "data"
    core = Core.open(Paths(data))
    core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    made = backup.backup_to(data / "backups" / "netdesk-20260301-090000.sqlite3")
    core.close()
    for leftover in data.glob("netdesk.sqlite3*"):
        leftover.unlink()
    damaged = malformed_copy(made, data / "netdesk.sqlite3").read_bytes()
    (data / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    app = subprocess.Popen(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data)],
        env=_env(display, tmp_path / "home"),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    xdotool = {**os.environ, "DISPLAY": display}
    log = data / "logs" / "netdesk.log"
    try:
        assert _wait(lambda: bool(_windows(display)) or app.poll() is not None), "no box"
        assert app.poll() is None, app.communicate()[1]
        [box] = _windows(display)  # the box alone: no window before it is answered
        subprocess.run(["xdotool", "windowfocus", "--sync", box], env=xdotool, check=True)
        subprocess.run(["xdotool", "key", "Return"], env=xdotool, check=True)
        assert _wait(lambda: log.is_file() and "running" in log.read_text()), "not started"
        [window] = _windows(display)
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=xdotool, check=True)
        subprocess.run(["xdotool", "key", "ctrl+q"], env=xdotool, check=True)
        _out, err = app.communicate(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, err
    [kept] = data.glob("netdesk-damaged-*.sqlite3")
    assert kept.read_bytes() == damaged
    assert "restored" in log.read_text()
    core = Core.open(Paths(data))
    assert [c.display_name for c in core.contacts.summaries(core.contacts.list_ids())] == [
        "Ada Lovelace"
    ]
    core.close()
