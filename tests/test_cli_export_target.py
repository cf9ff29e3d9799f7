"""netdesk-cli export: the file it writes (never a database, never a folder) and its progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import ok, run


def test_export_onto_the_database_or_a_backup_is_refused(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    """`--out DATA/netdesk.sqlite3` (the shell completing the one file in the folder) said
    "Exported 1 contact" and left a vCard where the database was: every later command
    found "not a netdesk database"."""
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    database = tmp_data_dir / "netdesk.sqlite3"
    backup = tmp_path / "monday.sqlite3"
    ok(tmp_data_dir, "backup", "--out", str(backup))
    for target, fmt in ((database, "vcard4"), (backup, "csv")):
        result = run(tmp_data_dir, "export", "--out", str(target), "--format", fmt)
        assert result.returncode == 1
        [line] = result.stderr.splitlines()
        assert line.startswith(f"netdesk-cli: error: {target} is ")
        assert "never replaces" in line
        assert target.read_bytes().startswith(b"SQLite format 3\x00")
    assert ok(tmp_data_dir, "stats").startswith("contacts: 1\n")


def test_a_csv_exports_progress_counts_the_contacts_there_are(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    """A contact counts half read, half written: "exporting 6/6 contacts" was said of 3."""
    for name in ("Ana Gil", "Ben Ruiz", "Cleo Sanz"):
        ok(tmp_data_dir, "add", "--name", name)
    for out in (str(tmp_path / "all.csv"), "-"):
        result = run(tmp_data_dir, "export", "--out", out, "--format", "csv", "--progress")
        assert result.returncode == 0, result.stderr
        said = [line for line in result.stderr.splitlines() if line.startswith("exporting ")]
        assert said and set(said) == {"exporting 3/3 contacts"}, said


@pytest.mark.parametrize("command", ["export", "backup"])
def test_an_out_ending_in_a_slash_is_a_folder_not_a_file(
    tmp_data_dir: Path, tmp_path: Path, command: str
) -> None:
    """`--out exports/` (a folder to be) wrote a file named "exports" and said it had."""
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    result = run(tmp_data_dir, command, "--out", f"{tmp_path}/exports/")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"netdesk-cli {command}: error: argument --out: {tmp_path}/exports/ names a folder, "
        "not a file: add the file's name"
    ]
    assert not (tmp_path / "exports").exists()
