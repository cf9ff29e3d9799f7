"""The export dialog writes the selection, a tag or everyone in the chosen format."""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui import export_dialog
from netdesk.ui.context import AppContext
from netdesk.ui.export_dialog import ExportDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_export_selected_as_vcard3_and_a_tag_as_csv(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana", tags=["VIP"]))
    core.contacts.create(Contact(given_name="Ben", tags=["VIP"]))
    core.contacts.create(Contact(given_name="Cara"))
    dialog = ExportDialog(app_context, [ana])
    qtbot.addWidget(dialog)
    dialog.selected.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("vcard3"))
    out = tmp_path / "ana.vcf"
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.export_to(str(out))
    assert dialog.written == 1
    assert "VERSION:3.0" in out.read_text(encoding="utf-8")

    dialog = ExportDialog(app_context, [])
    qtbot.addWidget(dialog)
    assert dialog.everyone.isChecked()
    assert not dialog.selected.isEnabled()
    dialog.by_tag.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.export_to(str(tmp_path / "vip.csv"))
    assert dialog.written == 2


def _when_modal(qtbot: QtBot, act: Callable[[QWidget], None]) -> list[str]:
    """Run ``act`` on the next modal dialog once it shows (file dialogs and message boxes
    block in exec()); returns the texts of the message boxes it saw."""
    seen: list[str] = []

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(10, check)
            return
        if isinstance(widget, QMessageBox):
            seen.append(widget.text())
        act(widget)

    QTimer.singleShot(0, check)
    return seen


def _save_as(name: str) -> Callable[[QWidget], None]:
    def act(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        edit = widget.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setText(name)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    return act


def test_picking_a_tag_exports_that_tag(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana", tags=["Alumni"]))
    ben = core.contacts.create(Contact(given_name="Ben", tags=["VIP"]))
    core.contacts.create(Contact(given_name="Cara"))
    dialog = ExportDialog(app_context, [ana, ben])
    qtbot.addWidget(dialog)
    assert dialog.selected.isChecked()  # several selected: those are meant
    dialog.show()
    dialog.tag.setFocus()
    QTest.keyClick(dialog.tag, Qt.Key.Key_Down)  # Alumni -> VIP, as a user would
    assert dialog.tag.currentText() == "VIP"
    assert dialog.by_tag.isChecked()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.export_to(str(tmp_path / "vip.vcf"))
    assert dialog.written == 1
    assert "Ben" in (tmp_path / "vip.vcf").read_text(encoding="utf-8")


def test_the_tag_the_list_shows_is_offered_first(main_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    core = main_window.context.core
    ana = core.contacts.create(Contact(given_name="Ana", tags=["Alumni"]))
    ben = core.contacts.create(Contact(given_name="Ben", tags=["VIP"]))
    main_window.context.changes.contacts_changed.emit(None)
    box = main_window.contacts.filter_box
    qtbot.waitUntil(lambda: box.findData("tag:VIP") >= 0, timeout=5000)
    box.setCurrentIndex(box.findData("tag:VIP"))  # the user picks the VIP tag
    box.activated.emit(box.currentIndex())
    shown: list[tuple[bool, str, bool]] = []

    def look(widget: QWidget) -> None:
        assert isinstance(widget, ExportDialog)
        shown.append(
            (widget.by_tag.isChecked(), widget.tag.currentText(), widget.everyone.isChecked())
        )
        widget.reject()

    _when_modal(qtbot, look)
    main_window.export_action.trigger()  # File > Export…
    assert shown == [(True, "VIP", False)]
    # several selected contacts still say "these"
    dialog = ExportDialog(main_window.context, [ana, ben], tag="VIP")
    qtbot.addWidget(dialog)
    assert dialog.selected.isChecked()
    dialog = ExportDialog(main_window.context, [ana], tag="Gone")  # no such tag: everyone
    qtbot.addWidget(dialog)
    assert dialog.everyone.isChecked()


def test_one_selected_contact_defaults_to_everyone(app_context: AppContext, qtbot: QtBot) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = ExportDialog(app_context, [ana])  # the list's current contact is always selected
    qtbot.addWidget(dialog)
    assert dialog.everyone.isChecked()
    assert dialog.selected.isEnabled()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("selected", [1, 2])
def test_the_keyboard_starts_on_the_scope_chosen(
    app_context: AppContext, qtbot: QtBot, selected: int
) -> None:
    """It started on "The 1 selected contact", unchosen, where Space changed the scope."""
    ids = [app_context.core.contacts.create(Contact(given_name=n)) for n in ("Ana", "Bob")]
    dialog = ExportDialog(app_context, ids[:selected])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    chosen = dialog.everyone if selected == 1 else dialog.selected
    assert chosen.isChecked() and QApplication.focusWidget() is chosen


def test_the_file_gets_its_suffix_the_folder_is_remembered_and_the_window_says_so(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    app_context.core.contacts.create(Contact(given_name="Ana"))
    window = QMainWindow()
    qtbot.addWidget(window)
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog = ExportDialog(app_context, [], window)
    _when_modal(qtbot, _save_as(str(folder / "my people")))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert (folder / "my people.vcf").is_file()
    # "contact(s)" until the English catalogue has this new plural
    assert re.fullmatch(
        rf"1 contact(\(s\))? exported to {re.escape(str(folder / 'my people.vcf'))}",
        window.statusBar().currentMessage(),
    )

    dialog = ExportDialog(app_context, [], window)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    opened: list[str] = []

    def look(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        opened.append(widget.directory().absolutePath())
        widget.reject()

    _when_modal(qtbot, look)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened == [str(folder)]


def test_a_failed_export_names_the_chosen_file(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = ExportDialog(app_context, [])
    qtbot.addWidget(dialog)
    target = tmp_path / "gone" / "all.vcf"
    seen = _when_modal(qtbot, lambda box: box.close())
    dialog.export_to(str(target))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [
        f"Could not export to {target}: the folder is not there (was a drive disconnected?)"
    ]
    assert dialog.written is None


def test_a_database_picked_as_the_file_is_left_alone_and_said(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """netdesk.sqlite3 chosen in the save dialog (and "Replace" answered) was replaced by a
    vCard: the window went on over a database that was no longer there."""
    app_context.core.contacts.create(Contact(given_name="Ana"))
    database = Path(app_context.core.store.path)
    dialog = ExportDialog(app_context, [])
    qtbot.addWidget(dialog)
    seen = _when_modal(qtbot, lambda box: box.close())
    dialog.export_to(str(database))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [
        f"Could not export to {database}: that file is a database, which an export never "
        "replaces; choose another name"
    ]
    assert dialog.written is None
    assert database.read_bytes().startswith(b"SQLite format 3\x00")
    assert app_context.core.contacts.count() == 1


def test_a_full_disk_says_the_file_there_is_left_as_it_was(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The system's English 'No space left on device' (in every language) said nothing of the
    export there before, which a failed export never touches."""
    import errno

    from netdesk.core import exporting

    def disk_full(*_args: object) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    app_context.core.contacts.create(Contact(given_name="Ana"))
    target = tmp_path / "all.vcf"
    target.write_text("last week's export")
    monkeypatch.setattr(exporting, "render", disk_full)
    dialog = ExportDialog(app_context, [])
    qtbot.addWidget(dialog)
    seen = _when_modal(qtbot, lambda box: box.close())
    dialog.export_to(str(target))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [
        f"Could not export to {target}: the disk is full (a file already there is left as it was)"
    ]
    assert target.read_text() == "last week's export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_export_runs_with_the_collector_paused(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Collections among 100,000 loaded contacts held the interpreter lock the window needs
    (50-300 ms at a time); the export's contacts make no cycles, reference counting frees them."""
    app_context.core.contacts.create(Contact(given_name="Ana"))
    seen: list[tuple[bool, bool]] = []
    real_export = export_dialog.write_export

    def recording_export(*args: object, **kwargs: object) -> int:
        seen.append((gc.isenabled(), threading.current_thread() is threading.main_thread()))
        return real_export(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export_dialog, "write_export", recording_export)
    dialog = ExportDialog(app_context, [])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.export_to(str(tmp_path / "all.vcf"))
    assert seen == [(False, False)]  # paused, on the worker
    assert gc.isenabled()  # and running again afterwards
    assert dialog.written == 1


def test_the_dialog_says_how_many_are_written_and_what_stays_behind(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """A tag's export takes its archived contacts too, which the list's 'VIP (1)' leaves out,
    and nothing said that the journal and follow-ups are not in the file."""
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana", tags=["VIP"]))
    core.contacts.create(Contact(given_name="Ben", tags=["VIP"], archived=True))
    cara = core.contacts.create(Contact(given_name="Cara", tags=["Gone"]))
    core.contacts.remove_tag([cara], "Gone")  # the tag stays, carried by nobody
    dialog = ExportDialog(app_context, [ana], tag="VIP")
    qtbot.addWidget(dialog)
    export = dialog.button_box.button(QDialogButtonBox.StandardButton.Ok)
    lines = dialog.summary.text().splitlines()
    assert re.fullmatch(r"2 contacts?(\(s\))? will be exported, 1 of them archived\.", lines[0])
    assert lines[1] == "Every field, with photos and tags, in one file address books read."
    assert lines[2] == "The journal and follow-ups stay in netdesk."
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert "but photos" in dialog.summary.text().splitlines()[1]
    dialog.everyone.setChecked(True)
    assert re.match(
        r"3 contacts?(\(s\))? will be exported, 1 of them archived\.", dialog.summary.text()
    )
    dialog.selected.setChecked(True)
    assert re.match(r"1 contacts?(\(s\))? will be exported\.\n", dialog.summary.text())
    assert export.isEnabled()
    assert dialog.tag.findText("Gone") >= 0
    dialog.tag.setCurrentIndex(dialog.tag.findText("Gone"))  # nobody to write
    dialog.by_tag.setChecked(True)
    assert re.match(r"0 contacts?(\(s\))? will be exported\.", dialog.summary.text())
    assert not export.isEnabled()


def test_vcard_3_is_offered_first_then_the_format_last_used(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """4.0 came first, with 3.0 'for older address books': Apple's Contacts and Android's
    contacts app take 3.0, and the user moving there picked the newer-sounding 4.0."""
    app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = ExportDialog(app_context, [])
    qtbot.addWidget(dialog)
    assert dialog.format.currentData() == "vcard3"
    assert "Apple" in dialog.format.currentText() and "Android" in dialog.format.currentText()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.export_to(str(tmp_path / "all.csv"))
    again = ExportDialog(app_context, [])
    qtbot.addWidget(again)
    assert again.format.currentData() == "csv"  # the last export's format


def test_the_file_offered_is_named_for_what_is_exported(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Every export offered contacts.vcf: a second tag exported after a first was offered
    the first's file to write over."""
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana", family_name="Ruiz", tags=["VIP/2026"]))
    core.contacts.create(Contact(given_name="Ben"))
    app_context.settings.set(export_dialog.EXPORT_FOLDER, str(tmp_path))
    offered: list[str] = []

    def look(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        offered.append(Path(widget.selectedFiles()[0]).name)
        widget.reject()

    for scope, expected in (("by_tag", "VIP 2026.vcf"), ("selected", "Ana Ruiz.vcf")):
        dialog = ExportDialog(app_context, [ana])
        qtbot.addWidget(dialog)
        getattr(dialog, scope).setChecked(True)
        _when_modal(qtbot, look)
        dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda expected=expected: expected in offered, timeout=5000)
    dialog = ExportDialog(app_context, [ana])
    qtbot.addWidget(dialog)
    assert dialog.everyone.isChecked()
    assert dialog.suggested_name() == "contacts"


@pytest.mark.parametrize(
    ("chosen", "typed", "written"),
    [("vcard4", "people.csv", "csv"), ("csv", "people.vcf", "vcard3")],
)
def test_a_suffix_typed_for_the_other_format_writes_that_format(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, chosen: str, typed: str, written: str
) -> None:
    """vCard chosen and 'people.csv' typed wrote a vCard named .csv, which a spreadsheet
    opened as one column of rubbish."""
    app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = ExportDialog(app_context, [])
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(chosen))
    _when_modal(qtbot, _save_as(str(tmp_path / typed)))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    text = (tmp_path / typed).read_bytes().decode("utf-8-sig")
    assert text.startswith("First Name," if written == "csv" else "BEGIN:VCARD\r\nVERSION:3.0")
    assert app_context.settings.get(export_dialog.EXPORT_FORMAT) == written


def test_contacts_changed_meanwhile_are_told_in_the_users_words() -> None:
    """A CSV export of a database that could not be read as one snapshot stops when a contact
    grew a column meanwhile (core.exporting.ExportChanged): the box says what happened, that
    the file there was kept, and what to do, not the exception's own English."""
    from netdesk.core.exporting import ExportChanged

    said = export_dialog.why(ExportChanged("contacts changed while they were being exported"))
    assert "left as it was" in said and "export them again" in said
