"""Untag… that removes the tag from nobody (another program took it off them after the
question) leaves the list's current contact alone afterwards: it said to the list "they leave,
move on to the next one" and never took that back, so a later change of filter, where the
current contact is not listed, made the contact in its old row current."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from netdesk.core.listing import ListFilter
from netdesk.ui import contact_actions, undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _answer(tag: str) -> QTimer:
    """Choose ``tag`` in the next Untag… question."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and dialog.isVisible():
            dialog.setTextValue(tag)
            dialog.accept()

    timer = QTimer(interval=5, timeout=answer)
    timer.start()
    return timer


@pytest.mark.parametrize("worker", [False, True], ids=["here", "on-the-worker"])
def test_untagging_nobody_does_not_move_on_at_the_next_filter(
    qtbot: QtBot,
    main_window: MainWindow,
    person,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    worker: bool,
) -> None:  # type: ignore[no-untyped-def]
    if worker:
        monkeypatch.setattr(undo, "BACKGROUND_DELETE", 2)  # three contacts go to the worker
    contacts = app_context.core.contacts
    ana, berta, carla, dora, eva = (person(n) for n in ("Ana", "Berta", "Carla", "Dora", "Eva"))
    chosen = [berta, carla, dora]
    contacts.add_tag(chosen, "investor")
    contacts.add_tag([ana, berta, eva], "speaker")
    with qtbot.waitExposed(main_window):
        main_window.show()
    panel = main_window.contacts
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    assert panel.select_contact(carla)  # row 2, current (Untag… is given all three)
    assert panel.current_id() == carla
    # the tag goes from them elsewhere (netdesk-cli) while Untag… asks which tag
    contacts.remove_tag(chosen, "investor")
    main_window.statusBar().showMessage("before")
    timer = _answer("investor")
    try:
        contact_actions._ask_untag(main_window, chosen, ["investor"])
    finally:
        timer.stop()
    qtbot.waitUntil(lambda: "has the tag" in main_window.statusBar().currentMessage())
    assert app_context.undo_stack.count() == 0  # nothing changed
    # later, another list where Carla is not: Ana, Berta, Eva
    panel.set_filter(ListFilter.ALL, tag="speaker")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    # as any change of filter without the current contact: not Eva, in Carla's old row
    qtbot.waitUntil(lambda: panel.current_id() is not None)
    assert panel.current_id() == ana
