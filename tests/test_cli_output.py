"""What netdesk-cli prints: JSON written as it comes is the JSON of the whole list."""

from __future__ import annotations

import io
import json

import pytest

from netdesk.cli_output import write_json, write_json_list

ITEMS = [
    {"id": 1, "display_name": "Lucía Peña", "emails": ["l@x.es"], "tags": [], "note": "a\nb"},
    {"id": 2, "display_name": "山田 太郎", "file": "caf\udce9.vcf", "nested": {"x": [1, {}]}},
    {"id": 3, "display_name": "", "emails": []},
]


def written(write: object, data: object) -> bytes:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")  # a terminal that is not UTF-8
    write(data, stream)  # type: ignore[operator]
    stream.flush()
    return stream.buffer.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_a_list_written_item_by_item_is_the_same_text(count: int) -> None:
    """A search of 100,000 contacts held them all and their JSON at once (630 MB)."""
    items = ITEMS[:count]
    streamed = written(write_json_list, iter(items))
    assert streamed == written(write_json, items)
    assert json.loads(streamed.decode("utf-8", errors="surrogateescape")) == json.loads(
        json.dumps(items)
    )
