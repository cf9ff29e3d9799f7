"""How an import's warnings name its files is worked out once per import, not once per card
merged within it: over a dropped folder of one-card files (a phone backup beside an older
copy of it) that was quadratic in the files, 57 s of CPU to plan 2 × 2,000 of them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.importing import plan_import


def test_the_files_are_named_once_for_the_whole_import(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for folder in ("phone", "old"):
        (tmp_path / folder).mkdir()
        for n in range(30):
            (tmp_path / folder / f"c{n}.vcf").write_text(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nEMAIL:p{n}@example.org\r\n"
                "END:VCARD\r\n",
                encoding="utf-8",
            )
    looks: list[object] = []
    common = os.path.commonpath

    def counted(paths: list[str]) -> str:
        looks.append(paths)
        return common(paths)

    monkeypatch.setattr(os.path, "commonpath", counted)
    plan = plan_import(core, [str(tmp_path / "phone"), str(tmp_path / "old")])
    said = sorted(p.reason for p in plan.problems if "same person" in p.reason)
    assert len(said) == 30
    assert f"the same person as {Path('phone', 'c0.vcf')}, line 1" in said[0]
    assert len(looks) == 1
