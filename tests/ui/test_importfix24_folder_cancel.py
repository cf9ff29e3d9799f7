"""A dropped folder's listing hears Cancel between folders, and lists what core lists."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netdesk.core.importing import ImportCancelled, expand_paths
from netdesk.ui.import_flow import files_and_unknown_layouts

BEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEND:VCARD\r\n"


def _tree(root: Path, folders: int) -> Path:
    """``folders`` folders deep and wide, a vCard at the bottom: no CSV to sniff."""
    for number in range(folders):
        (root / f"f{number}" / "inner").mkdir(parents=True)
    (root / f"f{folders - 1}" / "inner" / "ben.vcf").write_text(BEN, encoding="utf-8")
    return root


def test_cancel_is_heard_while_a_folder_is_listed(tmp_path: Path) -> None:
    root = _tree(tmp_path / "drop", 60)
    looks: list[int] = []

    def cancelled() -> bool:  # Cancel pressed once three folders were listed
        looks.append(1)
        return len(looks) > 3

    with pytest.raises(ImportCancelled):
        files_and_unknown_layouts([str(root)], cancelled=cancelled)
    assert len(looks) == 4  # not one look per file, nor only once all 121 folders are listed


def test_the_listing_says_what_core_says(tmp_path: Path) -> None:
    from netdesk.core.importing import expand_paths as listed  # Cancel heard in core now

    root = _tree(tmp_path / "drop", 3)
    (root / "f0" / "Ana.VCF").write_text(BEN, encoding="utf-8")
    (root / "f0" / "notes.txt").write_text("x", encoding="utf-8")
    (root / "f1" / "people.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    os.symlink(tmp_path / "moved.vcf", root / "f2" / "gone.vcf")  # a link to nothing
    (root / "f2" / "folder.vcf").mkdir()  # a folder named like a contact file
    empty = tmp_path / "empty"
    (empty / "inner").mkdir(parents=True)
    single = tmp_path / "one.vcf"
    single.write_text(BEN, encoding="utf-8")
    paths = [str(root), str(empty), str(single), str(root / "f0" / "Ana.VCF")]
    assert listed(paths, lambda: False) == expand_paths(paths)
    files, problems = listed(paths, lambda: False)
    assert len(files) == 4 and len(problems) == 2  # the link, the empty folder
