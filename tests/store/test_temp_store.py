"""Statement journals and sorts stay in memory on every connection the store opens."""

from __future__ import annotations

from pathlib import Path

from on_a_worker import in_a_thread

from netdesk.store.database import open_database
from netdesk.store.models import db


def _temp_store() -> int:
    return int(db.execute_sql("PRAGMA temp_store").fetchone()[0])


def test_temp_files_are_kept_in_memory_on_each_connection(tmp_path: Path) -> None:
    """An import's 500-row INSERT has SQLite copy every page it changes to a statement
    journal first (8,000 pages for 10,000 cards): with the default temp_store that journal is
    a file in /var/tmp, written and thrown away statement after statement."""
    store = open_database(tmp_path / "netdesk.sqlite3")
    try:
        assert _temp_store() == 2  # MEMORY
        assert in_a_thread(_temp_store) == 2  # a worker's own connection too
    finally:
        store.close()
