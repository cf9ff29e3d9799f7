"""A failed import or add in a folder with no database leaves none behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_a_failed_import_into_a_mistyped_folder_leaves_no_empty_database(
    tmp_path: Path,
) -> None:
    """`netdesk-cli --data-dir ~/netdsk import contacts.vfc` (two typos) made ~/netdsk and an
    empty database in it: every later command there answered as an empty address book
    ('contacts: 0') instead of saying the folder holds no database."""
    typo = tmp_path / "netdsk"
    failed = _run(typo, "import", str(tmp_path / "contacts.vfc"))
    assert failed.returncode == 1
    assert "no such file" in failed.stdout
    assert not typo.exists()
    stats = _run(typo, "stats")
    assert stats.returncode == 1
    assert stats.stderr.startswith(f"netdesk-cli: error: no netdesk database in {typo}")


def test_a_refused_add_in_an_empty_folder_leaves_it_empty(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    # introduced by nobody there: refused once the database is open (a bad --phone, exit 2
    # now, is refused as bad whatever the folder holds)
    refused = _run(folder, "add", "--name", "Ana Gil", "--met-through", "7")
    assert refused.returncode == 1
    assert list(folder.iterdir()) == []  # the folder, the user's, stays


def test_a_database_that_held_something_or_was_there_is_kept(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert _run(folder, "add", "--name", "Ana Gil").returncode == 0
    assert _run(folder, "add", "--name", "Bo", "--met-through", "7").returncode == 1
    assert _run(folder, "import", str(tmp_path / "missing.vcf")).returncode == 1
    assert "contacts: 1" in _run(folder, "stats").stdout
    (tmp_path / "kept.csv").write_text("First Name,Last Name,E-mail Address\nCy,Tan,cy@x.org\n")
    fresh = tmp_path / "fresh"
    assert _run(fresh, "import", str(tmp_path / "kept.csv")).returncode == 0
    assert "contacts: 1" in _run(fresh, "stats").stdout
