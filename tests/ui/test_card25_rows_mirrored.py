"""In a right-to-left window (an Arabic or Hebrew desktop: Qt's own translation turns the
whole window) a contact row is mirrored whole: the avatar at its right end beside the name,
the last interaction and the due marker at its left end. Only the texts turned, and the name
ran on to the date beside it, with the avatar at the far end of the row."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QStaticText
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_rows import AVATAR, ContactRowDelegate
from netdesk.ui.context import AppContext
from netdesk.ui.widgets import avatar_colour

WIDTH, HEIGHT = 320, 52
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def _row(
    qtbot: QtBot,
    app_context: AppContext,
    direction: Qt.LayoutDirection,
    painter_class: type[QPainter] = QPainter,
) -> QImage:
    """The first row painted ``WIDTH`` wide on white, in a window of ``direction``."""
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.setLayoutDirection(direction)
    panel.show()
    panel.load()
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, ContactRowDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(panel.view.viewport())
    option.rect = QRect(0, 0, WIDTH, HEIGHT)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = painter_class(image)
    painter.setLayoutDirection(direction)  # as the view's painter has it
    try:
        delegate.paint(painter, option, panel.model.index(0))
    finally:
        painter.end()
    return image


def _contact(app_context: AppContext) -> str:
    core = app_context.core
    name = "محمد عبد الرحمن"
    who = core.contacts.create(
        Contact(given_name="محمد", family_name="عبد الرحمن", organization="بيت الحكمة")
    )
    now = core.clock.now()
    core.journal.log([who], "call", "hi", at=now - dt.timedelta(days=21))
    core.follow_ups.add(who, now - dt.timedelta(days=1), "call back")
    return name


def _is_avatar(image: QImage, x: int, name: str) -> bool:
    colour = QColor(image.pixel(x, HEIGHT // 2))
    expected = avatar_colour(name)
    return all(
        abs(a - b) <= 2 for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True)
    )


def test_the_avatar_is_at_the_start_of_the_row_whichever_way_the_window_reads(
    qtbot: QtBot, app_context: AppContext
) -> None:
    name = _contact(app_context)
    ltr = _row(qtbot, app_context, LTR)
    assert _is_avatar(ltr, 8 + AVATAR // 2, name)
    rtl = _row(qtbot, app_context, RTL)
    assert _is_avatar(rtl, WIDTH - 9 - AVATAR // 2, name)  # the right end
    assert not _is_avatar(rtl, 8 + AVATAR // 2, name)


def test_the_dates_go_to_the_left_end_and_the_texts_begin_beside_the_avatar(
    qtbot: QtBot, app_context: AppContext
) -> None:
    name = _contact(app_context)
    drawn: dict[str, tuple[float, float]] = {}  # text: its left and right ends

    class Keeping(QPainter):
        def drawStaticText(self, *args: object) -> None:  # type: ignore[override]
            point, static = args
            assert isinstance(point, QPointF) and isinstance(static, QStaticText)
            drawn[static.text()] = (point.x(), point.x() + static.size().width())
            super().drawStaticText(point, static)

    _row(qtbot, app_context, RTL, Keeping)
    assert set(drawn) == {name, "بيت الحكمة", "3 weeks ago", "due"}
    text_end = WIDTH - (8 + AVATAR + 10)  # where the avatar's room begins
    for text in (name, "بيت الحكمة"):
        assert abs(drawn[text][1] - text_end) < 1, text  # they end beside the avatar
    for text in ("3 weeks ago", "due"):
        assert abs(drawn[text][0] - 9) < 1, text  # at the left end, as far in as mirrored
    assert drawn[name][0] > drawn["3 weeks ago"][1] + 11  # the name keeps clear of the date
