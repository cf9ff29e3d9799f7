"""Ctrl+L on a new contact's card, typed and not saved yet, logs the interaction with them.
Found on Xvfb: Ctrl+N, "Quinn Newperson" typed, Ctrl+L opened the quick entry "With: (choose
below)", where Quinn could not be chosen (not saved); the talk had to be cancelled, the card
saved and Ctrl+L pressed again."""

from __future__ import annotations

from log_dialog_setup import when_shown
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.log_dialog import LogInteractionDialog


def test_ctrl_l_on_a_new_contact_typed_saves_it_and_logs_with_them(
    qtbot: QtBot, main_window, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    core = app_context.core
    person("Ana", "García")
    main_window.new_contact()
    QTest.keyClicks(main_window.card.given_name, "Quinn")
    QTest.keyClicks(main_window.card.family_name, "Newperson")
    with_whom: list[list[int]] = []

    def log(dialog: LogInteractionDialog) -> None:
        with_whom.append(dialog.all_contact_ids())
        QTest.keyClicks(dialog.summary, "Met at the meetup")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    seen = when_shown(log)
    main_window.log_interaction()
    assert seen
    quinn = main_window.card.contact_id()
    assert quinn is not None and not main_window.card.is_new
    assert core.contacts.get(quinn).display_name == "Quinn Newperson"  # type: ignore[union-attr]
    assert with_whom == [[quinn]]
    assert [e.summary for e in core.journal.for_contact(quinn)] == ["Met at the meetup"]


def test_ctrl_l_on_a_new_contact_that_cannot_be_saved_says_why_on_the_card(
    qtbot: QtBot, main_window, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    main_window.new_contact()
    QTest.keyClicks(main_window.card.given_name, "Quinn")
    QTest.keyClicks(main_window.card.birthday, "someday")  # not a date
    seen = when_shown(lambda dialog: None, tries=20)
    try:
        main_window.log_interaction()
        qtbot.wait(250)
        assert not seen  # no quick entry for someone not saved
        assert main_window.card.is_new and main_window.card.dirty  # what was typed stays
        assert "someday" in main_window.card.problem_label.text()
    finally:
        main_window.card.revert()  # closing the window would ask about the edits
