"""Merge two contacts…: the journal entries that move are counted off the window's thread when
both journals are long, the dialog usable meanwhile."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.merge_dialog import COUNT_HERE, MergeTwoDialog, merge_two


def _long_journals(context: AppContext) -> tuple[int, int]:
    """Ana with COUNT_HERE + 5 entries of her own, Anna with COUNT_HERE + 2 of her own, and 3
    they share: both journals are longer than COUNT_HERE."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", family_name="Gil"))
    anna = core.contacts.create(Contact(given_name="Anna", family_name="Gil"))
    start = dt.datetime(2025, 1, 1, 9)
    for n in range(COUNT_HERE + 5):
        core.journal.log([ana], "call", f"Ana {n}", at=start + dt.timedelta(hours=n))
    for n in range(COUNT_HERE + 2):
        core.journal.log([anna], "email", f"Anna {n}", at=start + dt.timedelta(hours=n))
    for n in range(3):
        core.journal.log([ana, anna], "meeting", f"Both {n}", at=start + dt.timedelta(days=n))
    return ana, anna


def test_long_journals_are_counted_off_the_windows_thread_and_the_outcome_follows(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two contacts of 1,713 and 1,492 entries (the 100,000-contact copy) took the dialog
    0.4 s to open and 0.13 s at each change of choice: every entry of the other was read on
    the window's thread to count those that move."""
    ana, anna = _long_journals(app_context)
    journal = app_context.core.journal
    read_on: list[bool] = []  # each journal read: on the window's thread?
    reading = journal.for_contact

    def for_contact(contact_id: int, **kwargs: int):  # type: ignore[no-untyped-def]
        read_on.append(threading.current_thread() is threading.main_thread())
        return reading(contact_id, **kwargs)

    monkeypatch.setattr(journal, "for_contact", for_contact)
    dialog = merge_two(app_context, [ana, anna], None)
    assert isinstance(dialog, MergeTwoDialog)
    qtbot.addWidget(dialog)
    outcome = dialog.findChild(QLabel, "mergeOutcome")
    assert dialog.keep_id == ana  # the longer story
    qtbot.waitUntil(lambda: "counting" not in outcome.text())
    assert read_on == [False]  # once, on the worker
    assert outcome.text().startswith(
        f"Ana Gil gets from Anna Gil: {COUNT_HERE + 2} journal entries."
    )
    # the other choice is said from the same count, with no read again
    QTest.mouseClick(dialog.buttons[anna], Qt.MouseButton.LeftButton)
    assert outcome.text().startswith(
        f"Anna Gil gets from Ana Gil: {COUNT_HERE + 5} journal entries."
    )
    assert read_on == [False]


def test_the_dialog_says_the_count_is_coming_and_merges_meanwhile(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Merge works before the count has come; the count coming to a dialog closed is let go."""
    ana, anna = _long_journals(app_context)
    gate = threading.Event()
    journal = app_context.core.journal
    reading = journal.for_contact

    def held(contact_id: int, **kwargs: int):  # type: ignore[no-untyped-def]
        gate.wait(10)  # the count stays on its way until the merge is done
        return reading(contact_id, **kwargs)

    journal.for_contact = held  # type: ignore[method-assign]
    try:
        dialog = merge_two(app_context, [ana, anna], None)
        assert isinstance(dialog, MergeTwoDialog)
        qtbot.addWidget(dialog)
        outcome = dialog.findChild(QLabel, "mergeOutcome")
        assert "journal entries (counting…)" in outcome.text()
        with qtbot.waitSignal(dialog.finished):
            QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        # the merge itself runs on the worker too (Anna's journal is long)
        qtbot.waitUntil(lambda: app_context.undo_stack.count() == 1)
    finally:
        gate.set()
        journal.for_contact = reading  # type: ignore[method-assign]
    assert app_context.core.contacts.get(anna) is None
    assert journal.count_for(ana) == 2 * COUNT_HERE + 10
    assert QThreadPool.globalInstance().waitForDone(10_000)  # came to a dialog gone: no harm
