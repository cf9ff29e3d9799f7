"""SVG icons from resources/icons, drawn in the palette's text colour so dark mode works."""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QDir, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
ICON_DIR = RESOURCES / "icons"


def register_search_path() -> None:
    """Make ``icons:name.svg`` resolve (Anki's QDir.addSearchPath pattern)."""
    if str(ICON_DIR) not in QDir.searchPaths("icons"):
        QDir.addSearchPath("icons", str(ICON_DIR))


def app_icon() -> QIcon:
    register_search_path()
    return QIcon("icons:netdesk.svg")


def icon(name: str) -> QIcon:
    """The named UI icon in the palette's text colour (normal and disabled states).

    The colour is read when the icon is painted, not when it is made: a system theme turned
    dark while netdesk runs (it lives in the tray for days) re-tints every icon.
    """
    return _tinted(name, None, None)


def fixed_icon(name: str, colour: str) -> QIcon:
    """The named icon in one colour whatever the palette (drawn on a coloured shape)."""
    return _tinted(name, colour, colour)


@cache  # one engine for every button showing it, kept alive while C++ holds it
def checkable_icon(name: str, checked: str, light: str, dark: str) -> QIcon:
    """A checkable button's icon: ``name`` in the palette's text colour while unchecked,
    ``checked`` (the star filled) in an accent colour once checked, ``light`` on a light
    palette and ``dark`` on a dark one; disabled, both in the palette's disabled colour.
    One icon for both states, as a checked tool button looked the same as an unchecked one."""
    off, on = ICON_DIR / f"{name}.svg", ICON_DIR / f"{checked}.svg"
    if not off.is_file() or not on.is_file():
        return QIcon()
    return QIcon(_CheckableEngine(TintedSvgEngine(off), _AccentSvgEngine(on, light, dark)))


@cache
def _tinted(name: str, colour: str | None, disabled_colour: str | None) -> QIcon:
    """The icon ``name`` in fixed colours, or in the application palette's (None)."""
    path = ICON_DIR / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    return QIcon(TintedSvgEngine(path, colour, disabled_colour))


def palette_colours() -> tuple[str, str]:
    """The application palette's text colour, active and disabled, as "#rrggbb"."""
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return normal.name(), disabled.name()


_CLONES: list[QIconEngine] = []


class TintedSvgEngine(QIconEngine):
    """Draws one SVG in a colour, at the size and scale asked for, when first asked.

    With no colours given it draws in the application palette's text colours of the moment,
    and draws again when they change.

    Start-up builds ~35 icons for actions, menus and buttons; most are never painted before
    the user opens a menu. Rendering each at every size up front cost ~30-50 ms at start;
    here a pixmap is drawn the first time a size is painted, then kept.
    """

    def __init__(
        self, path: Path, colour: str | None = None, disabled_colour: str | None = None
    ) -> None:
        super().__init__()
        self.path = path
        self.colour = colour
        self.disabled_colour = disabled_colour
        self._svg: str | None = None
        self._pixmaps: dict[tuple[int, int, bool, float], QPixmap] = {}
        self._drawn_in: tuple[str, str] | None = None  # the colours of the pixmaps kept

    def clone(self) -> QIconEngine:
        """A copy for a QIcon that detaches (e.g. on addPixmap); rare."""
        copy = TintedSvgEngine(self.path, self.colour, self.disabled_colour)
        # PySide6 does not hand a Python-made engine returned from a virtual over to C++: its
        # wrapper would be collected on return and the icon left with a dangling engine
        _CLONES.append(copy)
        return copy

    def isNull(self) -> bool:
        return False

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())  # the SVGs are square
        return QSize(side, side)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = min(size.width(), size.height())
        disabled = mode == QIcon.Mode.Disabled
        colours = self._colours()
        if colours != self._drawn_in:  # the theme changed: the kept pixmaps are stale
            self._pixmaps.clear()
            self._drawn_in = colours
        key = (side, side, disabled, scale)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            fill = colours[1] if disabled else colours[0]
            pixmap = self._pixmaps[key] = self._render(side, fill, scale)
        return pixmap

    def _colours(self) -> tuple[str, str]:
        if self.colour is None or self.disabled_colour is None:
            normal, disabled = palette_colours()
            return self.colour or normal, self.disabled_colour or disabled
        return self.colour, self.disabled_colour

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # the device transform carries the device pixel ratio: painter.device() would make
        # PySide match the device against every QPaintDevice subclass once (~20 ms at start)
        transform = painter.deviceTransform()
        scale = max(1.0, math.hypot(transform.m11(), transform.m12()))
        pixmap = self.scaledPixmap(rect.size(), mode, state, scale)
        side = min(rect.width(), rect.height())
        corner = rect.topLeft() + QPoint((rect.width() - side) // 2, (rect.height() - side) // 2)
        painter.drawPixmap(QRect(corner, QSize(side, side)), pixmap)

    def _render(self, side: int, fill: str, scale: float) -> QPixmap:
        from PySide6.QtSvg import QSvgRenderer

        if self._svg is None:
            self._svg = self.path.read_text(encoding="utf-8")
        pixels = max(1, round(side * max(1.0, scale)))
        pixmap = QPixmap(QSize(pixels, pixels))
        pixmap.fill(Qt.GlobalColor.transparent)
        renderer = QSvgRenderer(QByteArray(self._svg.replace("currentColor", fill).encode()))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
        pixmap.setDevicePixelRatio(max(1.0, scale))
        return pixmap


def _on_dark_palette() -> bool:
    """Whether the application's palette is a dark theme's: light text on a darker window."""
    palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    return window.lightnessF() < palette.color(QPalette.ColorRole.WindowText).lightnessF()


class _AccentSvgEngine(TintedSvgEngine):
    """An SVG in one colour for a light palette and another for a dark one (a colour that
    shows on white shows poorly on near-black); disabled in the palette's disabled colour."""

    def __init__(self, path: Path, light: str, dark: str) -> None:
        super().__init__(path)
        self.light, self.dark = light, dark

    def clone(self) -> QIconEngine:
        copy = _AccentSvgEngine(self.path, self.light, self.dark)
        _CLONES.append(copy)  # (see TintedSvgEngine.clone)
        return copy

    def _colours(self) -> tuple[str, str]:
        _normal, disabled = palette_colours()
        return (self.dark if _on_dark_palette() else self.light), disabled


class _CheckableEngine(QIconEngine):
    """One engine for the icon's Off state (unchecked) and another for its On state."""

    def __init__(self, off: TintedSvgEngine, on: TintedSvgEngine) -> None:
        super().__init__()
        self.off, self.on = off, on

    def _for(self, state: QIcon.State) -> TintedSvgEngine:
        return self.on if state == QIcon.State.On else self.off

    def clone(self) -> QIconEngine:
        copy = _CheckableEngine(self.off, self.on)
        _CLONES.append(copy)  # (see TintedSvgEngine.clone)
        return copy

    def isNull(self) -> bool:
        return False

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self._for(state).actualSize(size, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._for(state).pixmap(size, mode, state)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._for(state).scaledPixmap(size, mode, state, scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._for(state).paint(painter, rect, mode, state)
