"""The tray's icon and menu are kept while what they were made from holds (``_Made``: the
database's write stamp, the pause, the clock). A restore gives the window's thread a new
connection, whose stamp can repeat the one they were made from, with other data: the tray
shows the restored data all the same (``ReminderTray._database_replacing`` drops what they were
made from as the restore begins, and reads everything again as it ends)."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from test_restore_dialog import back_up, restore_first_to_the_end, window  # noqa: F401

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.tray import ReminderTray


def _due_items(tray: ReminderTray) -> list[str]:
    return [a.text() for a in tray.menu.actions() if a.objectName() == "dueItem"]


def test_after_a_restore_the_tray_menu_is_the_restored_datas_though_the_stamp_repeats(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    core = app_context.core
    earlier = core.clock.now() - dt.timedelta(hours=1)
    bob = person("Bob")
    core.follow_ups.add(bob, earlier, "Send the proposal")
    back_up(window, qtbot)
    core.contacts.delete([bob])
    for name, what in (("Carol", "Call about the offer"), ("Dan", "Book the venue")):
        core.follow_ups.add(person(name), earlier, what)
    app_context.changes.everything()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 2)
    # the window's thread reads on a connection opened afresh, as after netdesk starts
    core.store.close()
    tray = ReminderTray(app_context, window)
    tray.post_message = lambda title, text: None  # type: ignore[method-assign]
    tray.start()
    try:
        tray.menu.aboutToShow.emit()  # as it opens: made for what is there now
        assert tray.due_count == 2
        assert tray.icon.toolTip() == "2 follow-ups due"
        assert sorted(t.split("\t")[0] for t in _due_items(tray)) == [
            "Carol — Call about the offer",
            "Dan — Book the venue",
        ]
        # the window's thread opens a new connection after it: as the one before, it has
        # written nothing and seen no other's writes, and its stamp is the one the icon and
        # the menu were made by
        answers = restore_first_to_the_end(qtbot, window)
        answers.stop()
        tray.menu.aboutToShow.emit()
        assert tray.due_count == 1
        assert tray.icon.toolTip() == "1 follow-up due"
        assert [t.split("\t")[0] for t in _due_items(tray)] == ["Bob — Send the proposal"]
    finally:
        tray.stop()
