"""A start that puts an older-schema backup in place of a missing (or damaged) database
migrates it without keeping a second copy of it: the backup itself is that copy."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from pathlib import Path

from app_probe import run_probe
from test_app import RESCUE_PROBE

from netdesk.store import migrations

sys.path.insert(0, str(Path(__file__).resolve().parent / "store"))
from raw_connection import RawDatabase


def test_an_older_backup_put_in_place_at_start_is_its_own_copy(tmp_data_dir: Path) -> None:
    """It left a "Kept before an upgrade" copy of the backup just put in place, listed first
    in the backups, as a restore from the window did (bdc23a8)."""
    folder = tmp_data_dir / "backups"
    folder.mkdir()
    source = folder / "netdesk-20260101-090000.sqlite3"
    with contextlib.closing(sqlite3.connect(source)) as connection:
        migrations.migrate(RawDatabase(connection), str(source), target=12)
        connection.execute(
            "INSERT INTO contact (given_name, display_name, sort_key, created_at, updated_at)"
            " VALUES ('Ada', 'Ada', 'ada', '2026-01-01', '2026-01-01')"
        )
        connection.commit()
    before = source.read_bytes()
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")

    result = run_probe(RESCUE_PROBE, tmp_data_dir)

    assert result.returncode == 0, result.stderr
    _asked, started = result.stdout.splitlines()
    assert started == f"started 1 Restored {source.name}.", result.stderr
    assert source.read_bytes() == before
    names = [p.name for p in folder.iterdir()]  # with the day's backup, made at start
    assert source.name in names
    assert not [name for name in names if "-schema" in name]  # no "-schema12" copy of it
    with contextlib.closing(sqlite3.connect(tmp_data_dir / "netdesk.sqlite3")) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    assert version == migrations.SCHEMA_VERSION
