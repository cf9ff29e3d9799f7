"""What a delete of many contacts costs in Python: the rows its undo keeps are decoded in C,
not through a Python call per text value; text that is not UTF-8 is still read, and put
back, as the app shows it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import listing
from netdesk.store.models import db


class _CountingDecoder:
    """listing.stored_text, counting its calls (how many text values Python decoded)."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, value: bytes) -> str:
        self.calls += 1
        return listing.stored_text(value)


@pytest.fixture
def decoder() -> Iterator[_CountingDecoder]:
    connection = db.connection()
    usual = connection.text_factory
    counting = _CountingDecoder()
    connection.text_factory = counting
    yield counting
    connection.text_factory = usual


def _journal(core: Core, people: int, entries: int) -> list[int]:
    ids = [
        core.contacts.create(Contact(given_name=f"P{n}", notes=f"note {n}")) for n in range(people)
    ]
    for n, contact_id in enumerate(ids):
        for k in range(entries):
            other = ids[(n + 7 * k + 1) % people]
            core.journal.log([contact_id, other], "note", f"Talk {n}.{k}", body=f"Body {n} {k}")
    return ids


def _rows() -> dict[str, list[tuple[object, ...]]]:
    tables = ("contact", "interaction", "interaction_contact", "contact_fts")
    return {
        t: sorted(db.execute_sql(f"SELECT {'rowid, ' if t == 'contact_fts' else ''}* FROM {t}"))
        for t in tables
    }


def test_the_rows_a_delete_keeps_are_not_decoded_a_python_call_at_a_time(
    core: Core, decoder: _CountingDecoder
) -> None:
    ids = _journal(core, 40, 10)  # 400 entries, five text columns each
    before = _rows()
    decoder.calls = 0
    records = core.contacts.delete(ids)
    # before: every text value of every card, entry and search row it kept (~2,600)
    assert decoder.calls < 200
    core.contacts.restore(records)
    assert _rows() == before


def test_text_that_is_not_utf8_is_kept_and_put_back_as_the_app_shows_it(core: Core) -> None:
    ids = _journal(core, 6, 2)
    damaged = ids[2]
    # bytes that are not UTF-8 in a TEXT value (a damaged page, another program's write)
    db.execute_sql(
        "UPDATE contact SET notes = CAST(x'4d65742061742074686520ff2066616972' AS TEXT) "
        "WHERE id = ?",
        (damaged,),
    )
    (entry,) = [e for e in core.journal.for_contact(damaged) if e.summary == "Talk 2.0"]
    db.execute_sql(
        "UPDATE interaction SET body = CAST(x'426f6479fe' AS TEXT) WHERE id = ?", (entry.id,)
    )
    shown = core.contacts.get(damaged)
    assert shown is not None and shown.notes == "Met at the \ufffd fair"
    before = _rows()
    records = core.contacts.delete(ids)
    assert core.contacts.list_ids() == []
    core.contacts.restore(records)
    back = core.contacts.get(damaged)
    assert back is not None and back.notes == "Met at the \ufffd fair"
    (entry_back,) = [e for e in core.journal.for_contact(damaged) if e.summary == "Talk 2.0"]
    assert entry_back.body == "Body\ufffd"
    after = _rows()
    for table in ("interaction_contact", "contact_fts"):
        assert after[table] == before[table], table
    assert len(after["contact"]) == len(before["contact"])
