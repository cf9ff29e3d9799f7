"""An import that fails on a locked database brings its preview back, choices and all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.importing import ImportSummary
from netdesk.core.types import Contact, EmailAddress
from netdesk.store.database import BUSY_TIMEOUT_MS
from netdesk.store.models import db
from netdesk.ui import operations
from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ANA = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:García;Ana;;;\r\nFN:Ana García\r\nORG:Globex\r\n"
    "EMAIL:ana@acme.example\r\nTITLE:CTO\r\nEND:VCARD\r\n"
)
BEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEMAIL:ben@example.org\r\nEND:VCARD\r\n"


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the failed operation's message box says (not shown: it would wait for a click)."""
    messages: list[str] = []
    monkeypatch.setattr(operations, "show_problem", lambda _p, _t, text: messages.append(text))
    return messages


@pytest.fixture
def short_wait(app_context: AppContext) -> Iterator[None]:
    """Every connection, the worker's too, gives up on a lock after 50 ms (the app: 5 s)."""
    db.pragma("busy_timeout", 50, permanent=True)
    yield
    db.pragma("busy_timeout", BUSY_TIMEOUT_MS, permanent=True)


def _preview(qtbot: QtBot, controller: ImportController) -> ImportPreviewDialog:
    qtbot.waitUntil(
        lambda: controller.preview is not None and controller.preview.isVisible(),
        timeout=10_000,
    )
    assert controller.preview is not None
    return controller.preview


@pytest.mark.usefixtures("short_wait")
def test_a_locked_database_leaves_the_preview_with_its_choices_to_import_again(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, said: list[str], write_lock
) -> None:  # type: ignore[no-untyped-def]
    ana = app_context.core.contacts.create(
        Contact(given_name="Ana", family_name="García", organization="Acme",
                emails=[EmailAddress("ana@acme.example")])
    )  # fmt: skip
    path = tmp_path / "phone.vcf"
    path.write_text(ANA + BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    preview = _preview(qtbot, controller)
    choices = preview.conflict_model
    choice = choices.index(0, choices.CHOICE_COLUMN)  # the file's company, Globex, taken
    assert choices.setData(choice, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    preview.tabs.setCurrentWidget(preview.new_table)  # looking at the new ones

    lock = write_lock()  # another program holds the database
    with qtbot.assertNotEmitted(controller.finished, wait=100):
        preview.import_button.click()
        again = _preview(qtbot, controller)
    assert len(said) == 1 and "locked" in said[0]
    assert app_context.core.contacts.count() == 1  # nothing half-written
    assert controller.busy  # files dropped meanwhile still wait their turn
    # as it was left: the same tab, the choice made, which Esc would still ask about
    assert again.tabs.currentWidget() is again.new_table
    assert again.conflict_model.is_taken(0) and again.conflict_model.changed()
    assert again.import_button.isEnabled()

    lock.release()
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        again.import_button.click()  # Import again, the lock gone
    summary = finished.args[0]
    assert isinstance(summary, ImportSummary)
    assert (summary.new, summary.merged) == (1, 1)
    stored = app_context.core.contacts.get(ana)
    assert stored is not None and stored.organization == "Globex"  # as chosen before
    assert app_context.core.contacts.count() == 2
    assert controller.summary_box is not None
    controller.summary_box.close()


@pytest.mark.usefixtures("short_wait")
def test_closing_the_preview_brought_back_ends_the_import(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, said: list[str], write_lock
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ben.vcf"
    path.write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    preview = _preview(qtbot, controller)
    lock = write_lock()
    preview.import_button.click()
    again = _preview(qtbot, controller)
    lock.release()
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        again.cancel()  # no choices made: nothing to ask
    assert finished.args == [None]
    assert not controller.busy
    assert app_context.core.contacts.count() == 0


def test_a_stale_import_ends_without_bringing_its_preview_back(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, said: list[str]
) -> None:
    """Written to meanwhile, the plan cannot be imported again as it is: its message says to
    import the files again, and no preview of what they no longer do comes back."""
    contacts = app_context.core.contacts
    ana = contacts.create(
        Contact(given_name="Ana", family_name="García", organization="Acme",
                emails=[EmailAddress("ana@acme.example")])
    )  # fmt: skip
    path = tmp_path / "phone.vcf"
    path.write_text(ANA, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    preview = _preview(qtbot, controller)
    stored = contacts.get(ana)
    assert stored is not None
    stored.notes = "met at the fair"  # netdesk-cli, meanwhile
    contacts.update(stored)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        preview.import_button.click()
    assert finished.args == [None] and controller.preview is None and not controller.busy
    assert len(said) == 1 and "changed since the files were read" in said[0]
    assert controller.applying is None
