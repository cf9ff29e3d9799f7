"""Contact > Manage tags: rename (and fold into another tag), delete, a default cadence; each
undoable with Ctrl+Z, and a list filtered by a renamed tag follows it."""

from __future__ import annotations

import datetime as dt

import pytest
from legacy_tags import tagged_as_stored_before
from modal_answers import ModalAnswers
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.tags_dialog import TagsDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def answer_input(value: str | int) -> None:
    """Type ``value`` into the next input dialog and press OK."""

    def act() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, QInputDialog) or not widget.isVisible():
            QTimer.singleShot(5, act)
            return
        if isinstance(value, int):
            widget.setIntValue(value)
        else:
            widget.setTextValue(value)
        widget.accept()

    QTimer.singleShot(0, act)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Its shortcuts (F2, Delete, Ctrl+Z) work in the active window; offscreen, a window is
    not made active again when a box over it closes."""
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def rows(dialog: TagsDialog) -> list[tuple[str, str, str]]:
    model = dialog.table.model()
    return [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    ]


def names(context: AppContext) -> dict[str, int]:
    return {t.name: t.count for t in context.core.contacts.tags()}


@pytest.fixture
def dialog(qtbot: QtBot, app_context: AppContext) -> TagsDialog:
    contacts = app_context.core.contacts
    contacts.create(Contact(given_name="Ana", tags=["pycon", "friends"]))
    contacts.create(Contact(given_name="Bob", tags=["pycon"]))
    contacts.create(Contact(given_name="Cy", tags=["Friends of Bob"]))
    shown = TagsDialog(app_context, current="pycon")
    qtbot.addWidget(shown)
    shown.show()
    activate(qtbot, shown)
    shown.table.setFocus()
    return shown


def test_it_lists_each_tag_with_its_contacts_and_default(dialog: TagsDialog) -> None:
    assert rows(dialog) == [
        ("friends", "1", "No default"),
        ("Friends of Bob", "1", "No default"),
        ("pycon", "2", "No default"),
    ]
    assert dialog.current_tag() is not None and dialog.current_tag().name == "pycon"


def test_f2_renames_and_ctrl_z_names_it_back(
    qtbot: QtBot, dialog: TagsDialog, app_context: AppContext
) -> None:
    answer_input("PyCon 2024")
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    assert names(app_context) == {"friends": 1, "Friends of Bob": 1, "PyCon 2024": 2}
    assert ("PyCon 2024", "2", "No default") in rows(dialog)
    assert dialog.current_tag() is not None and dialog.current_tag().name == "PyCon 2024"
    assert app_context.undo_stack.undoText() == "Rename tag “pycon” to “PyCon 2024”"
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(app_context) == {"friends": 1, "Friends of Bob": 1, "pycon": 2}
    assert ("pycon", "2", "No default") in rows(dialog)


def test_renaming_onto_another_tag_asks_then_makes_one(
    qtbot: QtBot, dialog: TagsDialog, app_context: AppContext
) -> None:
    dialog.table.selectRow(0)  # friends
    answers = ModalAnswers("&Yes")
    answer_input("friends of bob")
    dialog.rename_button.click()
    answers.stop()
    assert "There is already a tag “Friends of Bob”" in answers.texts()
    assert names(app_context) == {"Friends of Bob": 2, "pycon": 2}
    app_context.undo_stack.undo()
    assert names(app_context) == {"friends": 1, "Friends of Bob": 1, "pycon": 2}


def test_delete_asks_once_and_is_undone(
    qtbot: QtBot, dialog: TagsDialog, app_context: AppContext
) -> None:
    answers = ModalAnswers("&Delete tag")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    answers.stop()
    assert "It is taken off 2 contacts" in answers.texts()
    assert answers.seen[0][2] == "Cancel"  # Enter does not delete
    assert names(app_context) == {"friends": 1, "Friends of Bob": 1}
    assert app_context.core.contacts.count() == 3
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(app_context) == {"friends": 1, "Friends of Bob": 1, "pycon": 2}


def test_a_default_cadence_is_chosen_from_the_menu(
    qtbot: QtBot, dialog: TagsDialog, app_context: AppContext
) -> None:
    box = dialog.cadence
    box.activated.emit(box.findData(14))
    assert ("pycon", "2", "Every 2 weeks") in rows(dialog)
    ana = app_context.core.contacts.search("Ana")[0]
    contact = app_context.core.contacts.get(ana)
    assert contact is not None and contact.next_due == dt.datetime(2026, 3, 16)
    answer_input(45)
    box.activated.emit(box.findData(-1))  # Custom…
    assert ("pycon", "2", "Every 45 days") in rows(dialog)
    assert box.currentText() == "Every 45 days"
    app_context.undo_stack.undo()
    assert box.currentText() == "Every 2 weeks"


def test_a_tag_gone_meanwhile_is_said_and_nothing_is_done(
    qtbot: QtBot, dialog: TagsDialog, app_context: AppContext
) -> None:
    app_context.core.tags.delete("pycon")  # by netdesk-cli, say: the table still shows it
    answers = ModalAnswers("&OK")
    answer_input("renamed")
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    answers.stop()
    assert "There is no tag “pycon” any more." in answers.texts()
    assert app_context.undo_stack.count() == 0
    assert [r[0] for r in rows(dialog)] == ["friends", "Friends of Bob"]


def test_a_list_filtered_by_a_renamed_tag_follows_it(
    qtbot: QtBot, main_window, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=f"P{n:02}", tags=["vip"])) for n in range(12)]
    contacts.create(Contact(given_name="Other", tags=["alpha"]))  # listed first
    main_window.contacts.set_filter(main_window.contacts.model.list_filter, tag="vip")
    assert main_window.contacts.model.rowCount() == 12

    def in_dialog() -> None:
        shown = QApplication.activeModalWidget()
        if not isinstance(shown, TagsDialog):
            QTimer.singleShot(5, in_dialog)
            return
        answer_input("VIP")  # a change of case: 12 contacts, on the worker
        assert shown.current_tag() is not None and shown.current_tag().name == "vip"
        shown.rename_button.click()
        qtbot.waitUntil(lambda: "VIP" in [t.name for t in contacts.tags()], timeout=5000)
        qtbot.waitUntil(
            lambda: shown.current_tag() is not None and shown.current_tag().name == "VIP"
        )
        shown.show_button.click()

    QTimer.singleShot(0, in_dialog)
    main_window.tags_action.trigger()
    qtbot.waitUntil(lambda: main_window.contacts.filter_box.currentData() == "tag:VIP")
    assert main_window.contacts.model.tag == "VIP"
    assert main_window.contacts.model.rowCount() == 12
    assert sorted(contacts.search("vip", limit=20)) == sorted(ids)


def test_a_rename_run_on_the_worker_leaves_the_renamed_tag_selected(
    qtbot: QtBot, app_context: AppContext
) -> None:
    contacts = app_context.core.contacts
    contacts.create(Contact(given_name="Ana", tags=["alpha"]))  # listed first
    for n in range(12):  # more than 10: renamed on the worker
        contacts.create(Contact(given_name=f"P{n}", tags=["pycon"]))
    dialog = TagsDialog(app_context, current="pycon")
    qtbot.addWidget(dialog)
    dialog.show()
    answer_input("zeta conference")
    dialog.rename_button.click()
    qtbot.waitUntil(lambda: "zeta conference" in names(app_context), timeout=5000)
    qtbot.waitUntil(
        lambda: dialog.current_tag() is not None and dialog.current_tag().name == "zeta conference"
    )


def test_a_tag_made_meanwhile_is_asked_about_before_a_rename_makes_them_one(
    qtbot: QtBot, dialog: TagsDialog, app_context: AppContext
) -> None:
    app_context.core.contacts.create(Contact(given_name="Di", tags=["Conferences"]))  # the CLI
    assert "Conferences" not in [r[0] for r in rows(dialog)]  # the table does not know it yet
    answers = ModalAnswers("Cancel")
    answer_input("conferences")
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    answers.stop()
    assert "There is already a tag “Conferences”" in answers.texts()
    assert names(app_context)["pycon"] == 2  # cancelled: nothing was made one
    assert app_context.undo_stack.count() == 0


def test_a_fold_beyond_ascii_case_is_asked_and_done(qtbot: QtBot, app_context: AppContext) -> None:
    contacts = app_context.core.contacts
    contacts.create(Contact(given_name="Ana", tags=["ÉMIGRÉ"]))
    tagged_as_stored_before(app_context.core, "Bob", "Émigré")  # another tag to SQLite
    shown = TagsDialog(app_context, current="Émigré")
    qtbot.addWidget(shown)
    shown.show()
    answers = ModalAnswers("&Yes")
    answer_input("émigré")
    shown.rename_button.click()
    answers.stop()
    assert "There is already a tag “ÉMIGRÉ”" in answers.texts()
    assert names(app_context) == {"ÉMIGRÉ": 2}  # it said so, then kept two tags
    assert [r[:2] for r in rows(shown)] == [("ÉMIGRÉ", "2")]


def test_undoing_a_fold_leaves_a_list_filtered_by_the_other_tag_on_it(
    qtbot: QtBot, main_window, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    contacts = app_context.core.contacts
    contacts.create(Contact(given_name="Ana", tags=["friends"]))
    contacts.create(Contact(given_name="Bob", tags=["Family"]))
    app_context.changes.contacts_changed.emit(None)
    listing = main_window.contacts
    listing.set_filter(listing.model.list_filter, tag="Family")
    shown = TagsDialog(app_context, main_window, current="friends")
    qtbot.addWidget(shown)
    shown.show()
    answers = ModalAnswers("&Yes")
    answer_input("family")
    shown.rename_button.click()
    answers.stop()
    assert listing.model.tag == "Family" and listing.model.rowCount() == 2
    app_context.undo_stack.undo()
    assert names(app_context) == {"friends": 1, "Family": 1}
    assert listing.model.tag == "Family"  # it jumped to "friends", which it never listed
    assert listing.model.rowCount() == 1
    app_context.undo_stack.redo()
    assert listing.model.tag == "Family" and listing.model.rowCount() == 2


def test_an_undo_of_a_tag_gone_meanwhile_says_so_in_the_apps_words(
    qtbot: QtBot, dialog: TagsDialog, app_context: AppContext
) -> None:
    box = dialog.cadence
    box.activated.emit(box.findData(14))
    app_context.core.tags.delete("pycon")  # by netdesk-cli
    answers = ModalAnswers("&OK")
    app_context.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(answers.seen))
    answers.stop()
    assert "There is no tag “pycon” any more." in answers.texts()
    assert app_context.undo_stack.index() == 1  # still there to undo, once the tag is back


def test_the_table_is_a_model_read_whole_once_per_change(
    qtbot: QtBot, qtmodeltester, dialog: TagsDialog, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(dialog.table.model())
    app_context.core.contacts.create(Contact(given_name="Di", tags=["zeta"]))
    with qtbot.waitSignal(dialog.table.model().modelReset):  # not item by item: 10,000 tags
        app_context.changes.contacts_changed.emit(None)  # read shown took 217 s of CPU
    assert rows(dialog)[-1] == ("zeta", "1", "No default")
    assert dialog.current_tag() is not None and dialog.current_tag().name == "pycon"
    qtmodeltester.check(dialog.table.model())


def test_enter_on_a_tag_renames_it_and_the_dialog_stays(
    qtbot: QtBot, dialog: TagsDialog, app_context: AppContext
) -> None:
    answer_input("pycon 2026")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert "pycon 2026" in names(app_context)
    assert dialog.isVisible()  # Enter went on to Close once the rename was done
    table = dialog.table
    answer_input("pycon 2027")
    where = table.visualRect(table.model().index(table.currentIndex().row(), 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # then the
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # second click
    assert "pycon 2027" in names(app_context)


def test_arrowing_through_the_rhythm_menu_sets_it_once_chosen(
    qtbot: QtBot, dialog: TagsDialog, app_context: AppContext
) -> None:
    box = dialog.cadence
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # opens the menu: each press set a rhythm, undoably
    assert box.view().isVisible()
    assert app_context.undo_stack.count() == 0
    view = box.view()
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert app_context.undo_stack.count() == 0
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert app_context.undo_stack.count() == 1
    assert rows(dialog)[-1] == ("pycon", "2", "Every 2 weeks")


def test_the_wheel_over_the_rhythm_menu_sets_nothing(
    qtbot: QtBot, dialog: TagsDialog, app_context: AppContext
) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    box = dialog.cadence
    centre = QPointF(box.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(box.mapToGlobal(QPoint(box.rect().center()))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(box, wheel)
    assert app_context.undo_stack.count() == 0
    assert rows(dialog)[-1] == ("pycon", "2", "No default")


def test_a_delete_of_a_tag_gone_meanwhile_is_said(
    qtbot: QtBot, dialog: TagsDialog, app_context: AppContext
) -> None:
    app_context.core.tags.rename("pycon", "PyCon")  # by netdesk-cli: the table says "pycon"
    app_context.core.tags.delete("PyCon")
    answers = ModalAnswers("&Delete tag")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # raised UnknownTagError at the user
    answers.stop()
    assert "There is no tag “pycon” any more." in answers.texts()
    assert [r[0] for r in rows(dialog)] == ["friends", "Friends of Bob"]


def test_an_empty_name_cannot_be_confirmed(qtbot: QtBot, dialog: TagsDialog) -> None:
    seen: list[bool] = []

    def clear() -> None:
        ask = QApplication.activeModalWidget()
        if not isinstance(ask, QInputDialog) or not ask.isVisible():
            QTimer.singleShot(5, clear)
            return
        ok = ask.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ask.setTextValue("   ")
        seen.append(ok.isEnabled())
        ask.setTextValue("pycon 2")
        seen.append(ok.isEnabled())
        seen.append(ask.width() >= 420)  # it was 200 pixels wide: "with words that go on"
        ask.reject()

    QTimer.singleShot(0, clear)
    dialog.rename_button.click()
    assert seen == [False, True, True]


def test_a_long_or_marked_up_name_is_said_as_written_and_cut_short(
    qtbot: QtBot, app_context: AppContext
) -> None:
    long_name = "Verylongtagname" * 20
    app_context.core.contacts.create(Contact(given_name="Ana", tags=[long_name, "<b>VIP</b>"]))
    shown = TagsDialog(app_context, current="<b>VIP</b>")
    qtbot.addWidget(shown)
    shown.show()
    answers = ModalAnswers("&Yes")
    answer_input(long_name.upper())
    shown.rename_button.click()
    answers.stop()
    said = answers.texts()
    assert "&lt;b&gt;VIP&lt;/b&gt;" in said  # escaped: not shown in bold as "VIP"
    assert f"“{long_name[:59]}…”" in said and long_name not in said
    assert app_context.undo_stack.undoText() == (f"Rename tag “<b>VIP</b>” to “{long_name[:59]}…”")
    assert [r[0] for r in rows(shown)] == [long_name]


def test_a_fold_into_a_big_tag_runs_on_the_worker(qtbot: QtBot, app_context: AppContext) -> None:
    contacts = app_context.core.contacts
    contacts.create(Contact(given_name="Ana", tags=["mentor"]))
    crowd = [contacts.create(Contact(given_name=f"P{n}", tags=["Mentors"])) for n in range(12)]
    app_context.core.tags.set_cadence("mentor", 30)  # "Mentors" takes it: 12 due dates move
    shown = TagsDialog(app_context, current="mentor")
    qtbot.addWidget(shown)
    shown.show()
    answers = ModalAnswers("&Yes")
    answer_input("mentors")
    shown.rename_button.click()
    answers.stop()
    assert app_context.undo_stack.count() == 0  # not done on the GUI thread, unasked
    qtbot.waitUntil(lambda: app_context.undo_stack.count() == 1, timeout=5000)
    assert all(contacts.get(i).next_due is not None for i in crowd)  # type: ignore[union-attr]


def test_after_a_delete_the_next_tag_is_selected(
    qtbot: QtBot, dialog: TagsDialog, app_context: AppContext
) -> None:
    app_context.core.contacts.create(Contact(given_name="Di", tags=["zeta"]))
    dialog._reload(None, select="Friends of Bob")
    answers = ModalAnswers("&Delete tag")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.current_tag() is not None and dialog.current_tag().name == "pycon"
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # the last: the one before it
    answers.stop()
    assert [r[0] for r in rows(dialog)] == ["friends", "pycon"]
    assert dialog.current_tag() is not None and dialog.current_tag().name == "pycon"


def test_a_delete_says_how_many_of_its_contacts_are_archived(
    qtbot: QtBot, app_context: AppContext
) -> None:
    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=n, tags=["vip"])) for n in ("Ana", "Bob", "Cy")]
    contacts.set_archived(ids[:1], True)
    shown = TagsDialog(app_context, current="vip")
    qtbot.addWidget(shown)
    shown.show()
    assert rows(shown) == [("vip", "2", "No default")]  # the list shows two
    answers = ModalAnswers("Cancel")
    shown.delete_button.click()
    answers.stop()
    assert "It is taken off 3 contacts (1 of them archived);" in answers.texts()
    assert names(app_context) == {"vip": 2}  # cancelled


def test_the_table_sorts_by_a_clicked_column_and_keeps_the_tag_selected(
    qtbot: QtBot, qtmodeltester, dialog: TagsDialog, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    contacts = app_context.core.contacts
    contacts.create(Contact(given_name="Di", tags=["Émigré", "pycon"]))
    contacts.create(Contact(given_name="Ed", tags=["zeta"]))
    app_context.changes.contacts_changed.emit(None)
    # by name as people sort: "Émigré" among the E's, not after "zeta"
    assert [r[0] for r in rows(dialog)] == ["Émigré", "friends", "Friends of Bob", "pycon", "zeta"]
    header = dialog.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert [r[:2] for r in rows(dialog)][:2] == [("pycon", "3"), ("Émigré", "1")]
    assert dialog.current_tag() is not None and dialog.current_tag().name == "pycon"
    qtmodeltester.check(dialog.table.model())
    dialog.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # the tags on one contact first
    assert [r[1] for r in rows(dialog)] == ["1", "1", "1", "1", "3"]
    contacts.create(Contact(given_name="Fy", tags=["zeta"]))
    app_context.changes.contacts_changed.emit(None)  # read again: the same order
    assert [r[0] for r in rows(dialog)][-2:] == ["zeta", "pycon"]
    assert dialog.current_tag() is not None and dialog.current_tag().name == "pycon"
