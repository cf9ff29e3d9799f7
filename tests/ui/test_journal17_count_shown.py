"""An entry's third line keeps "and N more" in sight: a talk logged with everyone showed
thirty names cut off at the row's edge ("…, Agniesz…"), and how many people were there was
never seen. Names that do not fit go into the count instead."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_view import INTERACTION_ROLE, JournalDelegate, JournalView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
PEOPLE = 45


def _shown_and_more(line: str) -> tuple[list[str], int]:
    found = re.fullmatch(r"(?:with )?(.*) and (\d+) more", line)
    assert found, line
    return found.group(1).split(", "), int(found.group(2))


def test_a_contacts_journal_counts_the_names_that_do_not_fit(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ids = [person(f"Person{n:02}") for n in range(PEOPLE)]
    app_context.core.journal.log(ids, "event", "Gala", body="Long evening\nmore")
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.set_contact(ids[0])
    entry = view.model.index(0).data(INTERACTION_ROLE)
    delegate = view.list.itemDelegate()
    assert isinstance(delegate, JournalDelegate)
    metrics = QFontMetrics(view.font())
    width = metrics.horizontalAdvance("with Person01, Person02, Person03 and 41 more") + 4
    line = delegate.fitted_detail(entry, metrics, width)
    assert metrics.horizontalAdvance(line) <= width
    names, more = _shown_and_more(line)
    assert names == ["Person01", "Person02", "Person03"] and more == PEOPLE - 1 - 3
    # wide enough for all of it: the line as it is, notes and all
    whole = delegate.detail(entry)
    assert delegate.fitted_detail(entry, metrics, 10 * metrics.horizontalAdvance(whole)) == whole
    assert whole.endswith("and 14 more — Long evening …")


def test_everyones_journal_counts_them_too_and_a_tiny_row_still_elides(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ids = [person(f"Person{n:02}") for n in range(PEOPLE)]
    app_context.core.journal.log(ids, "event", "Gala")
    journal = GlobalJournal(app_context)
    qtbot.addWidget(journal)
    journal.show()
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1)
    entry = journal.model.entry(0)
    delegate = journal.list.itemDelegate()
    assert isinstance(delegate, JournalDelegate)
    metrics = QFontMetrics(journal.font())
    width = metrics.horizontalAdvance("Person00, Person01 and 43 more") + 4
    names, more = _shown_and_more(delegate.fitted_detail(entry, metrics, width))
    assert len(names) == 2 and more == PEOPLE - 2
    tiny = metrics.horizontalAdvance("Person00")
    line = delegate.fitted_detail(entry, metrics, tiny)
    assert line.endswith("…") and metrics.horizontalAdvance(line) <= tiny
