"""A CSV row whose quote is never closed is refused, with the line the quote opened on: the
csv module read the rest of the file into that one cell, and the row was imported with a
name of several lines (the rows after it inside it), with only a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.interop.csvfile import read_csv_file

_HEADER = "First Name,Last Name,E-mail Address,Notes"


def _read(tmp_path: Path, lines: list[str], end: str = "\n") -> tuple[list[str], list[str]]:
    path = tmp_path / "contacts.csv"
    path.write_bytes(end.join([_HEADER, *lines]).encode("utf-8") + end.encode())
    result = read_csv_file(path)
    names = [card.contact.given_name for card in result.cards]
    return names, [str(problem) for problem in result.problems]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_a_row_whose_first_cell_opens_a_quote_never_closed_is_refused(
    tmp_path: Path, end: str
) -> None:
    names, said = _read(
        tmp_path,
        ["Zoe,Li,zoe@x.com,fine", '"Ann,Lee,ann@x.com,hi', "Ben,Ho,ben@x.com,", "Cy,Ng,cy@x.com,"],
        end,
    )
    assert names == ["Zoe"]  # not 'Ann,Lee,ann@x.com,hi\nBen,Ho,…' as a first name
    assert said == [
        f"{tmp_path / 'contacts.csv'}, line 3: error: a quote opened on this line is never "
        "closed, so the rest of the file was read as one value: its row (line 3) and the "
        "lines after it, to line 5, were not imported"
    ]


def test_the_line_said_is_where_the_quote_opened_not_where_its_row_began(tmp_path: Path) -> None:
    names, said = _read(
        tmp_path,
        [
            'Zoe,"Li\nWong",zoe@x.com,"two\nlines"',  # closed quotes over lines: fine (2-4)
            'Ann,"Lee\nSmith",ann@x.com,"never closed',  # row at 5, open quote at 6
            "Ben,Ho,ben@x.com,",
        ],
    )
    assert names == ["Zoe"]
    assert len(said) == 1
    assert ", line 6: error: a quote opened on this line is never closed" in said[0]
    assert "its row (line 5) and the lines after it, to line 7, were not imported" in said[0]


def test_only_row_refused_leaves_no_contact_and_no_other_complaint(tmp_path: Path) -> None:
    names, said = _read(tmp_path, ['"Ann,Lee,ann@x.com,hi'])
    assert names == []
    assert len(said) == 1  # not also "only its column names", nor "cut short"
    assert "line 2: error: a quote opened on this line is never closed" in said[0]


@pytest.mark.parametrize(
    "last",
    [
        'Ann,Lee,a@x.com,"two\nlines"',  # the file ends with the closing quote
        'Ann,Lee,a@x.com,"two\nlines"  ',
        'Ann,Lee,a@x.com,"two\nlines" and more',  # closed, text after it kept as read
    ],
)
def test_a_last_cell_quoted_over_lines_and_closed_is_imported(tmp_path: Path, last: str) -> None:
    names, said = _read(tmp_path, ["Zoe,Li,zoe@x.com,", last])
    assert (names, said) == (["Zoe", "Ann"], [])


@pytest.mark.parametrize(
    "header",
    ['"First Name,Last Name,E-mail Address', 'First Name,Last Name,"E-mail Address'],
)
def test_a_quote_never_closed_in_the_column_names_is_said_as_such(
    tmp_path: Path, header: str
) -> None:
    """It said "no contacts in the file: it has only its column names", the rows there."""
    path = tmp_path / "contacts.csv"
    path.write_text(f"{header}\nAna,Gil,a@x.com\nBen,Ho,b@x.com\n", encoding="utf-8")
    result = read_csv_file(path)
    assert result.cards == []
    assert [(p.line, p.severity, p.reason) for p in result.problems] == [
        (1, "error", "a quote opened on this line is never closed, so the rest of the file was "
         "read as one value: its row (line 1) and the lines after it, to line 3, were not "
         "imported")
    ]  # fmt: skip
