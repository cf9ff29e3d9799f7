"""A bulk change on the worker belongs to the window, not to the question just answered: its
operation was made a child of the active window, still the (hidden) Tag… dialog or delete
question, deleted right after, and the operation with it: the tagging went on unseen, was
never put on the undo stack, and no view heard of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_tagging_many_through_the_tag_dialog_is_undoable(
    qtbot: QtBot,
    main_window: MainWindow,
    person,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 2)  # three contacts go to the worker
    ids = [person(n) for n in ("Ana", "Berta", "Carla")]
    with qtbot.waitExposed(main_window):
        main_window.show()
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.view.selectAll()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and dialog.isVisible():
            dialog.setTextValue("investor")
            dialog.accept()

    timer = QTimer(interval=5, timeout=answer)
    timer.start()
    try:
        main_window.tag_action.trigger()
    finally:
        timer.stop()
    qtbot.waitUntil(lambda: app_context.undo_stack.count() == 1, timeout=10_000)
    assert all(app_context.core.contacts.get(i).tags == ["investor"] for i in ids)
    assert main_window.statusBar().currentMessage().startswith("Tagged 3 contacts.")
    with qtbot.waitSignal(app_context.changes.undo_busy, check_params_cb=lambda b: not b):
        main_window.undo_action.trigger()
    assert all(app_context.core.contacts.get(i).tags == [] for i in ids)
