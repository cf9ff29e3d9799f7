"""Start netdesk at login, minimized to the tray: XDG autostart, the Run key, a LaunchAgent.

Turning it off removes exactly what turning it on added, and nothing else.
"""

from __future__ import annotations

import logging
import os
import plistlib
import shutil
import subprocess
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
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "netdesk"]
        source = _source_folder()
        if source is not None and sys.platform != "win32":
            command = ["env", f"PYTHONPATH={source}", *command]
    if data_dir is not None and Path(data_dir) != default_data_dir():
        command += ["--data-dir", str(data_dir)]
    return [*command, "--minimized"]


def _source_folder() -> str | None:
    """The folder holding this netdesk's package when this Python, started elsewhere, would
    not find it (or would find another): netdesk run from its source folder (``PYTHONPATH=.``
    or the current folder, in a virtualenv without it). Its login entry could not start it:
    "No module named netdesk". None when it is installed where this Python looks."""
    import netdesk

    source = Path(netdesk.__file__).resolve().parent.parent
    look = "import importlib.util as u; s = u.find_spec('netdesk'); print(s.origin if s else '')"
    try:  # -E: no PYTHONPATH, -P: not the current folder either; as at login
        found = subprocess.run(
            [sys.executable, "-E", "-P", "-c", look],
            cwd=Path.home(),
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError) as error:
        log.info("could not look where this Python finds netdesk: %s", error)
        return None
    if found and Path(found).resolve().parent.parent == source:
        return None
    return str(source)


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
    r"""Quote one Exec argument the way the Desktop Entry spec asks ("The Exec key"): in
    double quotes, with " ` $ and \ escaped by a backslash; then, over that, the escapes of
    every string value (\\ for a backslash, \n for a newline), which a reader undoes first.
    A $ is so written \\$ and a backslash \\\\. Without the second level GLib refused the
    whole Exec ("a value that cannot be interpreted": \$ is no string escape) and nothing
    started at login."""
    if part and not any(c in part for c in " \t\n\r\"'\\><~|&;$*?#()`%"):
        return part
    quoted = '"' + "".join("\\" + c if c in '"`$\\' else c for c in part) + '"'
    return _string_escape(quoted).replace("%", "%%")


def _string_escape(text: str) -> str:
    """A value of type string as a desktop file holds it (the spec's "Possible value types")."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def _string_unescape(value: str) -> str:
    r"""Undo _string_escape, as a desktop reads a value before anything else (\s is a
    space). An escape the spec does not know is kept as it is (older netdesks wrote \$)."""
    known = {"\\": "\\", "s": " ", "n": "\n", "t": "\t", "r": "\r"}
    out: list[str] = []
    index = 0
    while index < len(value):
        char = value[index]
        if char == "\\" and index + 1 < len(value) and value[index + 1] in known:
            out.append(known[value[index + 1]])
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


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


def is_start_at_login(data_dir: Path | None = None) -> bool:
    """Whether netdesk starts at login: an entry the desktop runs (not turned off in its own
    settings: GNOME writes ``X-GNOME-Autostart-enabled=false``, KDE ``Hidden=true``) whose
    program is there (a netdesk moved or a virtualenv deleted leaves one that starts nothing).

    Args:
        data_dir: also, that the entry opens this data folder (the one entry may start
            another: Preferences showed it ticked over the home folder's data while it
            started the work folder's, and OK then left it so).
    """
    command = login_command()
    if command is None or not _program_exists(_program(command)) or _exec_refused():
        return False
    return data_dir is None or _data_dir_of(command) == Path(data_dir).absolute()


def login_command() -> list[str] | None:
    """The command the login starts, or None when nothing of netdesk's is started."""
    if sys.platform == "win32":
        value = QSettings(RUN_KEY, QSettings.Format.NativeFormat).value(RUN_VALUE)
        return _split_run_value(value) if isinstance(value, str) and value else None
    if sys.platform == "darwin":
        try:
            agent = plistlib.loads(launch_agent_file().read_bytes())
        except (OSError, ValueError, plistlib.InvalidFileException):
            return None
        arguments = agent.get("ProgramArguments") if isinstance(agent, dict) else None
        return [str(a) for a in arguments] if isinstance(arguments, list) and arguments else None
    try:
        text = xdg_autostart_file().read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return None
    keys = _desktop_keys(text)
    if keys.get("Hidden", "").lower() == "true":
        return None
    if keys.get("X-GNOME-Autostart-enabled", "").lower() == "false":
        return None
    command = _desktop_unquote(keys.get("Exec", ""))
    return command or None


def refresh_start_at_login(data_dir: Path) -> bool:
    """At start-up: an entry that starts a netdesk no longer there (moved, reinstalled
    elsewhere, its virtualenv deleted), or that the desktop refuses to read (an older netdesk's
    Exec line, _exec_refused), for this data folder is written again for this netdesk, so the
    next login starts it. An entry for another data folder, one turned off, or one that works
    is left as it is. Never raises; True when the entry was rewritten."""
    try:
        command = login_command()
        if command is None or (_program_exists(_program(command)) and not _exec_refused()):
            return False
        if _data_dir_of(command) != Path(data_dir).absolute():
            return False
        set_start_at_login(True, data_dir)
    except (OSError, ValueError) as error:
        log.warning("the start at login entry could not be brought up to date: %s", error)
        return False
    log.info("start at login pointed at %s, which is gone; it now starts %s", _program(command),
             sys.executable)  # fmt: skip
    return True


def _exec_refused() -> bool:
    r"""Whether the XDG entry's Exec holds a backslash no string value may (\$, \", \` as
    netdesk wrote them before both escape levels, or one ending the line): GLib refuses the
    whole entry, and nothing starts at login. False elsewhere than Linux and the BSDs."""
    if sys.platform in ("win32", "darwin"):
        return False
    try:
        text = xdg_autostart_file().read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return False
    value = _desktop_keys(text).get("Exec", "")
    index = 0
    while index < len(value):
        if value[index] == "\\":
            if index + 1 == len(value) or value[index + 1] not in "\\snrt":
                return True
            index += 1
        index += 1
    return False


def _program(command: list[str]) -> str:
    """The program a command starts: after ``env NAME=value...`` when it starts with it."""
    if Path(command[0]).name == "env":
        rest = [part for part in command[1:] if "=" not in part or part.startswith("/")]
        return rest[0] if rest else command[0]
    return command[0]


def _data_dir_of(command: list[str]) -> Path:
    if "--data-dir" in command[:-1]:
        return Path(command[command.index("--data-dir") + 1]).absolute()
    return default_data_dir().absolute()


def _program_exists(program: str) -> bool:
    if os.path.isabs(program):
        return os.path.isfile(program) and os.access(program, os.X_OK)
    return shutil.which(program) is not None


def _desktop_keys(text: str) -> dict[str, str]:
    """The keys of the ``[Desktop Entry]`` group (a locale's ``Name[es]`` stays apart)."""
    keys: dict[str, str] = {}
    group = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            keys.setdefault(key.strip(), value.strip())
    return keys


def _desktop_unquote(exec_line: str) -> list[str]:
    r"""The arguments of an Exec value, as _desktop_quote wrote them (or a desktop would read
    them): the string's escapes undone, then double quotes group; inside them a backslash
    escapes " ` $ and \ and before any other character is itself, as GLib reads it (so is
    an entry of an older netdesk read: "C:\\x" there is C:\x); %% is a %."""
    exec_line = _string_unescape(exec_line)
    arguments: list[str] = []
    current: list[str] = []
    started = quoted = escaped = False  # started: an argument is begun (perhaps "")
    for char in exec_line.replace("%%", "\x00"):
        if escaped:
            current.append(char if char in '"`$\\' else "\\" + char)
            escaped = False
        elif (char not in '"\\ \t') or (quoted and char in " \t"):
            current.append(char)
            started = True
        elif char == "\\":
            escaped = quoted  # outside quotes a backslash is kept as it is
            if not quoted:
                current.append(char)
            started = True
        elif char == '"':
            quoted, started = not quoted, True
        elif started:  # a space or a tab outside quotes ends the argument
            arguments.append("".join(current))
            current, started = [], False
    if started:
        arguments.append("".join(current))
    # field codes (%U, %f...) stand for files the desktop would pass: none at login
    return [a.replace("\x00", "%") for a in arguments if not (len(a) == 2 and a[0] == "%")]


def _split_run_value(value: str) -> list[str]:
    """The Run key's command line, as set_windows wrote it (a path with spaces in quotes)."""
    parts: list[str] = []
    for index, piece in enumerate(value.split('"')):
        parts += [piece] if index % 2 else piece.split()
    return parts
