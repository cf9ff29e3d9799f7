"""The first page read with sqlite3 alone: the same rows as the store's queries, or None."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import migrations
from netdesk.store.first_page import read_first_page, ready
from netdesk.store.listing import ListFilter, SortOrder

NOW = dt.datetime(2026, 3, 2, 9, 0)


def _people(core: Core, count: int) -> list[int]:
    ids = []
    for n in range(count):
        ids.append(
            core.contacts.create(
                Contact(given_name=f"Person {n:03d}", organization="Acme" if n % 2 else "")
            )
        )
    return ids


@pytest.mark.parametrize("sort", list(SortOrder))
def test_the_first_page_is_what_the_store_lists(core: Core, sort: SortOrder) -> None:
    ids = _people(core, 12)
    core.journal.log([ids[3]], "call", "spoke")
    core.contacts.set_archived([ids[5]], True)
    expected = core.contacts.list_ids(ListFilter.ALL, sort, limit=5)
    page = read_first_page(core.store.path, ListFilter.ALL, sort, core.clock.now(), limit=5)
    assert page is not None
    assert page.ids == expected
    assert page.total == core.contacts.count(ListFilter.ALL) == 11
    assert page.summaries == core.contacts.summaries(expected)


def test_a_short_list_is_counted_by_its_page(core: Core) -> None:
    _people(core, 3)
    page = read_first_page(core.store.path, ListFilter.ALL, SortOrder.NAME, NOW, limit=100)
    assert page is not None and page.total == 3 and len(page.summaries) == 3


def test_no_file_or_another_schema_is_left_to_the_ordinary_open(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert read_first_page(missing, ListFilter.ALL, SortOrder.NAME, NOW) is None
    assert not ready(missing)
    for version in (migrations.SCHEMA_VERSION - 1, migrations.SCHEMA_VERSION + 1):
        path = tmp_path / f"v{version}.sqlite3"
        with sqlite3.connect(path) as connection:
            connection.execute(f"PRAGMA user_version = {version}")
        connection.close()
        assert not ready(path)
        assert read_first_page(path, ListFilter.ALL, SortOrder.NAME, NOW) is None


def test_a_file_that_is_not_a_database_is_left_to_the_ordinary_open(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    assert not ready(path)
    assert read_first_page(path, ListFilter.ALL, SortOrder.NAME, NOW) is None


def test_reading_the_first_page_changes_nothing(core: Core) -> None:
    _people(core, 2)
    before = core.store.path.read_bytes()
    assert ready(core.store.path)
    assert read_first_page(core.store.path, ListFilter.ALL, SortOrder.NAME, NOW) is not None
    assert core.store.path.read_bytes() == before


def test_the_first_page_modules_do_not_import_peewee() -> None:
    import subprocess

    code = (
        "import sys, netdesk.core.listing, netdesk.store.first_page;print('peewee' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_text_that_is_not_utf8_is_read_with_replacement_characters(
    core: Core, tmp_path: Path
) -> None:
    """A damaged page or another program's write left bytes that are not UTF-8 in a name:
    every read (the store's, the first page's, an export's) shows them as U+FFFD instead of
    failing, and the contact can still be deleted."""
    from netdesk.core.exporting import export_contacts
    from netdesk.store import rescue
    from netdesk.store.models import db

    ana = core.contacts.create(Contact(given_name="Ana", organization="Acme"))
    db.execute_sql("UPDATE contact SET organization = CAST(X'FFFE41' AS TEXT) WHERE id = ?", (ana,))
    assert export_contacts(core, tmp_path / "out.vcf") == 1  # read fast, that chunk again
    assert "ORG:\ufffd\ufffdA" in (tmp_path / "out.vcf").read_text(encoding="utf-8")
    contact = core.contacts.get(ana)
    assert contact is not None and contact.organization == "\ufffd\ufffdA"
    assert core.contacts.summaries([ana])[0].organization == "\ufffd\ufffdA"
    page = read_first_page(core.store.path, ListFilter.ALL, SortOrder.NAME, NOW)
    assert page is not None and page.summaries[0].organization == "\ufffd\ufffdA"
    assert rescue.damage_seen(core.store.path) is None  # one bad value: not a damaged file
    core.contacts.delete([ana])
    assert core.contacts.get(ana) is None
