"""A row's second line (title and organization) runs to its own end, not to the first line's.

It was cut where the first line's "8 months ago" begins, also when nothing is at its own end:
in a narrow list "CTO · Pixelw…" beside blank room that "Pixelwerk" fitted in.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QImage, QPainter, QStaticText
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from netdesk.core.listing import SortOrder
from netdesk.core.types import Contact
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_rows import AVATAR, ContactRowDelegate
from netdesk.ui.context import AppContext


class RecordingPainter(QPainter):
    """A real painter on an image that also keeps each text drawn and where (a laid-out
    QStaticText: the rectangle it fills)."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[QRect, str]] = []

    def drawText(self, *args: object) -> None:  # type: ignore[override]
        if len(args) == 3 and isinstance(args[0], QRect) and isinstance(args[2], str):
            self.texts.append((QRect(args[0]), args[2]))
        super().drawText(*args)  # type: ignore[call-overload]

    def drawStaticText(self, *args: object) -> None:  # type: ignore[override]
        if len(args) == 2 and isinstance(args[0], QPointF) and isinstance(args[1], QStaticText):
            filled = QRectF(args[0], args[1].size()).toAlignedRect()
            self.texts.append((filled, args[1].text()))
        super().drawStaticText(*args)  # type: ignore[call-overload]


def _painted(panel: ContactListPanel, contact_id: int, width: int) -> dict[str, QRect]:
    """What one row paints, at ``width`` pixels: each text and its rectangle."""
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, ContactRowDelegate)
    index = panel.model.index(panel.model.row_of(contact_id))
    option = QStyleOptionViewItem()
    option.initFrom(panel.view.viewport())
    option.rect = QRect(0, 0, width, 52)
    image = QImage(width, 52, QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    try:
        delegate.paint(painter, option, index)
    finally:
        painter.end()
    return {text: rect for rect, text in painter.texts}


def test_the_title_and_organization_use_the_room_the_row_leaves_them(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    now = core.clock.now()
    detail = "CTO · Pixelwerk"
    plain = core.contacts.create(
        Contact(given_name="Jesús", family_name="García", title="CTO", organization="Pixelwerk")
    )
    due = core.contacts.create(
        Contact(given_name="Ana", family_name="Ruiz", title="CTO", organization="Pixelwerk")
    )
    core.journal.log([plain, due], "call", "hi", at=now - dt.timedelta(days=240))
    core.follow_ups.add(due, now - dt.timedelta(days=1), "call back")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, ContactRowDelegate)
    fonts = delegate._fonts_for(panel.view.viewport().font())
    needed = fonts.small_metrics.horizontalAdvance(detail)
    # a narrow list: room for the detail on its own line, not beside "8 months ago" above it
    width = 8 + AVATAR + 10 + needed + 12

    row = _painted(panel, plain, width)
    assert detail in row, row  # whole: the end of its line is empty
    [date] = [rect for text, rect in row.items() if text.endswith("ago")]
    assert row[detail].right() > date.left()  # past where the first line's date begins
    assert row[detail].width() >= needed

    # beside the due marker, it stops short of it
    row = _painted(panel, due, width)
    marker = row["due"]
    [second] = [rect for text, rect in row.items() if text.startswith("CTO")]
    assert second.right() < marker.left() - 12  # the marker's dot is left of its word

    # sorted by next follow-up, beside "in 3 days"
    core.follow_ups.add(plain, now + dt.timedelta(days=3), "send the offer")
    panel.set_sort(SortOrder.NEXT_DUE)
    qtbot.waitUntil(lambda: panel.model.row_of(plain) >= 0)
    row = _painted(panel, plain, width)
    when = row["in 3 days"]
    [second] = [rect for text, rect in row.items() if text.startswith("CTO")]
    assert second.right() < when.left()
