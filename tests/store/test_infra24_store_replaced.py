"""Store.replaced: another database file opened after a Store (every Store reads through the
one shared connection) makes what it reads that other file's."""

from __future__ import annotations

from pathlib import Path

from netdesk.store.database import open_database


def test_a_store_is_replaced_by_another_file_opened_not_by_its_own_opened_again(
    tmp_path: Path,
) -> None:
    first = open_database(tmp_path / "a" / "netdesk.sqlite3")
    assert not first.replaced
    second = open_database(tmp_path / "b" / "netdesk.sqlite3")
    assert first.replaced and not second.replaced
    second.close()
    assert first.replaced  # closed: still no longer the first file's connection
    again = open_database(tmp_path / "a" / "netdesk.sqlite3")  # (a restore's reopen)
    assert not first.replaced and not again.replaced and second.replaced
    again.close()
