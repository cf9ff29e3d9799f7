"""A Google-layout event whose date is dropped is said with its own column."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.interop.csvfile import read_csv_file


@pytest.mark.parametrize(
    ("header", "row"),
    [
        (
            "Name,Birthday,Met On,Event 1 - Type,Event 1 - Value,Event 2 - Type,Event 2 - Value",
            "Ana Gil,1990-05-14,2012-01-02,Graduation,2001-13-45,Anniversary,2010-06-01",
        ),
        (  # said "Notes: '2001-13-45' is not a date", the row's last cell read
            "Name,Birthday,Met On,Event 1 - Type,Event 1 - Value,Notes",
            "Ana Gil,1990-05-14,2012-01-02,Graduation,2001-13-45,met at work",
        ),
    ],
)
def test_a_bad_google_event_date_is_said_with_its_column(
    tmp_path: Path, header: str, row: str
) -> None:
    """netdesk's own Google-layout export holds two dates of its own (Birthday, Met On): a
    dropped event date was said under the header of the row's last cell read."""
    path = tmp_path / "google.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    result = read_csv_file(path)
    assert [(p.line, p.reason) for p in result.problems] == [
        (2, "Event 1 - Value: '2001-13-45' is not a date; date dropped")
    ]
    contact = result.cards[0].contact
    assert contact.birthday is not None and contact.met_on is not None
