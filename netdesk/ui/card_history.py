"""Undo and redo of the card's unsaved edits that are no typing: a row added or removed, a
star moved, a photo chosen or removed (typing is undone by the field itself)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

State = TypeVar("State")


def own_history(field: QObject, *, redo: bool) -> bool:
    """Whether a field has an edit of its own to undo (or redo): a text field's typing, or
    the typing in an editable box's line or a number box; anything else (a button, a menu)
    has none."""
    if isinstance(field, (QComboBox, QAbstractSpinBox)):
        line = field.lineEdit()
        if line is None:
            return False
        field = line
    if isinstance(field, QLineEdit):
        return field.isRedoAvailable() if redo else field.isUndoAvailable()
    if isinstance(field, QPlainTextEdit):
        document = field.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return False


class FormHistory(Generic[State]):
    """States of the form before each such edit; ``read()`` takes the form's state and
    ``write(state)`` shows one again. A state equal to what the form shows is no step (a
    press on a star that was not a click)."""

    def __init__(self, read: Callable[[], State], write: Callable[[State], None]) -> None:
        self._read = read
        self._write = write
        self._undo: list[State] = []
        self._redo: list[State] = []

    def record(self, state: State | None = None) -> None:
        """Keep the form's state: an edit is about to change it (``state``: the form's state
        before an edit that has changed it already, a menu's choice)."""
        state = self._read() if state is None else state
        if not self._undo or self._undo[-1] != state:
            self._undo.append(state)
        self._redo.clear()

    def forget_redo(self) -> None:
        """Something was typed: the states undone are no longer ahead of the form."""
        self._redo.clear()

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()

    def adjust(self, change: Callable[[State], State]) -> None:
        """Every state kept, to undo or redo, through ``change`` (a change made elsewhere
        meanwhile is put in: the undo no longer writes the old values back)."""
        self._undo = [change(state) for state in self._undo]
        self._redo = [change(state) for state in self._redo]

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> bool:
        """Show the state before the last edit; False when there is none."""
        return self._step(self._undo, self._redo)

    def redo(self) -> bool:
        return self._step(self._redo, self._undo)

    def _step(self, back: list[State], ahead: list[State]) -> bool:
        current = self._read()
        while back and back[-1] == current:
            back.pop()
        if not back:
            return False
        ahead.append(current)
        self._write(back.pop())
        return True
