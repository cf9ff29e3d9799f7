"""What a CSV import says of a value names the line the value is on: after a note quoted over
several lines, a bad birthday on line 5 of a row starting on line 2 said "line 2"."""

from __future__ import annotations

from pathlib import Path

from netdesk.interop.csvfile import read_csv_file


def _said(tmp_path: Path, text: str) -> list[tuple[int | None, str]]:
    path = tmp_path / "contacts.csv"
    path.write_bytes(text.encode("utf-8"))
    result = read_csv_file(path)
    assert result.cards, result.problems
    return [(p.line, p.reason) for p in result.problems]


def test_a_bad_value_after_a_note_over_lines_is_said_on_its_own_line(tmp_path: Path) -> None:
    text = (
        "First Name,Notes,Birthday,E-mail Address\r\n"
        "Zoe,short,1990-01-02,zoe@x.org\r\n"  # 2
        'Ana,"a note\r\nover three\r\nlines",someday,not an address\r\n'  # 3, 4, 5
        'Ben,"two\nlines",,ben@x.org\r\n'  # 6, 7
    )
    assert _said(tmp_path, text) == [
        (5, "'someday' is not a date; date dropped"),
        (5, "'not an address' is not an e-mail address; kept as the field 'E-mail (as written)'"),
    ]


def test_a_google_event_is_said_on_the_line_of_its_value(tmp_path: Path) -> None:
    text = (
        "Name,Given Name,Family Name,Notes,E-mail 1 - Type,E-mail 1 - Value,Event 1 - Type,"
        "Event 1 - Value\n"
        'Ana Gil,Ana,Gil,"met at\nthe fair",* Home,ana@x.org,Anniversary,the day we met\n'
    )
    assert _said(tmp_path, text) == [
        (3, "'the day we met' is not a date; date dropped"),
    ]


def test_what_is_said_of_the_whole_row_stays_on_its_first_line(tmp_path: Path) -> None:
    text = (
        "First Name,Notes,E-mail Address\n"
        'Ana,"a note\nover two",ana@x.org,extra,cells\n'  # 2, 3: too many cells
    )
    said = _said(tmp_path, text)
    assert [line for line, _ in said] == [2]
    assert said[0][1].startswith("row has 5 cells where the file has 3 columns")
