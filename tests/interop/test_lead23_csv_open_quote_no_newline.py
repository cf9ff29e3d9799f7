"""A quote never closed on the file's last line, with no line break at the end, is refused
as one with a line break is: 'Ben,"Stone,b@x.org' at the end of a file imported Ben with
the family name 'Stone,b@x.org' (the rest of its row) and only a "cut short?" warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.interop.csvfile import read_csv_file

_TEXT = 'First Name,Last Name,E-mail Address\nAna,Gil,a@x.org\nBen,"Stone,b@x.org'


@pytest.mark.parametrize("end", ["", "\n"])
def test_an_open_quote_on_the_last_line_is_refused_whatever_ends_the_file(
    tmp_path: Path, end: str
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(_TEXT + end, encoding="utf-8")
    result = read_csv_file(path)
    assert [card.contact.given_name for card in result.cards] == ["Ana"]
    said = [str(problem) for problem in result.problems]
    assert len(said) == 1, said
    assert said[0].startswith(f"{path}, line 3: error: a quote opened on this line is never closed")


def test_a_closed_quote_on_an_unterminated_last_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(_TEXT + '"', encoding="utf-8")
    result = read_csv_file(path)
    names = [(c.contact.given_name, c.contact.family_name) for c in result.cards]
    assert names == [("Ana", "Gil"), ("Ben", "Stone,b@x.org")]
    assert not [p for p in result.problems if p.severity == "error"]
