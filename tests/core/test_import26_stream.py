"""An import reads a vCard file's cards as it takes them: memory follows the cards kept."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.importing import import_files, plan_import
from netdesk.core.types import Contact
from netdesk.interop import vcard_read
from netdesk.interop.vcard_read import VCardStream, read_vcard_bytes

EMPTY = b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"


def test_a_plan_of_many_empty_cards_does_not_hold_each_ones_reading(
    core: Core, tmp_path: Path
) -> None:
    """300,000 empty cards took 414 MiB: every card was read into a list before the plan
    looked at the first. The memory held while the cards are read stays flat now."""
    path = tmp_path / "empty.vcf"
    path.write_bytes(EMPTY * 20_000)
    held: list[int] = []

    def told(done: int, total: int) -> None:
        held.append(tracemalloc.get_traced_memory()[0])

    tracemalloc.start()
    try:
        plan = plan_import(core, [str(path)], progress=told)
    finally:
        tracemalloc.stop()
    assert plan.cards == []
    assert plan.problems[0].line == 1  # every card said, 1,000 of them listed
    # the reading's progress is told every 200 cards: from the first to the last, the cards
    # left out were let go (each read one held 1 KB: 20 MB over the file)
    growth = max(held[len(held) // 2 :]) - held[1]
    assert growth < 2_000_000, f"{growth:,} bytes more held while reading"


def test_the_cards_come_as_they_are_read_and_say_their_problems_in_file_order() -> None:
    cards = [b"BEGIN:VCARD\nVERSION:3.0\nFN:Person %d\nEND:VCARD\n" % n for n in range(300)]
    cards[250] = b"BEGIN:VCARD\nVERSION:3.0\nFN:Late\nBDAY:someday\nEND:VCARD\n"
    data = b"\x01" + b"".join(cards) + b"\x00" * 8
    stream = VCardStream(data, "people.vcf")
    # the control character, said of a line, comes before any card
    assert [p.line for p in stream.problems] == [1]
    first = next(iter(stream))
    assert first.contact.formatted_name == "Person 0"
    assert len(stream.problems) == 1  # card 251's date is not read yet
    rest = list(stream)
    assert len(rest) == 299
    whole = read_vcard_bytes(data, "people.vcf")
    assert [str(p) for p in stream.problems] == [str(p) for p in whole.problems]
    # the control character, the 251st card's BDAY, the zero bytes after the last card (the
    # 251st card has a line more)
    assert [p.line for p in stream.problems] == [1, 250 * 4 + 4, 300 * 4 + 2]
    assert "zero bytes" in stream.problems[-1].reason


def _reader_fails_past(monkeypatch: pytest.MonkeyPatch, line: int) -> None:
    """The vCard reader raises at the first card past ``line``, after taking those before."""
    real = vcard_read._build

    def failing(*args: object) -> object:
        chunk = args[3]
        if chunk.line > line:  # type: ignore[attr-defined]
            raise ValueError("broken reader")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(vcard_read, "_build", failing)


def test_a_file_failing_part_way_imports_none_of_its_cards(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader failure after some cards were taken: the file is one problem and none of its
    cards is imported, as when the whole file was read before the plan took any."""
    path = tmp_path / "people.vcf"
    path.write_bytes(b"".join(b"BEGIN:VCARD\nFN:Person %d\nEND:VCARD\n" % n for n in range(5000)))
    other = tmp_path / "other.vcf"
    other.write_bytes(b"BEGIN:VCARD\nFN:Zoe Other\nEND:VCARD\n")
    _reader_fails_past(monkeypatch, 9000)
    plan = plan_import(core, [str(path), str(other)])
    assert [card.contact.display_name for card in plan.cards] == ["Zoe Other"]
    assert [(p.file, p.line) for p in plan.problems] == [(str(path), None)]
    assert "broken reader" in plan.problems[0].reason


def _card(name: str, email: str) -> bytes:
    return b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:%s\r\nEMAIL:%s\r\nEND:VCARD\r\n" % (
        name.encode(),
        email.encode(),
    )


def test_the_cards_a_reimport_leaves_unread_hold_no_contact_of_their_own(
    core: Core, tmp_path: Path
) -> None:
    """A re-import of one's own export: each card a stored contact was written from is not
    read, and held an empty contact of its own (800 bytes) until the plan ended; 100,000 of
    them were a quarter of the plan. They share one, which nothing changes, even when a
    card of them must be read after all (a second card for the same person)."""
    path = tmp_path / "export.vcf"
    path.write_bytes(_card("Ana Gil", "ana@example.org") + _card("Ben Stone", "ben@example.org"))
    import_files(core, [str(path)])
    again = tmp_path / "again.vcf"
    again.write_bytes(_card("Cleo Park", "cleo@example.org") + _card("Ana Gil", "ana@example.org"))
    plan = plan_import(core, [str(path), str(again)])
    settled = [card for card in plan.cards if card.settled]
    assert [card.contact.display_name for card in settled] == [""]  # Ben, unread
    # Ana's stored card, read after all: again.vcf's second card is her too
    (ana,) = [card for card in plan.cards if len(card.lines) == 2]
    assert not ana.settled and ana.contact.display_name == "Ana Gil"
    unread = read_vcard_bytes(path.read_bytes(), str(path), known=lambda digests: set(digests))
    first, second = unread.cards
    assert first.contact is second.contact
    assert first.read([]).display_name == "" and first.contact.formatted_name == "Ana Gil"
    assert second.contact == Contact()  # the shared one, unchanged by the first's read


def test_a_file_failing_part_way_takes_back_its_cards_warnings(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The warnings of the cards read before the failure (each card's, said as it is read)
    stayed in the preview beside "cannot read the file", for cards it would not import; the
    other files' warnings stay. (review26)"""
    path = tmp_path / "people.vcf"
    path.write_bytes(
        b"".join(b"BEGIN:VCARD\nFN:Person %d\nBDAY:someday\nEND:VCARD\n" % n for n in range(50))
    )
    other = tmp_path / "other.vcf"
    other.write_bytes(b"BEGIN:VCARD\nFN:Zoe Other\nBDAY:someday\nEND:VCARD\n")
    _reader_fails_past(monkeypatch, 150)
    plan = plan_import(core, [str(other), str(path)])
    assert [card.contact.display_name for card in plan.cards] == ["Zoe Other"]
    said = [(Path(p.file).name, p.line) for p in plan.problems]
    assert said == [("other.vcf", 3), ("people.vcf", None)], said
