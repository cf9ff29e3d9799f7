"""The import preview sorts and finds cards by tag_sort_key's keys, taken from the fold cache."""

from __future__ import annotations

from netdesk.core.listing import tag_sort_key
from netdesk.ui import import_rows

TEXTS = [
    "José García Núñez",
    "Émigré",
    "Łódź Øresund Đakovo Æbeltoft Þingvellir",
    "MÜLLER straße",
    "山田太郎",
    "Ａｃｍｅ ﬁnance",  # compatibility forms: full-width letters, a ligature
    "ana.soto@example.com",
    "O'Brien, Inc.",
    "",
]


def test_the_preview_keys_are_tag_sort_keys() -> None:
    keys = import_rows._text_keys([*TEXTS, *TEXTS])
    assert keys == [tag_sort_key(text) for text in [*TEXTS, *TEXTS]]
