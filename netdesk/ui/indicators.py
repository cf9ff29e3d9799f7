"""Visible check boxes on dark themes under Fusion (see netdesk.ui.palette's docstring).

Imported only when the palette is dark: the wrapped style makes PySide build the types of
every QStyleOption it is handed.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from netdesk.ui.palette import contrast, mix

VISIBLE = 3.5  # WCAG 2.1's 3:1 for a control's boundary, with room for a thin circle's antialiasing


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
        low, high = (low, middle) if visible(mix(base, text, middle)) else (middle, high)
    return mix(base, text, high)


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
