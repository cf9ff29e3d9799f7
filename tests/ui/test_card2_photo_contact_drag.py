"""Contacts dragged out of the list over the card's photo are not read or rendered to a file
just for passing over it (3,594 contacts held the window ~1.5 s, 97,000 up to 30 s)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication

from netdesk.core.types import Contact
from netdesk.ui import drag
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_contacts_dragged_over_the_photo_are_not_rendered(
    main_window: MainWindow, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=name)) for name in ("Ana", "Ben", "Cleo")]
    read: list[Sequence[int]] = []
    real = drag.contacts_in_order

    def contacts_in_order(contact_ids: Sequence[int]) -> Iterator[Contact]:
        read.append(contact_ids)
        return real(contact_ids)

    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ids[0])
    photo = main_window.card.photo
    assert photo.isEnabled()  # (a disabled photo takes no drag at all)
    monkeypatch.setattr(drag, "contacts_in_order", contacts_in_order)
    data = drag.vcard_mime_data(app_context, ids)
    enter = QDragEnterEvent(
        QPoint(photo.rect().center()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(photo, enter)
    assert not enter.isAccepted()  # not a photo: our own contacts
    assert read == []  # nothing read, nothing rendered, no file written
