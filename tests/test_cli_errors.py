"""netdesk-cli's errors: one line on stderr naming the file or the field, the right exit
code, never a traceback, and nothing changed."""

from __future__ import annotations

import json
import logging
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from lock_holder import LockHolder

from tests.test_cli import ok, run


def one_error_line(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def cli_log_handlers() -> Iterator[None]:
    """main() run in this process adds its log handler to the root logger: taken off after."""
    before = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(
    tmp_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    cli_log_handlers: None,
) -> None:
    from netdesk import cli

    def broken(self: cli.Commands, args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli.Commands, "cmd_stats", broken)
    ok(tmp_data_dir, "add", "--name", "Ana")
    assert cli.main(["--data-dir", str(tmp_data_dir), "stats"]) == 1
    log_file = tmp_data_dir / "logs" / "netdesk.log"
    err = capsys.readouterr().err
    assert err == f"netdesk-cli: error: unexpected RuntimeError: boom (details in {log_file})\n"
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: boom" in logged


def test_a_file_name_that_is_not_utf8_is_logged_escaped(
    tmp_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    cli_log_handlers: None,
) -> None:
    """An old archive's 'café' in Latin-1 reaches Python as 'caf\\udce9': the log's strict
    UTF-8 lost the whole line (traceback and all), and said nothing."""
    from netdesk import cli

    def broken(self: cli.Commands, args: object) -> int:
        raise RuntimeError("cannot read caf\udce9.vcf")

    monkeypatch.setattr(cli.Commands, "cmd_stats", broken)
    ok(tmp_data_dir, "add", "--name", "Ana")
    assert cli.main(["--data-dir", str(tmp_data_dir), "stats"]) == 1
    capsys.readouterr()
    logged = (tmp_data_dir / "logs" / "netdesk.log").read_text(encoding="utf-8")
    assert "RuntimeError: cannot read caf\\udce9.vcf" in logged


def test_a_command_that_logs_nothing_writes_no_log(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana")
    ok(tmp_data_dir, "stats")
    assert not (tmp_data_dir / "logs").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["stats"],
        ["search", "ana"],
        ["show", "1"],
        ["due"],
        ["export", "--out", "-"],
        ["backup"],
        ["log", "1", "--kind", "call", "--summary", "x"],
        ["followup", "1", "--due", "2026-01-01"],
    ],
)
def test_a_folder_without_a_database_is_named_not_made_into_an_empty_one(
    tmp_path: Path, args: list[str]
) -> None:
    """A mistyped --data-dir printed 'contacts: 0' (an empty address book) and left a new
    database in the mistyped folder."""
    typo = tmp_path / "netdesk-dta"
    line = one_error_line(run(typo, *args))
    assert line == (
        f"netdesk-cli: error: no netdesk database in {typo}: check --data-dir (or "
        "$NETDESK_DATA_DIR); add, import or demo start one"
    )
    assert not typo.exists()
    typo.mkdir()  # an existing folder without one: the same
    assert one_error_line(run(typo, *args)) == line
    assert list(typo.iterdir()) == []
    (typo / "netdesk.sqlite3").touch()  # an empty file (a full disk, a copy cut short): too
    assert one_error_line(run(typo, *args)) == line
    assert (typo / "netdesk.sqlite3").stat().st_size == 0


def test_commands_that_start_a_database_still_do(tmp_path: Path) -> None:
    ok(tmp_path / "new", "add", "--name", "Ana")
    assert json.loads(ok(tmp_path / "new", "--json", "stats"))["contacts"] == 1


def damage_the_contacts_table(database: Path) -> None:
    connection = sqlite3.connect(database)
    page = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'")
    number = page.fetchone()[0]
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with database.open("r+b") as file:
        file.seek((number - 1) * size)
        file.write(b"\xff" * size)


@pytest.mark.parametrize("args", [["show", "1"], ["add", "--name", "Bo"], ["search", "ana"]])
def test_a_damaged_database_is_named_with_what_to_do(tmp_data_dir: Path, args: list[str]) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    database = tmp_data_dir / "netdesk.sqlite3"
    damage_the_contacts_table(database)
    line = one_error_line(run(tmp_data_dir, *args))
    assert line == (
        f"netdesk-cli: error: {database} is damaged (database disk image is malformed); "
        "restore a backup with: netdesk-cli restore FILE"
    )


def test_a_database_another_program_is_writing_is_named(tmp_data_dir: Path) -> None:
    """The write lock held by another process (the app, an sqlite3 shell) for the 5 seconds
    netdesk waits: told, and nothing written."""
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    database = tmp_data_dir / "netdesk.sqlite3"
    holder = LockHolder(database)
    try:
        line = one_error_line(run(tmp_data_dir, "add", "--name", "Bo Lind"))
    finally:
        holder.release()
    assert line == (
        f"netdesk-cli: error: {database} is locked by another program; close it and try again."
    )
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 1


def test_an_empty_data_dir_is_a_usage_error_not_the_real_data_folder(tmp_path: Path) -> None:
    """`--data-dir "$UNSET"` used to open (and create) the user's own data folder."""
    import os

    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "home-data"))
    result = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", "", "add", "--name", "X"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    line = one_error_line(result, 2)  # type: ignore[arg-type]
    assert line == "netdesk-cli: error: argument --data-dir: empty folder name"
    assert not (tmp_path / "home-data").exists()


def test_a_file_where_the_data_folder_should_be_is_named(tmp_path: Path) -> None:
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("x", encoding="utf-8")
    for folder in (in_the_way, in_the_way / "data"):
        line = one_error_line(run(folder, "stats"))
        assert line == (
            f"netdesk-cli: error: cannot use {folder} as the data folder: "
            f"{in_the_way} is a file, not a folder"
        )


def test_restoring_the_database_onto_itself_is_refused_at_once(tmp_data_dir: Path) -> None:
    """It used to wait on its own lock for good, deaf to Ctrl+C."""
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    database = tmp_data_dir / "netdesk.sqlite3"
    line = one_error_line(run(tmp_data_dir, "restore", str(database)))
    assert line == (
        f"netdesk-cli: error: {database} is the database itself; give a backup file, such as "
        f"one in {tmp_data_dir / 'backups'}"
    )
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--phone", "abc"], "--phone 'abc' is not a phone number"),
        (
            ["--phone", "+34 12"],
            "--phone '+34 12' is not a valid number for its country: check the digits, "
            "or start with + and the country code",
        ),
        (
            ["--email", "ana(at)x.org"],
            "--email 'ana(at)x.org' is not an e-mail address (expected name@example.org).",
        ),
    ],
)
def test_add_refuses_what_the_card_refuses(
    tmp_data_dir: Path, args: list[str], message: str
) -> None:
    line = one_error_line(run(tmp_data_dir, "add", "--name", "Ana Gil", *args), 2)
    assert line == f"netdesk-cli add: error: {message}"  # a usage error, as argparse's
    # nothing added, and no empty database left in the folder it was to start in
    assert not (tmp_data_dir / "netdesk.sqlite3").exists()
    ok(tmp_data_dir, "add", "--name", "Bo Lind")
    line = one_error_line(run(tmp_data_dir, "add", "--name", "Ana Gil", *args), 2)
    assert line == f"netdesk-cli add: error: {message}"
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 1


def test_add_refuses_a_contact_without_any_name(tmp_data_dir: Path) -> None:
    line = one_error_line(run(tmp_data_dir, "add", "--name", "  "), 2)
    assert line == (
        "netdesk-cli add: error: --name is empty: give the contact a name (or an --org, --email "
        "or --phone)"
    )
    assert ok(tmp_data_dir, "add", "--name", "", "--org", "Acme").strip() == "1"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["followup", "1", "--due", "2026-13-40"], "argument --due: not a date: "),
        (
            ["log", "1", "--kind", "call", "--summary", "x", "--at", "2026-02-30T10:00"],
            "argument --at: not a date: ",
        ),
        (
            ["add", "--name", "X", "--met-on", "2026-13"],
            "argument --met-on: '2026-13' is not a date of the calendar",
        ),
        (["show", "one"], "argument ID: not a contact id: 'one'"),
        (["show", "99999999999999999999"], "argument ID: not a contact id: '9999"),
        (["add", "--name", "X", "--met-through", "0"], "argument --met-through: not a contact id"),
        (["export", "--out", "x.vcf", "--tag", ""], "argument --tag: must not be empty"),
    ],
)
def test_bad_values_are_usage_errors_naming_the_option(
    tmp_data_dir: Path, args: list[str], message: str
) -> None:
    line = one_error_line(run(tmp_data_dir, *args), 2)
    assert message in line


def test_restore_over_a_damaged_database_answers_json_as_every_command_does(
    tmp_path: Path,
) -> None:
    """It printed ASCII-escaped JSON on one line ("Jos\\u00e9"), unlike every other --json."""
    data_dir = tmp_path / "José" / "data"
    ok(data_dir, "add", "--name", "Ana Gil")
    saved = tmp_path / "José" / "saved.sqlite3"
    ok(data_dir, "backup", "--out", str(saved))
    damage_the_contacts_table(data_dir / "netdesk.sqlite3")
    result = run(data_dir, "--json", "restore", str(saved))
    assert result.returncode == 0, result.stderr
    said = json.loads(result.stdout)
    assert said["restored"] == str(saved)
    assert result.stdout == json.dumps(said, ensure_ascii=False, indent=2) + "\n"
    assert json.loads(ok(data_dir, "--json", "stats"))["contacts"] == 1
