"""What a CSV import says of a cell it drops names the cell's column."""

from __future__ import annotations

from pathlib import Path

from netdesk.interop.csvfile import read_csv_file


def test_a_date_dropped_is_said_with_its_column(tmp_path: Path) -> None:
    """A row with a birthday and an anniversary said "'1990-13-01' is not a date", never
    which of its dates it dropped (a vCard's says BDAY: or ANNIVERSARY:)."""
    path = tmp_path / "google.csv"
    path.write_text(
        "First Name,Last Name,E-mail Address,Birthday,Anniversary\n"
        "Ana,Gil,ana@example.org,1990-05-14,1990-13-01\n"
        "Bo,Lee,bo@example.org,31/31/1990,\n",
        encoding="utf-8",
    )
    result = read_csv_file(path)
    assert [(p.line, p.reason) for p in result.problems] == [
        (2, "Anniversary: '1990-13-01' is not a date; date dropped"),
        (3, "Birthday: '31/31/1990' is not a date; date dropped"),
    ]
    first = result.cards[0].contact
    assert first.birthday is not None and first.anniversary is None
    assert result.problems[0].template_args == (
        ("column", "Anniversary"),
        ("value", "'1990-13-01'"),
    )
