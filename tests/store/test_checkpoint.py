"""A bulk write leaves the WAL checkpoint to a background thread instead of its COMMIT."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core import types as t
from netdesk.store import bulk, checkpoint
from netdesk.store.models import db


def _write(core: Core, count: int) -> None:
    with bulk.write_transaction():
        bulk.insert_contacts(
            [(t.Contact(given_name=f"Person {i}", notes="x" * 500), None) for i in range(count)],
            core.clock.now(),
        )


def test_the_commit_of_a_bulk_write_does_not_checkpoint_and_the_setting_is_restored(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Path(db.database)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("PRAGMA wal_autocheckpoint=10")  # any commit over 10 pages would checkpoint
    size = database.stat().st_size
    started: list[str] = []
    monkeypatch.setattr(checkpoint, "start", started.append)
    _write(core, 300)
    assert started == [db.database]
    assert database.stat().st_size == size  # every new page is still only in the WAL
    assert db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 10
    with sqlite3.connect(database) as other:  # committed: another connection sees it all
        assert other.execute("SELECT count(*) FROM contact").fetchone()[0] == 300


def test_the_background_checkpoint_moves_the_pages_into_the_file(core: Core) -> None:
    database = Path(db.database)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size = database.stat().st_size
    _write(core, 300)
    checkpoint.wait()
    assert database.stat().st_size > size
    busy, frames, copied = db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert (busy, copied) == (0, frames)


def test_a_failed_write_starts_no_checkpoint(core: Core, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[str] = []
    monkeypatch.setattr(checkpoint, "start", started.append)
    with pytest.raises(RuntimeError), bulk.write_transaction():
        raise RuntimeError("cancelled")
    assert started == []


def test_a_checkpoint_of_a_removed_file_creates_nothing(tmp_path: Path) -> None:
    gone = tmp_path / "gone.sqlite3"
    checkpoint.start(str(gone)).join()
    assert not gone.exists()


def test_closing_the_store_waits_for_the_checkpoint(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    waited: list[bool] = []
    monkeypatch.setattr(checkpoint, "wait", lambda: waited.append(True))
    core.close()
    assert waited == [True]


def test_the_wal_a_big_write_grew_is_cut_back_once_checkpointed(core: Core) -> None:
    """The -wal is written over from its start after a checkpoint but never shrank: a big
    import's (44 MB for 10,000 contacts) stayed on disk until netdesk quit."""
    from netdesk.store.database import WAL_KEPT_BYTES

    wal = Path(f"{db.database}-wal")
    with bulk.write_transaction():
        bulk.insert_contacts(
            [(t.Contact(given_name=f"P{i}", notes="x" * 2000), None) for i in range(3000)],
            core.clock.now(),
        )
    checkpoint.wait()
    assert wal.stat().st_size > 2 * WAL_KEPT_BYTES
    core.contacts.create(t.Contact(given_name="Next"))  # the next write begins the WAL again
    assert wal.stat().st_size <= WAL_KEPT_BYTES
    assert core.contacts.count() == 3001
