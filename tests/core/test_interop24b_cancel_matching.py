"""Cancel while a big file is matched with the stored contacts, or while the reader goes over
the whole file before its first card: the import stops at the next look at Cancel, which
comes every few thousand cards or keys, and nothing is written. (A 50 MB vCard ran 2.2 s of
matching, and 1.4 s of reading before its first card, without a look: "Cancelling…" stood
3.5-3.9 s.)"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from netdesk.core import Core, importing
from netdesk.core.importing import ImportCancelled, import_files, plan_import
from netdesk.interop import vcard_read
from netdesk.store import bulk

WATCHED = 2_000  # importing._WATCHED, importing._PART
CARDS = 3 * WATCHED


def _cards(path: Path, count: int, first: int = 0) -> Path:
    text = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nN:{n};Person;;;\r\n"
        f"EMAIL:p{n}@example.org\r\nTEL:+34 600 {n:06d}\r\nEND:VCARD\r\n"
        for n in range(first, first + count)
    )
    path.write_text(text, encoding="utf-8")
    return str(path)  # type: ignore[return-value]


def _cancel_inside(name: str, after: int = 0) -> Callable[[], bool]:
    """A Cancel pressed at the ``after``+1-th look made while ``name`` runs."""
    looks = [0]

    def cancelled() -> bool:
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code.co_name == name:
                looks[0] += 1
                return looks[0] > after
            frame = frame.f_back  # type: ignore[assignment]
        return False

    return cancelled


@pytest.fixture
def stored(core: Core, tmp_path: Path) -> Core:
    """A database already holding some of the people the big file names."""
    import_files(core, [_cards(tmp_path / "first.vcf", 300)])
    assert core.contacts.stats().contacts == 300
    return core


def _counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    """How many items the real ``module.name`` was given, call by call."""
    real, calls = getattr(module, name), []

    def counting(items, *args, **kwargs):  # type: ignore[no-untyped-def]
        items = list(items)
        calls.append(len(items))
        return real(items, *args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_cancel_at_the_start_of_matching_stops_before_the_cards_keys(
    stored: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _cards(tmp_path / "big.vcf", CARDS)
    keys: list[int] = []
    real = importing.match_keys
    monkeypatch.setattr(importing, "match_keys", lambda c: keys.append(1) or real(c))
    with pytest.raises(ImportCancelled):
        plan_import(stored, [path], cancelled=_cancel_inside("_match"))
    assert len(keys) <= WATCHED  # not every card's keys first
    assert stored.contacts.stats().contacts == 300


def test_cancel_between_the_lookups_parts_stops_the_lookups(
    stored: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _cards(tmp_path / "big.vcf", CARDS)
    asked = _counted(monkeypatch, bulk, "ids_holding_emails")
    with pytest.raises(ImportCancelled):
        import_files(stored, [path], cancelled=_cancel_inside("_in_parts", after=1))
    # the UIDs' lookup was asked (none here), then one part of the e-mails: not all of them
    assert asked == [WATCHED]
    assert stored.contacts.stats().contacts == 300


def test_the_steps_are_those_tested() -> None:
    assert (importing._WATCHED, importing._PART) == (WATCHED, WATCHED)


def test_the_parts_find_what_one_lookup_finds(stored: Core, tmp_path: Path) -> None:
    """Cards matched by parts of the lookups merge with the same stored contacts as before."""
    path = _cards(tmp_path / "big.vcf", CARDS)
    plan = plan_import(stored, [path], cancelled=lambda: False)
    assert (plan.new, plan.unchanged + plan.merged) == (CARDS - 300, 300)


def test_cancel_before_the_first_card_stops_the_reading(
    stored: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _cards(tmp_path / "big.vcf", CARDS, first=1000)
    digests: list[int] = []
    real = vcard_read.card_digest
    monkeypatch.setattr(vcard_read, "card_digest", lambda body: digests.append(1) or real(body))
    with pytest.raises(ImportCancelled):
        # the reader's first look at Cancel (vcard_read.VCardStream._stopped), before a card
        import_files(stored, [path], cancelled=_cancel_inside("_stopped"))
    assert digests == []  # no card's digest: the whole file was not gone over first
    assert stored.contacts.stats().contacts == 300
