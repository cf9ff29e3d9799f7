"""Start at login: the XDG autostart entry for real, the LaunchAgent plist's contents."""

from __future__ import annotations

import configparser
import os
import plistlib
import sys
from pathlib import Path

import pytest

from netdesk.ui import autostart


def test_linux_entry_created_and_removed_exactly() -> None:
    config = Path(os.environ["XDG_CONFIG_HOME"])
    other = config / "autostart" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    assert not autostart.is_start_at_login()
    autostart.set_start_at_login(True)
    entry = config / "autostart" / "org.netdesk.NetDesk.desktop"
    assert autostart.is_start_at_login()
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(entry)
    section = parser["Desktop Entry"]
    assert section["Type"] == "Application"
    assert autostart._desktop_unquote(section["Exec"]) == autostart.launch_command()
    assert section["Exec"].endswith(f"{sys.executable} -m netdesk --minimized")
    autostart.set_start_at_login(False)
    assert not entry.exists()
    assert not autostart.is_start_at_login()
    assert sorted(p.name for p in other.parent.iterdir()) == ["someone-else.desktop"]
    autostart.set_start_at_login(False)  # turning off twice is harmless


def test_desktop_entry_quotes_paths_with_spaces() -> None:
    text = autostart.desktop_entry(["/opt/my apps/netdesk", "--minimized"])
    assert 'Exec="/opt/my apps/netdesk" --minimized\n' in text


def test_macos_launch_agent_contents(tmp_path: Path) -> None:
    target = autostart.set_macos(True, tmp_path, ["/Applications/netdesk.app/x", "--minimized"])
    assert target == tmp_path / "org.netdesk.NetDesk.plist"
    agent = plistlib.loads(target.read_bytes())
    assert agent == {
        "Label": "org.netdesk.NetDesk",
        "ProgramArguments": ["/Applications/netdesk.app/x", "--minimized"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    autostart.set_macos(False, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_default_data_folder_is_not_named() -> None:
    from netdesk.core.paths import default_data_dir

    assert autostart.launch_command(default_data_dir()) == autostart.launch_command()
    assert "--data-dir" not in autostart.launch_command(default_data_dir())
    assert autostart.launch_command(Path("/data/my contacts"))[-3:] == [
        "--data-dir",
        "/data/my contacts",
        "--minimized",
    ]
    text = autostart.desktop_entry(autostart.launch_command(Path("/data/my contacts")))
    assert ' --data-dir "/data/my contacts" --minimized\n' in text


def _entry() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "org.netdesk.NetDesk.desktop"


def test_an_entry_turned_off_in_the_desktops_settings_is_not_read_as_on() -> None:
    # GNOME's Startup Applications and KDE's Autostart turn an entry off without removing it:
    # the Preferences box stayed ticked while nothing started at login
    for turned_off in ("X-GNOME-Autostart-enabled=false", "Hidden=true"):
        autostart.set_start_at_login(True)
        text = _entry().read_text(encoding="utf-8")
        _entry().write_text(
            text.replace("X-GNOME-Autostart-enabled=true\n", "") + turned_off + "\n",
            encoding="utf-8",
        )
        assert not autostart.is_start_at_login(), turned_off
        autostart.set_start_at_login(True)  # ticked again: on again
        assert autostart.is_start_at_login()


def test_an_entry_starting_a_netdesk_moved_away_is_off_and_written_again_at_start(
    tmp_path: Path,
) -> None:
    data = tmp_path / "my contacts"
    gone = ["/old/place/bin/python", "-m", "netdesk", "--data-dir", str(data), "--minimized"]
    autostart.set_linux(True, gone)
    assert autostart.login_command() == gone
    assert not autostart.is_start_at_login()  # it would start nothing
    assert not autostart.refresh_start_at_login(tmp_path / "another folder")  # not its folder
    assert autostart.login_command() == gone
    assert autostart.refresh_start_at_login(data)
    assert autostart.login_command() == autostart.launch_command(data)
    assert autostart.is_start_at_login()
    assert not autostart.refresh_start_at_login(data)  # once is enough


def test_a_working_or_absent_entry_is_left_alone_at_start(tmp_path: Path) -> None:
    assert not autostart.refresh_start_at_login(tmp_path)
    assert not _entry().exists()  # never turned on by a start
    other = ["/bin/sh", "-c", "exec netdesk --minimized"]  # the user's own, and it works
    autostart.set_linux(True, other)
    assert not autostart.refresh_start_at_login(autostart.default_data_dir())
    assert autostart.login_command() == other


def test_exec_lines_read_back_as_written() -> None:
    for command in (
        ["/opt/my apps/netdesk", "--minimized"],
        ["/x/py", "-m", "netdesk", "--data-dir", '/d/50% "q" $HOME \\ `b`', "--minimized"],
        ["/a", "", "b"],
    ):
        exec_line = autostart.desktop_entry(command).split("Exec=")[1].splitlines()[0]
        assert autostart._desktop_unquote(exec_line) == command
    assert autostart._desktop_unquote("netdesk  %U --minimized ") == ["netdesk", "--minimized"]
    run_value = '"C:\\Program Files\\netdesk.exe" --data-dir "C:\\my data" --minimized'
    assert autostart._split_run_value(run_value) == [
        "C:\\Program Files\\netdesk.exe",
        "--data-dir",
        "C:\\my data",
        "--minimized",
    ]


def test_the_command_written_starts_this_netdesk_from_a_login_session(tmp_path: Path) -> None:
    """Run from its source folder (PYTHONPATH=., a virtualenv without netdesk): the entry's
    "python -m netdesk" said "No module named netdesk" at login, and nothing started."""
    import subprocess

    import netdesk

    command = autostart.launch_command(tmp_path)
    python = command.index(sys.executable)
    assert command[python + 1 :] == ["-m", "netdesk", "--data-dir", str(tmp_path), "--minimized"]
    look = "import netdesk; print(netdesk.__file__)"
    login = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # as a login has it
    found = subprocess.run(
        [*command[: python + 1], "-c", look],
        cwd=Path.home(),
        env=login,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(found).resolve() == Path(netdesk.__file__).resolve()


def test_an_installed_netdesk_is_started_without_a_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    import netdesk

    here = str(Path(netdesk.__file__).resolve())
    source = str(Path(here).parent.parent)
    for found, wanted in ((here, None), ("", source), ("/elsewhere/netdesk/__init__.py", source)):
        done = subprocess.CompletedProcess([], 0, stdout=found + "\n", stderr="")
        monkeypatch.setattr(subprocess, "run", lambda *_a, _done=done, **_k: _done)
        assert autostart._source_folder() == wanted
    assert autostart._program(["env", "PYTHONPATH=/src", "/venv/bin/python", "-m", "x"]) == (
        "/venv/bin/python"
    )
