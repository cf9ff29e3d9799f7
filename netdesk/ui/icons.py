"""SVG icons from resources/icons, drawn in the palette's text colour so dark mode works."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QDir, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
ICON_DIR = RESOURCES / "icons"
_SIZES = (16, 22, 24, 32, 48)


def register_search_path() -> None:
    """Make ``icons:name.svg`` resolve (Anki's QDir.addSearchPath pattern)."""
    if str(ICON_DIR) not in QDir.searchPaths("icons"):
        QDir.addSearchPath("icons", str(ICON_DIR))


def app_icon() -> QIcon:
    register_search_path()
    return QIcon("icons:netdesk.svg")


def icon(name: str) -> QIcon:
    """The named UI icon, tinted for the current palette (normal and disabled states)."""
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return _tinted(name, normal.name(), disabled.name())


@cache
def _tinted(name: str, colour: str, disabled_colour: str) -> QIcon:
    path = ICON_DIR / f"{name}.svg"
    result = QIcon()
    if not path.is_file():
        return result
    text = path.read_text(encoding="utf-8")
    try:
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:  # pragma: no cover - QtSvg ships with PySide6-Essentials
        return QIcon(str(path))
    ratio = max(1.0, QGuiApplication.primaryScreen().devicePixelRatio() if _has_screen() else 1.0)
    for mode, fill in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled_colour)):
        renderer = QSvgRenderer(QByteArray(text.replace("currentColor", fill).encode()))
        for size in _SIZES:
            pixels = round(size * ratio)
            pixmap = QPixmap(QSize(pixels, pixels))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, pixels, pixels))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap, mode)
    return result


def _has_screen() -> bool:
    return QGuiApplication.primaryScreen() is not None
