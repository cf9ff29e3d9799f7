"""The texts of a row are laid out once and drawn where drawText put them, to the pixel: the
short ones ("3 weeks ago", "due", "in 3 days") as drawText(rect, AlignRight | AlignVCenter),
the name and the title and organization, cut to their room, as AlignLeft | AlignVCenter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QStaticText
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from netdesk.core.listing import SortOrder
from netdesk.core.types import Contact
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_rows import AVATAR, ROW_PADDING, ContactRowDelegate
from netdesk.ui.context import AppContext

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Placing(QPainter):
    """A painter that keeps, for each static text, where it was drawn and where drawText
    would have put it in the row's first or second line: at its right end (``RIGHT``), or
    from where the row's texts begin, after the avatar (``LEFT``)."""

    def __init__(
        self, image: QImage, row: QRect, line_height: int, alignment: Qt.AlignmentFlag
    ) -> None:
        super().__init__(image)
        self.row, self.line_height, self.alignment = row, line_height, alignment
        self.placed: dict[str, tuple[QPointF, QPointF]] = {}
        self.widths: dict[str, float] = {}

    def drawStaticText(self, *args: object) -> None:  # type: ignore[override]
        point, static = args
        assert isinstance(point, QPointF) and isinstance(static, QStaticText)
        row, height = self.row, self.line_height
        first = point.y() < row.center().y()
        top = row.top() + ROW_PADDING if first else row.bottom() - ROW_PADDING - height
        left = row.left() + 8 + AVATAR + 10
        line = QRect(left, top, row.right() - 8 - left, height)
        where = self.boundingRect(QRectF(line), self.alignment, static.text()).topLeft()
        self.placed[static.text()] = (QPointF(point), where)
        self.widths[static.text()] = static.size().width()
        super().drawStaticText(point, static)


def _shown(
    qtbot: QtBot,
    app_context: AppContext,
    direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
) -> ContactListPanel:
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.setLayoutDirection(direction)
    panel.show()
    panel.load()
    return panel


def _placed(
    panel: ContactListPanel,
    contact_id: int,
    alignment: Qt.AlignmentFlag = RIGHT,
    width: int = 320,
) -> dict[str, tuple[QPointF, QPointF]]:
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, ContactRowDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(panel.view.viewport())
    option.rect = QRect(0, 0, width, 52)
    image = QImage(width, 52, QImage.Format.Format_ARGB32)
    fonts = delegate._fonts_for(option.font)
    painter = Placing(image, option.rect, fonts.line_height, alignment)
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
    panel = _shown(qtbot, app_context)

    short = {"3 weeks ago", "due", "in 3 days"}
    placed = _placed(panel, ana)
    assert set(placed) == {"Ana", "Pixelwerk", "3 weeks ago", "due"}
    panel.set_sort(SortOrder.NEXT_DUE)
    qtbot.waitUntil(lambda: panel.model.row_of(bob) >= 0)
    placed |= _placed(panel, bob)
    placed = {text: where for text, where in placed.items() if text in short}
    assert set(placed) == short
    for text, (drawn, expected) in placed.items():
        # within a pixel: fonts and hinting differ from machine to machine
        assert abs(drawn.x() - expected.x()) < 0.99, (text, drawn, expected)
        assert abs(drawn.y() - expected.y()) < 0.99, (text, drawn, expected)


def test_the_name_and_the_detail_go_where_draw_text_put_them_cut_to_their_room(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    now = core.clock.now()
    long_name = "Maximiliana Fernández de la Concepción y Castellví"
    ana = core.contacts.create(
        Contact(given_name="Ana", family_name="Ruiz", title="CTO", organization="Pixelwerk")
    )
    maxi = core.contacts.create(
        Contact(given_name=long_name, organization="Vereinigte Großhandelsgesellschaft mbH")
    )
    core.journal.log([ana, maxi], "call", "hi", at=now - dt.timedelta(days=21))
    panel = _shown(qtbot, app_context)

    placed = _placed(panel, ana, LEFT)
    assert {"Ana Ruiz", "CTO · Pixelwerk"} <= set(placed)
    narrow = _placed(panel, maxi, LEFT, width=260)
    [name] = [text for text in narrow if text.startswith("Maximiliana")]
    [company] = [text for text in narrow if text.startswith("Vereinigte")]
    assert name.endswith("…") and company.endswith("…")  # cut to the room they have
    wide = _placed(panel, maxi, LEFT, width=900)
    assert long_name in wide  # the same name, laid out again for more room: whole
    placed |= narrow
    for text in ("Ana Ruiz", "CTO · Pixelwerk", name, company):
        drawn, expected = placed[text]
        assert abs(drawn.x() - expected.x()) < 0.99, (text, drawn, expected)
        assert abs(drawn.y() - expected.y()) < 0.99, (text, drawn, expected)


def test_a_name_laid_out_once_is_drawn_again_without_being_laid_out(
    qtbot: QtBot, app_context: AppContext
) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana", family_name="Ruiz"))
    panel = _shown(qtbot, app_context)
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, ContactRowDelegate)
    fonts = delegate._fonts_for(panel.view.viewport().font())
    first = fonts.line("Ana Ruiz", 200, name=True)
    assert fonts.line("Ana Ruiz", 200, name=True) is first
    assert fonts.line("Ana Ruiz", 200, name=False) is not first  # the detail's font
    assert fonts.line("Ana Ruiz", 30, name=True).text() != "Ana Ruiz"  # cut
    assert _placed(panel, ana, LEFT)  # (painted through the same cache)


def test_a_name_of_mixed_direction_is_laid_out_in_the_view_s_direction(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Left to itself, a static text takes its direction from its first letter: "محمد Ana"
    was drawn "Ana محمد" in a left-to-right window, where drawText kept the window's."""
    ContactListPanel(app_context)  # (the view's fonts)
    delegate = ContactRowDelegate(app_context)
    fonts = delegate._fonts_for(QFont())
    ltr = fonts.line("محمد Ana", 300, name=True)
    rtl = fonts.line("محمد Ana", 300, name=True, rtl=True)
    assert ltr.textOption().textDirection() == Qt.LayoutDirection.LeftToRight
    assert rtl.textOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert fonts.line("محمد Ana", 300, name=True) is ltr


def test_in_a_right_to_left_window_the_name_ends_its_line_as_draw_text_put_it(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    core.contacts.create(Contact(given_name="محمد", family_name="Ana", organization="Pixelwerk"))
    panel = _shown(qtbot, app_context, Qt.LayoutDirection.RightToLeft)
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, ContactRowDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(panel.view.viewport())
    assert option.direction == Qt.LayoutDirection.RightToLeft
    option.rect = QRect(0, 0, 320, 52)
    image = QImage(320, 52, QImage.Format.Format_ARGB32)
    fonts = delegate._fonts_for(option.font)
    painter = Placing(image, option.rect, fonts.line_height, LEFT)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # AlignLeft: the right end
    try:
        delegate.paint(painter, option, panel.model.index(0))
    finally:
        painter.end()
    # the row is mirrored (test_card25_rows_mirrored): its texts end beside the avatar, at
    # the right end, where drawText(AlignLeft) put them in the mirrored line
    text_end = 320 - (8 + AVATAR + 10)
    drawn, _ = painter.placed["Pixelwerk"]
    assert abs(drawn.x() + painter.widths["Pixelwerk"] - text_end) < 0.99, drawn
    assert drawn.x() > 160  # at the right end of the row's text, not its left
    # the date at the left end, the name ending beside the avatar, clear of the date
    name, _ = painter.placed["محمد Ana"]
    date, _ = painter.placed["never"]
    assert abs(date.x() - 9) < 0.99, date
    assert abs(name.x() + painter.widths["محمد Ana"] - text_end) < 0.99, name
    assert name.x() - (date.x() + painter.widths["never"]) >= 12
