"""netdesk-cli export into a folder that is not there: said of the folder, where "No such
file or directory" was said of the file being made."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import ok, run


def test_a_missing_folder_or_a_file_in_its_place_is_named(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    missing = tmp_path / "exports"
    result = run(tmp_data_dir, "export", "--out", str(missing / "all.vcf"))
    assert (result.returncode, result.stderr) == (
        1,
        f"netdesk-cli: error: cannot write {missing / 'all.vcf'}: the folder {missing} does "
        "not exist\n",
    )
    assert not missing.exists()
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    result = run(tmp_data_dir, "export", "--out", str(notes / "all.vcf"))
    assert result.stderr == (
        f"netdesk-cli: error: cannot write {notes / 'all.vcf'}: the folder {notes} is a file, "
        "not a folder\n"
    )
    assert notes.read_text() == "x"
