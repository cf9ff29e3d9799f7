"""The contact card: edits persist, invalid values are refused inline, photos and origin."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import EmailAddress, PartialDate
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

# The offscreen platform cannot size a QMainWindow's native frame; that warning is harmless.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
# ...nor raise a completer's popup or let it grab the keyboard; the popup still works.
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
POPUP = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def reopened(tmp_data_dir: Path, clock: FixedClock) -> Core:
    return Core.open(Paths(tmp_data_dir), clock)


def test_creating_and_editing_a_contact_persists(
    main_window: MainWindow,
    app_context: AppContext,
    tmp_data_dir: Path,
    clock: FixedClock,
    person,  # type: ignore[no-untyped-def]
) -> None:
    mentor = person("Marta", "Ibáñez")
    card = main_window.card
    main_window.new_action.trigger()
    card.given_name.setText("Íñigo")
    card.family_name.setText("Ordóñez")
    card.organization.setText("Cedro Labs")
    card.met_on.setText("2023-05")
    card.met_at.setText("PyCon ES")
    card.met_through.set_contact(mentor)
    card.tags.setText("investor, mentor")
    card.cadence.setCurrentIndex(card.cadence.findData(91))
    card.emails.add_button.click()
    card.emails.rows[0].edit.setText("inigo@example.org")
    card.phones.add_button.click()
    card.phones.rows[0].edit.setText("+34 612 345 678")
    card.birthday.setText("--04-23")
    card.looking_for.setPlainText("A designer")
    card._mark_dirty()
    assert card.save()
    new_id = card.contact_id()
    assert new_id is not None

    card.job_title.setText("CTO")
    card._mark_dirty()
    assert card.save()

    app_context.core.close()
    fresh = reopened(tmp_data_dir, clock)
    stored = fresh.contacts.get(new_id)
    assert stored is not None
    assert (stored.given_name, stored.family_name, stored.title) == ("Íñigo", "Ordóñez", "CTO")
    assert stored.met_on == PartialDate(2023, 5)
    assert stored.met_at == "PyCon ES" and stored.met_through_id == mentor
    assert stored.tags == ["investor", "mentor"]
    assert stored.keep_in_touch_days == 91
    assert [e.value for e in stored.emails] == ["inigo@example.org"]
    assert stored.phones[0].e164 == "+34612345678"
    assert stored.birthday == PartialDate(None, 4, 23)
    assert stored.looking_for == "A designer"
    fresh.close()


def test_invalid_email_phone_and_date_are_refused_inline(
    main_window: MainWindow, person, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", emails=[EmailAddress("ana@example.org")])
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    assert card.contact_id() == ana
    card.emails.rows[0].edit.setText("ana at example")
    card.phones.add_button.click()
    card.phones.rows[0].edit.setText("12")
    card.met_on.setText("yesterday")
    card._mark_dirty()
    assert not card.save()
    assert not card.emails.rows[0].problem.isHidden()
    assert "not an e-mail address" in card.emails.rows[0].problem.text()
    assert not card.phones.rows[0].problem.isHidden()
    assert "not a date" in card.met_on_problem.text()
    assert not card.problem_label.isHidden()
    stored = app_context.core.contacts.get(ana)
    assert [e.value for e in stored.emails] == ["ana@example.org"]  # nothing invalid was saved
    assert stored.met_on is None
    card.emails.rows[0].edit.setText("ana@example.com")
    card.phones.rows[0].edit.setText("")
    card.met_on.setText("2024")
    assert card.save()
    assert card.met_on_problem.isHidden()
    assert app_context.core.contacts.get(ana).met_on == PartialDate(2024)


def test_a_contact_needs_a_name(main_window: MainWindow, app_context: AppContext) -> None:
    main_window.new_contact()
    assert not main_window.card.save()
    assert "name" in main_window.card.name_problem.text()
    assert app_context.core.contacts.stats().contacts == 0


def test_edit_is_undoable(main_window: MainWindow, person, app_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    main_window.card.given_name.setText("Anna")
    main_window.card._mark_dirty()
    assert main_window.card.save()
    assert app_context.core.contacts.get(ana).given_name == "Anna"
    main_window.undo_action.trigger()
    assert app_context.core.contacts.get(ana).given_name == "Ana"
    main_window.card._reload_after_change()
    assert main_window.card.given_name.text() == "Ana"


def test_dropping_an_image_sets_the_photo(
    main_window: MainWindow, person, app_context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    picture = tmp_path / "ana.png"
    Image.new("RGB", (900, 700), (200, 80, 40)).save(picture)
    main_window.card.photo.image_dropped.emit(str(picture))
    qtbot.waitUntil(lambda: main_window.card.dirty)  # read on a worker
    assert main_window.card.save()
    stored = app_context.core.contacts.get(ana).photo
    assert stored is not None
    assert max(Image.open(io.BytesIO(stored)).size) <= 512  # core scaled it
    assert app_context.core.contacts.summaries([ana])[0].thumbnail is not None


def test_switching_contacts_saves_valid_edits(
    main_window: MainWindow, person, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana")
    berta = person("Berta")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    main_window.card.notes.setPlainText("Loves tea")
    main_window.contacts.select_contact(berta)
    assert app_context.core.contacts.get(ana).notes == "Loves tea"  # no edit is lost
    assert main_window.card.contact_id() == berta


def test_the_tag_list_is_read_once_and_only_when_completing(
    main_window: MainWindow,
    person,
    app_context: AppContext,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", tags=["investor"])
    berta = person("Berta", tags=["mentor"])
    app_context.changes.contacts_changed.emit(None)
    asked: list[int] = []
    original = app_context.core.contacts.tags
    monkeypatch.setattr(app_context.core.contacts, "tags", lambda: (asked.append(1), original())[1])
    main_window.contacts.select_contact(ana)
    main_window.contacts.select_contact(berta)
    assert main_window.card.contact_id() == berta
    assert asked == []  # showing contacts never counts the tags
    tags = main_window.card.tags
    popups: list[str] = []  # the offscreen platform cannot show the popup; note it instead
    monkeypatch.setattr(tags.tag_completer, "complete", lambda: popups.append(tags.text()))
    tags.setText("inv")
    tags.textEdited.emit("inv")
    assert tags.tag_completer.completionCount() == 1
    assert tags.tag_completer.currentCompletion() == "investor"
    assert popups == ["inv"]
    tags.textEdited.emit("me")
    assert asked == [1]  # cached
    app_context.core.contacts.add_tag([ana], "mentee")
    app_context.changes.contacts_changed.emit([ana])
    tags.textEdited.emit("mente")
    assert asked == [1, 1]  # asked again after a change
    assert tags.tag_completer.currentCompletion() == "mentee"


def test_tags_already_in_the_field_are_not_offered_again(qtbot: QtBot) -> None:
    from netdesk.ui.contact_card import TagEdit

    tags = TagEdit(lambda: ["investor", "investment club", "mentor"])
    qtbot.addWidget(tags)
    tags.tag_completer.complete = lambda: None  # type: ignore[method-assign]  # offscreen
    tags.setText("investor, inv")
    tags.textEdited.emit(tags.text())
    assert tags.tag_completer.completionCount() == 1
    assert tags.tag_completer.currentCompletion() == "investment club"
    tags.setText("inv")  # taken out of the field: offered again
    tags.textEdited.emit(tags.text())
    assert tags.tag_completer.completionCount() == 2


def test_the_rhythm_line_uses_the_cadence_menu_words(
    main_window: MainWindow, person, app_context: AppContext
) -> None:
    quarterly = person("Ana", keep_in_touch_days=91)
    odd = person("Bo", keep_in_touch_days=10)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(quarterly)
    assert main_window.card.rhythm_label.text() == "Keep in touch every 3 months"
    main_window.contacts.select_contact(odd)
    assert main_window.card.rhythm_label.text() == "Keep in touch every 10 days"


def shown_and_active(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1300, 900)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # keys reach shortcuts


@POPUP
def test_met_through_is_picked_by_typing_saved_and_shown_after_reopening(
    main_window: MainWindow,
    app_context: AppContext,
    tmp_data_dir: Path,
    clock: FixedClock,
    qtbot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    marta = person("Marta", "Ibáñez")
    person("Mario", "Rossi")
    ana = person("Ana")
    shown_and_active(main_window, qtbot)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    picker = card.met_through
    picker.edit.setFocus()
    QTest.keyClicks(picker.edit, "Mar")
    qtbot.waitUntil(lambda: picker.completer.popup().isVisible())
    assert picker.completer.popup().model().rowCount() == 2
    popup = picker.completer.popup()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert picker.contact_id == marta
    assert card.dirty
    QTest.keyClick(picker.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not card.dirty
    main_window.contacts.select_contact(marta)
    main_window.contacts.select_contact(ana)
    assert card.contact_id() == ana
    assert picker.edit.text() == "Marta Ibáñez"  # the name comes back with the card

    app_context.core.close()
    fresh = reopened(tmp_data_dir, clock)
    assert fresh.contacts.get(ana).met_through_id == marta
    fresh.close()


@POPUP
def test_met_through_text_that_names_nobody_is_not_saved_silently(
    main_window: MainWindow,
    app_context: AppContext,
    qtbot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    marta = person("Marta", "Ibáñez")
    ana = person("Ana", met_through_id=marta)
    shown_and_active(main_window, qtbot)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    assert card.met_through.edit.text() == "Marta Ibáñez"
    card.met_through.edit.setFocus()
    card.met_through.edit.selectAll()
    with qtbot.waitSignal(card.met_through._timer.timeout):  # searched once typing pauses
        QTest.keyClicks(card.met_through.edit, "Zed")
    assert card.dirty
    assert not card.met_through.completer.popup().isVisible()  # no empty box over the field
    QTest.keyClick(card.met_through.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert card.dirty  # refused: the field showed "Zed" and would have stored Marta
    assert "Zed" in card.met_through_problem.text()
    assert not card.met_through_problem.isHidden()
    assert app_context.core.contacts.get(ana).met_through_id == marta
    card.met_through.edit.clear()
    assert card.save()
    assert card.met_through_problem.isHidden()
    assert app_context.core.contacts.get(ana).met_through_id is None


def drop_on_photo(card, path: Path, qtbot: QtBot) -> bool:  # type: ignore[no-untyped-def]
    """Drag ``path`` over the photo as a file manager would; True when it was taken (and
    then read, on a worker)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(card.photo.rect().center())
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(card.photo, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(card.photo, drop)
    qtbot.waitUntil(lambda: not card.photo_reader.reading())
    return True


def test_a_photo_that_cannot_be_used_is_explained_in_words(
    main_window: MainWindow, person, app_context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    problem = card.photo_problem

    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    assert drop_on_photo(card, notes, qtbot)  # taken, so it can be explained (no silent refusal)
    assert not problem.isHidden()
    assert problem.text().startswith("“notes.txt” is not an image netdesk can read")

    fake = tmp_path / "fake.png"
    fake.write_bytes(b"\x89PNG but not really")
    assert drop_on_photo(card, fake, qtbot)
    assert problem.text().startswith("“fake.png” is not an image")  # no "<_io.BytesIO ...>"

    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as sparse:
        sparse.truncate(100 * 1024 * 1024)
    assert drop_on_photo(card, huge, qtbot)
    assert problem.text() == "“huge.jpg” is too large for a photo: 100 MB, at most 40 MB."

    poster = tmp_path / "poster.png"
    Image.new("1", (8000, 6000)).save(poster)  # small file, 48 megapixels
    assert drop_on_photo(card, poster, qtbot)
    assert problem.text() == "“poster.png” is too large for a photo: 8000 × 6000 pixels."

    assert not card.dirty
    assert app_context.core.contacts.get(ana).photo is None

    contacts = tmp_path / "friends.vcf"
    contacts.write_text("BEGIN:VCARD\r\nEND:VCARD\r\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(contacts))])
    enter = QDragEnterEvent(
        card.photo.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.setAccepted(False)
    card.photo.dragEnterEvent(enter)
    assert not enter.isAccepted()  # left to the window, which imports it

    picture = tmp_path / "ana.jpg"
    Image.new("RGB", (300, 300), (10, 120, 200)).save(picture)
    assert drop_on_photo(card, picture, qtbot)
    assert problem.isHidden()
    assert card.dirty


@POPUP
def test_the_photo_menu_opens_from_the_keyboard(
    main_window: MainWindow, person, app_context: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    photo = main_window.card.photo
    assert photo.focusPolicy() & Qt.FocusPolicy.TabFocus
    shown: list[list[str]] = []

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        shown.append([action.text() for action in menu.actions()])
        menu.close()

    QTimer.singleShot(0, close_menu)
    QTest.keyClick(photo, Qt.Key.Key_Space)
    assert shown == [["&Choose photo…", "&Remove photo"]]  # then C or R


def test_ctrl_z_in_a_field_undoes_typing_then_the_saved_edit(
    main_window: MainWindow, person, app_context: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", notes="Tea")
    shown_and_active(main_window, qtbot)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    name = card.given_name
    name.setFocus()
    name.end(False)
    QTest.keyClicks(name, "bel")
    QTest.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == "Ana"  # the field's own undo while typing
    QTest.keyClick(name, Qt.Key.Key_Z, CTRL_SHIFT)
    assert name.text() == "Anabel"
    QTest.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert app_context.core.contacts.get(ana).given_name == "Anabel"

    QTest.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # focus still there
    assert app_context.core.contacts.get(ana).given_name == "Ana"  # it did nothing before
    qtbot.waitUntil(lambda: name.text() == "Ana")
    QTest.keyClick(name, Qt.Key.Key_Z, CTRL_SHIFT)
    assert app_context.core.contacts.get(ana).given_name == "Anabel"
    qtbot.waitUntil(lambda: name.text() == "Anabel")

    card.notes.setFocus()
    QTest.keyClick(card.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert app_context.core.contacts.get(ana).given_name == "Ana"  # from a notes box too
    qtbot.waitUntil(lambda: name.text() == "Ana")


def type_into(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace a field's text by typing, as a user does (ASCII only: QTest's limit)."""
    widget.setFocus()
    widget.selectAll()
    if text:
        QTest.keyClicks(widget, text)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Delete)


@POPUP
def test_every_field_round_trips_and_can_be_cleared(
    main_window: MainWindow,
    app_context: AppContext,
    tmp_data_dir: Path,
    clock: FixedClock,
    qtbot,
    tmp_path: Path,
    person,  # type: ignore[no-untyped-def]
) -> None:
    marta = person("Marta", "Ibanez")
    shown_and_active(main_window, qtbot)
    main_window.new_action.trigger()
    card = main_window.card
    card.more_names.click()
    for field, text in (
        (card.given_name, "Inigo"),
        (card.family_name, "Ordonez"),
        (card.additional_names, "Maria"),
        (card.prefix, "Dr."),
        (card.suffix, "PhD"),
        (card.nickname, "Ini"),
        (card.formatted_name, "Dr. Inigo Ordonez"),
        (card.met_on, "2023-05"),
        (card.met_at, "PyCon ES"),
        (card.organization, "Cedro Labs"),
        (card.department, "R&D"),
        (card.job_title, "CTO"),
        (card.birthday, "--04-23"),
        (card.anniversary, "2015-06-20"),
        (card.tags, "investor, mentor"),
    ):
        type_into(field, text)
    for box, text in (
        (card.what_they_do, "Builds robots"),
        (card.looking_for, "A designer"),
        (card.can_offer, "Intros"),
        (card.notes, "Loves tea"),
    ):
        box.setFocus()
        QTest.keyClicks(box, text)
    type_into(card.met_through.edit, "Marta Ibanez")
    QTest.keyClick(card.met_through.edit, Qt.Key.Key_Tab)  # a whole name picks its contact
    card.cadence.setFocus()
    card.cadence.showPopup()
    QTest.keyClick(card.cadence.view(), Qt.Key.Key_End)  # "Custom…" is the last choice
    QTest.keyClick(card.cadence.view(), Qt.Key.Key_Return)
    assert card.custom_days.isVisibleTo(card)
    type_into(card.custom_days.lineEdit(), "45")
    for editor, values in (
        (card.emails, ["inigo@example.org", "ini@home.example"]),
        (card.phones, ["+34 612 345 678"]),
        (card.urls, ["https://cedro.example"]),
        (card.related, ["Lucia"]),
    ):
        for value in values:
            editor.add_button.click()
            QTest.keyClicks(editor.rows[-1].edit, value)
    card.emails.rows[1].star.click()
    card.addresses.add_button.click()
    QTest.keyClicks(card.addresses.rows[0].street, "Calle Mayor 1")
    QTest.keyClicks(card.addresses.rows[0].locality, "Madrid")
    card.custom.add_button.click()
    card.custom.rows[0].label_box.setEditText("Shoe size")
    QTest.keyClicks(card.custom.rows[0].edit, "44")
    picture = tmp_path / "face.png"
    Image.new("RGB", (40, 40), (200, 80, 40)).save(picture)
    card.photo.image_dropped.emit(str(picture))
    qtbot.waitUntil(lambda: not card.photo_reader.reading())  # read on a worker
    # the cadence's popup, once shown, stays the active window of the offscreen platform
    # after it hides (a desktop's window manager gives the activation back): the window's
    # Ctrl+S was not heard, in 4 runs out of 10. A completion's popup left open by a field
    # typed into (a user's click elsewhere closes it; setFocus() does not) kept the
    # activation too, in 2 file runs out of 3
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.hide()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    QTest.keyClick(card.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not card.dirty and not card.is_new
    new_id = card.contact_id()

    app_context.core.close()
    fresh = reopened(tmp_data_dir, clock)
    c = fresh.contacts.get(new_id)
    fresh.close()
    assert c is not None
    assert (c.given_name, c.family_name, c.additional_names, c.prefix, c.suffix) == (
        "Inigo",
        "Ordonez",
        "Maria",
        "Dr.",
        "PhD",
    )
    assert (c.nickname, c.formatted_name) == ("Ini", "Dr. Inigo Ordonez")
    assert (c.organization, c.department, c.title) == ("Cedro Labs", "R&D", "CTO")
    assert (c.met_on, c.met_at, c.met_through_id) == (PartialDate(2023, 5), "PyCon ES", marta)
    assert c.birthday == PartialDate(None, 4, 23)
    assert c.anniversary == PartialDate(2015, 6, 20)
    assert c.tags == ["investor", "mentor"]
    assert (c.what_they_do, c.looking_for, c.can_offer, c.notes) == (
        "Builds robots",
        "A designer",
        "Intros",
        "Loves tea",
    )
    assert c.keep_in_touch_days == 45
    assert [(e.value, e.label, e.preferred) for e in c.emails] == [
        ("inigo@example.org", "home", False),
        ("ini@home.example", "home", True),
    ]
    assert [(p.e164, p.label) for p in c.phones] == [("+34612345678", "mobile")]
    assert [(u.value, u.label) for u in c.urls] == [("https://cedro.example", "website")]
    assert [(a.street, a.locality) for a in c.addresses] == [("Calle Mayor 1", "Madrid")]
    assert [(r.label, r.name) for r in c.related] == [("spouse", "Lucia")]
    assert [(f.label, f.value) for f in c.custom_fields] == [("Shoe size", "44")]
    assert c.photo is not None


@POPUP
def test_clearing_fields_clears_them_in_the_database(
    main_window: MainWindow,
    app_context: AppContext,
    tmp_data_dir: Path,
    clock: FixedClock,
    qtbot,
    tmp_path: Path,
    person,  # type: ignore[no-untyped-def]
) -> None:
    marta = person("Marta")
    picture = tmp_path / "face.png"
    Image.new("RGB", (40, 40), (200, 80, 40)).save(picture)
    ana = person(
        "Ana",
        birthday=PartialDate(None, 4, 23),
        met_on=PartialDate(2020),
        met_through_id=marta,
        keep_in_touch_days=45,
        tags=["investor"],
        photo=picture.read_bytes(),
        emails=[EmailAddress("ana@example.org")],
    )
    shown_and_active(main_window, qtbot)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    assert card.custom_days.value() == 45 and card.custom_days.isVisibleTo(card)
    for field in (card.birthday, card.met_on, card.tags, card.met_through.edit):
        type_into(field, "")
    card.cadence.setFocus()
    card.cadence.showPopup()
    QTest.keyClick(card.cadence.view(), Qt.Key.Key_Home)  # "Never"
    QTest.keyClick(card.cadence.view(), Qt.Key.Key_Return)
    assert not card.custom_days.isVisibleTo(card)
    card.emails.rows[0].remove_button.click()
    card.remove_photo()
    QTest.keyClick(card.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not card.dirty

    app_context.core.close()
    fresh = reopened(tmp_data_dir, clock)
    c = fresh.contacts.get(ana)
    fresh.close()
    assert (c.birthday, c.met_on, c.met_through_id, c.keep_in_touch_days) == (None,) * 4
    assert (c.tags, c.emails, c.photo) == ([], [], None)


def choose_cadence(card, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    card.cadence.setFocus()
    card.cadence.showPopup()
    QTest.keyClick(card.cadence.view(), key)
    QTest.keyClick(card.cadence.view(), Qt.Key.Key_Return)


@POPUP
def test_custom_cadence_starts_from_the_rhythm_chosen(
    main_window: MainWindow,
    app_context: AppContext,
    qtbot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    quarterly = person("Ana", keep_in_touch_days=91)
    never = person("Bo")
    shown_and_active(main_window, qtbot)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(quarterly)
    card = main_window.card
    choose_cadence(card, Qt.Key.Key_End)  # "Custom…"
    assert card.custom_days.text() == "91 days"  # it offered "1 days"
    card.revert()
    main_window.contacts.select_contact(never)
    choose_cadence(card, Qt.Key.Key_End)
    assert card.custom_days.value() == 30
    type_into(card.custom_days.lineEdit(), "1")
    assert card.custom_days.text() == "1 day"
    assert card.save()
    assert app_context.core.contacts.get(never).keep_in_touch_days == 1


def test_the_header_names_the_source_and_writes_dates_in_the_users_language(
    main_window: MainWindow, person, app_context: AppContext
) -> None:
    from PySide6.QtCore import QLocale

    from netdesk.core.types import Contact

    now = app_context.core.clock.now()
    nameless = app_context.core.contacts.create(
        Contact(source="vcard", source_file="phone.vcf", source_date=now)
    )
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(nameless)
    card = main_window.card
    assert card.title_label.text() == "(no name)"
    assert card.source_label.text() == "vCard — phone.vcf, 2 Mar 2026"
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        card.show_contact(nameless)
        assert card.source_label.text() == "vCard — phone.vcf, 2 mar 2026"
    finally:
        QLocale.setDefault(previous)


def test_the_origin_shows_whom_the_contact_introduced_and_opens_them(
    qtbot,  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    from netdesk.core.types import Contact
    from netdesk.ui.contact_card import INTRODUCED_SHOWN

    core = app_context.core
    ana = person("Ana")
    alone = person("Hermit")
    met = [
        core.contacts.create(Contact(given_name=f"P{n:02d}", met_through_id=ana))
        for n in range(INTRODUCED_SHOWN + 2)
    ]
    odd = core.contacts.create(Contact(given_name="Zed <b>Z</b>", met_through_id=ana))
    card = main_window.card
    main_window.show()
    card.show_contact(ana)
    label = card.introduced_label
    assert label.isVisibleTo(card)
    shown = rendered(label.text())
    assert shown == ", ".join(f"P{n:02d}" for n in range(INTRODUCED_SHOWN)) + " and 3 more"
    assert f'href="contact:{met[0]}"' in label.text()
    with qtbot.waitSignal(app_context.changes.open_contact) as opened:
        label.linkActivated.emit(f"contact:{met[1]}")  # what a click on the name sends
    assert opened.args == [met[1]]
    card.show_contact(alone)
    assert not label.isVisibleTo(card)  # nobody: no row
    assert not card.met_through_open.isEnabled()  # and no one to open

    card.show_contact(odd)  # met through Ana: one click opens her
    assert card.met_through_open.isEnabled()
    with qtbot.waitSignal(app_context.changes.open_contact) as opened:
        card.met_through_open.click()
    assert opened.args == [ana]
    core.contacts.delete(met)
    card.show_contact(ana)
    assert rendered(label.text()) == "Zed <b>Z</b>"  # a name, never HTML


def rendered(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_opening_someone_the_search_hides_shows_them(
    qtbot,  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """Opening a contact the search left out clears the search: the filter used to be applied
    with the old search still pending (the typing pause), so the contact was never found
    and the card stayed on the one searched for."""
    from netdesk.core.types import Contact

    ana = person("Ana")
    bob = app_context.core.contacts.create(Contact(given_name="Bob", met_through_id=ana))
    main_window.show()
    search = main_window.contacts.search
    QTest.keyClicks(search, "Ana")
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 1)
    main_window.contacts.select_contact(ana)
    assert main_window.card.contact_id() == ana
    main_window.card.introduced_label.linkActivated.emit(f"contact:{bob}")  # a click on Bob
    assert search.text() == ""
    assert main_window.contacts.current_id() == bob
    assert main_window.card.contact_id() == bob
    qtbot.wait(400)  # past the search field's typing pause: nothing takes Bob away again
    assert main_window.card.contact_id() == bob
    assert main_window.contacts.model.rowCount() == 2


def test_a_new_contact_shows_a_photo_placeholder_not_the_initials_of_new_contact(
    main_window: MainWindow,
) -> None:
    from netdesk.ui.contact_card import PHOTO_SIZE
    from netdesk.ui.widgets import avatar_pixmap

    card = main_window.card

    def shown() -> object:
        return card.photo.pixmap().toImage()

    ratio = card.devicePixelRatioF()
    main_window.new_contact()
    assert card.title_label.text() == "New contact"
    assert "once the contact is saved" in main_window.journal.empty.text()  # not a blank list
    assert shown() != avatar_pixmap("New contact", None, PHOTO_SIZE, ratio).toImage()
    assert shown() != avatar_pixmap("?", None, PHOTO_SIZE, ratio).toImage()
    image = shown()
    disc = image.pixelColor(image.width() // 2, 3)
    assert disc.red() == disc.green() == disc.blue()  # a neutral grey, no name's colour
    size = image.width()
    colours = {image.pixelColor(x, y).name() for x in range(size) for y in range(size)}
    assert "#ffffff" in colours  # the white picture glyph on it
    card.given_name.setText("Íñigo")
    card.family_name.setText("Ordóñez")
    card._mark_dirty()
    assert card.save()
    assert shown() == avatar_pixmap("Íñigo Ordóñez", None, PHOTO_SIZE, ratio).toImage()


def test_unsaved_edits_do_not_write_back_a_tag_cadence_or_archive_made_meanwhile(
    qtbot, main_window: MainWindow, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    from netdesk.ui import undo

    ana = person("Ana", "García", tags=["friend"], keep_in_touch_days=30)
    main_window.contacts.load()
    qtbot.waitUntil(lambda: main_window.contacts.select_contact(ana))
    main_window.show_pending_contact()
    card = main_window.card
    card.notes.setPlainText("Met her at PyCon")  # unsaved
    card.tags.setText("friend, speaker")
    card.tags.textEdited.emit(card.tags.text())
    assert card.dirty
    for command in (
        undo.TagContacts(app_context, [ana], "investor"),
        undo.SetCadence(app_context, [ana], 7),
        undo.ArchiveContacts(app_context, [ana]),
    ):
        undo.push(app_context, command)
    # the card shows what changed in the fields the user did not touch, and keeps the edits
    qtbot.waitUntil(lambda: card.cadence.currentData() == 7)
    assert card.dirty and card.notes.toPlainText() == "Met her at PyCon"
    assert card.rhythm_label.text().startswith("Archived")

    assert card.save()  # as moving to another contact does
    stored = app_context.core.contacts.get(ana)
    assert stored is not None
    assert stored.notes == "Met her at PyCon"
    assert stored.tags == ["friend", "investor", "speaker"]
    assert stored.keep_in_touch_days == 7 and stored.archived
    # undoing the save takes back the edit only, not the changes made before it
    app_context.undo_stack.undo()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None
    assert stored.notes == "" and stored.tags == ["friend", "investor"]
    assert stored.keep_in_touch_days == 7 and stored.archived


def test_unsaved_edits_keep_phones_and_labels_changed_elsewhere(
    qtbot, main_window: MainWindow, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    """The form reads a phone without its E.164 form, a label in lower case and notes
    stripped: compared with the stored contact, those fields always looked edited, and Save
    wrote the card's old phones back over a number merged in meanwhile."""
    from netdesk.core.types import Contact, PhoneNumber

    core = app_context.core
    ana = core.contacts.create(
        Contact(
            given_name="Ana",
            phones=[PhoneNumber("+34 612 345 678")],
            emails=[EmailAddress("ana@a.org", "WORK")],
            notes="  Met at PyCon  ",
        )
    )
    other = core.contacts.create(
        Contact(given_name="Ana", family_name="G", phones=[PhoneNumber("+34 699 111 222")])
    )
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: main_window.contacts.select_contact(ana))
    main_window.show_pending_contact()
    card = main_window.card
    card.what_they_do.setPlainText("Runs the data team")  # unsaved
    assert card.dirty
    edited, _problems = card.edited_contact(quiet=True)
    assert edited is not None
    assert card._touched(edited) == {"what_they_do"}
    core.contacts.merge(ana, other)  # elsewhere, while the card holds the edit
    app_context.changes.contacts_changed.emit([ana])
    qtbot.waitUntil(lambda: len(card.phones.rows) == 2)  # the merged number shown
    assert card.save()
    stored = core.contacts.get(ana)
    assert stored is not None
    assert [p.raw for p in stored.phones] == ["+34 612 345 678", "+34 699 111 222"]
    assert stored.what_they_do == "Runs the data team"


def _card_on_screen(
    qtbot: QtBot, main_window: MainWindow, contact_id: int, size: tuple[int, int]
) -> ContactCard:
    """The window shown at ``size`` with the contact's card open, laid out as a user sees it."""
    main_window.contacts.load()
    main_window.show_contacts()  # not the welcome page the empty database had
    main_window.resize(*size)
    with qtbot.waitExposed(main_window):
        main_window.show()
    qtbot.waitUntil(lambda: main_window.contacts.select_contact(contact_id))
    main_window.show_pending_contact()
    return main_window.card


def test_a_refused_save_brings_the_first_problem_into_view_and_focus(
    qtbot, main_window: MainWindow, person
) -> None:  # type: ignore[no-untyped-def]
    card = _card_on_screen(qtbot, main_window, person("Ana", "García"), (1000, 600))
    card.emails.add_button.click()
    card.emails.rows[0].edit.setText("ana@@example")  # far down the card
    card.anniversary.setText("someday")  # further down still
    qtbot.wait(1)  # laid out, as by the time the user reaches for Save
    card.scroll_area.verticalScrollBar().setValue(0)
    card.save_button.setFocus()

    try:
        assert not card.save()
        field = card.emails.rows[0].edit
        assert "ana@@example" in card.problem_label.text()  # the first from the top is named
        assert main_window.focusWidget() is field  # the user types the fix at once
        viewport = card.scroll_area.viewport()
        top = field.mapTo(viewport, field.rect().topLeft()).y()
        assert top >= 0 and top + field.height() <= viewport.height()
    finally:
        card.revert()  # closing the window would ask about the edits


def test_a_contact_with_imported_odd_numbers_can_still_be_edited(
    main_window: MainWindow, person, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    from netdesk.core.types import PhoneNumber

    ana = person("Ana", phones=[PhoneNumber("(111) 111-1111"), PhoneNumber("x4321")])
    imported = app_context.core.contacts.get(ana)
    imported.emails = [EmailAddress("ana@intranet")]
    app_context.core.contacts.update(imported, strict=False)  # as an import stores them
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    card.notes.setPlainText("Met at PyCon")
    saved = card.save()
    problem = card.problem_label.text()
    card.revert()  # (a failure must not leave edits for the window's close to ask about)
    assert saved, problem  # the numbers it came with pass as they are
    stored = app_context.core.contacts.get(ana)
    assert stored.notes == "Met at PyCon"
    assert [p.raw for p in stored.phones] == ["(111) 111-1111", "x4321"]
    assert [e.value for e in stored.emails] == ["ana@intranet"]

    # one typed on the card is checked (with its country code: in the C locale a number
    # without one is kept as written, there being no country to check it in)
    card.phones.rows[0].edit.setText("+1 (111) 111-11")
    card.emails.rows[0].edit.setText("")  # and removing the odd address can be undone
    card._mark_dirty()
    try:
        assert not card.save()
        assert "+1 (111) 111-11" in card.phones.rows[0].problem.text()
        card.phones.rows[0].edit.setText("(111) 111-1111")
        assert card.save()
    finally:
        card.revert()  # closing the window would ask about edits left
    assert app_context.core.contacts.get(ana).emails == []
    app_context.undo_stack.undo()
    assert [e.value for e in app_context.core.contacts.get(ana).emails] == ["ana@intranet"]


def test_a_long_name_and_title_leave_the_window_narrow(
    qtbot, main_window: MainWindow, person
) -> None:  # type: ignore[no-untyped-def]
    name = "Maximiliano Alejandro Bartholomew-Fitzgerald de la Santísima Trinidad"
    title = "Vicerrector Adjunto de Investigación, Transferencia y Relaciones Institucionales"
    who = person(name, title=title, organization="Universidad Internacional del Mediterráneo")
    card = _card_on_screen(qtbot, main_window, who, (800, 600))
    qtbot.wait(1)
    # one line each, cut to the card's width: the window was made 1,640 pixels wide
    assert card.minimumSizeHint().width() < 500
    assert main_window.width() == 800
    assert card.title_label.text() == name  # the whole name for whoever reads it
    assert card.title_label.toolTip() == name  # and for the eye, as it is cut


def test_a_birthday_without_a_year_is_typed_as_people_write_it(
    main_window: MainWindow, person, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    card.birthday.setText("4-23")  # was refused: only "--04-23" was a day without a year
    card.anniversary.setText("04-05")
    card.met_on.setText("2019-6-1")  # the zeros left out
    card._mark_dirty()
    saved = card.save()
    problem = card.problem_label.text()
    # shown at once as stored and read back, not only once the card is opened again
    shown = (card.birthday.text(), card.anniversary.text(), card.met_on.text(), card.dirty)
    card.revert()  # (a failure must not leave edits for the window's close to ask about)
    assert saved, problem
    assert shown == ("--04-23", "--04-05", "2019-06-01", False)
    stored = app_context.core.contacts.get(ana)
    assert stored.birthday == PartialDate(None, 4, 23)
    assert stored.anniversary == PartialDate(None, 4, 5)
    assert stored.met_on == PartialDate(2019, 6, 1)
    assert card.birthday.text() == "--04-23"  # shown back the one way it is read
    card.birthday.setText("13-01")  # no month 13: said, not taken as 13 January
    card._mark_dirty()
    saved = card.save()
    problem = card.birthday_problem.text()
    card.revert()
    assert not saved and "13-01" in problem


def test_tab_goes_from_the_header_to_the_first_field(
    qtbot, main_window: MainWindow, person
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana")
    main_window.contacts.load()
    main_window.show_contacts()
    with qtbot.waitExposed(main_window):
        main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    qtbot.waitUntil(lambda: main_window.contacts.select_contact(ana))
    main_window.show_pending_contact()
    card = main_window.card
    card.log_button.setFocus()
    QTest.keyClick(card.log_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.given_name  # no stop on the invisible scroll area
    QTest.keyClick(card.given_name, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is card.log_button


def test_more_name_fields_open_only_when_they_hold_something_of_their_own(
    main_window: MainWindow,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    # every imported vCard has an FN; one that only repeats the name parts is nothing to show
    plain = person("Adam", "Atkins", formatted_name="Adam  Atkins")
    called = person("Robert", "Smith", formatted_name="Bob Smith")
    nicknamed = person("Ana", "Lima", nickname="Nani")
    app_context.changes.contacts_changed.emit(None)
    shown = {}
    for contact_id in (plain, called, nicknamed):
        main_window.contacts.select_contact(contact_id)
        main_window._selection_settled()
        assert main_window.card.contact is not None
        assert main_window.card.contact.id == contact_id
        shown[contact_id] = main_window.card.more_names.isChecked()
    assert shown == {plain: False, called: True, nicknamed: True}


def test_a_contact_saved_with_ctrl_s_is_selected_alone(
    main_window: MainWindow,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
    qtbot: QtBot,
) -> None:
    # Ctrl still held when the new contact is shown: the view's own setCurrentIndex() read it
    # and added the new row to the contact selected before, so Ctrl+L logged with both
    frida = person("Frida", "Töcken")
    greta = person("Greta", "Schröder")
    app_context.changes.contacts_changed.emit(None)
    shown_and_active(main_window, qtbot)
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 2)
    main_window.contacts.select_contact(frida)
    QTest.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert main_window.card.is_new
    QTest.keyClicks(main_window.card.given_name, "Zoe")
    QTest.keyClick(main_window.card.given_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 3)
    (zoe,) = set(app_context.core.contacts.list_ids()) - {frida, greta}
    qtbot.waitUntil(lambda: main_window.contacts.current_id() == zoe)
    assert main_window.selected_contact_ids() == [zoe]


def test_the_header_follows_the_name_as_it_is_typed(
    main_window: MainWindow,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
    qtbot: QtBot,
) -> None:
    main_window.new_contact()
    card = main_window.card
    assert card.title_label.text() == "New contact"
    QTest.keyClicks(card.given_name, "Zoe")
    QTest.keyClicks(card.family_name, "Okafor")
    QTest.keyClicks(card.organization, "Acme")
    assert card.title_label.text() == "Zoe Okafor"
    assert card.subtitle_label.text() == "Acme" and not card.subtitle_label.isHidden()
    card.revert()
    ana = person("Ana", "Lima", title="CTO")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    type_into(card.given_name, "Anabel")
    assert card.title_label.text() == "Anabel Lima"
    card.revert()  # the stored name again
    assert card.title_label.text() == "Ana Lima"
    assert card.subtitle_label.text() == "CTO"


def test_the_header_wraps_the_rhythm_line_instead_of_widening_the_window(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    """At 14 pt the one-line rhythm ("Keep in touch every 3 months", longer in Spanish) held
    the card, and with it the window, wider than a small screen."""
    from PySide6.QtGui import QFont

    ana = person("Ana", keep_in_touch_days=91)
    card = _card_on_screen(qtbot, main_window, ana, (1000, 600))
    big = QFont(card.font())
    big.setPointSize(14)
    card.setFont(big)
    assert card.rhythm_label.text() == "Keep in touch every 3 months"
    rhythm_width = card.rhythm_label.fontMetrics().horizontalAdvance(card.rhythm_label.text())
    header_buttons = card.log_button.sizeHint().width()
    assert card.rhythm_label.minimumSizeHint().width() < rhythm_width // 2  # it wraps
    # the photo, the titles' narrowest and the buttons: 315 pixels, not 450 with the one line
    assert card.minimumSizeHint().width() < header_buttons + rhythm_width // 2 + 88


def test_after_its_own_save_the_card_shows_again_only_what_changed(
    main_window: MainWindow,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    # the whole form filled anew (its rows made again and laid out) held the window ~30 ms
    ana = person("Ana", "Lima", emails=[EmailAddress("ana@lima.pt")])
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    row = card.emails.rows[0]
    type_into(card.job_title, "CTO")
    assert card.save()
    main_window.card._reload_after_change()  # as the change the save announced does
    assert card.emails.rows[0] is row  # the e-mails did not change: their row stays
    assert card.job_title.text() == "CTO" and not card.dirty
    app_context.core.contacts.add_tag([ana], "investor")  # changed elsewhere meanwhile
    app_context.changes.contacts_changed.emit([ana])
    main_window.card._reload_after_change()
    assert card.tags.text() == "investor" and not card.dirty
    assert app_context.core.contacts.get(ana).title == "CTO"


def test_a_tag_merged_in_by_the_save_is_shown_after_it(
    main_window: MainWindow,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    ana = person("Ana", tags=["friend"])
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    type_into(card.tags, "friend, mentor")
    app_context.core.contacts.add_tag([ana], "investor")  # elsewhere, not yet announced
    assert card.save()
    stored = app_context.core.contacts.get(ana).tags
    assert set(stored) == {"friend", "mentor", "investor"}
    assert set(card.tags.text().split(", ")) == set(stored) and not card.dirty


def test_whom_the_contact_introduced_is_opened_from_the_keyboard(
    qtbot,  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """Tab from "Met through" went past the names to the cadence: only a click opened them."""
    from netdesk.core.types import Contact

    ana = person("Ana")
    app_context.core.contacts.create(Contact(given_name="Bob", met_through_id=ana))
    cleo = app_context.core.contacts.create(Contact(given_name="Cleo", met_through_id=ana))
    card = main_window.card
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card.met_through.edit.setFocus()
    QTest.keyClick(card.met_through.edit, Qt.Key.Key_Tab)  # its Open button is off: nobody
    label = card.introduced_label
    assert QApplication.focusWidget() is label and label.selectedText() == "Bob"
    QTest.keyClick(label, Qt.Key.Key_Tab)
    assert label.selectedText() == "Cleo"
    QTest.keyClick(label, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.cadence  # out after the last name
    QTest.keyClick(card.cadence, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is label and label.selectedText() == "Cleo"
    QTest.keyClick(label, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert label.selectedText() == "Bob"
    QTest.keyClick(label, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is card.met_through.edit  # Shift+Tab was kept on Bob
    QTest.keyClick(card.met_through.edit, Qt.Key.Key_Tab)
    QTest.keyClick(label, Qt.Key.Key_Tab)
    with qtbot.waitSignal(app_context.changes.open_contact) as opened:
        QTest.keyClick(label, Qt.Key.Key_Return)
    assert opened.args == [cleo]


def test_a_tags_default_cadence_is_named_where_the_card_says_never(
    main_window: MainWindow, person, app_context: AppContext, qtbot: QtBot
) -> None:
    ana = person("Ana", tags=["mentors", "friends"])
    app_context.core.tags.set_cadence("mentors", 30)
    app_context.core.tags.set_cadence("friends", 91)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    assert card.cadence.currentText() == "Every month (from its tags)"
    wide = card.cadence.fontMetrics().horizontalAdvance("Every month (from its tags)")
    assert card.cadence.sizeHint().width() > wide  # not cut to "Every month (fro"
    assert card.rhythm_label.text() == "Keep in touch every month (from its tags)"
    card.tags.setText("friends")  # the default of the tags left
    card.tags.textEdited.emit(card.tags.text())
    assert card.cadence.currentText() == "Every 3 months (from its tags)"
    card.tags.setText("")
    card.tags.textEdited.emit(card.tags.text())
    assert card.cadence.currentText() == "Never"
    card.revert()
    app_context.core.tags.set_cadence("mentors", 7)  # from the tags dialog, say
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: card.cadence.currentText() == "Every week (from its tags)")


def test_long_values_show_their_start_and_tab_from_outside_scrolls_to_the_field(
    main_window: MainWindow, person, qtbot: QtBot
) -> None:
    """The family name read "einhausenbergerdorff-Featherstonehaugh"; Tab from "Log
    interaction…" put the focus in Given name, scrolled out of sight."""
    long_org = "Internationale Gesellschaft für Zusammenarbeit und Entwicklung GmbH"
    ana = person(
        "Ana",
        "Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh",
        organization=long_org,
        emails=[EmailAddress("a.very.long.address.for.testing@international-example.org")],
    )
    main_window.context.changes.contacts_changed.emit(None)
    shown_and_active(main_window, qtbot)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    assert card.contact_id() == ana
    assert card.family_name.cursorPosition() == 0
    assert card.organization.cursorPosition() == 0
    assert card.emails.rows[0].value_edits()[0].cursorPosition() == 0
    bar = card.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    card.log_button.setFocus()
    qtbot.keyClick(card.log_button, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and card.scroll_area.isAncestorOf(focused)
    assert not focused.visibleRegion().isEmpty()
