"""Find duplicates sorts its pairs in short steps (the window's thread runs between them):
the order is the one a single sort gives."""

from __future__ import annotations

import random

import pytest

from netdesk.core import Core, duplicates
from netdesk.core.duplicates import find_duplicates, rank
from netdesk.core.types import Contact, EmailAddress


@pytest.mark.parametrize("count", [0, 1, 2, 3, 7, 16, 17, 100])
def test_the_steps_sort_as_one_sort_does(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    monkeypatch.setattr(duplicates, "_SORTED_AT_ONCE", 4)  # runs of 4, merged two by two
    draw = random.Random(count)
    values = [draw.getrandbits(140) for _ in range(count)]
    assert duplicates._sorted_in_steps(values) == sorted(values)


def test_pairs_sorted_in_steps_are_listed_most_certain_first(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(duplicates, "_SORTED_AT_ONCE", 2)
    add = core.contacts.create
    for number in range(5):
        shared = [EmailAddress(f"p{number}@x.org")]
        add(Contact(given_name=f"Ann{number}", family_name="Lee", emails=shared))
        add(Contact(given_name="Zed", family_name=f"Moe{number}", emails=shared))
        add(Contact(given_name="Bea", family_name=f"Quinn{number}x"))
        add(Contact(given_name="Bea", family_name=f"Quinn{number}y"))
    pairs = find_duplicates(core)
    assert len(pairs) > 5
    assert pairs == sorted(pairs, key=rank)
