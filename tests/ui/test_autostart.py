"""Start at login: the XDG autostart entry for real, the LaunchAgent plist's contents."""

from __future__ import annotations

import configparser
import os
import plistlib
import sys
from pathlib import Path

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
    assert section["Exec"] == f"{sys.executable} -m netdesk --minimized"
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
