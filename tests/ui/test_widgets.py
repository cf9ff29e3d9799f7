"""Shared widgets: the contact picker chooses, un-chooses and picks typed names for real."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.ui.widgets import ContactPicker


def add(core: Core, given: str, family: str = "", **fields: object) -> int:
    return core.contacts.create(Contact(given_name=given, family_name=family, **fields))  # type: ignore[arg-type]


def picker_on_screen(qtbot: QtBot, core: Core, **options: object) -> ContactPicker:
    picker = ContactPicker(core, **options)  # type: ignore[arg-type]
    qtbot.addWidget(picker)
    with qtbot.waitExposed(picker):
        picker.show()
    with qtbot.waitActive(picker):
        picker.activateWindow()
    picker.edit.setFocus()
    return picker


def test_typing_over_a_chosen_name_unchooses_it(qtbot: QtBot, core: Core) -> None:
    marta = add(core, "Marta", "Ibáñez")
    picker = picker_on_screen(qtbot, core)
    picker.set_contact(marta)
    assert picker.edit.text() == "Marta Ibáñez"
    picker.edit.selectAll()
    with qtbot.waitSignal(picker.picked) as chosen:
        QTest.keyClicks(picker.edit, "Zed")
    assert chosen.args == [None]
    assert picker.contact_id is None  # it showed "Zed" and still held Marta
    assert picker.unmatched_text() == "Zed"


def test_a_whole_typed_name_picks_its_only_contact(qtbot: QtBot, core: Core) -> None:
    marta = add(core, "Marta", "Ibáñez")
    add(core, "Mario", "Rossi")
    picker = picker_on_screen(qtbot, core)
    QTest.keyClicks(picker.edit, "marta ibanez")  # no accents, lower case, nothing chosen
    with qtbot.waitSignal(picker.picked) as chosen:
        QTest.keyClick(picker.edit, Qt.Key.Key_Return)
    assert chosen.args == [marta]
    assert picker.contact_id == marta
    assert picker.edit.text() == "Marta Ibáñez"
    assert picker.unmatched_text() == ""


def test_a_name_two_contacts_share_is_not_guessed(qtbot: QtBot, core: Core) -> None:
    add(core, "Ana", "García")
    add(core, "Ana", "García")
    picker = picker_on_screen(qtbot, core)
    QTest.keyClicks(picker.edit, "Ana Garcia")
    with qtbot.assertNotEmitted(picker.picked):
        QTest.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.contact_id is None
    assert picker.unmatched_text() == "Ana Garcia"


def test_the_excluded_contact_is_never_offered(qtbot: QtBot, core: Core) -> None:
    herself = add(core, "Ana", "Solo")
    namesake = add(core, "Ana", "Solo")
    picker = picker_on_screen(qtbot, core)
    picker.excluded_id = herself
    QTest.keyClicks(picker.edit, "Ana Solo")
    QTest.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.contact_id == namesake  # the only Ana Solo on offer


def test_archived_contacts_are_found_when_asked(qtbot: QtBot, core: Core) -> None:
    old = add(core, "Olga", "Archivada")
    core.contacts.set_archived([old], True)
    everyone = picker_on_screen(qtbot, core, include_archived=True)
    QTest.keyClicks(everyone.edit, "Olga Archivada")
    QTest.keyClick(everyone.edit, Qt.Key.Key_Return)
    assert everyone.contact_id == old


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen, popups
def test_namesakes_are_offered_with_who_they_are(qtbot: QtBot, core: Core) -> None:
    acme = add(core, "Amelia", "Davies", organization="Acme Robotics", title="CTO")
    globex = add(core, "Amelia", "Davies", organization="Globex")
    bare = add(core, "Amelia", "Davies")
    add(core, "Amelio", "Solo")
    picker = picker_on_screen(qtbot, core)
    QTest.keyClicks(picker.edit, "Ameli")
    qtbot.waitUntil(lambda: len(picker._names) == 4)
    offered = dict(zip(picker._ids, picker._names, strict=True))
    assert offered[acme] == "Amelia Davies — CTO · Acme Robotics"
    assert offered[globex] == "Amelia Davies — Globex"
    assert offered[bare] == f"Amelia Davies — #{bare}"
    assert "Amelio Solo" in offered.values()
    with qtbot.waitSignal(picker.picked) as chosen:
        picker.completer.activated.emit(offered[globex])
    assert chosen.args == [globex]


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen, popups
def test_a_namesake_with_no_company_is_told_by_their_email(qtbot: QtBot, core: Core) -> None:
    from netdesk.core.types import EmailAddress

    acme = add(core, "Maria", "Garcia", organization="Acme")
    mailed = add(
        core,
        "Maria",
        "Garcia",
        emails=[EmailAddress("mg@old.example"), EmailAddress("maria@example.org", preferred=True)],
    )
    picker = picker_on_screen(qtbot, core)
    QTest.keyClicks(picker.edit, "Maria")
    qtbot.waitUntil(lambda: len(picker._names) == 2)
    offered = dict(zip(picker._ids, picker._names, strict=True))
    assert offered[acme] == "Maria Garcia — Acme"
    assert offered[mailed] == "Maria Garcia — maria@example.org"  # was "— #2"
    picker.set_contact(mailed)  # as a card shows the stored choice: told apart too
    assert picker.edit.text() == "Maria Garcia — maria@example.org"
    assert picker.edit.cursorPosition() == 0  # a narrow field showed "…aria@example.org"
    assert picker.unmatched_text() == ""


def test_a_chosen_name_nobody_shares_is_shown_alone(qtbot: QtBot, core: Core) -> None:
    marta = add(core, "Marta", "Ibáñez", organization="Cedro")
    add(core, "Marta", "Ibáñez Ruiz")
    picker = picker_on_screen(qtbot, core)
    picker.set_contact(marta)
    assert picker.edit.text() == "Marta Ibáñez"


def test_an_inline_message_stays_readable_when_the_theme_turns_dark(qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from netdesk.ui.widgets import InlineMessage

    before = QPalette(QApplication.palette())
    message = InlineMessage()
    qtbot.addWidget(message)
    message.show_problem("Not a date")
    light_red = message.palette().color(QPalette.ColorRole.WindowText)
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    try:
        QApplication.setPalette(dark)
        QApplication.processEvents()  # Qt hands the new palette to widgets from the event loop
        red = message.palette().color(QPalette.ColorRole.WindowText)
        assert red != light_red
        assert red.lightness() > 160  # the light red meant for a dark base
    finally:
        QApplication.setPalette(before)
        QApplication.processEvents()
    assert message.palette().color(QPalette.ColorRole.WindowText) == light_red


def test_an_elided_label_starts_a_right_to_left_name_where_the_window_reads_from(
    qtbot: QtBot,
) -> None:
    """An Arabic or Hebrew name was drawn against the far edge, away from its avatar."""
    from PySide6.QtGui import QColor

    from netdesk.ui.widgets import ElidedLabel

    def inked_columns(direction: Qt.LayoutDirection) -> tuple[int, int]:
        label = ElidedLabel()
        qtbot.addWidget(label)
        label.setLayoutDirection(direction)
        label.setText("سارة الحسيني")
        label.resize(400, 30)
        image = label.grab().toImage()
        background = QColor(image.pixel(image.width() // 2, 1))
        inked = [
            x
            for x in range(image.width())
            if any(QColor(image.pixel(x, y)) != background for y in range(image.height()))
        ]
        return min(inked), max(inked)

    first, last = inked_columns(Qt.LayoutDirection.LeftToRight)
    assert first < 10 and last < 200  # at the left, as a Latin name
    first, last = inked_columns(Qt.LayoutDirection.RightToLeft)
    assert first > 200 and last > 390  # an Arabic interface: at the right


def test_the_clear_button_follows_a_contact_set_and_unset(qtbot: QtBot, core: Core) -> None:
    """Emptied for a card with nobody met through, the field kept the previous card's clear
    button (and a card's stored choice showed none)."""
    from PySide6.QtWidgets import QToolButton

    marta = add(core, "Marta", "Ibáñez")
    picker = picker_on_screen(qtbot, core)
    clear = picker.edit.findChild(QToolButton)
    assert clear is not None and not clear.isVisible()
    with qtbot.assertNotEmitted(picker.picked):
        picker.set_contact(marta)
        qtbot.waitUntil(clear.isVisible)
        picker.set_contact(None)
        qtbot.waitUntil(lambda: not clear.isVisible())
    assert picker.contact_id is None and picker.edit.text() == ""
