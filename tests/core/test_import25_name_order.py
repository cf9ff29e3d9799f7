"""A folder's contact files are read in the order a file manager lists them."""

from __future__ import annotations

from pathlib import Path

from netdesk.core.importing import expand_paths

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n"


def test_numbered_files_are_read_in_the_order_of_their_numbers(tmp_path: Path) -> None:
    """A phone's 1.vcf to 120.vcf were read, and previewed, as 1, 10, 100, 101, ..., 11."""
    names = ["2.vcf", "10.vcf", "1.vcf", "Contacts 10.vcf", "contacts 9.vcf", "part-2/a.vcf",
             "part-10/a.vcf", "01.vcf"]  # fmt: skip
    for name in names:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(CARD.format(name=name), encoding="utf-8")
    files, problems = expand_paths([str(tmp_path)])
    assert problems == []
    assert [str(Path(f).relative_to(tmp_path)) for f in files] == [
        "01.vcf", "1.vcf", "2.vcf", "10.vcf", "contacts 9.vcf", "Contacts 10.vcf",
        "part-2/a.vcf", "part-10/a.vcf",
    ]  # fmt: skip
