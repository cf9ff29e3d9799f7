"""Find duplicates reads the selected pair's two contacts on a worker: read on the window's
thread, each pair selected took 30-50 ms of the 100,000-contact copy, and holding the Down
arrow stuttered. What shows is always the pair selected last."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import ContactService
from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog

PEOPLE = (("Ana", "Ruiz"), ("Bruno", "Costa"), ("Carla", "Weber"), ("Dario", "Lindqvist"))


def test_walking_the_pairs_reads_no_contact_in_full_on_the_window(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    add = app_context.core.contacts.create
    for given, family in PEOPLE:
        for title in ("CTO", "CEO"):
            mail = [EmailAddress(f"{given}@x.org")]
            add(Contact(given_name=given, family_name=family, title=title, emails=mail))
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=10000)
    qtbot.waitUntil(lambda: dialog.details[0].text().startswith("Ana Ruiz"))
    on_window: list[int] = []
    real_get = ContactService.get

    def get(service: ContactService, contact_id: int) -> Contact | None:
        if threading.current_thread() is threading.main_thread():
            on_window.append(contact_id)
        return real_get(service, contact_id)

    monkeypatch.setattr(ContactService, "get", get)
    dialog.table.setFocus()
    for _ in range(3):  # faster than the reads: the last one selected is what shows
        QTest.keyClick(dialog.table, Qt.Key.Key_Down)
    assert on_window == []
    qtbot.waitUntil(lambda: dialog.details[0].text().startswith("Dario Lindqvist"))
    assert dialog.details[1].text().startswith("Dario Lindqvist\nCEO")
    assert dialog.not_kept.text().startswith("Keeping the first loses: Job title “CEO”.")
    assert dialog.why.text() == "Why: same e-mail: dario@x.org; same name"
    assert on_window == []
