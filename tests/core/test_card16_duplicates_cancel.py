"""Find duplicates hears Cancel within a few thousand names: the passes over everyone's name
before the first look at Cancel took 1 to 3 s each over 100,000 contacts."""

from __future__ import annotations

import pytest

from netdesk.core import duplicates, names_alike
from netdesk.core.types import Contact

ROWS = [(n, f"given{n} family{n % 97}", "") for n in range(1, 20_001)]


class Counted:
    """Counts the calls of a function of names_alike (it is called as it is)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
        self.calls = 0
        real = getattr(module, name)

        def counted(*args: object) -> object:
            self.calls += 1
            return real(*args)

        monkeypatch.setattr(module, name, counted)


def test_similar_names_stops_before_reading_every_name(monkeypatch: pytest.MonkeyPatch) -> None:
    read = Counted(monkeypatch, names_alike, "_compared_words")
    assert names_alike.similar_names(ROWS, lambda: True) == {}
    assert read.calls < 10_000  # not all 20,000 before the first look


def test_compatible_names_stops_before_reading_every_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read = Counted(monkeypatch, names_alike, "_name_words")
    assert names_alike.compatible_names(ROWS, lambda: True, lambda a, b: True) == {}
    assert read.calls < 10_000


def test_find_duplicates_stops_before_the_first_names_of_everyone(
    core, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Cancel heard once the shared e-mails and phones are done: the pass over every name for
    a lone first name ("Maria") comes after a look at it, and stops at the next."""
    with core.store.transaction():  # one commit, not 6,000
        for n in range(6_000):
            core.contacts.create(Contact(given_name=f"Given{n}", family_name=f"Family{n % 89}"))
    checked = Counted(monkeypatch, duplicates, "first_name_only")
    looks = [0]

    def cancelled() -> bool:
        looks[0] += 1
        return checked.calls > 0  # Cancel pressed once the pass has begun

    assert duplicates.find_duplicates(core, cancelled=cancelled) == []
    assert 0 < checked.calls <= 5_001
