"""Typing in the preview's tables: the row it lands on, case and accents aside, found without
asking the model for each row's text (100,000 new contacts held the window 1-3 s a letter)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.importing import ImportPlan, PlannedCard
from netdesk.core.listing import tag_sort_key
from netdesk.core.merging import FieldConflict
from netdesk.core.types import Contact, EmailAddress
from netdesk.interop.problems import problem
from netdesk.ui.import_preview import ImportPreviewDialog
from netdesk.ui.import_rows import (
    ConflictModel,
    MergeCardModel,
    NewCardModel,
    ProblemModel,
    preview_rows,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

GIVEN = ["José", "Zoë", "Ana", "Émile", "Óscar", "Chen", "Anaïs", "Zeno", "Bob"]
FAMILY = ["García", "Núñez", "Peña", "Ward", "Roy", "Lee", "Ødegaard"]
COMPANIES = ["Acme", "Café Olé", "", "Édition Rouge", "acme labs"]
FILES = ["/home/ana/phone/people.vcf", "/home/ana/laptop/people.vcf"]
DISPLAY = Qt.ItemDataRole.DisplayRole
TYPED = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap


def _contact(n: int) -> Contact:
    given, family = GIVEN[n % len(GIVEN)], FAMILY[n // 3 % len(FAMILY)]
    return Contact(
        display_name=f"{given} {family}",
        organization=COMPANIES[n * 3 % len(COMPANIES)],
        emails=[EmailAddress(f"{given.lower()}.{n}@example.org")] if n % 4 else [],
    )


def _plan(count: int = 1_300) -> ImportPlan:
    plan = ImportPlan(files=FILES)
    for n in range(count):
        file = FILES[n % 2]
        line = 1 + (n // 2) * 9
        if n % 5 == 0:  # a merge, with a difference
            card = PlannedCard(_contact(n), file, line, "merge", existing_id=n + 1)
            card.changes = ["phones"]
            card.conflicts = [FieldConflict("title", f"Dr {n}", GIVEN[n % len(GIVEN)])]
        else:
            card = PlannedCard(_contact(n), file, line, "new")
        plan.cards.append(card)
    plan.problems = [
        problem(FILES[n % 2], n, "cannot read {what}", "warning", what=GIVEN[n % len(GIVEN)])
        for n in range(1, 40)
    ]
    return plan


@pytest.fixture
def dialog(qtbot: QtBot) -> ImportPreviewDialog:
    plan = _plan()
    shown = ImportPreviewDialog(plan, None, preview_rows(plan))
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    return shown


def _texts(model: QAbstractItemModel, column: int) -> list[str]:
    """Each row's text in ``column``, folded as the type-ahead compares them."""
    return [tag_sort_key(str(model.index(row, column).data())) for row in range(model.rowCount())]


def _expected(texts: list[str], start: int, typed: str, hits: int) -> list[int]:
    """What the type-ahead must land on, worked out the long way: from ``start`` down, then
    from the top."""
    low = tag_sort_key(typed)
    rows = [*range(start, len(texts)), *range(start)]
    met = [row for row in rows if texts[row].startswith(low)]
    return met if hits < 0 else met[:hits]


def _found(model: QAbstractItemModel, start: int, column: int, typed: str, hits: int) -> list[int]:
    found = model.match(model.index(start, column), DISPLAY, typed, hits, TYPED)
    return [index.row() for index in found]


TYPED_TEXTS = ["jose", "JOSÉ G", "zo", "z", "a", "ana", "anai", "éd", "o", "ø", "x", "acme l"]


@pytest.mark.parametrize("sort", [None, (0, False), (1, True), (2, False), (3, True)])
def test_new_rows_found_as_their_texts_say_in_any_order(
    dialog: ImportPreviewDialog, sort: tuple[int, bool] | None
) -> None:
    model = dialog.new_model
    if sort is not None:
        column, down = sort
        order = Qt.SortOrder.DescendingOrder if down else Qt.SortOrder.AscendingOrder
        dialog.new_table.sortByColumn(column, order)
    file_texts = ["phone/", "LAPTOP/people.vcf:1", "laptop/people.vcf:10", "phone/people.vcf:0"]
    for column in range(model.columnCount()):
        texts = _texts(model, column)
        for typed in TYPED_TEXTS + (file_texts if column == NewCardModel.FILE_COLUMN else []):
            for start in (0, 517, model.rowCount() - 1):
                for hits in (1, 3, -1):
                    assert _found(model, start, column, typed, hits) == _expected(
                        texts, start, typed, hits
                    ), (column, typed, start, hits)


def test_merges_differences_and_problems_found_as_their_texts_say(
    dialog: ImportPreviewDialog,
) -> None:
    models: list[QAbstractItemModel] = [
        dialog.merge_model,
        dialog.conflict_model,
        dialog.problem_model,
    ]
    for model in models:
        for column in range(model.columnCount()):
            texts = _texts(model, column)
            for typed in [*TYPED_TEXTS, "dr 1", "phone", "laptop/people.vcf:4", "warn"]:
                for start in (0, 7, model.rowCount() - 1):
                    assert _found(model, start, column, typed, 1) == _expected(
                        texts, start, typed, 1
                    ), (type(model).__name__, column, typed, start)


def test_typing_jose_lands_on_jose_with_its_accent(
    qtbot: QtBot, dialog: ImportPreviewDialog
) -> None:
    """Qt's own search was case-blind but not accent-blind: "jose" skipped every "José"."""
    table = dialog.new_table
    dialog.tabs.setCurrentWidget(table)
    table.setFocus()
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setCurrentIndex(dialog.new_model.index(dialog.new_model.rowCount() - 1, 0))
    QTest.keyClicks(table, "jose p")
    assert table.currentIndex().data() == "José Peña"


def test_the_search_asks_no_row_for_its_text(
    dialog: ImportPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's own match() asked data() of every row until one matched (of 100,000 when none
    does); the keys worked out with the preview's rows are enough."""
    asked: list[int] = []
    for model_type in (NewCardModel, ConflictModel, ProblemModel):
        real = model_type.data

        def counting(
            self: QAbstractItemModel, index: QModelIndex, role: int = DISPLAY, real=real
        ) -> object:  # type: ignore[no-untyped-def]
            asked.append(index.row())
            return real(self, index, role)

        monkeypatch.setattr(model_type, "data", counting)
    dialog.conflict_model.match(dialog.conflict_model.index(0, 0), DISPLAY, "zq", 1, TYPED)
    model = dialog.new_model
    for column in range(model.columnCount()):
        assert model.match(model.index(3, column), DISPLAY, "zq", 1, TYPED) == []
    assert asked == []


def test_the_first_search_works_out_no_text_on_the_window_thread(
    dialog: ImportPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keys are worked out with the preview's rows, on the worker: worked out at the
    first letter typed, 100,000 problems' held the window 0.3-0.8 s."""
    worked_out: list[str] = []
    for model_type in (NewCardModel, MergeCardModel, ConflictModel, ProblemModel):
        real = model_type._text

        def counting(self: object, place: int, column: int, real=real) -> str:  # type: ignore[no-untyped-def]
            worked_out.append(type(self).__name__)
            return real(self, place, column)

        monkeypatch.setattr(model_type, "_text", counting)
    for model in (
        dialog.new_model,
        dialog.merge_model,
        dialog.conflict_model,
        dialog.problem_model,
    ):
        for column in range(model.columnCount()):
            model.match(model.index(0, column), DISPLAY, "a", 1, TYPED)
    assert worked_out == []
