"""`netdesk FILE...` as launchers and shells pass files: URIs, relative paths, names with "~"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.paths import Paths
from netdesk.ui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[1]


def test_a_second_launch_hands_over_uris_relative_paths_and_tilde_names_as_files(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A dock or launcher passes a dropped file as a file:// URI: it was taken for a relative
    path ("<cwd>/file:/home/...", "no such file"). A file named "~old.vcf" (the shell leaves
    it as written) stopped the launch with a traceback and no window."""
    folder = tmp_path / "Mis contactos"
    folder.mkdir()
    zoe = folder / "Zoë Ångström.vcf"
    old = tmp_path / "~old.vcf"
    data = tmp_path / "data"
    uris = [zoe.as_uri(), "file://localhost" + zoe.as_uri()[len("file://") :]]
    running = SingleInstance(Paths(data))
    assert running.listen()
    try:
        with qtbot.waitSignal(running.files_received, timeout=60_000) as received:
            launch = subprocess.Popen(
                [sys.executable, "-m", "netdesk", "--data-dir", str(data), *uris, "~old.vcf"],
                cwd=tmp_path,
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            qtbot.waitUntil(lambda: launch.poll() is not None, timeout=60_000)
        _out, err = launch.communicate()
    finally:
        running.close()
    assert launch.returncode == 0, err
    assert received.args == [[str(zoe), str(zoe), str(old)]]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("file:///tmp/a%20b/Zo%C3%AB.vcf", "/tmp/a b/Zoë.vcf"),
        ("file://localhost/tmp/x.csv", "/tmp/x.csv"),
        ("people.vcf", "{cwd}/people.vcf"),
        ("~old.vcf", "{cwd}/~old.vcf"),
        ("/tmp/file:odd.vcf", "/tmp/file:odd.vcf"),
    ],
)
def test_command_line_files_are_absolute_local_paths(
    given: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.app import parse_args

    monkeypatch.chdir(tmp_path)
    assert parse_args([given]).files == [expected.replace("{cwd}", str(tmp_path))]


def test_the_launch_hands_its_activation_token_to_the_running_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Wayland a window comes to the front only with the activation token the launcher
    gave the launch (XDG_ACTIVATION_TOKEN): the second launch kept it, and the running
    window, asked to come forward without one, stayed behind ("netdesk is ready")."""
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)  # this process's own launch
    data = tmp_path / "data"
    running = SingleInstance(Paths(data))
    assert running.listen()
    seen: list[str | None] = []
    running.files_received.connect(
        lambda _files: seen.append(os.environ.get("XDG_ACTIVATION_TOKEN"))
    )
    try:
        with qtbot.waitSignal(running.files_received, timeout=60_000):
            launch = subprocess.Popen(
                [sys.executable, "-m", "netdesk", "--data-dir", str(data)],
                cwd=tmp_path,
                env=dict(
                    os.environ,
                    QT_QPA_PLATFORM="offscreen",
                    PYTHONPATH=str(ROOT),
                    XDG_ACTIVATION_TOKEN="kwin-1234_TIME5678",
                ),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            qtbot.waitUntil(lambda: launch.poll() is not None, timeout=60_000)
        _out, err = launch.communicate()
    finally:
        running.close()
    assert launch.returncode == 0, err
    assert seen == ["kwin-1234_TIME5678"]  # there while the window is brought forward
    assert "XDG_ACTIVATION_TOKEN" not in os.environ  # not handed on to what netdesk starts


def test_a_file_name_that_is_not_utf8_is_handed_over_as_it_is(qtbot: QtBot, tmp_path: Path) -> None:
    """A name from an old archive ("café" in Latin-1) reached the running netdesk without its
    undecodable byte, and its import said "no such file"."""
    card = tmp_path / os.fsdecode(b"caf\xe9.vcf")
    paths = Paths(tmp_path / "data")
    running = SingleInstance(paths)
    assert running.listen()
    try:
        with qtbot.waitSignal(running.files_received, timeout=5000) as received:
            assert SingleInstance(paths).hand_over([str(card)])
    finally:
        running.close()
    assert received.args == [[str(card)]]


def test_a_minimized_start_leaves_a_running_netdesk_where_it_is(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The login's autostart (netdesk --minimized) of a netdesk the desktop session had
    already restored handed over as a plain launch does, and the window came forward."""
    data = tmp_path / "data"
    running = SingleInstance(Paths(data))
    assert running.listen()
    try:
        with qtbot.assertNotEmitted(running.files_received, wait=500):
            launch = subprocess.Popen(
                [sys.executable, "-m", "netdesk", "--data-dir", str(data), "--minimized"],
                cwd=tmp_path,
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            qtbot.waitUntil(lambda: launch.poll() is not None, timeout=60_000)
        _out, err = launch.communicate()
    finally:
        running.close()
    assert launch.returncode == 0, err
    log = (data / "logs" / "netdesk.log").read_text(encoding="utf-8")
    assert "started minimized, nothing to do" in log
