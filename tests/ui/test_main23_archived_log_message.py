"""Logging an interaction with an archived contact does not say the keep-in-touch clock
restarted: archived contacts are never reminded (Today, Due and the tray leave them out, and
the card says "none — archived contacts are never reminded"). Found on Xvfb: Ctrl+L on an
archived contact said "Logged. The keep-in-touch clock restarted." all the same."""

from __future__ import annotations

from log_dialog_setup import when_shown
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.log_dialog import LogInteractionDialog

RESTARTED = "Logged. The keep-in-touch clock restarted."


def log_with(main_window, contact_ids: list[int]) -> str:  # type: ignore[no-untyped-def]
    def log(dialog: LogInteractionDialog) -> None:
        QTest.keyClicks(dialog.summary, "Coffee")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    seen = when_shown(log)
    main_window.log_interaction(contact_ids)
    assert seen
    return main_window.statusBar().currentMessage()


def test_logging_with_an_archived_contact_says_it_is_never_reminded(
    qtbot: QtBot, main_window, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    core = app_context.core
    ana = person("Ana", keep_in_touch_days=91)
    core.contacts.set_archived([ana], True)
    said = log_with(main_window, [ana])
    assert core.journal.for_contact(ana)  # logged all the same
    assert "restarted" not in said
    assert said == "Logged. Archived contacts are never reminded to keep in touch."


def test_logging_with_archived_and_active_contacts_says_which_clock_restarted(
    qtbot: QtBot, main_window, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    core = app_context.core
    ana = person("Ana", keep_in_touch_days=91)
    bea = person("Bea", keep_in_touch_days=30)
    core.contacts.set_archived([ana], True)
    said = log_with(main_window, [ana, bea])
    assert said == (
        "Logged. The keep-in-touch clock restarted, except for archived contacts, "
        "who are never reminded."
    )
    # with the active contact alone, as before
    assert log_with(main_window, [bea]) == RESTARTED
