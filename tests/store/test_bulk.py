"""Bulk import writes: the transaction's page cache is raised for the import and restored."""

from __future__ import annotations

import pytest

from netdesk.core import Core
from netdesk.store import bulk
from netdesk.store.models import db


def _cache_size() -> int:
    return int(db.execute_sql("PRAGMA cache_size").fetchone()[0])


def test_write_transaction_raises_the_page_cache_and_restores_it(core: Core) -> None:
    before = _cache_size()
    assert before != bulk.IMPORT_CACHE_KIB
    with bulk.write_transaction():
        assert _cache_size() == bulk.IMPORT_CACHE_KIB
    assert _cache_size() == before


def test_the_page_cache_is_restored_when_the_import_fails(core: Core) -> None:
    before = _cache_size()
    with pytest.raises(RuntimeError), bulk.write_transaction():
        raise RuntimeError("cancelled")
    assert _cache_size() == before
