"""Control characters (NUL and the like) inside an otherwise readable contact file."""

from __future__ import annotations

import re
from pathlib import Path

from netdesk.core import Core
from netdesk.core.importing import apply_import, plan_import

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def card(body: bytes) -> bytes:
    return b"BEGIN:VCARD\r\nVERSION:3.0\r\n" + body + b"END:VCARD\r\n"


# 300 cards of 5 lines (some 20 KB): what follows is past the 8 KB a file is judged by
MANY = b"".join(card(b"FN:Person %d\r\nEMAIL:p%d@x.org\r\n" % (n, n)) for n in range(300))


def said(core: Core, path: Path) -> tuple[list[str], list[tuple[int | None, str, str]]]:
    plan = plan_import(core, [str(path)])
    told = [(p.line, p.severity, p.reason) for p in plan.problems]
    names = [card.contact.display_name for card in plan.cards]
    return names, told


def test_control_characters_deep_in_a_vcard_are_left_out_and_said(
    core: Core, tmp_path: Path
) -> None:
    """Past the file's first 8 KB they were stored as they were: a name 'Late\\x00Nul' that
    no search found, which netdesk's own export then wrote without them."""
    path = tmp_path / "cards.vcf"
    path.write_bytes(MANY + card(b"FN:Late\x00Nul\r\nNOTE:a\x01b\x7fc\r\nEMAIL:late@x.org\r\n"))
    plan = plan_import(core, [str(path)])
    late = plan.cards[-1].contact
    assert (late.formatted_name, late.notes) == ("LateNul", "abc")
    assert [(p.file, p.line, p.severity) for p in plan.problems] == [
        (str(path), 1503, "warning"),
        (str(path), 1504, "warning"),
    ]
    assert "0x00" in plan.problems[0].reason
    assert "0x01, 0x7F" in plan.problems[1].reason
    summary = apply_import(core, plan)
    stored = core.contacts.get(summary.contact_ids[-1])
    assert stored is not None
    assert _CONTROL.search(stored.formatted_name + stored.notes) is None


def test_a_nul_among_the_first_cards_is_said_not_the_whole_file_refused(
    core: Core, tmp_path: Path
) -> None:
    """One NUL in the first 8 KB refused the file as binary data, every card with it, and
    said no line; past them, the same NUL was stored. Now both are left out with a word."""
    path = tmp_path / "cards.vcf"
    path.write_bytes(card(b"FN:Ana\x00\r\n") + MANY)
    names, told = said(core, path)
    assert names[:2] == ["Ana", "Person 0"]
    assert len(names) == 301
    assert [(line, severity) for line, severity, _ in told] == [(3, "warning")]


def test_a_file_of_binary_data_is_still_refused(core: Core, tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(card(b"FN:Ana\r\n") + bytes(range(256)) * 4)
    names, told = said(core, path)
    assert names == []
    assert told == [(None, "error", "not a contact file (binary data)")]


def test_control_characters_in_a_csv_row_are_left_out_and_said(core: Core, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    rows = b"".join(b"P%d,X,p%d@x.org\r\n" % (n, n) for n in range(500))
    path.write_bytes(
        b"First Name,Last Name,E-mail Address\r\n" + rows + b"Ana,S\x00mi\x1fth,a@x.org\r\n"
    )
    plan = plan_import(core, [str(path)])
    assert plan.cards[-1].contact.family_name == "Smith"
    assert [(p.line, p.severity) for p in plan.problems] == [(502, "warning")]
    assert "0x00, 0x1F" in plan.problems[0].reason


def test_a_dos_end_of_file_mark_is_no_control_character_to_say(core: Core, tmp_path: Path) -> None:
    path = tmp_path / "old.vcf"
    path.write_bytes(card(b"FN:Ana\r\n") + b"\x1a")
    assert said(core, path) == (["Ana"], [])
