"""The reminder tray: icon with a due badge, menu, notifications, close-to-tray, calendar file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sys
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QRectF,
    QRunnable,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QMessageBox,
    QSystemTrayIcon,
    QWidget,
)

from netdesk.core.followups import CADENCE_NOTE
from netdesk.core.reminders import Plan, Reminder, next_midnight, tomorrow_morning
from netdesk.core.types import FollowUp
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import (
    FollowUpActions,
    add_action,
    follow_up_note,
    told_apart_names,
)
from netdesk.ui.icons import ICON_DIR
from netdesk.ui.notifier import MAX_TIMER_MS, Notifier, real_ms_between
from netdesk.ui.operations import Operation
from netdesk.ui.today_view import discard, short_time
from netdesk.ui.widgets import fill, tooltip_as_written, tr

log = logging.getLogger("netdesk.ui")

MENU_ITEMS = 5  # due items listed at the top of the menu
# How often to look whether the system tray is there (a look costs ~0.1 ms): without one at
# start-up (at login the panel may come up after netdesk), for one coming up; with one, for
# it going away (the panel quit or crashed), when netdesk must not hide into it.
TRAY_LOOK_MS = 5_000
# Started in the tray (``--minimized``, at login) before the panel: the window stays hidden
# this long for a tray to come up, looked for every TRAY_WAIT_LOOK_MS, before netdesk shows
# it and lives without one. Shown at once, it stayed on screen all day at each login whose
# panel came up a few seconds after netdesk, and the "while closed" message went unseen.
TRAY_WAIT_MS = 20_000
# How often the "No system tray" note looks again whether the box open before it (a damaged
# database, an error) has been answered: one box at a time
NOTE_LATER_MS = 500
TRAY_WAIT_LOOK_MS = 500
MESSAGE_MS = 10_000
# A message is read at a glance: a note pasted whole (netdesk-cli followup --note, an import)
# made a balloon taller than the screen. The menu's tooltip and the card hold all of it.
MESSAGE_TITLE_CHARS = 80
MESSAGE_TEXT_CHARS = 300
ICS_DEBOUNCE_MS = 2_000
# A stale menu is also made again this long after a change, once per burst of changes: some
# D-Bus tray hosts never send AboutToShow, and their menu showed items done or deleted since.
MENU_LATER_MS = 3_000


MENU_TEXT_WIDTH = 360  # pixels of a due item's "name — note" before it is cut with "…"


def _menu_text(text: str, menu: QMenu) -> str:
    """``text`` (a name, a note) for a menu item, shown as written: a menu takes "&" for the
    mark of a shortcut letter, so "Smith & Co" read "Smith  Co" with the C underlined. A long
    text is cut to MENU_TEXT_WIDTH in ``menu``'s font (the whole of it in the item's
    tooltip): a long note made the tray's menu as wide as the screen."""
    text = menu.fontMetrics().elidedText(
        " ".join(text.split()), Qt.TextElideMode.ElideRight, MENU_TEXT_WIDTH
    )
    return text.replace("&", "&&")


class Window(Protocol):
    """What the tray needs of the main window (netdesk.ui.main_window.MainWindow)."""

    before_close: Callable[[QCloseEvent], bool] | None

    def open_contact(self, contact_id: int) -> None: ...
    def show_today(self) -> None: ...
    def log_interaction(self, contact_ids: list[int] | None = None, summary: str = "") -> None: ...
    def show(self) -> None: ...
    def hide(self) -> None: ...
    def isVisible(self) -> bool: ...
    def setWindowTitle(self, title: str) -> None: ...


def base_icon() -> QIcon:
    """netdesk's icon, or a drawn stand-in when the SVG is missing."""
    path = ICON_DIR / "netdesk.svg"
    if path.is_file():
        found = QIcon(str(path))
        if not found.isNull():
            return found
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2f6f9f"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(4, 4, 56, 56), 12, 12)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(36)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(4, 4, 56, 56), Qt.AlignmentFlag.AlignCenter, "n")
    painter.end()
    return QIcon(pixmap)


def badge_icon(icon: QIcon, count: int, size: int = 64) -> QIcon:
    """``icon`` with the due count painted in a red disc at the top right."""
    pixmap = icon.pixmap(size, size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    diameter = size * 0.6
    disc = QRectF(size - diameter, 0, diameter, diameter)
    painter.setBrush(QColor("#d32f2f"))
    painter.setPen(QColor("white"))
    painter.drawEllipse(disc)
    font = QFont()
    text = str(count) if count < 100 else "99+"
    font.setPixelSize(int(diameter * (0.62 if len(text) == 1 else 0.48)))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


def ask_close_to_tray(parent: QWidget | None) -> bool:
    """Told once: closing keeps netdesk in the tray. Returns True for "quit on close instead"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("netdesk keeps running"))
    box.setText(
        tr(
            "netdesk keeps running in the system tray so it can remind you when someone is due. "
            "Quit it from the tray icon's menu."
        )
    )
    keep = box.addButton(tr("Keep running in the tray"), QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(tr("Quit on close instead"), QMessageBox.ButtonRole.RejectRole)
    # Esc (or closing the box) dismisses the news; it must not turn close-to-tray off for good
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is quit_button


def tell_no_tray(parent: QWidget | None) -> QWidget:
    """Say, in a box left open beside the window, that there is no tray; returns the box."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("No system tray"))
    box.setText(
        tr(
            "This desktop has no system tray, so netdesk cannot keep running in the background. "
            "Due follow-ups are shown in the window title and the Today view while netdesk is "
            "open; closing the window quits netdesk."
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


@dataclasses.dataclass(frozen=True)
class _Made:
    """What the tray's icon or menu was made from: the database as its write stamp says
    (``Store.data_stamp``), the pause, and the span of time it holds for (from its reading to
    the next item falling due, midnight or the pause's end)."""

    stamp: tuple[int, int] | None
    paused: dt.datetime | None
    read_at: dt.datetime
    turn_at: dt.datetime

    def holds(
        self, stamp: tuple[int, int] | None, paused: dt.datetime | None, now: dt.datetime
    ) -> bool:
        """Whether reading again now would make the same."""
        return (
            stamp is not None
            and stamp == self.stamp
            and paused == self.paused
            and self.read_at <= now < self.turn_at  # the clock set back reads again too
        )


class ReminderTray(QObject):
    """The tray icon and its menu, the notifier, close-to-tray and the subscribed calendar."""

    def __init__(self, context: AppContext, window: Window) -> None:
        super().__init__()
        self.context = context
        self.window = window
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon = QSystemTrayIcon(self)
        self.icon.setObjectName("reminderTray")
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.menu.setToolTipsVisible(True)  # a due item cut short shows its whole text
        self.base_icon = base_icon()
        self.notifier = Notifier(context, self.show_plan, self)
        self.actions = FollowUpActions(context, self)
        self.calendar_feed = CalendarFeed(context, self)
        self.message_contact: int | None = None
        self.message_about_backup = False  # the last message said the daily backup failed
        self.message_about_feed = False  # the last message said the calendar was not written
        self._backup_problem = ""
        self._feed_problem = ""
        self._act_on: QMenu | None = None
        self._discarded: list[QWidget] = []  # "Act on" menus a dialog asked from is open over
        self.due_count = 0
        self.ask_close_to_tray: Callable[[QWidget | None], bool] = ask_close_to_tray
        self.tell_no_tray: Callable[[QWidget | None], QWidget | None] = tell_no_tray
        self._no_tray_box: QWidget | None = None  # "No system tray", while it is open
        self._no_tray_held = False  # see hold_no_tray_note()
        self._no_tray_owed = False  # to be told once nothing holds it back
        self.no_tray_later = QTimer(self)  # another box open: looked at again
        self.no_tray_later.setObjectName("noTrayLater")
        self.no_tray_later.setSingleShot(True)
        self.no_tray_later.setInterval(NOTE_LATER_MS)
        self.no_tray_later.timeout.connect(self._tell_no_tray)
        self._stop_at_quit: QCoreApplication | None = None  # stop() runs as it quits
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self._refresh_icon)
        # the menu is made again as it opens (aboutToShow) once something changed: made after
        # each change, its "Act on" submenus held the window 26-45 ms on 100,000 contacts
        self.menu_stale = True
        self.menu_later = QTimer(self)  # a stale menu made again while it is not open
        self.menu_later.setObjectName("trayMenuLater")
        self.menu_later.setSingleShot(True)
        self.menu_later.setInterval(MENU_LATER_MS)  # not interval=: fails in the Turkish locale
        self.menu_later.timeout.connect(self._build_menu_later)
        # What the icon and the menu were made from (``_Made``): an opening that finds it so
        # still shows the menu as it is. Read and made again each time it opened, the same
        # menu held the window 16-60 ms on 100,000 contacts.
        self._icon_made: _Made | None = None
        self._menu_made: _Made | None = None
        self._badge: tuple[int, QIcon] | None = None  # the last count's icon, made once
        self.tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable
        self._gone_at_last_look = False
        self.tray_watch = QTimer(self)  # a tray may come up, or the one there go away
        self.tray_watch.setObjectName("trayWatch")
        self.tray_watch.setInterval(TRAY_LOOK_MS)
        self.tray_watch.timeout.connect(self._look_for_tray)
        self.tray_wait = QTimer(self)  # started in the tray before the panel: how long to wait
        self.tray_wait.setObjectName("trayWait")
        self.tray_wait.setSingleShot(True)
        self.tray_wait.setInterval(TRAY_WAIT_MS)
        self.tray_wait.timeout.connect(self._no_tray_after_all)
        # The count, the menu and the tooltip follow the clock: an item falling due, midnight,
        # the end of a pause. The reminders' own next look may be hours later (in the quiet
        # hours, at their end; paused, at the next item due), and until then the tray said
        # "Nothing due" at 22:00 with an item due at 22:00, or "paused until 10:00" at noon.
        self.next_change = QTimer(self)
        self.next_change.setObjectName("trayNextChange")
        self.next_change.setSingleShot(True)
        self.next_change.timeout.connect(self._turn_over)
        # A tray shows one message at a time, a new one in place of the last: the failed
        # backup's, told as netdesk starts, took the place of the "became due while netdesk
        # was closed" one within milliseconds, and those reminders were never seen (they
        # are told once). It waits until the reminders' message has had its time.
        self.message_up = QTimer(self)  # running while a reminders' message is on screen
        self.message_up.setSingleShot(True)
        self.backup_message_later = QTimer(self)
        self.backup_message_later.setSingleShot(True)
        self.backup_message_later.timeout.connect(self._tell_backup_failed)
        self.feed_message_later = QTimer(self)
        self.feed_message_later.setSingleShot(True)
        self.feed_message_later.timeout.connect(self._say_feed_failed)

    def _parent_widget(self) -> QWidget | None:
        return self.window if isinstance(self.window, QWidget) else None

    def _refresh_later(self, _what: object) -> None:
        self._refresh_soon.start()

    def start(self) -> None:
        self.window.before_close = self.before_close
        self.icon.setIcon(self.base_icon)
        self._badge = None
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self.menu.aboutToShow.connect(self._opening)
        changes = self.context.changes
        # A change reaches the tray through the notifier's check of it (``checked``): one
        # refresh per change, in a turn of its own after the list's repaint. Both ran in the
        # same turn as the repaint, and a save on 100,000 contacts held the window ~80 ms.
        self.notifier.checked.connect(self._refresh_later)
        self.notifier.recorded_elsewhere.connect(self._recorded_elsewhere)
        changes.database_replacing.connect(self._database_replacing)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
            self._stop_at_quit = app
        self.tray_watch.start()
        if self.available:
            QApplication.setQuitOnLastWindowClosed(False)
            self.icon.show()
        elif not self.window.isVisible():
            # started in the tray (at login) before the panel: the window waits hidden for
            # one, and the reminders too (their message had nowhere to show, and was lost)
            self.tray_watch.setInterval(TRAY_WAIT_LOOK_MS)
            self.tray_wait.start()
        else:
            self._tell_no_tray()
        self.refresh()
        if not self.tray_wait.isActive():
            self.notifier.start()
        self.calendar_feed.failed.connect(self._tell_feed_failed)
        self.calendar_feed.written.connect(self._feed_written)
        self.calendar_feed.start()
        log.info("tray started (system tray %s)", "available" if self.available else "missing")

    def _recorded_elsewhere(self, before: int, after: int) -> None:
        """The reminders recorded a plan on the worker: the list takes that write for this
        netdesk's own, not another program's (every view read again)."""
        contacts = getattr(self.window, "contacts", None)
        if contacts is not None:
            contacts.took_in_own_write(before, after)

    def hold_no_tray_note(self) -> None:
        """The "No system tray" note waits until :meth:`release_no_tray_note`: start-up
        holds it until the day's backup has said whether the database is damaged, whose
        question comes first (the note opened over it)."""
        self._no_tray_held = True

    def release_no_tray_note(self, *_said: object) -> None:
        """What held the note back is over: told now if owed (see :meth:`_tell_no_tray`)."""
        if not self._no_tray_held:
            return
        self._no_tray_held = False
        if self._no_tray_owed:
            self._tell_no_tray()

    def _tell_no_tray(self) -> None:
        """Say once that there is no tray. Told with the window, not when the user may be
        typing: a box popping up later took the keys meant for the window. netdesk moves
        into a tray that comes up later (it quit on close all day long).

        One box at a time: held back (:meth:`hold_no_tray_note`), or with another box open
        (a damaged database's question, an error), it is told once that is over; not at
        all if the window is not on screen by then (told at a later start)."""
        settings = self.context.settings
        self.no_tray_later.stop()
        if self.available or settings.get(s.NO_TRAY_EXPLAINED):
            self._no_tray_owed = False
            return
        self._no_tray_owed = True
        if self._no_tray_held:
            return
        if QApplication.activeModalWidget() is not None:
            self.no_tray_later.start()
            return
        self._no_tray_owed = False
        if not self.window.isVisible():
            return
        settings.set(s.NO_TRAY_EXPLAINED, True)
        box = self.tell_no_tray(self._parent_widget())
        if box is not None:
            self._no_tray_box = box
            box.destroyed.connect(self._no_tray_box_gone)

    def _end_tray_wait(self) -> None:
        """The wait of a start in the tray is over: the reminders start, and a daily backup
        that failed meanwhile (said with no tray, and in a hidden window's status bar) is
        said now, by the icon or in the window."""
        self.tray_wait.stop()
        self.tray_watch.setInterval(TRAY_LOOK_MS)
        self.notifier.start()
        if self._backup_problem:
            say = getattr(self.window, "backup_failed", None)
            if self.window.isVisible() and callable(say):
                say(self._backup_problem)
            else:
                self._tell_backup_failed()
        if self._feed_problem:  # the calendar not written meanwhile: said as the backup's
            self._say_feed_failed()

    def _no_tray_after_all(self) -> None:
        """Started in the tray, and none came up: netdesk lives without one, on screen."""
        if not self.window.isVisible():  # (a second start meanwhile may have shown it)
            log.info("no system tray came up: the window is shown")
            self.show_window()
        self._tell_no_tray()
        self._end_tray_wait()

    def _look_for_tray(self) -> None:
        """Whether there is a system tray now: once one comes up, netdesk lives in it (the
        icon, close to tray); once it goes away, netdesk lives as it does without one."""
        there = self.tray_available()
        gone_before, self._gone_at_last_look = self._gone_at_last_look, not there
        if there and not self.available:
            self._tray_came_up()
        elif not there and self.available:
            if not gone_before and not self.window.isVisible():
                # a panel restarting (xfce4-panel -r, plasmashell, a new theme) is gone for a
                # moment: the hidden window comes back only if it is gone at the next look too
                return
            self._tray_went_away()

    def _tray_came_up(self) -> None:
        self.available = True
        self._no_tray_owed = False  # (not to be told any more)
        self.no_tray_later.stop()
        box, self._no_tray_box = self._no_tray_box, None
        if box is not None:  # still open, saying there is none: wrong from now on
            box.close()
        QApplication.setQuitOnLastWindowClosed(False)
        self.icon.show()
        self.window.setWindowTitle("netdesk")  # the due count is the icon's again
        self.refresh()
        log.info("a system tray came up: netdesk keeps running in it")
        if self.tray_wait.isActive():  # after the icon: a reminders' message shows by it
            self._end_tray_wait()

    def _tray_went_away(self) -> None:
        """The panel holding the tray quit or crashed: closing the window hid netdesk where
        nothing showed it again, running on unseen (its reminders too). It now quits on
        close, the due count in the window's title; a hidden window comes back on screen.
        The icon stays asked for: Qt puts it back in a tray that comes up again."""
        self.available = False
        QApplication.setQuitOnLastWindowClosed(True)
        self.refresh()
        log.info("the system tray went away: closing the window quits netdesk")
        if not self.window.isVisible():
            self.show_window()

    def _no_tray_box_gone(self) -> None:
        self._no_tray_box = None

    def stop(self) -> None:
        """At quit (or when a test is done): no more reminders, the calendar file written."""
        self.tray_watch.stop()
        self.tray_wait.stop()
        self.no_tray_later.stop()
        self.next_change.stop()
        if self._stop_at_quit is not None:
            self._stop_at_quit.aboutToQuit.disconnect(self.stop)
            self._stop_at_quit = None
        self.notifier.stop()
        self.calendar_feed.stop()
        self._refresh_soon.stop()
        self.menu_later.stop()
        self.message_up.stop()
        self.backup_message_later.stop()
        self.feed_message_later.stop()
        self.icon.hide()
        if self.window.before_close == self.before_close:
            self.window.before_close = None

    def _database_replacing(self, replacing: bool) -> None:
        """A restore replaces the database: no reminder or menu reads it meanwhile; afterwards
        the count, the menu, the reminders and the calendar are the restored data's."""
        if replacing:
            # the message still on screen named a contact by an id that, in the restored
            # data, may be someone else's: clicked afterwards it opens Today, not their card
            self.message_contact = None
            self._icon_made = self._menu_made = None  # of the old file: read all again after
            self.notifier.stop()
            self._refresh_soon.stop()
            self.menu_later.stop()
            self.calendar_feed.timer.stop()
            self.menu.setEnabled(False)
            return
        self.menu.setEnabled(True)
        # what the planner knew was of the old data (an item the backup holds unannounced may
        # be due before its last look): all of it planned again, not at the next change
        self.notifier.planner.forget()
        self.notifier.start()
        self.refresh()
        if self.calendar_feed.folder() is not None:
            self.calendar_feed.timer.start()

    # -- icon, tooltip, menu -----------------------------------------------------------------

    def refresh(self) -> None:
        """The count, the icon, the tooltip and the menu, read again."""
        if self._refresh_icon():
            self.menu_stale = True
            self._build_menu_if_stale()

    def _looked_at(self) -> tuple[tuple[int, int] | None, dt.datetime | None, dt.datetime]:
        """The database's write stamp, the pause and the time, as ``_Made.holds`` takes them
        (a few microseconds)."""
        try:
            stamp: tuple[int, int] | None = self.context.core.store.data_stamp()
        except Exception:  # a database gone or held: read again (and said why there)
            stamp = None
        return stamp, self.notifier.paused_until, self.context.core.clock.now()

    @staticmethod
    def _holds(
        made: _Made | None, looked: tuple[tuple[int, int] | None, dt.datetime | None, dt.datetime]
    ) -> bool:
        return made is not None and made.holds(*looked)

    def _opening(self) -> None:
        """The menu is about to open: what changed since it was made is read again (a write
        here or by another program, an item fallen due, a pause), nothing else."""
        if self.context.changes.replacing:
            return  # the database is away (a restore): the end of it refreshes
        looked = self._looked_at()
        if not self._holds(self._icon_made, looked):
            self.refresh()
        elif self.menu_stale or not self._holds(self._menu_made, looked):
            self.menu_stale = True
            self._build_menu_if_stale()

    def _refresh_icon(self) -> bool:
        """The count, the icon and the tooltip read again; the menu, unless what it was made
        from still holds, left to be made as it next opens or MENU_LATER_MS later, whichever
        is first. False while the database is away."""
        if self.context.changes.replacing:
            return False  # the database is away (a restore): the end of it refreshes
        # looked at before reading: a write meanwhile is read again at the next look
        looked = stamp, paused, now = self._looked_at()
        if not self._holds(self._menu_made, looked):  # the menu is still right, or:
            self.menu_stale = True
            if not self.menu_later.isActive():  # once per burst: the menu takes 30-60 ms
                self.menu_later.start()
        core = self.context.core
        self.due_count = core.follow_ups.count_due(now)
        count = self.due_count
        if self._badge is None or self._badge[0] != count:
            self._badge = (count, badge_icon(self.base_icon, count) if count else self.base_icon)
            self.icon.setIcon(self._badge[1])
        tooltip = self.tr("%Ln follow-up(s) due", "", count) if count else self.tr("Nothing due")
        if paused is not None:
            until = short_time(paused)  # as the user's clock reads it: "9:00 AM" in the US
            if paused.date() != now.date():
                # "until 09:00" read as this morning's, gone by: paused until tomorrow's
                until = fill(tr("tomorrow %1"), until)
            tooltip += "\n" + self.tr("Reminders paused until %1").replace("%1", until)
        turns = [next_midnight(now), core.follow_ups.next_due_after(now), paused]
        moment = min(m for m in turns if m is not None)
        self._icon_made = _Made(stamp, paused, now, moment)
        wait = real_ms_between(now, moment) + 1000  # the clock counts whole seconds
        self.next_change.start(max(0, min(wait, MAX_TIMER_MS)))
        self.icon.setToolTip(tooltip)
        if not self.available:
            title = "netdesk"
            if count:
                title += " — " + self.tr("%Ln due", "", count)
            self.window.setWindowTitle(title)
        return True

    def _build_menu_if_stale(self) -> None:
        if not self.menu_stale or self.context.changes.replacing:
            return
        if self.menu.isVisible():
            # not rebuilt under the pointer (a change meanwhile: a reminder falling due,
            # netdesk-cli writing): a click being made on it was lost, Quit too. The menu
            # reads everything again as it next opens (aboutToShow)
            return
        looked = stamp, paused, now = self._looked_at()
        due = self.context.core.follow_ups.due(now, limit=MENU_ITEMS)
        self._build_menu(due, self.due_count, paused)
        self.menu_stale = False
        # it holds as long as the count it says (the icon's) does, read from the same data
        icon = self._icon_made
        held = icon is not None and icon.holds(*looked)
        self._menu_made = _Made(stamp, paused, now, icon.turn_at) if held and icon else None

    def _build_menu_later(self) -> None:
        self._build_menu_if_stale()
        if self.menu_stale and self.menu.isVisible():
            self.menu_later.start()  # open: made again once it is closed

    def _turn_over(self) -> None:
        self._refresh_icon()

    def _build_menu(self, due: list[FollowUp], count: int, paused: dt.datetime | None) -> None:
        menu = self.menu
        if self._act_on is not None:  # clear() drops actions, not the submenus it owns
            # Done… or Reschedule… from it asks in a dialog it owns: kept while that is open
            self._discarded = discard([self._act_on], self._discarded)
            self._act_on = None
        menu.clear()
        # two of one name: "Henry Davies (Acme) — Ask about the intro"
        names = told_apart_names(self.context.core, [(f.contact_id, f.display_name) for f in due])
        for follow_up in due:
            name = names.get(follow_up.contact_id, follow_up.display_name)
            whole = f"{name} — {follow_up_note(follow_up)}"
            action = add_action(
                menu,
                _menu_text(whole, menu),
                partial(self.open_contact, follow_up.contact_id),
                "dueItem",
            )
            action.setData(follow_up.contact_id)
            action.setToolTip(tooltip_as_written(whole))
        if due:
            act_on = QMenu(self.tr("Act on a due item"), menu)
            act_on.setObjectName("actOnMenu")
            menu.addMenu(act_on)
            self._act_on = act_on
            for follow_up in due:
                name = names.get(follow_up.contact_id, follow_up.display_name)
                item_menu = self.actions.menu_for(follow_up, act_on)
                item_menu.setTitle(_menu_text(f"{name} — {follow_up_note(follow_up)}", act_on))
                act_on.addMenu(item_menu)
        if count > len(due):
            add_action(menu, self.tr("%Ln more…", "", count - len(due)), self.show_today)
        if not due:
            add_action(menu, self.tr("Nothing due"), lambda: None).setEnabled(False)
        menu.addSeparator()
        self._action(self.tr("Today"), self.show_today, "todayAction")
        self._action(self.tr("Log an interaction…"), self.log_interaction, "logAction")
        self._action(self.tr("Open netdesk"), self.show_window, "openAction")
        menu.addSeparator()
        if paused is not None:
            self._action(self.tr("Resume reminders"), lambda: self.pause(None), "resumeAction")
        self._action(
            self.tr("Pause reminders for 1 hour"),
            lambda: self.pause(self.context.core.clock.now() + dt.timedelta(hours=1)),
            "pauseHourAction",
        )
        self._action(
            self.tr("Pause reminders until tomorrow"),
            lambda: self.pause(tomorrow_morning(self.context.core.clock.now())),
            "pauseTomorrowAction",
        )
        menu.addSeparator()
        self._action(self.tr("Quit"), self.quit, "quitAction")

    def _action(self, text: str, slot: Callable[[], object], name: str) -> QAction:
        return add_action(self.menu, text, slot, name)

    def action(self, name: str) -> QAction:
        """The menu action with this object name (tests and the e2e log use these names)."""
        self._build_menu_if_stale()
        return next(a for a in self.menu.actions() if a.objectName() == name)

    # -- what the actions do -----------------------------------------------------------------

    def show_window(self) -> None:
        window = self.window
        if isinstance(window, QWidget):
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.raise_()
            window.activateWindow()
        else:
            window.show()

    def open_contact(self, contact_id: int) -> None:
        log.info("tray: opening contact %s", contact_id)
        self.show_window()
        self.window.open_contact(contact_id)

    def show_today(self) -> None:
        self.show_window()
        self.window.show_today()

    def log_interaction(self) -> None:
        self.show_window()
        self.window.log_interaction(None)

    def pause(self, until: dt.datetime | None) -> None:
        self.notifier.pause(until)
        self.refresh()

    def quit(self) -> None:
        """Quit netdesk for good: the window saves its state, then the application ends.

        The tray stops when the application is about to quit, not here: the window may keep
        netdesk running (unsaved edits the user chose to keep), and then the tray stays.
        """
        log.info("quit from the tray")
        quit_window = getattr(self.window, "quit", None)
        if callable(quit_window):
            quit_window()
        else:
            QApplication.quit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            # while a restore replaces the database the window shows its progress: Today
            # would read the database there and then, and failed for good (the basic page)
            if self.due_count and not self.context.changes.replacing:
                self.show_today()
            else:
                self.show_window()

    # -- notifications -----------------------------------------------------------------------

    def describe(self, reminder: Reminder, today: dt.date | None = None) -> tuple[str, str]:
        """(title, text) of one reminder's notification: who, and why. A birthday or
        anniversary before ``today`` (slept through, or netdesk closed) says when it was."""
        name = reminder.display_name
        day = reminder.due.date()
        if reminder.kind in ("birthday", "anniversary") and today is not None and day < today:
            return self._describe_late(reminder, today)
        if reminder.kind == "birthday":
            title = self.tr("%1's birthday").replace("%1", name)
            text = (
                self.tr("Turns %1 today.").replace("%1", str(reminder.years))
                if reminder.years is not None
                else self.tr("Birthday today.")
            )
            return title, text
        if reminder.kind == "anniversary":
            title = self.tr("%1's anniversary").replace("%1", name)
            text = (
                self.tr("%Ln year(s) today.", "", reminder.years)
                if reminder.years
                else self.tr("Anniversary today.")  # a year unknown: the message had no text
            )
            return title, text
        if reminder.note == CADENCE_NOTE:  # stored in English: said in the user's language
            return name, QCoreApplication.translate("netdesk", "Keep in touch")
        return name, reminder.note or self.tr("Follow up")

    def _describe_late(self, reminder: Reminder, today: dt.date) -> tuple[str, str]:
        """A birthday or anniversary of a day gone by (at most a week): "Turned 40 on
        Tuesday.", "Was yesterday."."""
        name = reminder.display_name
        day = reminder.due.date()
        yesterday = day == today - dt.timedelta(days=1)
        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        if reminder.kind == "anniversary":
            title = self.tr("%1's anniversary").replace("%1", name)
        else:
            title = self.tr("%1's birthday").replace("%1", name)
            if reminder.years is not None:
                years = str(reminder.years)
                if yesterday:
                    return title, self.tr("Turned %1 yesterday.").replace("%1", years)
                return title, fill(self.tr("Turned %1 on %2."), years, weekday)
        if yesterday:
            return title, self.tr("Was yesterday.")
        return title, self.tr("Was on %1.").replace("%1", weekday)

    def _summary_line(self, reminder: Reminder, today: dt.date) -> str:
        """One reminder among several in one message: "Ana's birthday — Turns 40 today",
        without the full stop before the next "; " and without "Birthday today" after
        "Henry's birthday" (nor "Anniversary today" after "Ana's anniversary")."""
        title, text = self.describe(reminder, today)
        if text in (self.tr("Birthday today."), self.tr("Anniversary today.")):
            text = ""
        return " — ".join(filter(None, (title, text.rstrip("."))))

    def show_plan(self, plan: Plan) -> None:
        """One message for the plan: by name when one item, as a summary otherwise."""
        # two people of one name in one message: "Henry Davies (Acme)", as the menu says; the
        # summary of missed items named two Henry Davies once, and "2 reminders due" twice alike
        names = told_apart_names(
            self.context.core,
            [(r.contact_id, r.display_name) for r in (*plan.missed, *plan.notify)],
        )
        if names:
            plan = dataclasses.replace(
                plan,
                missed=[_named(r, names) for r in plan.missed],
                notify=[_named(r, names) for r in plan.notify],
            )
        everyone = [*plan.missed, *plan.notify]
        today = (plan.at or self.context.core.clock.now()).date()
        if plan.missed:
            title = self.tr(
                "%Ln follow-up(s) became due while netdesk was closed", "", plan.missed_total
            )
            # the names are of those due while closed alone: one that fell due since the start
            # (held by the quiet hours of a login at 7:00) was named among them, three names
            # under "2 follow-ups became due while netdesk was closed"
            people = {r.contact_id: r.display_name for r in plan.missed}
            text = ", ".join(people.values())
            if plan.missed_total > len(plan.missed):  # only the first few were read
                text += ", …"
            # the rest said as in "2 reminders due", birthdays first: a birthday among the
            # names was not told apart from a follow-up
            rest = sorted(plan.notify, key=lambda r: r.follow_up_id is not None)
            told = [self._summary_line(r, today) for r in rest[:3]]
            more = len(rest) + plan.unnamed > 3
            text = "; ".join([text, *told]) + ("; …" if more else "")
        elif len(plan.notify) == 1:
            title, text = self.describe(plan.notify[0], today)
        else:
            title = self.tr("%Ln reminder(s) due", "", plan.notify_total)
            # birthdays first: after the follow-ups (as planned) they were cut with the "…"
            # once five follow-ups came with them, and the day's birthday went unsaid
            named = sorted(plan.notify, key=lambda r: r.follow_up_id is not None)
            text = "; ".join(self._summary_line(r, today) for r in named[:5])
            if plan.notify_total > 5:
                text += "; …"
        contacts = {r.contact_id for r in everyone}
        # the counted rest ("…") may be anyone's: the first few read all one person's, a
        # click opened that card, not the Today view listing the rest
        counted = plan.missed_total > len(plan.missed) or plan.unnamed
        self.message_contact = contacts.pop() if len(contacts) == 1 and not counted else None
        self.message_about_backup = self.message_about_feed = False
        self.post_message(_cut(title, MESSAGE_TITLE_CHARS), _cut(text, MESSAGE_TEXT_CHARS))
        self.message_up.start(MESSAGE_MS)
        log.info("message: %s — %s", title, text)

    def post_message(self, title: str, text: str) -> None:
        """The balloon next to the icon; without a tray, the window asks for attention."""
        if self.available and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, self.base_icon, MESSAGE_MS)
        elif isinstance(self.window, QWidget):
            QApplication.alert(self.window)  # no tray: the title and Today view say it

    def backup_failed(self, reason: str) -> None:
        """The daily backup could not be made: said in a message while the window is hidden
        to the tray. The window's status bar said it alone, and someone living in the tray
        never saw that a backup failed day after day (a full drive). Clicked, the message
        shows the window, and its status bar says it again. A minimized window's status bar
        is not seen either; a reminders' message on screen is left its time first."""
        self._backup_problem = reason
        self._tell_backup_failed()

    def _tell_backup_failed(self) -> None:
        if self.tray_wait.isActive():
            return  # nowhere to say it yet: said as the wait ends
        window = self.window
        if window.isVisible() and not (isinstance(window, QWidget) and window.isMinimized()):
            return  # its status bar says it
        if self.message_up.isActive():
            self.backup_message_later.start(max(0, self.message_up.remainingTime()))
            return
        reason = self._backup_problem
        self.message_contact = None
        self.message_about_backup = True
        self.message_about_feed = False
        self.post_message(
            self.tr("The daily backup failed"),
            _cut(reason, MESSAGE_TEXT_CHARS),
        )
        log.info("message: the daily backup failed: %s", reason)

    def _tell_feed_failed(self, target: Path, error: OSError) -> None:
        """The subscribed calendar could not be written (its folder read-only or full): said
        once, naming the file, until a write succeeds again. Only logged, the calendar app
        went on showing the follow-ups of the day it last worked, without a word."""
        from netdesk.ui.export_dialog import why

        self._feed_problem = fill(tr("Could not export to %1: %2"), str(target), why(error))
        self._say_feed_failed()

    def _feed_written(self, path: object) -> None:
        if path is not None:
            self._feed_problem = ""  # written again: nothing left to say
            self.feed_message_later.stop()  # (one waiting behind a reminder's message)

    def _say_feed_failed(self) -> None:
        if not self._feed_problem:  # written since: an empty "Export calendar" message was
            return  # posted when the wait behind a reminder's ended
        if self.tray_wait.isActive():
            return  # nowhere to say it yet (a start in the tray before the panel): said then
        window = self.window
        if window.isVisible() and not (isinstance(window, QWidget) and window.isMinimized()):
            self._show_in_status_bar(self._feed_problem)
            return
        if self.message_up.isActive():  # a reminders' message is left its time first
            self.feed_message_later.start(max(0, self.message_up.remainingTime()))
            return
        self.message_contact = None
        self.message_about_backup = False
        self.message_about_feed = True
        self.post_message(tr("Export calendar"), _cut(self._feed_problem, MESSAGE_TEXT_CHARS))
        log.info("message: %s", self._feed_problem)

    def _show_in_status_bar(self, text: str) -> None:
        status_bar = getattr(self.window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 15000)

    def _message_clicked(self) -> None:
        if self.message_about_feed and not self.context.changes.replacing:
            self.show_window()  # and its status bar says it again
            self._show_in_status_bar(self._feed_problem)
            return
        if self.context.changes.replacing or self.message_about_backup:
            # a restore: neither Today nor a card can be read; a backup: the window says it
            self.show_window()
            say = getattr(self.window, "backup_failed", None)
            if self.message_about_backup and callable(say):
                say(self._backup_problem)
            return
        contact_id = self.message_contact
        if contact_id is not None and self.context.core.contacts.summaries([contact_id]):
            self.open_contact(contact_id)
        else:
            # several people, or the one deleted or merged away since the message: opening
            # them cleared the user's search and filter to select no one
            self.show_today()

    # -- closing the window ------------------------------------------------------------------

    def before_close(self, event: QCloseEvent) -> bool:
        """Closing the window hides it to the tray (True), unless there is none or the user
        chose to quit on close (False: the window closes and netdesk quits)."""
        settings = self.context.settings
        self._look_for_tray()  # gone since the last look, it must not take the window
        if not self.available or not settings.get(s.CLOSE_TO_TRAY):
            return False
        if not settings.get(s.CLOSE_TO_TRAY_EXPLAINED):
            settings.set(s.CLOSE_TO_TRAY_EXPLAINED, True)
            if self.ask_close_to_tray(self._parent_widget()):
                settings.set(s.CLOSE_TO_TRAY, False)
                return False
        event.ignore()
        self.window.hide()
        log.info("window closed to the tray")
        return True


def _cut(text: str, limit: int) -> str:
    """``text`` on at most ``limit`` characters, cut with "…": after the last whole name or
    line of a summary when one ends in its second half ("Ana, Bob, …", not "Turns…")."""
    if len(text) <= limit:
        return text
    head = text[: limit - 2]
    end = max(head.rfind("; "), head.rfind(", "))
    if end > limit // 2:
        return head[: end + 2] + "…"
    return text[: limit - 1].rstrip() + "…"


def _named(reminder: Reminder, names: dict[int, str]) -> Reminder:
    name = names.get(reminder.contact_id)
    return reminder if name is None else dataclasses.replace(reminder, display_name=name)


def calendar_labels() -> dict[str, str]:
    """The calendar's texts in the user's language (``{name}`` is the contact's name)."""
    translate = QCoreApplication.translate
    return {
        "keep_in_touch": translate("netdesk", "Keep in touch"),  # as the menu and Today say
        "birthday": translate("ReminderTray", "%1's birthday").replace("%1", "{name}"),
        "anniversary": translate("ReminderTray", "%1's anniversary").replace("%1", "{name}"),
        "calendar": translate("CalendarFeed", "netdesk follow-ups"),
    }


class CalendarFeed(QObject):
    """Keeps ``netdesk.ics`` in the chosen folder current (debounced, atomic rewrite).

    The calendar holds every birthday, so it is built on the operations worker thread, never
    on the GUI thread; only the final write at quit waits for it. One write at a time: a
    change during one is written once after it. On 100,000 contacts a write takes most of a
    minute, and each edit queued another behind it on the one worker, ahead of the user's
    own import or bulk change, without end while the user kept editing.

    Signals:
        written(object): the Path written, or None when the write failed (GUI thread).
        failed(object, object): the file not written and why (an OSError); once for one
            reason, until a write succeeds again (GUI thread).
    """

    FILE_NAME = "netdesk.ics"
    written = Signal(object)
    failed = Signal(object, object)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ICS_DEBOUNCE_MS)
        self.timer.timeout.connect(self.write_in_background)
        self.pending = 0  # background writes not finished yet
        self._writing = False  # a write started and its ``written`` not handled yet
        self._again = False  # something changed during it: written again after it
        self._queued: QRunnable | None = None  # the last write handed to the worker
        self._ended = threading.Event()  # set when no write is under way on the worker
        self._ended.set()
        self.failure: tuple[Path, OSError] | None = None  # why the last write failed
        self._told: tuple[Path, int | None] | None = None  # the failure said, and its errno
        self.written.connect(self._write_ended)

    def folder(self) -> Path | None:
        text = self.context.settings.get(s.ICS_FOLDER)
        return Path(text) if text else None

    def start(self) -> None:
        self.context.changes.follow_ups_changed.connect(self.timer.start)
        self.context.changes.contacts_changed.connect(self._contacts_changed)
        if self.folder() is not None:
            self.timer.start()

    def _contacts_changed(self, _ids: object) -> None:
        self.timer.start()

    def stop(self) -> None:
        queued, self._queued = self._queued, None
        if self.pending:
            if queued is not None and Operation.pool().tryTake(queued):
                # not begun, behind an import or a bulk change that quitting cancels (app.main,
                # after this): waiting for the whole worker, it ran to its end first, a minute
                # and more of netdesk gone from the screen and still running. Written here.
                self.pending -= 1
                self._again = True
            else:
                self._ended.wait()  # never destroyed under a running write
        if self.timer.isActive() or self._again:
            self.timer.stop()
            self._again = False
            self.write()

    def _write_ended(self, path: object) -> None:
        self._writing = False
        if path is not None:
            self._told = None  # written again: a new failure is said again
        elif (failure := self.failure) is not None:
            said = (failure[0], failure[1].errno)
            if said != self._told:  # not at each edit while the folder stays read-only
                self._told = said
                self.failed.emit(*failure)
        if self._again:
            self._again = False
            self.timer.start()

    def write_in_background(self) -> None:
        """Rebuild the file on the worker thread (queued behind any running operation)."""
        folder = self.folder()
        if folder is None or self.context.changes.replacing:
            return  # a restore's end writes it again
        if self._writing:
            self._again = True  # once more when this one ends, with everything changed since
            return
        self._writing = True
        labels = calendar_labels()  # translated here: translators belong to the GUI thread
        store = self.context.core.store
        ended = self._ended

        def work() -> None:
            try:
                self.written.emit(self._write(folder, labels))
            except Exception as error:
                # PySide drops an exception escaping a callable run by QThreadPool without a
                # word: hand it to the error reporter (which shows it on the GUI thread)
                self.written.emit(None)
                sys.excepthook(type(error), error, error.__traceback__)
            finally:
                store.close_own()  # the worker's own connection
                self.pending -= 1
                ended.set()

        self.pending += 1
        ended.clear()
        runnable = self._queued = QRunnable.create(work)
        runnable.setAutoDelete(False)  # kept, for stop() to take back before it runs
        Operation.pool().start(runnable)

    def write(self) -> Path | None:
        """Rebuild the file now, on this thread (used at quit)."""
        folder = self.folder()
        return None if folder is None else self._write(folder, calendar_labels())

    def _write(self, folder: Path, labels: dict[str, str]) -> Path | None:
        target = folder / self.FILE_NAME
        self.failure = None
        from netdesk.core.backups import unmounted

        if (away := unmounted(folder)) is not None:
            # made now, the folder went under the empty mount point, on the local disk: the
            # calendar app, reading the drive's file once it was mounted, kept its old one
            log.warning("%s not written: no drive is mounted on %s", target, away)
            return None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # imported on first use (start-up need not load it)
            from netdesk.interop import ical

            ical.write_file(target, ical.calendar_bytes(self.context.core, labels=labels))
        except OSError as error:
            log.warning("could not update %s: %s", target, error)
            self.failure = (target, error)
            return None
        return target
