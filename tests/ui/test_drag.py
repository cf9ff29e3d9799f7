"""Dragging contacts out gives a .vcf file and text/vcard data that import back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from netdesk.core.importing import plan_import
from netdesk.core.types import Contact, EmailAddress
from netdesk.ui import drag
from netdesk.ui.context import AppContext
from netdesk.ui.drag import vcard_mime_data
from netdesk.ui.import_flow import ImportController
from netdesk.ui.main_window import MainWindow


def test_dragging_contacts_out_makes_a_vcf(app_context: AppContext) -> None:
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana", family_name="García/López",
                                       emails=[EmailAddress("ana@x.org")]))  # fmt: skip
    ben = core.contacts.create(Contact(given_name="Ben"))
    one = vcard_mime_data(app_context, [ana])
    (url,) = one.urls()
    path = Path(url.toLocalFile())
    assert path.name == "Ana García López.vcf"
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0")
    assert bytes(one.data("text/vcard").data()).decode() == text
    assert one.text() == "Ana García/López"
    plan = plan_import(core, [str(path)])
    assert (plan.unchanged, plan.new) == (1, 0)  # it is the same contact

    both = vcard_mime_data(app_context, [ben, ana])
    both_path = Path(both.urls()[0].toLocalFile())
    assert both_path.name == "2 contacts.vcf"
    assert both_path.read_text(encoding="utf-8").count("BEGIN:VCARD") == 2
    assert both.text() == "Ben\nAna García/López"


def test_the_contact_list_model_drags_vcards(app_context: AppContext) -> None:
    from netdesk.ui.contact_list_model import ContactListModel

    app_context.core.contacts.create(Contact(given_name="Cara"))
    model = ContactListModel(app_context)
    model.reload()
    data = model.mimeData([model.index(0)])
    assert [Path(u.toLocalFile()).name for u in data.urls()] == ["Cara.vcf"]
    assert b"FN:Cara" in bytes(data.data("text/vcard").data())


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_contacts_dragged_from_the_list_and_dropped_on_the_window_are_not_imported(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    core = main_window.context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    data = vcard_mime_data(main_window.context, [ana])  # what a drag from the list carries
    target = main_window.centralWidget()
    where = QPointF(target.rect().center())
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), action, data, buttons, keys)
    enter.ignore()
    written = set(drag._drag_folder().rglob("*.vcf"))
    main_window.dragEnterEvent(enter)  # the window's handlers, as a drag over it calls them
    assert not enter.isAccepted()  # no drop offered...
    assert set(drag._drag_folder().rglob("*.vcf")) == written  # ...nor a file written for it
    main_window.dropEvent(QDropEvent(where, action, data, buttons, keys))
    qtbot.wait(50)  # the window imports what was dropped on the next turn of the event loop
    importer = main_window._import_controller()
    assert isinstance(importer, ImportController)
    assert not importer.busy  # no "Import contacts" preview of Ana herself

    other = tmp_path / "ben.vcf"  # a file from elsewhere is still imported
    other.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben\r\nEND:VCARD\r\n", encoding="utf-8")
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(other))])
    main_window.dropEvent(QDropEvent(where, action, dropped, buttons, keys))
    qtbot.waitUntil(lambda: importer.preview is not None, timeout=5000)
    assert importer.preview is not None
    importer.preview.reject()


def test_a_drag_renders_and_writes_nothing_until_a_target_asks(app_context: AppContext) -> None:
    """Starting a drag of many contacts must not wait for their vCards (30,000 took ~1.9 s)."""
    core = app_context.core
    ids = [core.contacts.create(Contact(given_name=f"P{n}")) for n in range(3)]
    before = set(drag._drag_folder().rglob("*.vcf"))
    data = vcard_mime_data(app_context, ids)
    assert data.hasFormat("text/uri-list") and data.hasFormat("text/vcard")
    assert set(drag._drag_folder().rglob("*.vcf")) == before  # nothing written yet
    (url,) = data.urls()  # what a file manager asks for on the drop
    path = Path(url.toLocalFile())
    assert path not in before
    assert path.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3
    assert data.urls() == [url]  # asked again: the same file, not another copy
    assert bytes(data.data("text/uri-list").data()) == bytes(url.toEncoded().data()) + b"\r\n"
    assert data.text() == "P0\nP1\nP2"


def test_a_dragged_contact_gets_a_file_name_every_system_can_write(
    app_context: AppContext,
) -> None:
    """'Con.vcf' is the console on Windows, and a name of 80 emoji made a 324-byte file name
    (255 at most): the drop asked for a file that could not be written."""
    core = app_context.core
    con = core.contacts.create(Contact(given_name="Con"))
    nul = core.contacts.create(Contact(given_name="nul.txt"))
    smiles = core.contacts.create(Contact(given_name="😀" * 90))
    names = []
    for contact_id in (con, nul, smiles):
        path = Path(vcard_mime_data(app_context, [contact_id]).urls()[0].toLocalFile())
        assert path.is_file()
        names.append(path.name)
    assert names[:2] == ["Con_.vcf", "nul.txt_.vcf"]
    assert names[2].endswith("😀.vcf") and len(names[2].encode()) <= 255


def test_drag_folders_a_crashed_run_left_are_removed(
    app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that crashed or was killed left its dragged contacts in the temporary folder."""
    import os
    import time

    monkeypatch.setattr(drag.tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(drag, "_folder", None)
    old = tmp_path / "netdesk-drag-old"
    (old / "x").mkdir(parents=True)
    (old / "x" / "Ana.vcf").write_text("BEGIN:VCARD")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    running = tmp_path / "netdesk-drag-running"  # another window's, dragged from today
    running.mkdir()
    other = tmp_path / "unrelated-old"
    other.mkdir()
    os.utime(other, (two_days_ago, two_days_ago))
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    path = Path(vcard_mime_data(app_context, [ana]).urls()[0].toLocalFile())
    assert path.is_relative_to(tmp_path) and path.is_file()
    assert not old.exists()
    assert running.is_dir() and other.is_dir()


def test_a_tab_separated_file_dragged_onto_the_window_is_offered_for_import(
    main_window: MainWindow, tmp_path: Path
) -> None:
    """File > Import and a folder read .tsv files; dragged alone onto the window, one was
    refused (no drop offered)."""
    sheet = tmp_path / "people.tsv"
    sheet.write_text("First Name\tE-mail 1 - Value\nCara\tcara@example.org\n", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(sheet))])
    enter = QDragEnterEvent(
        main_window.centralWidget().rect().center(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    main_window.dragEnterEvent(enter)
    assert enter.isAccepted()
