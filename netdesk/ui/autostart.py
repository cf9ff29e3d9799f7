"""Start netdesk at login, minimized to the tray: XDG autostart, the Run key, a LaunchAgent.

Turning it off removes exactly what turning it on added, and nothing else.
"""

from __future__ import annotations

import logging
import os
import plistlib
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from netdesk.core.paths import default_data_dir

log = logging.getLogger("netdesk.ui")

APP_ID = "org.netdesk.NetDesk"
RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "netdesk"


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this netdesk minimized: the frozen executable, or this Python.

    Args:
        data_dir: the data folder in use; named in the command unless it is the default one
            (a folder chosen with --data-dir or NETDESK_DATA_DIR is not known at login).
    """
    command = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "netdesk"]
    )
    if data_dir is not None and Path(data_dir) != default_data_dir():
        command += ["--data-dir", str(data_dir)]
    return [*command, "--minimized"]


def xdg_autostart_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def launch_agent_file(folder: Path | None = None) -> Path:
    return (folder or Path.home() / "Library" / "LaunchAgents") / f"{APP_ID}.plist"


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(_desktop_quote(part) for part in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=netdesk\n"
        "Comment=Reminds you to keep in touch\n"
        f"Exec={exec_line}\n"
        "Icon=org.netdesk.NetDesk\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "NoDisplay=false\n"
    )


def _desktop_quote(part: str) -> str:
    """Quote one Exec argument the way the Desktop Entry spec asks."""
    if part and not any(c in part for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return part
    escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'.replace("%", "%%")


def launch_agent(command: list[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


# -- per platform ------------------------------------------------------------------------------


def set_linux(enabled: bool, command: list[str] | None = None) -> Path:
    target = xdg_autostart_file()
    if enabled:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(desktop_entry(command or launch_command()), encoding="utf-8")
    else:
        target.unlink(missing_ok=True)
    return target


def set_macos(enabled: bool, folder: Path | None = None, command: list[str] | None = None) -> Path:
    target = launch_agent_file(folder)
    if enabled:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(launch_agent(command or launch_command()))
    else:
        target.unlink(missing_ok=True)
    return target


def set_windows(enabled: bool, command: list[str] | None = None) -> None:
    run = QSettings(RUN_KEY, QSettings.Format.NativeFormat)
    if enabled:
        run.setValue(
            RUN_VALUE, " ".join(f'"{p}"' if " " in p else p for p in (command or launch_command()))
        )
    else:
        run.remove(RUN_VALUE)
    run.sync()


def set_start_at_login(enabled: bool, data_dir: Path | None = None) -> None:
    """Add (or remove) netdesk from the programs started at login, for this user.

    Args:
        data_dir: the data folder the started netdesk opens (see launch_command()).
    """
    command = launch_command(data_dir)
    if sys.platform == "win32":
        set_windows(enabled, command=command)
    elif sys.platform == "darwin":
        set_macos(enabled, command=command)
    else:
        set_linux(enabled, command=command)
    log.info("start at login %s", "on" if enabled else "off")


def is_start_at_login() -> bool:
    if sys.platform == "win32":
        return QSettings(RUN_KEY, QSettings.Format.NativeFormat).contains(RUN_VALUE)
    if sys.platform == "darwin":
        return launch_agent_file().is_file()
    return xdg_autostart_file().is_file()
