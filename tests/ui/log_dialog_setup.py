"""What the quick entry's tests (test_log_dialog*.py) share: the dialog opened as Ctrl+L
leaves it, or acted on once the window's Ctrl+L shows it, "many people" made a few, and the
statements run on the window's connection."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import journal as core_journal
from netdesk.store.models import db
from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.log_dialog import LogInteractionDialog

# offscreen: dialogs and the completer's popup cannot be sized, raised or grab the keyboard
OFFSCREEN = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)


@pytest.fixture
def english_month_names() -> Iterator[None]:
    """The date fields' messages name the month in the field's language: tests that expect
    English ones, whatever the machine's locale."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


MANY = 4  # people written on the worker, once few_make_many() has made 3 the most done at once


def when_shown(act: Callable[[LogInteractionDialog], None], tries: int = 500) -> list[QWidget]:
    """``act`` on the quick entry once it shows (it blocks in exec()), looked for every 10 ms
    ``tries`` times; the dialogs seen, in a list filled then."""
    seen: list[QWidget] = []

    def look(left: int = tries) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, LogInteractionDialog) and modal.isVisible():
            seen.append(modal)
            try:
                act(modal)
            finally:
                if modal.isVisible():  # a failed check must not leave exec() waiting
                    modal.done(0)
        elif left:
            QTimer.singleShot(10, lambda: look(left - 1))

    QTimer.singleShot(0, look)
    return seen


def open_dialog(
    qtbot: QtBot, context: AppContext, ids: list[int], summary: str = ""
) -> LogInteractionDialog:
    """The quick entry shown and active, as Ctrl+L opens it (keys and the completer's popup
    need an active window), ``summary`` typed in it; closed unasked when the test ends (Esc
    or Cancel after typing asks first)."""
    dialog = LogInteractionDialog(context, ids)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.done(0))
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    if summary:
        QTest.keyClicks(dialog.summary, summary)
    return dialog


def few_make_many(monkeypatch: pytest.MonkeyPatch, step: int | None = None) -> None:
    """More than 3 people are written on the worker (10 in the app); ``step``: how many
    people core writes between two progress reports (500 in the app)."""
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 3)
    if step is not None:
        monkeypatch.setattr(core_journal, "_STEP", step)


@contextmanager
def window_statements(
    kept: Callable[[str], bool] = lambda sql: True,
) -> Iterator[list[str]]:
    """The statements run on the window's own connection (the worker's is another) while
    in the block, those ``kept`` says to keep."""
    seen: list[str] = []
    connection = db.connection()
    connection.set_trace_callback(lambda sql: seen.append(sql) if kept(sql) else None)
    try:
        yield seen
    finally:
        connection.set_trace_callback(None)


def is_write(sql: str) -> bool:
    return sql.split(" ", 1)[0] in ("INSERT", "DELETE", "UPDATE")
