"""The subscribed calendar (Preferences' calendar folder) that cannot be written is said once,
naming the file, until a write succeeds again: only logged, the calendar app showed the
follow-ups of the day it last worked without a word (a full or read-only folder)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from test_tray import FakeWindow, context, make_tray, window  # noqa: F401  (fixtures)

from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.tray import CalendarFeed, ReminderTray


def _write_and_wait(qtbot: QtBot, tray: ReminderTray) -> None:
    feed = tray.calendar_feed
    ended: list[object] = []
    feed.written.connect(ended.append)
    feed.write_in_background()
    qtbot.waitUntil(lambda: bool(ended) and not feed.pending, timeout=10_000)
    qtbot.wait(10)  # the failure, said from the same turn of the loop
    feed.written.disconnect(ended.append)


def test_a_calendar_that_cannot_be_written_is_said_once_naming_it(
    qtbot: QtBot,
    context: AppContext,  # noqa: F811
    window: FakeWindow,  # noqa: F811
    tmp_path: Path,
) -> None:
    context.core.contacts.create(Contact(given_name="Ana"))
    folder = tmp_path / "Calendars"
    target = folder / CalendarFeed.FILE_NAME
    target.mkdir(parents=True)  # where the file goes, something it cannot replace
    context.settings.set(s.ICS_FOLDER, str(folder))
    tray = make_tray(context, window, available=True)
    tray.start()
    try:
        tray.calendar_feed.timer.stop()
        messages: list[tuple[str, str]] = tray.messages  # type: ignore[attr-defined]
        messages.clear()
        _write_and_wait(qtbot, tray)
        assert messages == [("Export calendar", f"Could not export to {target}: Is a directory")]
        _write_and_wait(qtbot, tray)  # the next edit: not said again
        assert len(messages) == 1
        tray._message_clicked()  # the window comes up (not Today, nobody's card)
        assert window.isVisible()
        assert window.calls == []
        window.hide()
        target.rmdir()
        _write_and_wait(qtbot, tray)
        assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
        target.unlink()
        target.mkdir()  # failing again after a good write: said again
        _write_and_wait(qtbot, tray)
        assert len(messages) == 2
    finally:
        tray.stop()


def test_a_failure_during_the_wait_for_the_panel_is_said_once_it_is_there(
    qtbot: QtBot,
    context: AppContext,  # noqa: F811
    window: FakeWindow,  # noqa: F811
    tmp_path: Path,
) -> None:
    """netdesk --minimized at login, the panel a few seconds late: a message then had no
    tray to show by, and the failure, told once, was never seen."""
    folder = tmp_path / "Calendars"
    target = folder / CalendarFeed.FILE_NAME
    target.mkdir(parents=True)
    context.settings.set(s.ICS_FOLDER, str(folder))
    tray = make_tray(context, window, available=False)
    panel = {"up": False}
    tray.tray_available = lambda: panel["up"]
    tray.start()  # the window hidden: it waits for a tray
    try:
        assert tray.tray_wait.isActive()
        tray.calendar_feed.timer.stop()
        messages: list[tuple[str, str]] = tray.messages  # type: ignore[attr-defined]
        _write_and_wait(qtbot, tray)
        assert messages == []  # no tray to say it by yet
        panel["up"] = True
        tray.tray_watch.timeout.emit()  # the panel comes up
        assert messages == [("Export calendar", f"Could not export to {target}: Is a directory")]
    finally:
        tray.stop()


def test_a_failure_waiting_behind_a_reminder_is_dropped_once_written_again(
    qtbot: QtBot,
    context: AppContext,  # noqa: F811
    window: FakeWindow,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Review25: the failure waited for a reminder's message to end; the next write worked
    meanwhile, and an empty "Export calendar" message was posted all the same."""
    context.core.contacts.create(Contact(given_name="Ana"))
    folder = tmp_path / "Calendars"
    target = folder / CalendarFeed.FILE_NAME
    target.mkdir(parents=True)
    context.settings.set(s.ICS_FOLDER, str(folder))
    tray = make_tray(context, window, available=True)
    tray.start()
    try:
        tray.calendar_feed.timer.stop()
        messages: list[tuple[str, str]] = tray.messages  # type: ignore[attr-defined]
        messages.clear()
        tray.message_up.start(200)  # a reminder's message is up
        _write_and_wait(qtbot, tray)
        assert messages == [] and tray.feed_message_later.isActive()
        target.rmdir()
        _write_and_wait(qtbot, tray)  # written meanwhile
        qtbot.wait(300)  # past the reminder's message
        assert messages == []
        assert not tray.feed_message_later.isActive()
        tray._say_feed_failed()  # (nothing left to say, however it is reached)
        assert messages == []
    finally:
        tray.stop()
