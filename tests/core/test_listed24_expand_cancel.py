"""core's expand_paths hears Cancel while listing a folder, and lists as before."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netdesk.core.importing import ImportCancelled, expand_paths

BEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEND:VCARD\r\n"


def test_cancel_is_heard_every_200_files_of_one_folder(tmp_path: Path) -> None:
    for number in range(450):
        (tmp_path / f"p{number:03}.vcf").write_text(BEN, encoding="utf-8")
    looks: list[int] = []

    def cancelled() -> bool:  # Cancel pressed once the folder was listed and 200 files seen
        looks.append(1)
        return len(looks) > 2

    with pytest.raises(ImportCancelled):
        expand_paths([str(tmp_path)], cancelled)
    assert len(looks) == 3  # one after the folder, one at file 0, one at file 200
    looks.clear()
    files, _ = expand_paths([str(tmp_path)], lambda: bool(looks.append(1)))
    assert len(files) == 450 and len(looks) == 1 + 3  # the folder, files 0, 200, 400


def test_names_are_chosen_by_their_suffix_as_pathlib_reads_it(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    for name in (".vcf", "..vcf", "a.VCARD", "b.Tsv", "c.vcf.", "d.vcf.bak", "e.csv", "f.txt"):
        (drop / name).write_text(BEN, encoding="utf-8")
    (drop / "g.vcf").mkdir()  # a folder named like a contact file: not a file to read
    os.symlink(tmp_path / "moved.vcf", drop / "h.vcf")
    files, problems = expand_paths([str(drop), str(drop / "e.csv")], lambda: False)
    # ".vcf" is a hidden file with no suffix; "..vcf" has one (Path("..vcf").suffix)
    assert [Path(f).name for f in files] == ["..vcf", "a.VCARD", "b.Tsv", "e.csv"]
    assert [(Path(p.file).name, p.reason) for p in problems] == [
        ("h.vcf", f"a link to {tmp_path / 'moved.vcf'}, which is not there")
    ]
    assert expand_paths([str(drop), str(drop / "e.csv")]) == (files, problems)
