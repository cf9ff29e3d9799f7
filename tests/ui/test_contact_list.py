"""The contact list's row delegate: what one paint of the visible rows costs the model."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_list_model import ContactListModel, Role
from netdesk.ui.context import AppContext


def test_painting_rows_asks_the_model_for_summaries_only(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Ada", "Grace", "Edsger"):
        app_context.core.contacts.create(Contact(given_name=name, organization="Acme"))
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(340, 400)
    panel.show()
    panel.load()
    asked: list[int] = []
    real_data = ContactListModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        asked.append(int(role))
        return real_data(self, index, role)

    monkeypatch.setattr(ContactListModel, "data", counting)  # Qt calls the class's override
    painted: list[int] = []
    real_painted = ContactListModel.painted

    def painting(self, row):  # type: ignore[no-untyped-def]
        painted.append(row)
        return real_painted(self, row)

    monkeypatch.setattr(ContactListModel, "painted", painting)
    panel.view.grab()  # paints the visible rows now
    assert painted == [0, 1, 2]  # the delegate asks the model directly, once per painted row
    assert set(asked) <= {int(Role.SUMMARY), int(Role.CONTACT_ID)}
    delegate = panel.view.itemDelegate()
    assert len(delegate._fonts) == 1  # fonts and metrics built once for the view's font


def test_the_list_bounds_qts_pixmap_cache_its_avatars_fill(
    qtbot: QtBot, app_context: AppContext
) -> None:
    from PySide6.QtGui import QPixmapCache

    from netdesk.ui import contact_rows

    QPixmapCache.setCacheLimit(10 * 1024)  # Qt's default
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    assert QPixmapCache.cacheLimit() == contact_rows.PIXMAP_CACHE_KIB == 2 * 1024


def test_the_rows_last_interaction_follows_the_clock_into_the_next_day(
    app_context: AppContext,
) -> None:
    from netdesk.ui.contact_rows import ContactRowDelegate

    clock = app_context.core.clock
    delegate = ContactRowDelegate(app_context)
    talked = clock.now() - dt.timedelta(days=1)
    assert delegate._relative_past(talked, clock.now()) == "yesterday"
    assert delegate._relative_past(None, clock.now()) == "never"
    later = clock.now() + dt.timedelta(days=1)  # left open overnight: not yesterday's words
    assert delegate._relative_past(talked, later) == "2 days ago"
    assert delegate._relative_past(later - dt.timedelta(hours=1), later) == "today"


def test_selected_ids_follow_the_rows_of_every_selected_span(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Read from the selection's ranges (Ctrl+A over 97,519 rows took 1.7 s by index): rows
    in list order, each once, however the user built the selection."""
    names = [f"P{n:02d}" for n in range(12)]
    for name in names:
        app_context.core.contacts.create(Contact(given_name=name))
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    view, model = panel.view, panel.model
    ids = model.ids()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_ids() == ids
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier

    def click(row: int, keys: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        where = view.visualRect(model.index(row)).center()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, keys, where)

    click(8)
    click(6, ctrl)
    click(2, ctrl)
    click(9, ctrl | shift)  # 2 .. 9 added to what is selected: 6 and 8 are in it twice
    assert panel.selected_ids() == ids[2:10]
    click(4, ctrl)  # and one taken out of the middle
    assert panel.selected_ids() == ids[2:4] + ids[5:10]


def test_the_selection_is_handed_on_as_the_list_it_is_not_converted(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """selection_changed was a Signal(list): Ctrl+A over 97,519 rows made each id a QVariant
    and back for every receiver (~140 ms of the GUI thread). Declared as an object, every
    receiver gets the very list the panel made, and the ids in it."""
    for name in ("Ana", "Ben", "Cleo"):
        app_context.core.contacts.create(Contact(given_name=name))
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    made: list[list[int]] = []
    real = panel._selected_now
    panel._selected_now = lambda: made.append(real()) or made[-1]  # type: ignore[method-assign]
    got: list[list[int]] = []
    panel.selection_changed.connect(got.append)
    panel.view.setFocus()
    QTest.keyClick(panel.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert got and got[-1] == panel.model.ids()
    assert got[-1] is made[-1]


def test_rows_grow_with_a_large_font_and_keep_their_height_at_the_usual_size(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """A 14 pt (or larger) system font: the name and organization lines no longer touch or
    get cut; a fixed 52-pixel row left them overlapping."""
    from PySide6.QtGui import QFont, QFontMetrics

    from netdesk.ui.contact_rows import ROW_HEIGHT, contact_table

    app_context.core.contacts.create(Contact(given_name="Ada", organization="Acme"))
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.load()
    rows = panel.view.verticalHeader()
    assert rows.defaultSectionSize() == ROW_HEIGHT  # the usual font: unchanged
    big = QFont(panel.view.font())
    big.setPointSize(20)
    panel.view.setFont(big)  # as a system font change reaches the view
    line = QFontMetrics(big).height()
    assert rows.defaultSectionSize() >= 2 * line + 14
    assert panel.view.rowHeight(0) == rows.defaultSectionSize()
    delegate = panel.view.itemDelegate()
    option = QStyleOptionViewItem()
    option.font = big
    assert delegate.sizeHint(option, panel.model.index(0)).height() == rows.defaultSectionSize()
    fresh = contact_table(panel)
    fresh.setFont(big)
    assert fresh.verticalHeader().defaultSectionSize() == rows.defaultSectionSize()


def test_a_long_tag_or_a_large_font_does_not_widen_the_list_beyond_the_screen(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """The filter and sort menus take the width the list has and cut their current choice;
    sized to their longest item they held the list (and the window) wide."""
    from PySide6.QtGui import QFont

    ada = app_context.core.contacts.create(Contact(given_name="Ada"))
    app_context.core.contacts.add_tag([ada], "investors and business angels met in Barcelona 2026")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    big = QFont(panel.font())
    big.setPointSize(14)
    panel.setFont(big)
    panel.load()
    panel.refresh_filters()
    panel.show()
    assert panel.filter_box.count() > 6  # the tag is in the menu
    assert panel.minimumSizeHint().width() <= 330


def test_a_row_whose_stored_text_is_not_utf8_is_painted(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """A damaged page left bytes that are not UTF-8 in an organization: painting that row
    ended the app (an exception in the model's data() under shiboken)."""
    from netdesk.store.models import db

    ana = app_context.core.contacts.create(Contact(given_name="Ana", organization="Acme"))
    db.execute_sql("UPDATE contact SET organization = CAST(X'FFFE41' AS TEXT) WHERE id = ?", (ana,))
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(340, 400)
    panel.show()
    panel.load()
    panel.view.grab()
    summary = panel.model.index(0, 0).data(Role.SUMMARY)
    assert (summary.display_name, summary.organization) == ("Ana", "\ufffd\ufffdA")


def test_an_empty_list_says_why(qtbot: QtBot, app_context: AppContext, person) -> None:  # type: ignore[no-untyped-def]
    """A filter nobody is in stood blank; a search finding an archived contact alone said
    that nobody matches, as if the contact were gone."""
    from netdesk.core.listing import ListFilter

    person("Ana", "Ruiz", tags=["club"])
    gone = person("Olga", "Archived")
    app_context.core.contacts.set_archived([gone], True)
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(340, 400)
    panel.show()
    panel.load()
    message = panel.no_match
    assert not message.isVisible()
    panel.set_filter(ListFilter.DUE)
    assert message.isVisible() and message.text().startswith("Nobody is due.")
    panel.set_filter(ListFilter.IMPORTED_TODAY)
    assert message.text().startswith("Nobody imported today is listed.")  # (Olga, archived)
    panel.set_filter(ListFilter.ALL)
    assert not message.isVisible()
    panel.search.setText("olga")
    qtbot.waitUntil(message.isVisible)
    assert message.text().startswith("No contact matches “olga”, but 1 archived contact")
    assert "Choose Archived above" in message.text()
    panel.set_filter(ListFilter.ARCHIVED)  # the search kept: there she is
    assert not message.isVisible() and panel.model.rowCount() == 1
    panel.set_filter(ListFilter.ALL, tag="club")
    assert message.text() == "No contact in “club” matches “olga”.\nPress Esc to clear the search."
    panel.search.setText("zzq")
    panel.set_filter(ListFilter.ALL)
    qtbot.waitUntil(lambda: "zzq" in message.text())
    assert message.text() == "No contact matches “zzq”.\nPress Esc to clear the search."
