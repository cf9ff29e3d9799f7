"""A change of tags rewrites only the end of each search row (search.retag), and the rows it
leaves hold what a rebuilt row holds: exactly for rows written since tags come last, the same
words for rows written before."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.core import Core
from netdesk.core.types import Contact, EmailAddress, PhoneNumber
from netdesk.store import search
from netdesk.store.models import db
from netdesk.store.text import tokens


def _stored(contact_id: int) -> str:
    return str(
        db.execute_sql("SELECT details FROM contact_fts WHERE rowid = ?", (contact_id,)).fetchone()[
            0
        ]
    )


def _set_stored(contact_id: int, details: str) -> None:
    db.execute_sql("UPDATE contact_fts SET details = ? WHERE rowid = ?", (details, contact_id))


def _people(core: Core) -> list[int]:
    ids = [
        core.contacts.create(
            Contact(
                given_name="José",
                family_name="Muñoz",
                organization="Ñandú Labs",
                emails=[EmailAddress("jose@example.es")],
                phones=[PhoneNumber("+34 612 34 56 78")],
                tags=["Mentors", "Émigré"],
                notes="met at the VIP lounge",
            )
        ),
        core.contacts.create(Contact(given_name="Ana", organization="Acme", tags=["vip"])),
        core.contacts.create(Contact(given_name="Bo")),
    ]
    core.journal.log(ids[:2], "call", "Talked about the VIP dinner")
    return ids


def test_rows_after_tagging_and_untagging_are_the_rows_a_rebuild_writes(core: Core) -> None:
    ids = _people(core)
    core.contacts.add_tag(ids, "Super VIP")
    assert {i: _stored(i) for i in ids} == {i: d for i, (_, d) in search.documents(ids).items()}
    core.contacts.remove_tag(ids, "vip")
    core.contacts.remove_tag(ids[:1], "émigré")  # spelled otherwise than stored
    assert {i: _stored(i) for i in ids} == {i: d for i, (_, d) in search.documents(ids).items()}
    assert set(core.contacts.search("super", limit=10)) == set(ids)
    assert ids[0] not in core.contacts.search("emigre", limit=10)


def test_tagging_keeps_the_rest_of_a_row_as_it_is(core: Core) -> None:
    """Only the tags' end is rewritten: nothing else of the contact is read again."""
    ids = _people(core)
    body = "kept as it was stored"
    _set_stored(ids[1], f"{body} vip")
    core.contacts.add_tag([ids[1]], "Board")
    assert _stored(ids[1]) == f"{body} board vip"
    core.contacts.remove_tag([ids[1]], "VIP")
    assert _stored(ids[1]) == f"{body} board"


def test_a_row_written_before_tags_came_last_keeps_its_words(core: Core) -> None:
    """Tags amid the other words (an older netdesk): each tag's words go where they stood,
    the new tags are added, and the row holds the words a rebuilt row holds."""
    ids = _people(core)
    old = "nandu labs jose@example.es mentors emigre talked about the vip dinner"
    _set_stored(ids[0], old)
    core.contacts.add_tag([ids[0]], "Board")
    core.contacts.remove_tag([ids[0]], "Mentors")
    expected = Counter(old.split()) - Counter(["mentors"]) + Counter(["board"])
    assert Counter(_stored(ids[0]).split()) == expected
    assert ids[0] in core.contacts.search("board", limit=10)
    assert ids[0] not in core.contacts.search("mentors", limit=10)


def test_a_row_missing_a_tags_words_is_rebuilt_whole(core: Core) -> None:
    ids = _people(core)
    _set_stored(ids[1], "stale words only")
    core.contacts.add_tag([ids[1]], "Board")
    assert _stored(ids[1]) == search.documents([ids[1]])[ids[1]][1]


def test_a_contact_without_a_search_row_gets_one(core: Core) -> None:
    ids = _people(core)
    db.execute_sql("DELETE FROM contact_fts WHERE rowid = ?", (ids[2],))
    core.contacts.add_tag([ids[2]], "Board")
    assert _stored(ids[2]) == search.documents([ids[2]])[ids[2]][1]


_WORD = st.sampled_from(["vip", "board", "émigré", "Émigré", "a b", "b", "ab", "x-y", "ñandú"])
_PART = st.lists(_WORD, max_size=3).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PART, max_size=5),
    st.lists(_WORD, max_size=4, unique=True),
    st.lists(_WORD, max_size=4, unique=True),
)
def test_the_end_swapped_equals_the_row_built_with_the_new_tags(
    parts: list[str], before: list[str], after: list[str]
) -> None:
    row = search._details(parts, before)
    body = search._without_tags(row, search._tag_section(before))
    assert body is not None
    section = search._tag_section(after)
    assert (f"{body} {section}" if body and section else body or section) == search._details(
        parts, after
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(_PART, max_size=5), st.lists(_WORD, max_size=4, unique=True), st.randoms())
def test_tags_amid_other_words_leave_the_other_words(
    parts: list[str], tags: list[str], random: object
) -> None:
    """An older row: the tags, in any order, stood among the other parts."""
    mixed = parts + tags
    random.shuffle(mixed)  # type: ignore[attr-defined]
    row = search._fold_words(part for part in mixed if part)
    body = search._without_tags(row, search._tag_section(tags))
    assert body is not None
    assert Counter(tokens(body)) == Counter(tokens(search._fold_words(p for p in parts if p)))


def test_a_bulk_tagging_writes_search_rows_in_rowid_order_with_merges_deferred(
    core: Core,
) -> None:
    """FTS5 flushes its pending rows to a new segment whenever a rowid comes lower than the
    one before: ids chosen by name did that at every row, and its merges on top made tagging
    100,000 contacts take 45 s of CPU instead of 12."""
    import re

    from netdesk.core import contacts as service

    ids = [
        core.contacts.create(Contact(given_name=f"P{i:04}", tags=["old"]))
        for i in range(service._BULK_STEP + 20)
    ]
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        core.contacts.add_tag(list(reversed(ids)), "Board")
    finally:
        db.connection().set_trace_callback(None)
    written = [
        int(m.group(1))
        for sql in statements
        if (m := re.fullmatch(r"UPDATE contact_fts SET details = '.*' WHERE rowid = (\d+)", sql))
    ]
    assert written == ids
    merges = [sql for sql in statements if sql.startswith("INSERT INTO contact_fts (contact_fts")]
    first, last = statements.index(merges[0]), statements.index(merges[-1])
    assert merges[0].endswith(", 0)") and not merges[-1].endswith(", 0)")
    assert first < statements.index(
        next(s for s in statements if s.startswith("UPDATE contact_fts"))
    )
    assert last > max(i for i, s in enumerate(statements) if s.startswith("UPDATE contact_fts"))
    assert _automerge_setting() == 4


def _automerge_setting() -> int:
    row = db.execute_sql("SELECT v FROM contact_fts_config WHERE k = 'automerge'").fetchone()
    return 4 if row is None else int(row[0])


def test_renaming_deleting_and_restoring_a_tag_swap_only_the_tags_end(core: Core) -> None:
    ids = _people(core)
    body = "kept as it was stored"
    _set_stored(ids[1], f"{body} vip")
    core.tags.rename("vip", "Patron")
    assert _stored(ids[1]) == f"{body} patron"
    state = core.tags.delete("Patron")
    assert _stored(ids[1]) == body
    core.tags.restore(state)
    assert _stored(ids[1]) == f"{body} patron"
    assert ids[1] in core.contacts.search("patron", limit=10)


def test_a_card_naming_a_tag_twice_is_indexed_with_it_once(core: Core, tmp_path: Path) -> None:
    """ "CATEGORIES:vip,VIP" links one tag: a row holding "vip" twice kept the other after
    the tag was taken off, and the search still found the contact by it."""
    from netdesk.core.importing import import_files

    card = tmp_path / "ana.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Gil\r\nN:Gil;Ana;;;\r\n"
        "CATEGORIES:vip,VIP,Émigré,ÉMIGRÉ, board \r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    summary = import_files(core, [str(card)])
    [ana] = summary.contact_ids
    assert _stored(ana) == search.documents([ana])[ana][1]
    core.contacts.remove_tag([ana], "vip")
    core.contacts.remove_tag([ana], "émigré")
    assert ana not in core.contacts.search("vip", limit=10)
    assert ana not in core.contacts.search("emigre", limit=10)
    assert ana in core.contacts.search("board", limit=10)
    assert _stored(ana) == search.documents([ana])[ana][1]
