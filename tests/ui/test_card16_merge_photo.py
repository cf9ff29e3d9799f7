"""Two contacts with photos: the photo the merge does not keep is named, not quoted as bytes
("Photo “b'\\x89PNG\\r\\n\\x1a\\n…”")."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netdesk.core.photos import prepare_photo
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog
from netdesk.ui.merge_dialog import MergeTwoDialog, merge_two


def _photo(colour: tuple[int, int, int]) -> bytes:
    data = io.BytesIO()
    Image.new("RGB", (100, 100), colour).save(data, "PNG")
    return prepare_photo(data.getvalue())[0]


def _two_with_photos(context: AppContext) -> tuple[int, int]:
    contacts = context.core.contacts
    first = contacts.create(Contact(given_name="Ana", family_name="Gil", photo=_photo((200, 0, 0))))
    second = contacts.create(
        Contact(given_name="Ana", family_name="Gil", title="CTO", photo=_photo((0, 200, 0)))
    )
    return first, second


def test_the_merge_dialog_names_the_photo_not_kept(qtbot: QtBot, app_context: AppContext) -> None:
    first, second = _two_with_photos(app_context)
    dialog = merge_two(app_context, [first, second], None)
    assert isinstance(dialog, MergeTwoDialog)
    qtbot.addWidget(dialog)
    outcome = dialog.findChild(QLabel, "mergeOutcome")
    dialog.buttons[first].click()
    assert outcome.text() == (
        "The one kept gets from the other: Job title.\n"
        "Not kept, as the one kept has its own: Photo."
    )


def test_find_duplicates_names_the_photo_each_choice_loses(
    qtbot: QtBot, app_context: AppContext
) -> None:
    _two_with_photos(app_context)
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    qtbot.waitUntil(lambda: dialog.not_kept.text() != "")  # read on a worker
    assert dialog.not_kept.text() == (
        "Keeping the first loses: Photo.\nKeeping the second loses: Photo.\n"
        "Merge… lets you choose, field by field, whose to keep."
    )
    assert "\\x" not in dialog.not_kept.text()
