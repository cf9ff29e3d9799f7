"""A file of another name than .vcf/.csv/.tsv is read only when its content is contacts: a
vCard, a CSV of a known layout, or a table; any other text is refused, the file named."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.core.importing import unknown_csv_headers
from netdesk.interop.csvfile import read_contacts_file
from netdesk.interop.problems import ImportFileError

NOTES = "Buy milk\nCall mom tomorrow\nIdeas for the talk: one, two, three\n"


@pytest.mark.parametrize("name", ["notes.txt", "notes.md", "README", "todo.log"])
def test_text_that_is_no_table_is_refused_naming_the_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(NOTES, encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        read_contacts_file(path)
    assert refused.value.file == str(path)
    assert refused.value.reason.startswith("not a contact file: netdesk reads vCards (.vcf)")
    # the app asks which column holds what only of the files it will read
    assert unknown_csv_headers([str(path)]) == {}


def test_a_csv_named_so_is_read_as_one_whatever_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text(NOTES, encoding="utf-8")
    result = read_contacts_file(path)
    assert result.cards == []
    assert [p.reason for p in result.problems] == [
        "no contacts in the file: it has only its column names"
    ]


def test_a_misnamed_vcard_and_tables_of_other_names_are_read(tmp_path: Path) -> None:
    card = tmp_path / "card.txt"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Li;Bo;;;\nFN:Bo Li\nEND:VCARD\n", "utf-8")
    assert [c.contact.family_name for c in read_contacts_file(card).cards] == ["Li"]
    # Outlook's "Tab Separated Values" export is a .txt
    outlook = tmp_path / "outlook.txt"
    outlook.write_text(
        "First Name\tLast Name\tE-mail Address\nAna\tGil\tana@gil.es\n", encoding="utf-8"
    )
    assert [c.contact.given_name for c in read_contacts_file(outlook).cards] == ["Ana"]
    # a table of its own layout: its columns are asked for, as a .csv's
    table = tmp_path / "people.txt"
    table.write_text("Person;Mail\nAna Gil;ana@gil.es\nBo Li;bo@li.cn\n", encoding="utf-8")
    assert unknown_csv_headers([str(table)]) == {str(table): ["Person", "Mail"]}
    assert read_contacts_file(table).format == "csv-custom"
