"""The card's multi-valued fields: rows in the Tab order, preferred, labels, messages, removal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import EmailAddress, PhoneNumber, PostalAddress
from netdesk.ui import card_fields as cf
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def on_screen(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1300, 900)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_card(window: MainWindow, context: AppContext, contact_id: int, qtbot):  # type: ignore[no-untyped-def]
    on_screen(window, qtbot)
    context.changes.contacts_changed.emit(None)
    window.contacts.select_contact(contact_id)
    card = window.card
    assert card.contact_id() == contact_id
    qtbot.waitUntil(lambda: card.emails.rows[0].isVisible() if card.emails.rows else True)
    return card


def tab_from(widget: QWidget, steps: int) -> list[str]:
    widget.setFocus()
    visited = []
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        visited.append(now.accessibleName())
    return visited


def test_tab_visits_each_row_where_it_stands(
    main_window: MainWindow,
    app_context: AppContext,
    qtbot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person(
        "Ana",
        emails=[EmailAddress("ana@example.org", "work")],
        phones=[PhoneNumber("+34 612 345 678", "mobile")],
    )
    card = open_card(main_window, app_context, ana, qtbot)
    assert tab_from(card.can_offer, 10) == [
        "Label of e-mail address 1",
        "E-mail address",
        "Make e-mail address 1 preferred",
        "Remove e-mail address 1",
        "Add e-mail",
        "Label of phone 1",
        "Phone number",
        "Make phone 1 preferred",
        "Remove phone 1",
        "Add phone",
    ]  # rows came last in the whole card, and a row's value after its remove button


def test_add_puts_the_cursor_in_the_new_value(
    main_window: MainWindow,
    app_context: AppContext,
    qtbot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana")
    card = open_card(main_window, app_context, ana, qtbot)
    card.phones.add_button.setFocus()
    QTest.keyClick(card.phones.add_button, Qt.Key.Key_Space)
    row = card.phones.rows[0]
    assert QApplication.focusWidget() is row.edit  # not the label box, not nowhere
    assert row.label_box.currentText() == "mobile"  # a new phone starts with a label
    QTest.keyClicks(row.edit, "+34 612 345 678")
    assert card.dirty
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert [(p.raw, p.label) for p in stored.phones] == [("+34 612 345 678", "mobile")]


def test_one_preferred_value_per_kind_and_removed_rows_stay_removed(
    main_window: MainWindow,
    app_context: AppContext,
    tmp_data_dir: Path,
    clock: FixedClock,
    qtbot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person(
        "Ana",
        emails=[
            EmailAddress("ana@work.example", "work", True),
            EmailAddress("ana@home.example", "home"),
            EmailAddress("old@example.org", "other"),
        ],
        addresses=[
            PostalAddress("home", street="Calle Mayor 1"),
            PostalAddress("work", street="X"),
        ],
    )
    card = open_card(main_window, app_context, ana, qtbot)
    home = card.emails.rows[1]
    assert home.star is not None
    home.star.click()
    assert [row.preferred for row in card.emails.rows] == [False, True, False]
    card.emails.rows[2].remove_button.click()
    card.addresses.rows[1].remove_button.click()
    assert card.dirty
    assert card.save()
    app_context.core.close()
    fresh = Core.open(Paths(tmp_data_dir), clock)
    stored = fresh.contacts.get(ana)
    fresh.close()
    assert [(e.value, e.preferred) for e in stored.emails] == [
        ("ana@work.example", False),
        ("ana@home.example", True),
    ]
    assert [a.street for a in stored.addresses] == ["Calle Mayor 1"]


SPANISH = {
    "mobile": "móvil",
    "home": "casa",
    "“%1” is not a phone number.": "«%1» no es un número de teléfono.",
    "“%1” is not an e-mail address (expected name@example.org).": "«%1» no es un correo.",
}


class Spanish(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return SPANISH.get(source, "")


@pytest.fixture
def spanish(qapp: QApplication):  # type: ignore[no-untyped-def]
    translator = Spanish()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_labels_show_translated_and_are_stored_as_keys(qtbot, spanish) -> None:  # type: ignore[no-untyped-def]
    editor = cf.phones_editor()
    qtbot.addWidget(editor)
    editor.set_values([PhoneNumber("+34 612 345 678", "MOBILE"), PhoneNumber("1", "boat")])
    assert editor.rows[0].label_box.currentText() == "móvil"
    assert editor.rows[1].label_box.currentText() == "boat"  # a label of the user's own
    editor.rows[1].label_box.setCurrentText("casa")
    assert [p.label for p in cf.phones_of(editor)] == ["mobile", "home"]  # not "móvil"


def test_problems_are_in_the_users_language(qtbot, spanish) -> None:  # type: ignore[no-untyped-def]
    phones = cf.phones_editor()
    emails = cf.emails_editor()
    qtbot.addWidget(phones)
    qtbot.addWidget(emails)
    phones.set_values([PhoneNumber("")])  # typed on the card: a value stored is not checked
    phones.rows[0].edit.setText("call me")
    emails.set_values([EmailAddress("")])
    emails.rows[0].edit.setText("ana at example")
    assert phones.check() == ["«call me» no es un número de teléfono."]
    assert emails.check() == ["«ana at example» no es un correo."]


def test_problems_read_well_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    phones = cf.phones_editor()
    qtbot.addWidget(phones)
    phones.set_values([PhoneNumber(""), PhoneNumber("")])
    phones.rows[0].edit.setText("call me")
    phones.rows[1].edit.setText("+34 12")
    first, second = phones.check()
    assert first == "“call me” is not a phone number."  # not "(1) The string supplied did..."
    assert second.startswith("“+34 12” is not a valid number for its country")


def test_a_stored_value_is_checked_only_once_changed(qtbot) -> None:  # type: ignore[no-untyped-def]
    phones = cf.phones_editor()
    qtbot.addWidget(phones)
    phones.set_values([PhoneNumber("0351 223344")])  # imported, read in another country
    assert phones.check() == []
    phones.rows[0].edit.setText("0351 call me")
    assert len(phones.check()) == 1
