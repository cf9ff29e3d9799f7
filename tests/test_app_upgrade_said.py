"""After netdesk upgrades an older database, the window says once where the copy of it as it
was is kept, or why none could be: the copy was named only in the log, and nobody was told
that an upgrade had no safety copy (a disk without room for it)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from app_probe import run_probe

from netdesk.app import upgrade_said
from netdesk.store import migrations, upgrade_copy


class _Raw:
    """Just enough of peewee's database for migrations.migrate() over a plain connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def execute_sql(self, sql: str) -> sqlite3.Cursor:
        return self.connection.execute(sql)

    def atomic(self, lock_type: str | None = None) -> sqlite3.Connection:
        return self.connection


def _schema_12(data: Path, people: int = 2) -> Path:
    """A database as netdesk of schema 12 left it, with ``people`` contacts."""
    path = data / "netdesk.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        migrations.migrate(_Raw(connection), str(path), target=12)  # type: ignore[arg-type]
        connection.executemany(
            "INSERT INTO contact (given_name, display_name, sort_key, created_at, updated_at)"
            " VALUES (?, ?, ?, '2026-01-01', '2026-01-01')",
            [(f"P{i}", f"P{i}", f"p{i}") for i in range(people)],
        )
        connection.commit()
    return path


def test_what_is_said_of_the_copy(qapp: object, tmp_path: Path) -> None:
    folder = tmp_path / "data" / "backups"
    kept = folder / "netdesk-20261128-083000-schema12.sqlite3"
    said = upgrade_said(upgrade_copy.UpgradeCopy(12, folder, kept))
    assert said == (
        f"Your database was updated for this version of netdesk; the old one is kept as {kept}."
    )
    assert upgrade_said(upgrade_copy.UpgradeCopy(12, folder, empty=True)) == ""
    no_room = upgrade_said(upgrade_copy.UpgradeCopy(12, folder, free=300 << 20, needed=970 << 20))
    assert no_room == (
        "Your database was updated for this version of netdesk without a copy of the old one: "
        "the disk had 300.00 MiB free, the copy and the update needed 970.00 MiB."
    )
    blocked = upgrade_said(upgrade_copy.UpgradeCopy(12, folder, error="Not a directory"))
    assert blocked.endswith(f"old one: none could be written in {folder} (Not a directory).")


STATUS_PROBE = """
import sys
from netdesk import app

def first_paint(window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def started():
        print("status:", window.statusBar().currentMessage(), flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)

    window.started_up.connect(started)

sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""


def _status(data: Path) -> str:
    result = run_probe(STATUS_PROBE, data)
    assert result.returncode == 0, result.stderr
    [line] = [s for s in result.stdout.splitlines() if s.startswith("status:")]
    return line.removeprefix("status:").strip()


def test_the_window_says_where_the_copy_is_once(tmp_data_dir: Path) -> None:
    _schema_12(tmp_data_dir)
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    said = _status(tmp_data_dir)
    [copy] = upgrade_copy.copies(tmp_data_dir / "backups")
    assert said == (
        f"Your database was updated for this version of netdesk; the old one is kept as {copy}."
    )
    assert _status(tmp_data_dir) == ""  # the next start: nothing upgraded, nothing said


def test_the_window_says_why_no_copy_was_kept(tmp_data_dir: Path) -> None:
    _schema_12(tmp_data_dir)
    (tmp_data_dir / "backups").write_text("a file where the folder would be")
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    said = _status(tmp_data_dir)
    assert said.endswith(
        f"without a copy of the old one: none could be written in {tmp_data_dir / 'backups'} "
        "(File exists)."
    )


def test_nothing_is_said_of_an_empty_database(tmp_data_dir: Path) -> None:
    """No contact and no journal: nothing was at stake, no copy was made, nothing to say."""
    _schema_12(tmp_data_dir, people=0)
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    assert _status(tmp_data_dir) == ""
    assert not (tmp_data_dir / "backups").exists()
