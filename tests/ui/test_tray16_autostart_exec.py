"""Start at login: the Exec line of the autostart entry, read as the Desktop Entry spec says
(and, where GLib's ``gio`` is installed, as GLib launches it) for an install path holding a
space, a ``$``, a backslash, a backquote and double quotes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from netdesk.ui import autostart

# "The Exec key": reserved characters force quoting; inside quotes these four are escaped
RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
QUOTE_ESCAPED = set('"`$\\')
# "Possible value types", type string: the escapes a reader undoes before anything else
STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def _spec_arguments(value: str) -> list[str]:
    """The program and arguments of an Exec value, read strictly from the spec's text: first
    the string escapes (an unknown one makes the value unreadable, as GLib has it), then the
    double-quoted arguments, then ``%%``."""
    unescaped: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            assert following in STRING_ESCAPES, f"invalid escape \\{following} in {value!r}"
            unescaped.append(STRING_ESCAPES[following])
        else:
            unescaped.append(char)
    text = "".join(unescaped)
    arguments: list[str] = []
    index = 0
    while index < len(text):
        if text[index] == " ":
            index += 1
            continue
        current: list[str] = []
        if text[index] == '"':
            index += 1
            while text[index] != '"':
                if text[index] == "\\":
                    index += 1
                    assert text[index] in QUOTE_ESCAPED, f"\\{text[index]} inside quotes"
                current.append(text[index])
                index += 1
            index += 1
            assert index == len(text) or text[index] == " ", "a quoted argument is whole"
        else:
            while index < len(text) and text[index] != " ":
                assert text[index] not in RESERVED, f"{text[index]!r} unquoted in {text!r}"
                current.append(text[index])
                index += 1
        arguments.append("".join(current).replace("%%", "%"))
    return arguments


def _exec_value(entry_text: str) -> str:
    line = next(line for line in entry_text.splitlines() if line.startswith("Exec="))
    return line[len("Exec=") :]


def _program_writing_its_arguments(folder: Path, out: Path) -> Path:
    folder.mkdir(parents=True)
    program = folder / "netdesk"
    program.write_text(
        f"#!{sys.executable}\nimport json, sys\n"
        f"open({str(out)!r}, 'w').write(json.dumps(sys.argv))\n",
        encoding="utf-8",
    )
    program.chmod(0o755)
    return program


def test_an_install_path_with_dollar_backslash_and_space_starts_at_login(
    qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "argv.json"
    # no % in the program's path: GLib looks for the program before it undoes %%
    program = _program_writing_its_arguments(tmp_path / 'my $HOME \\ `apps` "x"', out)
    data = tmp_path / "data $USER \\ it's 50%"
    command = [str(program), "--data-dir", str(data), "--minimized"]
    entry = autostart.set_linux(True, command)

    assert _spec_arguments(_exec_value(entry.read_text(encoding="utf-8"))) == command
    assert autostart.login_command() == command
    assert autostart.is_start_at_login(data)
    gio = shutil.which("gio")
    if gio is not None:  # GLib's own reading and launch, as GNOME starts it at login
        subprocess.run([gio, "launch", str(entry)], check=True, env=dict(os.environ), timeout=30)
        qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=10000)
        assert json.loads(out.read_text(encoding="utf-8")) == command


def test_every_argument_reads_back_as_the_spec_reads_it() -> None:
    for part in (
        "/opt/my apps/netdesk",
        "/a/$b",
        "C:\\x",
        'say "hi"',
        "`cmd`",
        "tab\there",
        "line\nbreak",
        "100%",
        "it's ~ <a> | b & c; d * e ? f # (g)",
        "",
        "plain",
    ):
        command = ["/bin/netdesk", part, "--minimized"]
        exec_line = _exec_value(autostart.desktop_entry(command))
        assert _spec_arguments(exec_line) == command, exec_line
        assert autostart._desktop_unquote(exec_line) == command, exec_line


def test_an_entry_an_older_netdesk_wrote_with_one_escape_level_is_written_again(
    tmp_path: Path,
) -> None:
    """Its Exec line, which GLib refuses whole, read as off (Preferences showed the box ticked
    while nothing started) and written anew at the next start, for the same data folder."""
    data = tmp_path / "costs $ and more"
    entry = autostart.xdg_autostart_file()
    entry.parent.mkdir(parents=True)
    older = autostart.desktop_entry([sys.executable, "--data-dir", "DATA", "--minimized"])
    one_level = '"' + str(data).replace("$", "\\$") + '"'  # as netdesk wrote it until now
    entry.write_text(older.replace("DATA", one_level), "utf-8")
    assert autostart.login_command() == [sys.executable, "--data-dir", str(data), "--minimized"]
    assert not autostart.is_start_at_login(data)
    assert not autostart.refresh_start_at_login(tmp_path / "another folder")
    assert autostart.refresh_start_at_login(data)
    value = _exec_value(entry.read_text(encoding="utf-8"))
    assert _spec_arguments(value) == autostart.launch_command(data)
    assert autostart.is_start_at_login(data)
    assert not autostart.refresh_start_at_login(data)  # once is enough


def test_an_older_entry_with_a_backslash_is_read_as_glib_reads_it() -> None:
    r"""Inside quotes a backslash before another character than " ` $ \ is itself: an
    older netdesk's "C:\\x" (one level) is C:\x, as GLib starts it, not C:x."""
    assert autostart._desktop_unquote('"/opt/a b/py" --data-dir "/d/a\\\\x" --minimized') == [
        "/opt/a b/py",
        "--data-dir",
        "/d/a\\x",
        "--minimized",
    ]
