"""Which of a card's phones a contact has already is asked in linear time (core.merging
numbers_not_in), with the answers of comparing every pair (same_number)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import netdesk.core.merging as merging
from netdesk.core.contacts import merge_into
from netdesk.core.merging import merge_card, numbers_not_in, same_number
from netdesk.core.names import normalize_phone
from netdesk.core.types import Contact, PhoneNumber

# one number written the ways cards write it, and others close to it
_WRITTEN = [
    "+44 7700 900123", "07700 900123", "0044 7700 900123", "0044 (0)7700 900123",
    "+44 20 7946 0958", "0044 (0)20 7946 0958", "020 7946 0958", "030 1234567",
    "+49 30 1234567", "0049 30 1234567", "+1 212 123 4567", "(212) 123-4567",
    "1-800-FLOWERS", "+1 800 FLOWERS", "0034 765977709", "+34 765 977 709", "765977709",
    "06 1234 5678", "+39 06 1234 5678", "123", "ext 12", "",
]  # fmt: skip


def _phone(raw: str, read: bool) -> PhoneNumber:
    """As an import stores it: its E.164 form in the user's region, or none (``read``
    False: a card read where phonenumbers could not make one)."""
    return PhoneNumber(raw, e164=normalize_phone(raw, "US") if read else "")


_PHONES = st.lists(st.builds(_phone, st.sampled_from(_WRITTEN), st.booleans()), max_size=8)


@settings(max_examples=300, deadline=None)
@given(incoming=_PHONES, mine=_PHONES)
def test_the_same_answers_as_every_pair_compared(
    incoming: list[PhoneNumber], mine: list[PhoneNumber]
) -> None:
    pairwise = [p for p in incoming if not any(same_number(p, m) for m in mine)]
    assert numbers_not_in(incoming, mine) == pairwise


def _many(start: int, count: int) -> list[PhoneNumber]:
    return [
        PhoneNumber(f"+44 7700 9{n:05d}", e164=f"+4477009{n:05d}")
        for n in range(start, start + count)
    ]


def test_two_hundred_phones_each_are_compared_a_few_times_not_forty_thousand(
    monkeypatch: object,
) -> None:
    """A contact grown past 100 phones by merges: its merges compared every pair of phones
    (200 x 200: 40,000 same_number calls, ~1.8 s). Half the card's phones are the
    contact's, written nationally."""
    calls = [0]
    real = merging.same_number

    def counted(first: PhoneNumber, second: PhoneNumber) -> bool:
        calls[0] += 1
        return real(first, second)

    monkeypatch.setattr(merging, "same_number", counted)  # type: ignore[attr-defined]
    mine = _many(0, 200)
    card = _many(100, 100) + [PhoneNumber(f"07700 9{n:05d}", e164="") for n in range(300, 400)]
    card += [PhoneNumber(f"07700 9{n:05d}", e164="") for n in range(100)]
    merged, changes, _ = merge_card(
        Contact(given_name="Kate", phones=mine), Contact(given_name="Kate", phones=card)
    )
    assert [p.raw for p in merged.phones][200:] == [f"07700 9{n:05d}" for n in range(300, 400)]
    assert changes == ["phones"]
    assert calls[0] <= 2 * len(card)
    calls[0] = 0
    kept = merge_into(
        Contact(id=1, given_name="Kate", phones=mine), Contact(id=2, given_name="Kate", phones=card)
    )
    assert len(kept.phones) == 300
    assert calls[0] <= 2 * len(card)
