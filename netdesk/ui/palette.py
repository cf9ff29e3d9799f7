"""Readable quiet text and visible check boxes, in light and dark themes.

netdesk writes its quiet hints (a card's record source, "Latest backup: …", an empty
journal's explanation) and the search fields' prompts in the palette's PlaceholderText role,
so they follow the system theme. Qt's own placeholder is the text colour at half opacity: on
a white base that is about 3.9:1, under the 4.5:1 that WCAG asks of text (placeholders
included). The application's placeholder is moved toward the text colour just far enough to
reach it, against both the base (fields) and the window (labels), and again whenever the
system theme turns light or dark.

Fusion (Qt's style wherever the desktop names none) draws the border of a check box or a
radio button in the window colour darkened: on a dark theme's window that is the grey of the
box's own inside, and an unticked box vanishes (also in lists: a list's check mark is a check
box). Under Fusion the application's style draws that border again, in the palette's text
colour mixed into the base just far enough to stand 3:1 (WCAG's contrast for a control's
boundary) against the box's inside and what surrounds it (3.5:1 as worked out: a thin
circle's antialiasing never covers a pixel whole).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

READABLE = 4.5  # WCAG 2 AA contrast for text
VISIBLE = 3.5  # WCAG 2.1's 3:1 for a control's boundary, with room for a thin circle's antialiasing


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an opaque colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2's contrast ratio of two opaque colours, 1 to 21."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as it shows over ``background`` (its transparency flattened)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def _mix(start: QColor, end: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        start.redF() + (end.redF() - start.redF()) * share,
        start.greenF() + (end.greenF() - start.greenF()) * share,
        start.blueF() + (end.blueF() - start.blueF()) * share,
    )


def readable_placeholder(palette: QPalette) -> QColor | None:
    """The placeholder colour of ``palette`` made readable on its base and window, or None
    when it already is (or no mix with the text colour can make it so)."""
    role = QPalette.ColorRole
    base, window = palette.color(role.Base), palette.color(role.Window)
    shown = _over(palette.color(role.PlaceholderText), base)
    text = _over(palette.color(role.Text), base)

    def readable(colour: QColor) -> bool:
        return min(contrast(colour, base), contrast(colour, window)) >= READABLE

    if readable(shown) or not readable(text):
        return None
    low, high = 0.0, 1.0  # share of the text colour: the least that reads, to a 1/64
    for _ in range(6):
        middle = (low + high) / 2
        low, high = (low, middle) if readable(_mix(shown, text, middle)) else (middle, high)
    return _mix(shown, text, high)


def visible_outline(palette: QPalette) -> QColor:
    """The border of a check box or radio button of ``palette`` (its current colour group):
    the least share of the text colour mixed into the base that stands 3.5:1 against the base
    and the window, or the text colour itself when no share does."""
    role = QPalette.ColorRole
    shared = _visible_outline(
        palette.color(role.Base).rgb(),
        palette.color(role.Window).rgb(),
        palette.color(role.Text).rgb(),
    )
    return QColor(shared)  # a copy: the cached one stays as it was worked out


@lru_cache(maxsize=64)  # asked at every paint of every box, from a handful of palettes
def _visible_outline(base_rgb: int, window_rgb: int, text_rgb: int) -> QColor:
    base, window, text = QColor(base_rgb), QColor(window_rgb), QColor(text_rgb)

    def visible(colour: QColor) -> bool:
        return min(contrast(colour, base), contrast(colour, window)) >= VISIBLE

    if not visible(text):
        return text
    low, high = 0.0, 1.0  # share of the text colour: the least that shows, to a 1/64
    for _ in range(6):
        middle = (low + high) / 2
        low, high = (low, middle) if visible(_mix(base, text, middle)) else (middle, high)
    return _mix(base, text, high)


class VisibleIndicators(QProxyStyle):
    """Fusion, with the border of check boxes and radio buttons in ``visible_outline``.

    Fusion's own border (the window colour darkened) is drawn over where it is, same
    shape; the keyboard focus's highlighted border is left as Fusion draws it."""

    def __init__(self) -> None:
        super().__init__("fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        primitive = QStyle.PrimitiveElement
        if element not in (primitive.PE_IndicatorCheckBox, primitive.PE_IndicatorRadioButton):
            return  # a list's check mark comes here too, as a check box
        state = QStyle.StateFlag
        if option.state & state.State_HasFocus and option.state & state.State_KeyboardFocusChange:
            return
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(visible_outline(option.palette)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if element == primitive.PE_IndicatorCheckBox:  # Fusion's square, on the pixels
            painter.translate(0.5, 0.5)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        else:  # Fusion's circle
            radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1
            painter.drawEllipse(QPointF(rect.center()) + QPointF(1, 1), radius, radius)
        painter.restore()


def keep_indicators_visible(application: QApplication) -> None:
    """Under Fusion, give ``application`` the style whose check boxes show on any palette.
    Other styles (Breeze, Windows, macOS) draw their borders from fitting roles already."""
    style = application.style()
    if style is not None and style.name().lower() == "fusion":
        application.setStyle(VisibleIndicators())


def make_placeholders_readable(application: QGuiApplication) -> None:
    """Give ``application`` a readable placeholder colour, for every colour group."""
    palette = application.palette()
    changed = False
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setCurrentColorGroup(group)
        colour = readable_placeholder(palette)
        if colour is not None:
            palette.setColor(group, QPalette.ColorRole.PlaceholderText, colour)
            changed = True
    if changed:  # the disabled group stays as faint as the theme made it, as it should
        application.setPalette(palette)


class _ThemeWatcher(QWidget):
    """Never shown: told of every change of the application's palette (the system theme
    turned light or dark), it makes the placeholder readable again. A widget rather than an
    event filter on the application, which would run Python for every event of the app."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            application = QApplication.instance()
            if isinstance(application, QApplication):
                # readable already after our own change: no second setPalette, no loop
                make_placeholders_readable(application)
        return super().event(event)


def keep_placeholders_readable(application: QApplication) -> QWidget:
    """Make the placeholder readable now and after every change of the system's palette,
    for as long as the returned watcher lives (the caller keeps it). Check boxes and radio
    buttons are made to show on any palette first (their border is worked out as they are
    painted, so it follows the theme by itself)."""
    keep_indicators_visible(application)
    make_placeholders_readable(application)
    return _ThemeWatcher()
