"""Many contacts dragged out of the list are read and rendered while the drag goes on, not
at the drop on the window's thread (3,594 contacts, a tag's, held it ~1.5 s there)."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui import drag
from netdesk.ui.context import AppContext


def test_many_dragged_contacts_are_read_on_a_thread_of_their_own(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drag, "READ_AHEAD_MIN", 2, raising=False)
    monkeypatch.setattr(drag, "_AHEAD_CHUNK", 2, raising=False)
    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=name)) for name in ("Ana", "Ben", "Cleo")]
    threads: list[str] = []
    real = drag.contacts_in_order

    def contacts_in_order(contact_ids: Sequence[int]) -> Iterator[Contact]:
        threads.append(threading.current_thread().name)
        return real(contact_ids)

    monkeypatch.setattr(drag, "contacts_in_order", contacts_in_order)
    order = [ids[1], ids[2], ids[0]]
    data = drag.vcard_mime_data(app_context, order)
    qtbot.waitUntil(lambda: len(threads) == 2)  # (two chunks) while the drag goes on
    assert data.text() == "Ben\nCleo\nAna"  # the drop: what was read, in the list's order
    text = bytes(data.data("text/vcard").data()).decode("utf-8")
    assert text.count("BEGIN:VCARD") == 3
    assert text.index("FN:Ben") < text.index("FN:Cleo") < text.index("FN:Ana")
    (url,) = data.urls()
    assert Path(url.toLocalFile()).read_bytes().decode("utf-8") == text
    assert threads and threading.main_thread().name not in threads


def test_a_few_dragged_contacts_are_read_at_the_drop(app_context: AppContext) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    data = drag.vcard_mime_data(app_context, [ana])
    assert data.text() == "Ana"
