"""The card's photo as a control. It shows when it has the keyboard focus: Tab stops on it
(Space opens its menu), and a label draws no focus frame, so the focus seemed lost between
the contact list and "Log interaction…". Only a click released over it opens its menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.card_widgets import PHOTO_SIZE, PhotoLabel
from netdesk.ui.widgets import avatar_pixmap


def ring_pixels(photo: PhotoLabel) -> list[QColor]:
    """The colours along the photo's edge: top, bottom, left and right middles."""
    image = photo.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    ratio = image.devicePixelRatio()
    edge, middle = round(1.5 * ratio), image.width() // 2
    spots = ((middle, edge), (middle, image.height() - 1 - edge))
    spots += ((edge, middle), (image.width() - 1 - edge, middle))
    return [image.pixelColor(x, y) for x, y in spots]


def test_the_photo_is_ringed_while_it_has_the_focus(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    photo = PhotoLabel()
    photo.setPixmap(avatar_pixmap("Ana García", None, PHOTO_SIZE, window.devicePixelRatioF()))
    other = QLineEdit()
    layout.addWidget(photo)
    layout.addWidget(other)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    highlight = photo.palette().color(QPalette.ColorRole.Highlight)

    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    assert highlight not in ring_pixels(photo)

    photo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is photo)
    assert ring_pixels(photo) == [highlight] * 4


def test_only_a_click_released_over_the_photo_opens_its_menu(qtbot: QtBot) -> None:
    """A press dragged off the photo (to give up, as on a button) or a middle-button click
    opened the photo's menu too."""
    photo = PhotoLabel()
    qtbot.addWidget(photo)
    with qtbot.waitExposed(photo):
        photo.show()
    middle, outside = photo.rect().center(), QPoint(PHOTO_SIZE + 40, PHOTO_SIZE // 2)
    left = Qt.MouseButton.LeftButton
    with qtbot.assertNotEmitted(photo.clicked):
        QTest.mousePress(photo, left, pos=middle)
        QTest.mouseRelease(photo, left, pos=outside)
        QTest.mouseClick(photo, Qt.MouseButton.MiddleButton, pos=middle)
    with qtbot.waitSignal(photo.clicked):
        QTest.mouseClick(photo, left, pos=middle)
    with qtbot.waitSignal(photo.clicked):
        QTest.mouseClick(photo, Qt.MouseButton.RightButton, pos=middle)
