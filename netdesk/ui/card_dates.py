"""Dates as typed on the contact card: ISO, a day of the year, or as the locale writes them."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from netdesk.core.types import PartialDate


def format_partial(value: PartialDate | None) -> str:
    return value.to_iso() if value is not None else ""


_YEAR_MONTH_DAY = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_MONTH_DAY = re.compile(r"(?:--)?(\d{1,2})-(\d{1,2})")
# as the user's locale writes a date, with slashes or dots: 23/04/1990, 23.4., 4/23, 1990/04/23
_SLASHED = re.compile(r"(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?\.?")
_SLASHED_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?")


# the shapes PartialDate.parse reads: what fits one and is still refused is no such day
_ISO_SHAPE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{8}|--\d{2}-?\d{2}")


class NoSuchDayError(ValueError):
    """Written as a date, but no day of the calendar: "1990-02-30", a 13th month, year 0."""


class NoSuchYearError(NoSuchDayError):
    """Written as a date of the year 0 ("0000", "0000-05"), which no calendar has."""


def _day_first() -> bool:
    """Whether the user's locale writes the day before the month (23/04, not 4/23)."""
    written = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    day, month = written.find("d"), written.find("M")
    return 0 <= day < month


def parse_partial(text: str, day_first: bool | None = None) -> PartialDate:
    """A date as typed on the card: ISO (``1990-04-23``, ``1990-04``, ``1990``, ``--04-23``),
    also without the zeros (``1990-4-3``) and a day of the year as ``04-23`` or ``4-23``: a
    birthday without a year had to be typed ``--04-23``, which nobody guesses. Also as the
    locale writes it, with slashes or dots (``23/04/1990``, ``23.04.``, ``4/23``): refused,
    it was typed again; ``day_first`` says the order (None: the locale's).

    Raises:
        NoSuchDayError: it is written as a date, but there is no such day.
        ValueError: it is not a date.
    """
    text = text.strip()
    if match := _SLASHED.fullmatch(text):
        first, second, year = match.groups()
        day_month = _day_first() if day_first is None else day_first
        day, month = (first, second) if day_month else (second, first)
        text = (f"{year}-" if year else "--") + f"{int(month):02d}-{int(day):02d}"
    elif match := _SLASHED_YEAR_FIRST.fullmatch(text):
        text = "-".join(part for part in match.groups() if part)
    if match := _YEAR_MONTH_DAY.fullmatch(text):
        year, month, day = match.groups()
        text = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
    elif match := _MONTH_DAY.fullmatch(text):
        month, day = match.groups()
        text = f"--{int(month):02d}-{int(day):02d}"
    try:
        parsed = PartialDate.parse(text)
    except ValueError as error:
        if _ISO_SHAPE.fullmatch(text):
            raise NoSuchDayError(text) from error
        raise
    if parsed.year == 0:  # "0000", "0000-05": no calendar has a year 0 (the CLI refuses it)
        raise NoSuchYearError(text)
    return parsed
