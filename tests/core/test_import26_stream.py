"""An import reads a vCard file's cards as it takes them: memory follows the cards kept."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.importing import plan_import
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


def test_a_file_failing_part_way_imports_none_of_its_cards(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader failure after some cards were taken: the file is one problem and none of its
    cards is imported, as when the whole file was read before the plan took any."""
    path = tmp_path / "people.vcf"
    path.write_bytes(b"".join(b"BEGIN:VCARD\nFN:Person %d\nEND:VCARD\n" % n for n in range(5000)))
    other = tmp_path / "other.vcf"
    other.write_bytes(b"BEGIN:VCARD\nFN:Zoe Other\nEND:VCARD\n")
    real = vcard_read._build

    def failing(*args: object) -> object:
        chunk = args[3]
        if chunk.line > 9000:  # type: ignore[attr-defined]
            raise ValueError("broken reader")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(vcard_read, "_build", failing)
    plan = plan_import(core, [str(path), str(other)])
    assert [card.contact.display_name for card in plan.cards] == ["Zoe Other"]
    assert [(p.file, p.line) for p in plan.problems] == [(str(path), None)]
    assert "broken reader" in plan.problems[0].reason
