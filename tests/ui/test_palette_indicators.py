"""Check boxes, radio buttons and a list's check marks show on light and dark palettes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netdesk.ui.indicators import VisibleIndicators
from netdesk.ui.palette import contrast, keep_placeholders_readable

ROLE = QPalette.ColorRole

# window, base, text: Qt's own Fusion palette, the usual "dark Fusion", KDE's Breeze Dark
LIGHT = ("#efefef", "#ffffff", "#000000")
DARK_FUSION = ("#353535", "#2a2a2a", "#ffffff")
BREEZE_DARK = ("#202326", "#141618", "#fcfcfc")
THEMES = {"light": LIGHT, "dark": DARK_FUSION, "breeze-dark": BREEZE_DARK}


def theme(window: str, base: str, text: str) -> QPalette:
    palette = QPalette(QColor(window), QColor(window))
    for role, colour in (
        (ROLE.Window, window),
        (ROLE.Button, window),
        (ROLE.Base, base),
        (ROLE.Text, text),
        (ROLE.WindowText, text),
        (ROLE.ButtonText, text),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def shown(widget: QWidget, scale: float) -> QImage:
    """``widget`` as painted on a screen of ``scale`` device pixels per pixel."""
    image = QImage(widget.size() * scale, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    image.fill(widget.palette().color(ROLE.Window))
    widget.render(image)
    return image


def boundary_contrast(image: QImage, area: QRect, palette: QPalette) -> float:
    """The best contrast that a pixel of ``area`` (in widget pixels) stands against both the
    palette's base and window: an unticked box's border, the only thing drawn there."""
    base, window = palette.color(ROLE.Base), palette.color(ROLE.Window)
    scale = image.devicePixelRatio()
    best = 1.0
    for y in range(int(area.top() * scale), int((area.bottom() + 1) * scale)):
        for x in range(int(area.left() * scale), int((area.right() + 1) * scale)):
            pixel = QColor(image.pixel(x, y))
            best = max(best, min(contrast(pixel, base), contrast(pixel, window)))
    return best


def indicator_contrast(button: QCheckBox | QRadioButton, scale: float) -> float:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    area = button.style().subElementRect(element, option, button)
    return boundary_contrast(shown(button, scale), area, button.palette())


def list_check_contrast(view: QListWidget, scale: float) -> float:
    area = view.visualItemRect(view.item(0)).translated(view.viewport().pos())
    return boundary_contrast(shown(view, scale), area, view.palette())


def widgets(qtbot: QtBot, colours: tuple[str, str, str], style: QStyle) -> list[QWidget]:
    """An unticked check box, an unchosen radio button and a list's unticked check mark
    (its text empty: the mark is all that is drawn in the row)."""
    palette = theme(*colours)
    box, radio, view = QCheckBox("Start in the tray"), QRadioButton("vCard 3.0"), QListWidget()
    item = QListWidgetItem("")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    view.addItem(item)
    view.setCurrentRow(-1)
    view.resize(200, 80)
    for widget in (box, radio, view):
        qtbot.addWidget(widget)
        widget.setStyle(style)
        widget.setPalette(palette)
        widget.ensurePolished()
        widget.resize(widget.sizeHint().expandedTo(widget.size()))
    return [box, radio, view]


def contrasts(shown_widgets: list[QWidget], scale: float) -> list[float]:
    box, radio, view = shown_widgets
    assert isinstance(box, QCheckBox) and isinstance(radio, QRadioButton)
    assert isinstance(view, QListWidget)
    return [
        indicator_contrast(box, scale),
        indicator_contrast(radio, scale),
        list_check_contrast(view, scale),
    ]


@pytest.fixture
def fusion() -> Iterator[QStyle]:
    style = QStyleFactory.create("fusion")
    yield style
    style.deleteLater()


@pytest.fixture
def visible() -> Iterator[QStyle]:
    style = VisibleIndicators()
    yield style
    style.deleteLater()


def test_fusion_alone_loses_the_boxes_on_a_dark_palette(qtbot: QtBot, fusion: QStyle) -> None:
    # what was seen: the box's border is the window darkened, the grey of its own inside
    assert max(contrasts(widgets(qtbot, DARK_FUSION, fusion), 1)) < 1.5


@pytest.mark.parametrize("scale", [1, 2], ids=["1x", "2x"])
@pytest.mark.parametrize("name", list(THEMES))
def test_every_unticked_indicator_shows_at_3_to_1(
    qtbot: QtBot, visible: QStyle, name: str, scale: float
) -> None:
    for seen in contrasts(widgets(qtbot, THEMES[name], visible), scale):
        assert seen >= 3.0


def test_a_ticked_box_keeps_its_tick(qtbot: QtBot, visible: QStyle) -> None:
    box = widgets(qtbot, DARK_FUSION, visible)[0]
    assert isinstance(box, QCheckBox)
    box.setChecked(True)
    # the tick (Fusion's, the text colour a little darker) is still drawn, over the border
    assert indicator_contrast(box, 1) > 6


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[QApplication]:
    palette = qapp.palette()
    qapp.setStyle(
        "fusion"
    )  # as a desktop naming no style gives it (an earlier app test wrapped it)
    yield qapp
    qapp.setStyle("fusion")
    qapp.setPalette(palette)


def test_the_app_under_fusion_gets_visible_boxes_when_its_theme_turns_dark(
    app_style: QApplication, qtbot: QtBot
) -> None:
    app_style.setPalette(theme(*LIGHT))
    watcher = keep_placeholders_readable(app_style)
    qtbot.addWidget(watcher)
    # light: Fusion's own boxes show, and its style is not wrapped (the wrapped one cost
    # PySide a type for every QStyleOption before the first paint, and Python at each paint)
    assert not isinstance(app_style.style(), VisibleIndicators)
    app_style.setPalette(theme(*BREEZE_DARK))  # the desktop turns dark while netdesk runs
    qtbot.waitUntil(lambda: isinstance(app_style.style(), VisibleIndicators))
    box = QCheckBox("Keep running in the tray")
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    assert indicator_contrast(box, 1) >= 3.0


def test_an_app_started_dark_under_fusion_gets_visible_boxes_at_once(
    app_style: QApplication, qtbot: QtBot
) -> None:
    app_style.setPalette(theme(*DARK_FUSION))
    watcher = keep_placeholders_readable(app_style)
    qtbot.addWidget(watcher)
    assert isinstance(app_style.style(), VisibleIndicators)
    box = QCheckBox("Keep running in the tray")
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    assert indicator_contrast(box, 1) >= 3.0
