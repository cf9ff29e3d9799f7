"""The card's keep-in-touch words: the cadence menu's choices and the rhythm as a line."""

from __future__ import annotations

from netdesk.ui.widgets import tr


def cadence_choices() -> list[tuple[int | None, str]]:
    """(days, label); -1 stands for "custom"."""
    return [
        (None, tr("Never")),
        (7, tr("Every week")),
        (14, tr("Every 2 weeks")),
        (30, tr("Every month")),
        (91, tr("Every 3 months")),
        (182, tr("Every 6 months")),
        (365, tr("Every year")),
        (-1, tr("Custom…")),
    ]


def every_text(days: int) -> str:
    """A rhythm in the words of the cadence menu ("Every month"), or "Every 45 days"."""
    named = {d: label for d, label in cadence_choices() if d is not None and d > 0}
    return named.get(days) or tr("Every %Ln days", None, days)


def rhythm_text(days: int) -> str:
    """The card's one-line keep-in-touch rhythm, in the words of the cadence menu."""
    named = {
        7: tr("Keep in touch every week"),
        14: tr("Keep in touch every 2 weeks"),
        30: tr("Keep in touch every month"),
        91: tr("Keep in touch every 3 months"),
        182: tr("Keep in touch every 6 months"),
        365: tr("Keep in touch every year"),
    }
    return named.get(days) or tr("Keep in touch every %Ln days", None, days)
