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

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

READABLE = 4.5  # WCAG 2 AA contrast for text


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


def mix(start: QColor, end: QColor, share: float) -> QColor:
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
        low, high = (low, middle) if readable(mix(shown, text, middle)) else (middle, high)
    return mix(shown, text, high)


def dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark theme's: light text on a darker window."""
    role = QPalette.ColorRole
    return luminance(palette.color(role.Window)) < luminance(palette.color(role.WindowText))


def keep_indicators_visible(application: QApplication) -> None:
    """Under Fusion on a dark palette, give ``application`` the style whose check boxes show
    (netdesk.ui.indicators). A light palette needs none: Fusion's border, the window colour
    darkened, shows on it; and the wrapped style, made before the first paint, cost PySide
    some 26 more types (80-130 ms) and Python at every primitive painted. Other styles
    (Breeze, Windows, macOS) draw their borders from fitting roles already."""
    if not dark(application.palette()):
        return
    from netdesk.ui.indicators import VisibleIndicators

    style = application.style()
    if style is None or isinstance(style, VisibleIndicators):
        return
    if style.name().lower() == "fusion":
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
                keep_indicators_visible(application)  # the theme turned dark: boxes to show
                # readable already after our own change: no second setPalette, no loop
                make_placeholders_readable(application)
        return super().event(event)


def keep_placeholders_readable(application: QApplication, *, indicators: bool = True) -> QWidget:
    """Make the placeholder readable now and after every change of the system's palette,
    for as long as the returned watcher lives (the caller keeps it). Check boxes and radio
    buttons are made to show on a dark palette when the theme turns dark, and now unless
    ``indicators`` is False (the start-up calls keep_indicators_visible itself once the
    window has painted: the first page has no check box, and the style cost a dark start
    75-100 ms before it). Their border is worked out as they are painted, so it follows the
    theme by itself."""
    if indicators:
        keep_indicators_visible(application)
    make_placeholders_readable(application)
    return _ThemeWatcher()
