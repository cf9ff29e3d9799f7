"""A Space in a name typed in the differences table goes to the type-ahead, not to the choice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.importing import ImportPlan, PlannedCard
from netdesk.core.merging import FieldConflict
from netdesk.core.types import Contact
from netdesk.ui.import_preview import ImportPreviewDialog
from netdesk.ui.import_rows import preview_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
NAMES = ["Ben Stone", "Amelia Davies", "Carla Ruiz", "Amelia Wilson"]


@pytest.fixture
def dialog(qtbot: QtBot) -> ImportPreviewDialog:
    plan = ImportPlan(files=["/home/ana/people.vcf"])
    for line, name in enumerate(NAMES, 1):
        card = PlannedCard(Contact(display_name=name), plan.files[0], line, "merge", line)
        card.conflicts = [FieldConflict("title", "CTO", "CEO")]
        plan.cards.append(card)
    shown = ImportPreviewDialog(plan, None, preview_rows(plan))
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    shown.conflict_table.setFocus()
    shown.conflict_table.setCurrentIndex(shown.conflict_model.index(0, 0))
    return shown


@pytest.fixture
def typing_pause(qapp: QApplication) -> Iterator[None]:
    """The pause after which letters begin a new search, long enough for a loaded machine
    (restored after: 400 ms by default)."""
    interval = qapp.keyboardInputInterval()
    qapp.setKeyboardInputInterval(60_000)
    yield
    qapp.setKeyboardInputInterval(interval)


def test_a_space_in_a_typed_name_is_the_names(
    dialog: ImportPreviewDialog, typing_pause: None
) -> None:
    """Typing "amelia w" flipped Amelia Davies' choice to the file's value (at the space),
    unseen, and the search went on for "ameliaw", never reaching Amelia Wilson."""
    table = dialog.conflict_table
    QTest.keyClicks(table, "amelia w")
    assert table.currentIndex().data() == "Amelia Wilson"
    assert dialog.conflict_model.choices == [False] * len(NAMES)


def test_a_space_after_the_pause_flips_the_choice(
    dialog: ImportPreviewDialog, typing_pause: None
) -> None:
    table = dialog.conflict_table
    QTest.keyClicks(table, "c")
    assert table.currentIndex().data() == "Carla Ruiz"
    table.keyboardSearch("")  # what was typed is forgotten, as after a pause
    table.setCurrentIndex(dialog.conflict_model.index(2, 0))  # (the reset moved on a row)
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert dialog.conflict_model.choices == [False, False, True, False]
