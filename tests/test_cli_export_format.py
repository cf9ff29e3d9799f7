"""netdesk-cli export --format that the file's name contradicts: refused, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import ok, run


@pytest.mark.parametrize(
    ("fmt", "name", "said"),
    [
        ("csv", "people.vcf", "writes a CSV file, and {out} is named as a vCard: name it .csv"),
        ("vcard3", "people.CSV", "writes a vCard, and {out} is named as a CSV file: name it .vcf"),
    ],
)
def test_a_format_the_name_contradicts_is_refused(
    tmp_data_dir: Path, tmp_path: Path, fmt: str, name: str, said: str
) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    out = tmp_path / name
    result = run(tmp_data_dir, "export", "--format", fmt, "--out", str(out))
    assert result.returncode == 2
    assert result.stderr == (
        f"netdesk-cli export: error: --format {fmt} {said.format(out=out)}, or leave --format out\n"
    )
    assert not out.exists()


def test_a_format_the_name_does_not_contradict_is_written(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    ok(tmp_data_dir, "export", "--format", "vcard3", "--out", str(tmp_path / "a.vcard"))
    ok(tmp_data_dir, "export", "--format", "csv", "--out", str(tmp_path / "a.txt"))
    assert (tmp_path / "a.vcard").read_text(encoding="utf-8").startswith("BEGIN:VCARD")
    assert "Ana" in ok(tmp_data_dir, "export", "--format", "csv", "--out", "-")
