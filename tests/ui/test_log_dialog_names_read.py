"""The quick entry reads the names it shows, no more: opened on a whole list of 100,000
selected it read every name (~1 s of the window's thread), and Save read them all again to
find who was deleted meanwhile (~1 s more). Whoever was deleted meanwhile is now found as
the entry is written, on the worker, and taken off as before."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from log_dialog_setup import OFFSCREEN, few_make_many, open_dialog, window_statements
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext

pytestmark = OFFSCREEN


@pytest.fixture(autouse=True)
def _few_make_many(monkeypatch: pytest.MonkeyPatch) -> None:
    few_make_many(monkeypatch)


@pytest.fixture
def window_reads() -> Iterator[list[str]]:
    """The statements run on the window's own connection."""
    with window_statements() as seen:
        yield seen


def most_ids_in_one_statement(statements: list[str]) -> int:
    return max(
        (
            len(m.group(1).split(","))
            for s in statements
            for m in re.finditer(r"IN \(([0-9, ]+)\)", s)
        ),
        default=0,
    )


def test_opening_and_saving_read_only_the_names_shown(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int], window_reads: list[str]
) -> None:
    ids = [person(f"P{n}") for n in range(45)]
    window_reads.clear()
    dialog = open_dialog(qtbot, app_context, ids, "Conference")
    assert dialog.windowTitle() == "Log interaction with P0, P1 and 43 more"
    named = ", ".join(f"P{n}" for n in range(30))
    assert dialog.who.text() == f"{named} and 15 more"
    QTest.keyPress(dialog.summary, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    # the 30 names shown were read here (so the reads are seen), never more at once
    assert most_ids_in_one_statement(window_reads) == 30, window_reads
    entry = app_context.core.journal.get(dialog.interaction_id)  # type: ignore[arg-type]
    assert entry is not None and sorted(entry.contact_ids) == sorted(ids)


def test_people_deleted_meanwhile_are_taken_off_as_it_is_written(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ids = [person(f"P{n}") for n in range(45)]
    dialog = open_dialog(qtbot, app_context, ids, "Conference")
    app_context.core.contacts.delete([ids[2], ids[40], ids[41]])  # netdesk-cli, meanwhile
    QTest.keyPress(dialog.summary, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.isEnabled, timeout=10000)
    assert dialog.isVisible() and dialog.interaction_id is None
    assert dialog.problem.text() == (
        "Deleted meanwhile, so taken off this entry: P2 and 2 more. "
        "Save again to log it with the others."
    )
    assert dialog.windowTitle() == "Log interaction with P0, P1 and 40 more"
    assert app_context.core.journal.count() == 0  # nothing of it written
    QTest.keyPress(dialog.summary, Qt.Key.Key_Return)  # again: logged with the others
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    entry = app_context.core.journal.get(dialog.interaction_id)  # type: ignore[arg-type]
    left = [i for i in ids if i not in (ids[2], ids[40], ids[41])]
    assert entry is not None and sorted(entry.contact_ids) == sorted(left)


def test_only_unnamed_people_deleted_meanwhile_are_counted(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ids = [person(f"P{n}") for n in range(45)]
    dialog = open_dialog(qtbot, app_context, ids, "Conference")
    app_context.core.contacts.delete([ids[40], ids[41]])
    QTest.keyPress(dialog.summary, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.isEnabled, timeout=10000)
    assert dialog.problem.text() == (
        "Deleted meanwhile, so taken off this entry: 2 contacts. "
        "Save again to log it with the others."
    )
