"""A date (and time) field that takes a date typed in full, "2025-06-01 10:00", as typed."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit

SEPARATORS = frozenset("-/.: ")
Edit = TypeVar("Edit", bound=QDateTimeEdit)


class _TypedInFull(QObject):
    """Qt's date field dropped parts of a date typed over it, silently:
    - all of it selected (Ctrl+A, a triple click), each digit of the year was refused (the
      field's text cannot be "2"), and "2025-06-01" gave the year shown before, "2026-06-01";
    - a year or month typed whole moves on to the next part by itself, and the "-" typed
      after it moved on once more: "2025-06-01" set the day to 06 and left the month.
    A digit typed over the whole field starts at its first part, and a separator typed just
    after a part moved on by itself is taken as already done."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._digit_in: int | None = None  # the part the last key, a digit, was typed in

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        edit, text = self._edit, event.text()
        typed_in, self._digit_in = self._digit_in, None
        if text.isdigit():
            line = edit.findChild(QLineEdit)
            if line is not None and line.hasSelectedText() and line.selectedText() == line.text():
                edit.setCurrentSectionIndex(0)
                edit.setSelectedSection(edit.sectionAt(0))
            self._digit_in = edit.currentSectionIndex()
            return False
        # the digit before it filled its part, and the field moved on to the next one
        return (
            text in SEPARATORS and typed_in is not None and edit.currentSectionIndex() != typed_in
        )


def typed_in_full(edit: Edit) -> Edit:
    """Make ``edit`` (a QDateTimeEdit, QDateEdit or QTimeEdit) take a date typed whole."""
    edit.installEventFilter(_TypedInFull(edit))
    return edit
