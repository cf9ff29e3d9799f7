"""A preferred value's star is filled: checked, it was drawn as the same outline as an
unchecked one, so nobody could tell which e-mail, phone or address was the preferred one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette, QPixmap, QRegion
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.types import EmailAddress
from netdesk.ui import card_fields as cf

LIGHT_GOLD, DARK_GOLD = (QColor(c) for c in cf.PREFERRED_STAR)


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
        palette.setColor(group, QPalette.ColorRole.Button, QColor("#2a2a2a"))
        palette.setColor(group, QPalette.ColorRole.Base, QColor("#181818"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#777777"))
    return palette


def stars(qtbot: QtBot) -> tuple[QToolButton, QToolButton]:
    """The stars of two e-mail rows, the first preferred."""
    editor = cf.emails_editor()
    qtbot.addWidget(editor)
    editor.set_values(
        [EmailAddress("ana@example.org", "work", True), EmailAddress("ana@home.example", "home")]
    )
    with qtbot.waitExposed(editor):
        editor.show()
    preferred, other = (row.star for row in editor.rows)
    assert preferred is not None and other is not None
    assert preferred.isChecked() and not other.isChecked()
    return preferred, other


def drawn(widget: QWidget) -> QImage:
    """What ``widget`` paints, on a transparent canvas at the screen's pixel ratio."""
    ratio = widget.devicePixelRatioF()
    canvas = QPixmap(widget.size() * ratio)
    canvas.setDevicePixelRatio(ratio)
    canvas.fill(Qt.GlobalColor.transparent)
    widget.render(canvas, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    return canvas.toImage().convertToFormat(QImage.Format.Format_ARGB32)


def centre(widget: QWidget) -> QColor:
    """The colour at the middle of the button: inside the star, filled or not."""
    image = drawn(widget)
    return image.pixelColor(image.width() // 2, image.height() // 2)


def near(colour: QColor, wanted: QColor) -> bool:
    return (
        all(abs(a - b) <= 8 for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True))
        and colour.alpha() == 255
    )


def test_the_preferred_star_is_filled_and_the_other_is_not(qtbot: QtBot) -> None:
    preferred, other = stars(qtbot)
    assert near(centre(preferred), LIGHT_GOLD)
    assert not near(centre(other), LIGHT_GOLD)
    other.click()  # the other made preferred: the first one's star empties
    assert near(centre(other), LIGHT_GOLD)
    assert not near(centre(preferred), LIGHT_GOLD)


def test_on_a_dark_palette_the_filled_star_is_a_light_amber(
    qtbot: QtBot, restore_palette: None
) -> None:
    QApplication.setPalette(dark())
    preferred, other = stars(qtbot)
    assert near(centre(preferred), DARK_GOLD)
    assert not near(centre(other), DARK_GOLD)


def test_the_filled_star_is_sharp_on_a_scaled_screen(qtbot: QtBot) -> None:
    preferred, _other = stars(qtbot)
    filled = preferred.icon().pixmap(QSize(16, 16), 2.0, QIcon.Mode.Normal, QIcon.State.On)
    assert filled.size() == QSize(32, 32) and filled.devicePixelRatio() == 2.0
    inside = filled.toImage().pixelColor(16, 17)
    assert near(inside, LIGHT_GOLD)
    empty = preferred.icon().pixmap(QSize(16, 16), 2.0, QIcon.Mode.Normal, QIcon.State.Off)
    assert empty.toImage().pixelColor(16, 17).alpha() == 0  # an outline: hollow


def test_a_disabled_preferred_star_stays_filled_in_the_disabled_colour(
    qtbot: QtBot, restore_palette: None
) -> None:
    QApplication.setPalette(dark())
    preferred, _other = stars(qtbot)
    filled = preferred.icon().pixmap(QSize(16, 16), 1.0, QIcon.Mode.Disabled, QIcon.State.On)
    assert near(filled.toImage().pixelColor(8, 9), QColor("#777777"))


def test_the_star_says_whether_its_value_is_preferred(qtbot: QtBot) -> None:
    preferred, other = stars(qtbot)
    assert preferred.accessibleName() == "Make e-mail address 1 preferred"
    assert other.accessibleName() == "Make e-mail address 2 preferred"  # (its name is fixed)
    assert preferred.accessibleDescription() == "Preferred (click to unmark)"
    assert other.accessibleDescription() == "Make preferred"
    assert preferred.toolTip() == preferred.accessibleDescription()
    other.click()
    assert other.accessibleDescription() == "Preferred (click to unmark)"
    assert preferred.accessibleDescription() == "Make preferred"
