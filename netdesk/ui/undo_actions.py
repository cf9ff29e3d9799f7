"""Undo and Redo actions over the app's stack, light enough to be built before the first
paint (netdesk.ui.undo itself imports the core and, with it, the store)."""

from __future__ import annotations

import functools
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from netdesk.ui.context import AppContext
from netdesk.ui.widgets import tr


class UndoRedoActions(QObject):
    """Undo and Redo over the app's stack for a window or a dialog (the main window's
    shortcuts do not reach a modal dialog): Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, off while a
    change runs on the worker (``changes.undo_busy``). ``detach()`` stops following."""

    def __init__(self, context: AppContext, owner: QWidget) -> None:
        super().__init__(owner)
        self.context = context
        stack = context.undo_stack
        self.undo = stack.createUndoAction(owner, tr("&Undo"))
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo = stack.createRedoAction(owner, tr("&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        owner.addActions([self.undo, self.redo])
        self.blocked = False
        self._running = 0  # changes on the worker not ended (a Tag… and an undo may overlap)
        # after the actions' own connections: these run last and keep them off while blocked
        self._follow = (
            (context.changes.undo_busy, self._busy),
            (stack.canUndoChanged, self._apply),
            (stack.canRedoChanged, self._apply),
        )
        for signal, slot in self._follow:
            signal.connect(slot)

    def say_with(self, show: Callable[[str], None]) -> None:
        """After each Undo and Redo, ``show`` what it did ("Undone: Delete Ana."): the status
        bar said nothing, or still "Deleted 1 contact. Press Ctrl+Z to undo." over the contact
        the undo had just brought back."""
        for action, undoing in ((self.undo, True), (self.redo, False)):
            # connected after the stack's own slot: the stack has moved when this runs
            action.triggered.connect(functools.partial(self._say, show, undoing))

    def _say(self, show: Callable[[str], None], undoing: bool) -> None:
        stack = self.context.undo_stack
        index = stack.index()
        step = index if undoing else index - 1
        text = stack.text(step)
        said = tr("Undone: %1.") if undoing else tr("Redone: %1.")

        def say() -> None:
            # a change the database refused has stepped the stack back by now (and says so)
            if shiboken6.isValid(stack) and stack.index() == index and text:
                show(said.replace("%1", text))

        # one on the worker (many contacts) is said once it is done, not as it starts: a
        # cancelled or refused one stepped the stack back, and "Redone" was on screen
        operation = getattr(stack.command(step), "operation", None) if step >= 0 else None
        if operation is not None and operation.running:
            operation.succeeded.connect(lambda _result: say())
            operation.cancelled.connect(lambda: show(tr("Cancelled; nothing was changed.")))
            return
        QTimer.singleShot(0, self, say)

    def detach(self) -> None:
        for signal, slot in self._follow:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # already disconnected (done twice)
                pass

    def _busy(self, busy: bool) -> None:
        # (an end heard without its start: these actions were made while it ran)
        self._running = self._running + 1 if busy else max(0, self._running - 1)
        self.blocked = self._running > 0
        self._apply()

    def _apply(self, *_changed: object) -> None:
        stack = self.context.undo_stack
        if not shiboken6.isValid(stack):
            # the stack going away at quit clears its commands and says so from its
            # destructor: there is nothing to ask it then (asking raised, and the error box
            # held netdesk open after it had stopped)
            return
        self.undo.setEnabled(not self.blocked and stack.canUndo())
        self.redo.setEnabled(not self.blocked and stack.canRedo())
