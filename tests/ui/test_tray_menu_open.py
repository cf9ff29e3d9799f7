"""The tray's menu while it is open: a change meanwhile (a reminder falling due, netdesk-cli
writing) does not rebuild it under the pointer, where a click being made was lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from test_tray import FakeWindow, context, make_tray, window  # noqa: F401  (fixtures)

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext


def test_a_change_while_the_menu_is_open_does_not_lose_the_click_on_quit(
    qtbot: QtBot,
    context: AppContext,  # noqa: F811
    window: FakeWindow,  # noqa: F811
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    tray = make_tray(context, window, available=True)
    tray.start()
    try:
        menu = tray.menu
        menu.popup(QPoint(20, 20))
        qtbot.waitUntil(menu.isVisible)
        quit_action = tray.action("quitAction")
        where = menu.actionGeometry(quit_action).center()
        QTest.mousePress(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
        # between the press and the release: a follow-up falls due (added by netdesk-cli)
        core.follow_ups.add(ana, core.clock.now() - dt.timedelta(minutes=1), "Call back")
        with qtbot.waitSignal(tray.notifier.checked):
            context.changes.follow_ups_changed.emit()
        qtbot.waitUntil(lambda: not tray._refresh_soon.isActive())
        assert tray.icon.toolTip() == "1 follow-up due"  # the icon says it at once
        QTest.mouseRelease(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
        assert window.calls == [("quit", None)]  # the menu was rebuilt: the click did nothing
        # opened again, the menu lists it
        qtbot.waitUntil(lambda: not menu.isVisible())
        menu.popup(QPoint(20, 20))
        qtbot.waitUntil(menu.isVisible)
        items = [a.text() for a in menu.actions() if a.objectName() == "dueItem"]
        assert items == ["Ana — Call back"]
        menu.hide()
    finally:
        tray.stop()
