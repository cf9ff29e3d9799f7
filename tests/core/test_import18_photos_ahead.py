"""Photos prepared ahead on a thread of their own while an import's plan matches its cards."""

from __future__ import annotations

import base64
import io
import threading
from pathlib import Path

import pytest
from PIL import Image

from netdesk.core import Core, photos
from netdesk.core.importing import ImportCancelled, apply_import, plan_import


def _jpeg(size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


def _photo_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "netdesk-photos"]


def test_each_photo_is_prepared_as_prepare_photo_prepares_it() -> None:
    kept = _jpeg((96, 96), (200, 10, 10))  # small: kept as it is, its own thumbnail
    scaled = _jpeg((300, 200), (10, 200, 10))  # kept, with a thumbnail made for it
    broken = kept[: len(kept) // 2]
    ahead = photos.PreparedAhead([kept, scaled, broken, kept], cancelled=None)
    results = ahead.finish()
    assert set(results) == {kept, scaled, broken}
    assert results[kept] == photos.prepare_photo(kept)
    assert results[scaled] == photos.prepare_photo(scaled)
    error = results[broken]
    assert isinstance(error, photos.PhotoError)
    with pytest.raises(photos.PhotoError) as raised:
        photos.prepare_photo(broken)
    assert (error.kind, str(error)) == (raised.value.kind, str(raised.value))
    assert not _photo_threads()


def test_no_thread_is_started_for_no_photos() -> None:
    before = threading.active_count()
    ahead = photos.PreparedAhead([], cancelled=None)
    assert threading.active_count() == before
    assert ahead.finish() == {}


def test_a_cancel_stops_the_preparing_and_leaves_the_rest_to_the_caller() -> None:
    many = [_jpeg((64, 64), (n, 0, 0)) for n in range(40)]
    asked = threading.Event()

    def cancelled() -> bool:
        asked.set()
        return True

    ahead = photos.PreparedAhead(many, cancelled=cancelled)
    assert ahead.finish() == {}  # asked before the first photo: none prepared
    assert asked.is_set()
    assert not _photo_threads()


def test_stop_waits_for_the_thread_and_keeps_only_whole_results() -> None:
    many = [_jpeg((80, 80), (0, n, 0)) for n in range(60)]
    ahead = photos.PreparedAhead(many, cancelled=None)
    ahead.stop()
    assert not _photo_threads()
    for data, result in ahead.results.items():
        assert result == photos.prepare_photo(data)


def _card(name: str, photo: bytes) -> str:
    encoded = base64.b64encode(photo).decode()
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:{name};;;;\r\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{encoded}\r\nEND:VCARD\r\n"
    )


def test_an_import_writes_the_photos_prepared_ahead_and_tells_the_broken_one(
    core: Core, tmp_path: Path
) -> None:
    good = _jpeg((96, 96), (20, 20, 220))
    broken = good[: len(good) // 3]
    path = tmp_path / "photos.vcf"
    path.write_text(_card("Uno", good) + _card("Dos", broken) + _card("Tres", good))
    plan = plan_import(core, [str(path)])
    assert not _photo_threads()
    assert [(p.line, p.severity) for p in plan.problems] == [(7, "warning")]
    assert "photo dropped" in plan.problems[0].reason
    summary = apply_import(core, plan)
    stored = [core.contacts.get(i) for i in summary.contact_ids]
    assert [(c.display_name, c.photo) for c in stored if c is not None] == [
        ("Uno", good),
        ("Dos", None),
        ("Tres", good),
    ]


def test_a_plan_cancelled_while_matching_leaves_no_photo_thread(core: Core, tmp_path: Path) -> None:
    cards = "".join(_card(f"P{n}", _jpeg((72, 72), (n % 256, n // 256, 0))) for n in range(200))
    path = tmp_path / "many.vcf"
    path.write_text(cards)
    started = threading.Event()

    def cancelled() -> bool:
        if threading.current_thread().name == "netdesk-photos":
            started.set()
            return False  # the photos go on: the plan's cancel must stop them
        return started.is_set()  # the reading goes on; the matching is cancelled

    with pytest.raises(ImportCancelled):
        plan_import(core, [str(path)], cancelled=cancelled)
    assert started.is_set()
    assert not _photo_threads()
