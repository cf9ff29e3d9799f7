"""An entry's third line in a card's journal when the card's contact was the only one
there: its notes, cut at the row's edge. Long notes showed " — Long notes…", a dash
before them with nobody named (da4a18f fitted the names, not the notes alone)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.journal_view import INTERACTION_ROLE, JournalDelegate, JournalView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
NOTES = "We went over the whole offer, line by line, and agreed to meet again next week"


def test_long_notes_of_an_entry_with_nobody_else_are_cut_without_a_dash(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ana = person("Ana")
    app_context.core.journal.log([ana], "call", "Offer", body=NOTES)
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.set_contact(ana)
    entry = view.model.index(0).data(INTERACTION_ROLE)
    delegate = view.list.itemDelegate()
    assert isinstance(delegate, JournalDelegate)
    assert delegate.detail(entry) == NOTES
    metrics = QFontMetrics(view.font())
    width = metrics.horizontalAdvance(NOTES) // 2
    line = delegate.fitted_detail(entry, metrics, width)
    assert line.endswith("…") and metrics.horizontalAdvance(line) <= width
    assert NOTES.startswith(line[:-1].rstrip())  # the notes' start, no " — " before it
    wide = 2 * metrics.horizontalAdvance(NOTES)
    assert delegate.fitted_detail(entry, metrics, wide) == NOTES


def test_names_with_no_notes_fit_alone(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ids = [person(f"Person{n:02}") for n in range(12)]
    app_context.core.journal.log(ids, "event", "Gala")  # no notes
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.set_contact(ids[0])
    entry = view.model.index(0).data(INTERACTION_ROLE)
    delegate = view.list.itemDelegate()
    assert isinstance(delegate, JournalDelegate)
    metrics = QFontMetrics(view.font())
    width = metrics.horizontalAdvance("with Person01, Person02 and 9 more") + 4
    line = delegate.fitted_detail(entry, metrics, width)
    assert line.startswith("with Person01") and line.endswith(" more")
    assert "—" not in line and metrics.horizontalAdvance(line) <= width
