"""Tinted SVG icons: drawn in the palette's colours, at the size painted, only when painted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap, QRegion
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.icons import ICON_DIR, TintedSvgEngine, _tinted, icon
from netdesk.ui.widgets import IconGlyph


def opaque_colours(pixmap: QPixmap) -> set[str]:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    colours = set()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                colours.add(colour.name())
    return colours


def test_an_icon_is_drawn_in_the_colour_of_its_mode_at_the_size_asked(qapp: QApplication) -> None:
    tinted = _tinted("contact-new", "#123456", "#abcdef")
    normal = tinted.pixmap(QSize(20, 20))
    disabled = tinted.pixmap(QSize(32, 32), QIcon.Mode.Disabled)
    assert normal.size() == QSize(20, 20)
    assert disabled.size() == QSize(32, 32)
    assert opaque_colours(normal) == {"#123456"}
    assert opaque_colours(disabled) == {"#abcdef"}


def test_nothing_is_rendered_until_a_size_is_painted(qapp: QApplication) -> None:
    engine = TintedSvgEngine(ICON_DIR / "tag.svg", "#000000", "#808080")
    tinted = QIcon(engine)
    assert engine._pixmaps == {}
    tinted.pixmap(QSize(16, 16))
    tinted.pixmap(QSize(16, 16))
    assert list(engine._pixmaps) == [(16, 16, False, 1.0)]


def test_a_scaled_screen_gets_a_sharp_pixmap(qapp: QApplication) -> None:
    tinted = _tinted("search", "#000000", "#808080")
    sharp = tinted.pixmap(QSize(16, 16), 2.0)
    assert sharp.size() == QSize(32, 32)
    assert sharp.devicePixelRatio() == 2.0


def test_painting_centres_the_square_icon_in_the_rect(qapp: QApplication) -> None:
    canvas = QPixmap(40, 20)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    _tinted("add", "#ff0000", "#808080").paint(painter, QRect(0, 0, 40, 20))
    painter.end()
    image = canvas.toImage()
    left_margin = [image.pixelColor(x, y).alpha() for x in range(10) for y in range(20)]
    assert not any(left_margin)  # the 20x20 icon sits at x 10..30
    assert QColor("#ff0000").name() in opaque_colours(canvas.copy(10, 0, 20, 20))


def test_a_detached_copy_keeps_working(qtbot: QtBot) -> None:
    original = icon("search")
    copy = QIcon(original)
    copy.addPixmap(original.pixmap(QSize(16, 16)))  # detaches: the engine is cloned
    button = QToolButton()
    qtbot.addWidget(button)
    button.setIcon(copy)
    button.resize(40, 40)
    assert not button.grab().isNull()
    assert not copy.pixmap(QSize(24, 24)).isNull()


def test_an_unknown_name_is_a_null_icon(qapp: QApplication) -> None:
    assert icon("no-such-icon").isNull()


def test_painting_on_a_scaled_device_renders_at_its_pixel_ratio(qapp: QApplication) -> None:
    engine = TintedSvgEngine(ICON_DIR / "add.svg", "#ff0000", "#808080")
    canvas = QPixmap(80, 40)
    canvas.setDevicePixelRatio(2.0)  # 40x20 logical pixels, as on a 200% screen
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    engine.paint(painter, QRect(0, 0, 40, 20), QIcon.Mode.Normal, QIcon.State.Off)
    painter.end()
    assert list(engine._pixmaps) == [(20, 20, False, 2.0)]  # read from the device transform
    assert engine._pixmaps[(20, 20, False, 2.0)].size() == QSize(40, 40)


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


def dark() -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor("#eeeeee"))
        palette.setColor(group, QPalette.ColorRole.Window, QColor("#202020"))
        palette.setColor(group, QPalette.ColorRole.Base, QColor("#181818"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#777777"))
    return palette


def test_an_icon_made_before_the_system_turns_dark_is_drawn_light(
    qtbot: QtBot, restore_palette: None
) -> None:
    """netdesk lives in the tray for days: a theme switched meanwhile must not leave the
    toolbar's icons black on a dark window."""
    made = icon("search")
    button = QToolButton()
    qtbot.addWidget(button)
    button.setIcon(made)
    button.setIconSize(QSize(20, 20))
    button.grab()  # painted once in the light palette
    QApplication.setPalette(dark())
    assert opaque_colours(made.pixmap(QSize(20, 20))) == {"#eeeeee"}
    assert opaque_colours(made.pixmap(QSize(20, 20), QIcon.Mode.Disabled)) == {"#777777"}
    assert "#eeeeee" in opaque_colours(button.grab())


def drawn(widget: QWidget) -> set[str]:
    """The colours ``widget`` paints itself, without its window's background."""
    canvas = QPixmap(widget.size())
    canvas.fill(Qt.GlobalColor.transparent)
    widget.render(canvas, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    return opaque_colours(canvas)


def test_a_card_section_glyph_follows_the_palette(qtbot: QtBot, restore_palette: None) -> None:
    glyph = IconGlyph("origin", 18)
    qtbot.addWidget(glyph)
    light = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    assert drawn(glyph) == {light}
    QApplication.setPalette(dark())
    QApplication.processEvents()  # Qt hands the new palette to widgets from the event loop
    assert drawn(glyph) == {"#eeeeee"}
