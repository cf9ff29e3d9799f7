"""The short texts of a row ("3 weeks ago", "due", "in 3 days") are laid out once and drawn
where drawText(rect, AlignRight | AlignVCenter) put them, to the pixel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QStaticText
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from netdesk.core.listing import SortOrder
from netdesk.core.types import Contact
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_rows import ROW_PADDING, ContactRowDelegate
from netdesk.ui.context import AppContext

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Placing(QPainter):
    """A painter that keeps, for each static text, where it was drawn and where drawText
    would have put it in the line's right end (the row's first or second line)."""

    def __init__(self, image: QImage, row: QRect, line_height: int) -> None:
        super().__init__(image)
        self.row, self.line_height = row, line_height
        self.placed: dict[str, tuple[QPointF, QPointF]] = {}

    def drawStaticText(self, *args: object) -> None:  # type: ignore[override]
        point, static = args
        assert isinstance(point, QPointF) and isinstance(static, QStaticText)
        row, height = self.row, self.line_height
        first = point.y() < row.center().y()
        top = row.top() + ROW_PADDING if first else row.bottom() - ROW_PADDING - height
        line = QRect(row.left(), top, row.right() - 8 - row.left(), height)
        where = self.boundingRect(QRectF(line), RIGHT, static.text()).topLeft()
        self.placed[static.text()] = (QPointF(point), where)
        super().drawStaticText(point, static)


def _placed(panel: ContactListPanel, contact_id: int) -> dict[str, tuple[QPointF, QPointF]]:
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, ContactRowDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(panel.view.viewport())
    option.rect = QRect(0, 0, 320, 52)
    image = QImage(320, 52, QImage.Format.Format_ARGB32)
    fonts = delegate._fonts_for(option.font)
    painter = Placing(image, option.rect, fonts.line_height)
    try:
        delegate.paint(painter, option, panel.model.index(panel.model.row_of(contact_id)))
    finally:
        painter.end()
    return painter.placed


def test_short_texts_go_where_draw_text_put_them(qtbot: QtBot, app_context: AppContext) -> None:
    core = app_context.core
    now = core.clock.now()
    ana = core.contacts.create(Contact(given_name="Ana", organization="Pixelwerk"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.journal.log([ana, bob], "call", "hi", at=now - dt.timedelta(days=21))
    core.follow_ups.add(ana, now - dt.timedelta(days=1), "call back")
    core.follow_ups.add(bob, now + dt.timedelta(days=3), "send the offer")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()

    placed = _placed(panel, ana)
    assert set(placed) == {"3 weeks ago", "due"}
    panel.set_sort(SortOrder.NEXT_DUE)
    qtbot.waitUntil(lambda: panel.model.row_of(bob) >= 0)
    placed |= _placed(panel, bob)
    assert "in 3 days" in placed
    for text, (drawn, expected) in placed.items():
        # within a pixel: fonts and hinting differ from machine to machine
        assert abs(drawn.x() - expected.x()) < 0.99, (text, drawn, expected)
        assert abs(drawn.y() - expected.y()) < 0.99, (text, drawn, expected)
