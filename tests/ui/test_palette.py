"""Quiet text (placeholders, hints) stays readable: 4.5:1 on light and dark themes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.ui.palette import contrast, keep_placeholders_readable, readable_placeholder

ROLE = QPalette.ColorRole


def theme(window: str, base: str, text: str) -> QPalette:
    """A palette as a system theme gives it: the placeholder is the text at half opacity,
    Qt's own default (3.9:1 on white)."""
    palette = QPalette(QColor(window))
    palette.setColor(ROLE.Base, QColor(base))
    palette.setColor(ROLE.Text, QColor(text))
    palette.setColor(ROLE.WindowText, QColor(text))
    faint = QColor(text)
    faint.setAlpha(128)
    palette.setColor(ROLE.PlaceholderText, faint)
    return palette


LIGHT = ("#efefef", "#ffffff", "#000000")
DARK = ("#2b2b2b", "#1e1e1e", "#f0f0f0")


def shown_contrast(palette: QPalette) -> float:
    """The placeholder's contrast on the worse of base and window, as painted."""
    base, window = palette.color(ROLE.Base), palette.color(ROLE.Window)
    placeholder = palette.color(ROLE.PlaceholderText)
    alpha = placeholder.alphaF()
    flat = QColor.fromRgbF(*(
        getattr(placeholder, f)() * alpha + getattr(base, f)() * (1 - alpha)
        for f in ("redF", "greenF", "blueF")
    ))  # fmt: skip
    return min(contrast(flat, base), contrast(flat, window))


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.palette()
    yield qapp
    qapp.setPalette(before)


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_a_faint_theme_placeholder_is_made_readable(colours: tuple[str, str, str]) -> None:
    palette = theme(*colours)
    assert shown_contrast(palette) < 4.5  # the theme's own, as Qt makes it
    readable = readable_placeholder(palette)
    assert readable is not None
    palette.setColor(ROLE.PlaceholderText, readable)
    assert shown_contrast(palette) >= 4.5
    # moved only as far as needed: still quieter than the text itself
    assert contrast(readable, palette.color(ROLE.Base)) < contrast(
        palette.color(ROLE.Text), palette.color(ROLE.Base)
    )


def test_a_readable_placeholder_is_left_as_the_theme_made_it() -> None:
    palette = theme(*LIGHT)
    palette.setColor(ROLE.PlaceholderText, QColor("#595959"))  # 7:1 on white
    assert readable_placeholder(palette) is None


def test_the_application_follows_the_theme_turning_dark(
    app_palette: QApplication, qtbot: QtBot
) -> None:
    app_palette.setPalette(theme(*LIGHT))
    watcher = keep_placeholders_readable(app_palette)
    try:
        assert shown_contrast(app_palette.palette()) >= 4.5
        app_palette.setPalette(theme(*DARK))  # as the system does when its theme changes
        qtbot.waitUntil(lambda: shown_contrast(app_palette.palette()) >= 4.5)
        assert app_palette.palette().color(ROLE.Base) == QColor(DARK[1])  # the theme's own
    finally:
        watcher.deleteLater()
