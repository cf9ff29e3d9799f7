"""A photo dropped on (or chosen for) the card is decoded and scaled on a worker, with
"Reading the photo…" said while it takes long; the window is never held by it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core import photos
from netdesk.ui.card_photo import photo_pool
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class HeldDecoding:
    """photos.prepare_photo as it is, held until ``release()``; ``on_window`` says, for each
    call, whether it ran on the window's thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        self.on_window: list[bool] = []
        prepare = photos.prepare_photo

        def held(data: bytes) -> tuple[bytes, bytes]:
            self.on_window.append(threading.current_thread() is threading.main_thread())
            self.gate.wait(10)
            return prepare(data)

        monkeypatch.setattr(photos, "prepare_photo", held)

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldDecoding]:
    decoding = HeldDecoding(monkeypatch)
    yield decoding
    decoding.release()  # a failed test leaves no worker waiting


def test_a_dropped_photo_is_decoded_on_a_worker_and_said_meanwhile(
    main_window: MainWindow,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
    tmp_path: Path,
    qtbot: QtBot,
    held: HeldDecoding,
) -> None:
    """A 40-megapixel photo took the window 0.4 s to decode and scale, a 40-megapixel PNG of
    one colour (130 KB) 2.5 s, the window standing still and nothing said."""
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    picture = tmp_path / "ana.png"
    Image.new("RGB", (900, 700), (200, 80, 40)).save(picture)
    card.photo.image_dropped.emit(str(picture))
    # the window goes on while the photo is read, and says so once it takes a while
    qtbot.waitUntil(lambda: not card.photo_reading.isHidden())
    assert held.on_window == [False]
    assert card.dirty  # the photo is on its way: Save (or leaving) waits for it
    card.given_name.setText("Anna")  # the card is usable meanwhile
    card._mark_dirty()
    held.release()
    qtbot.waitUntil(lambda: not card.photo_reader.reading())
    assert card.photo_reading.isHidden()
    assert card.photo_problem.isHidden()
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None and stored.photo is not None and stored.given_name == "Anna"


def test_a_card_left_while_its_photo_is_read_keeps_the_photo(
    main_window: MainWindow,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
    tmp_path: Path,
    qtbot: QtBot,
    held: HeldDecoding,
) -> None:
    """Dropped on Ana's card, Berta chosen before it is read: the card waits for the read and
    saves Ana with her photo (the card has unsaved edits from the drop); Berta gets none."""
    ana, berta = person("Ana"), person("Berta")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    picture = tmp_path / "ana.png"
    Image.new("RGB", (300, 300), (200, 80, 40)).save(picture)
    card.photo.image_dropped.emit(str(picture))
    qtbot.waitUntil(lambda: not card.photo_reading.isHidden())
    assert card.dirty  # Save and Revert show: leaving asks the card first
    held.release()  # (the wait below would wait for it anyway)
    main_window.contacts.select_contact(berta)
    qtbot.waitUntil(lambda: card.contact_id() == berta)
    assert card.photo_reading.isHidden() and not card.dirty
    contacts = app_context.core.contacts
    assert contacts.get(ana).photo is not None  # type: ignore[union-attr]
    assert contacts.get(berta).photo is None  # type: ignore[union-attr]
    assert photo_pool().waitForDone(10_000)
    QApplication.processEvents()  # the worker's own signal comes too: said once only
    assert not card.dirty and card.contact_id() == berta


def test_a_photo_still_being_read_when_the_card_is_reverted_is_let_go(
    main_window: MainWindow,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
    tmp_path: Path,
    qtbot: QtBot,
    held: HeldDecoding,
) -> None:
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    picture = tmp_path / "ana.png"
    Image.new("RGB", (300, 300), (200, 80, 40)).save(picture)
    card.photo.image_dropped.emit(str(picture))
    qtbot.waitUntil(lambda: not card.photo_reading.isHidden())
    card.revert()
    assert card.photo_reading.isHidden() and not card.dirty
    held.release()
    assert photo_pool().waitForDone(10_000)
    QApplication.processEvents()  # the worker's signal, queued before it ended, comes
    assert not card.dirty
    assert app_context.core.contacts.get(ana).photo is None  # type: ignore[union-attr]
