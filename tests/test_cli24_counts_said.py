"""netdesk-cli's notes count as the demo does ("1,200"), and say one match as one: "Exported
1200 contacts" beside "Added 1,200 demo contacts", and "showing the first 1 matches"."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import ok, run


def test_one_match_shown_is_said_as_one(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    result = run(tmp_data_dir, "search", "ana", "--limit", "1")
    assert result.returncode == 0
    assert result.stderr == "netdesk-cli: showing the first match; --limit N shows more\n"


def test_an_export_of_thousands_is_counted_with_separators(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    cards = tmp_path / "many.vcf"
    cards.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person {n}\r\nN:{n};Person;;;\r\n"
            f"EMAIL:p{n}@example.org\r\nEND:VCARD\r\n"
            for n in range(1200)
        ),
        encoding="utf-8",
    )
    ok(tmp_data_dir, "import", str(cards))
    result = run(tmp_data_dir, "export", "--out", "-")
    assert result.returncode == 0
    assert result.stderr == "Exported 1,200 contacts to standard output\n"
