"""Names searched as people type them: "obrien" finds O'Brien, "jeanluc" Jean-Luc, and a
CJK name from inside ("花子" finds 佐藤花子), when saved, imported or kept from schema 14."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.importing import import_files
from netdesk.core.types import Contact
from netdesk.store import migrations, search
from netdesk.store.database import open_database
from netdesk.store.models import db

_QUERIES = {
    "obrien": "Conan O'Brien",
    "o'brien": "Conan O'Brien",
    "obri": "Conan O'Brien",
    "brien": "Conan O'Brien",
    "jeanluc": "Jean-Luc Picard",
    "jean-luc": "Jean-Luc Picard",
    "jean luc": "Jean-Luc Picard",
    "dangelo": "Ana D’Angelo",  # a typographic apostrophe
    "花子": "佐藤花子",
    "佐藤": "佐藤花子",
    "藤花": "佐藤花子",
}


def _found(core: Core) -> dict[str, list[str]]:
    return {
        query: list(core.contacts.names(core.contacts.search(query)).values()) for query in _QUERIES
    }


_EXPECTED = {query: [name] for query, name in _QUERIES.items()}


def test_names_typed_without_their_apostrophe_hyphen_or_first_characters(core: Core) -> None:
    core.contacts.create(Contact(given_name="Conan", family_name="O'Brien"))
    core.contacts.create(Contact(given_name="Jean-Luc", family_name="Picard"))
    core.contacts.create(Contact(given_name="Ana", family_name="D’Angelo"))
    core.contacts.create(Contact(formatted_name="佐藤花子"))
    core.contacts.create(Contact(given_name="Obadiah", family_name="Rien"))
    assert _found(core) == _EXPECTED
    # the whole word first: "obrien" is O'Brien's name, not a prefix of another
    core.contacts.create(Contact(given_name="Obrienne", family_name="Smith"))
    assert core.contacts.names(core.contacts.search("obrien")) == {
        1: "Conan O'Brien",
        6: "Obrienne Smith",
    }
    assert core.contacts.search("obrien")[0] == 1


_CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:O'Brien;Conan;;;\r\nFN:Conan O'Brien\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Picard;Jean-Luc;;;\r\nFN:Jean-Luc Picard\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:D’Angelo;Ana;;;\r\nFN:Ana D’Angelo\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:佐藤花子\r\nEND:VCARD\r\n"
)


def test_imported_names_are_searched_so_too(core: Core, tmp_path: Path) -> None:
    card = tmp_path / "phone.vcf"
    card.write_text(_CARDS, encoding="utf-8")
    assert import_files(core, [str(card)]).new == 4
    assert _found(core) == _EXPECTED


def test_schema_15_indexes_the_names_a_schema_14_search_row_split(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.sqlite3"
    store = open_database(path)
    core = Core.over(store, FixedClock(dt.datetime(2026, 3, 2, 9)))
    card = tmp_path / "phone.vcf"
    card.write_text(_CARDS, encoding="utf-8")
    import_files(core, [str(card)])
    core.contacts.create(Contact(given_name="Ann", family_name="Lee", notes="well-known"))
    kept = dict(db.execute_sql("SELECT rowid, details FROM contact_fts").fetchall())
    with db.atomic():  # the search rows as schema 14 wrote them: every name field folded
        for contact_id, *names in db.execute_sql(
            "SELECT id, given_name, family_name, additional_names, nickname, display_name,"
            " formatted_name FROM contact"
        ).fetchall():
            db.execute_sql(
                "UPDATE contact_fts SET names = ? WHERE rowid = ?",
                (search._fold_words(names), contact_id),
            )
        db.execute_sql("PRAGMA user_version = 14")
    assert core.contacts.search("obrien") == []
    store.close()

    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 15
        core = Core.over(store, FixedClock(dt.datetime(2026, 3, 2, 9)))
        assert _found(core) == _EXPECTED
        rows = db.execute_sql("SELECT rowid, * FROM contact_fts").fetchall()
        assert {r[0]: (r[1], r[2]) for r in rows} == search.documents(kept)
        assert {r[0]: r[2] for r in rows} == kept
    finally:
        store.close()
