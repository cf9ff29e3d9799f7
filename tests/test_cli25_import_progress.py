"""netdesk-cli import --progress says each step once, and says no writing when nothing is new:
an import of what is there already said "writing 0/0 contacts", and a one-card file
"reading 69%" three times and "writing 1/1 contacts" twice."""

from __future__ import annotations

import itertools
from pathlib import Path

from tests.test_cli import ok, run


def _progress(data_dir: Path, file: Path) -> list[str]:
    result = run(data_dir, "import", str(file), "--progress")
    assert result.returncode == 0, result.stderr
    return result.stderr.splitlines()


def test_each_step_is_said_once_and_nothing_new_is_not_written(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    card = tmp_path / "ana.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Gil\r\nN:Gil;Ana;;;\r\nEND:VCARD\r\n")
    first = _progress(tmp_data_dir, card)
    assert first[0] == "reading 1 file(s)…"
    assert first[-1] == "writing 1/1 contacts"
    assert all(a != b for a, b in itertools.pairwise(first)), first
    again = _progress(tmp_data_dir, card)  # unchanged: nothing to write
    assert not [line for line in again if line.startswith("writing")], again
    assert all(a != b for a, b in itertools.pairwise(again)), again
    assert ok(tmp_data_dir, "search", "gil").count("Ana Gil") == 1
