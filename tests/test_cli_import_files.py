"""netdesk-cli import of files that are no contact files: refused, the file named."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import run


def test_import_of_a_text_file_says_it_is_no_contact_file(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Buy milk\nCall mom\nIdeas for the talk: one, two, three\n", "utf-8")
    result = run(tmp_data_dir, "import", str(notes))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "0 new, 0 merged, 0 unchanged, 1 problem",
        f"{notes}:-: error: not a contact file: netdesk reads vCards (.vcf) and tables of "
        "contacts (.csv, .tsv) whose first line names their columns",
    ]
    assert result.stderr == "netdesk-cli: error: nothing was imported\n"
