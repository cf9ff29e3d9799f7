"""The card's multi-valued rows put in order: Ctrl+Up / Ctrl+Down and the value's menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from netdesk.core.types import EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from tests.ui.test_card_fields import open_card

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier
ADDRESSES = ["first@example.org", "second@example.org", "third@example.org"]


def _shown(card) -> list[str]:  # type: ignore[no-untyped-def]
    return [row.text() for row in card.emails.rows]


def test_ctrl_down_and_up_move_an_e_mail_and_the_order_is_saved(
    main_window: MainWindow, app_context: AppContext, person, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", emails=[EmailAddress(a) for a in ADDRESSES])
    card = open_card(main_window, app_context, ana, qtbot)
    first = card.emails.rows[0].value_edits()[0]
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Down, CTRL)
    assert _shown(card) == [ADDRESSES[1], ADDRESSES[0], ADDRESSES[2]]
    assert QApplication.focusWidget() is first and card.dirty
    # Tab goes down the rows as they are shown now, from the moved row to the third one
    after_first = card.emails.rows[1].focus_order()[-1]
    assert after_first.nextInFocusChain() is card.emails.rows[2].focus_order()[0]
    QTest.keyClick(first, Qt.Key.Key_Up, CTRL)
    QTest.keyClick(first, Qt.Key.Key_Up, CTRL)  # already first: stays
    QTest.keyClick(card.emails.rows[2].value_edits()[0], Qt.Key.Key_Up, CTRL)
    assert _shown(card) == [ADDRESSES[0], ADDRESSES[2], ADDRESSES[1]]
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert [e.value for e in stored.emails] == [ADDRESSES[0], ADDRESSES[2], ADDRESSES[1]]

    QTest.keyClick(first, Qt.Key.Key_Down, CTRL)
    QTest.keyClick(card.given_name, Qt.Key.Key_Z, CTRL)  # the move is a step of the card's undo
    assert _shown(card) == [ADDRESSES[0], ADDRESSES[2], ADDRESSES[1]] and not card.dirty


def test_the_values_menu_moves_the_row_and_offers_only_the_moves_it_can(
    main_window: MainWindow, app_context: AppContext, person, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", emails=[EmailAddress(a) for a in ADDRESSES])
    card = open_card(main_window, app_context, ana, qtbot)
    seen: list[list[tuple[str, bool]]] = []

    def choose(text: str) -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, lambda: choose(text))
            return
        actions = [a for a in menu.actions() if a.text().startswith("Move")]
        seen.append([(a.text(), a.isEnabled()) for a in actions])
        chosen = next(a for a in actions if a.text() == text)
        menu.close()
        chosen.trigger()

    QTimer.singleShot(10, lambda: choose("Move &down"))
    edit = card.emails.rows[0].value_edits()[0]
    edit.customContextMenuRequested.emit(QPoint(5, 5))
    assert seen == [[("Move &up", False), ("Move &down", True)]]
    assert _shown(card) == [ADDRESSES[1], ADDRESSES[0], ADDRESSES[2]]
    card.revert()
