"""The Today view: overdue, due today, the next 7 days, birthdays, and cobwebs worth reviving."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Generator, Iterator
from functools import cache, partial

from PySide6.QtCore import (
    QDate,
    QLocale,
    QObject,
    QRectF,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core import reminders
from netdesk.core.birthdays import Occasion, occasions_between
from netdesk.core.clock import Clock
from netdesk.core.contacts import BulkCancelled
from netdesk.core.types import ContactSummary, FollowUp
from netdesk.ui.context import AppContext
from netdesk.ui.errors import show_problem
from netdesk.ui.follow_up_actions import (
    FollowUpActions,
    add_action,
    follow_up_note,
    shown_with_time,
    told_apart_names,
)
from netdesk.ui.notifier import real_ms_between
from netdesk.ui.today_problem import ReadProblem, WorkerRead
from netdesk.ui.undo import Cancelled, Progress, _BulkCommand, push
from netdesk.ui.widgets import fill, plain_label, relative_past, tr, without_mnemonic

log = logging.getLogger("netdesk.ui")

SECTIONS = ("overdue", "today", "later", "week", "birthdays", "cobwebs")
# Rows a section shows before "Show more": each row is a few widgets, and on 100,000 contacts
# a week holds ~500 birthdays (all of them took 5 s to show).
TODAY_PAGE = 20
# rows below the window's height made in one turn of the event loop: 20 took 40-55 ms of CPU
# a turn on 100,000 contacts (each follow-up row is five widgets, laid out with the page)
OWED_ROWS_A_TURN = 8
SNOOZE_ALL_ON_THE_GUI_THREAD = 100  # more overdue items are snoozed on the worker (0.25 s)


def short_date(day: dt.date, today: dt.date | None = None) -> str:
    """ "Tue 3 Mar", with the year when it is not ``today``'s: a yearly cadence's next
    follow-up read as a date this week ("Mon 29 Nov" on Sunday 29 November)."""
    form = "ddd d MMM" if today is None or day.year == today.year else "ddd d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def short_time(moment: dt.datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def late_text(days: int) -> str:
    """How late, in a unit a person reads at a glance: "3 days", "5 months", "7 years" (an
    old import's cadences can be thousands of days behind)."""
    if days < 60:
        return tr("%Ln day(s) late", None, days)
    if days < 730:
        return tr("%Ln month(s) late", None, days // 30)
    return tr("%Ln year(s) late", None, days // 365)


def describe_follow_up(follow_up: FollowUp, now: dt.datetime, *, with_name: bool = True) -> str:
    """ "Ana — Send the proposal · 3 days late" (or the time today, or the date ahead); without
    the name on the contact's own card."""
    due = follow_up.effective_due
    timed = shown_with_time(follow_up)
    late = reminders.days_late(due, now)
    if late:
        # widgets.tr with a positional n: lupdate records it as a plural (not so with n=).
        when = late_text(late)
    elif due.date() == now.date():
        when = short_time(due) if timed else tr("today")
    elif due.date() == now.date() + dt.timedelta(days=1):
        # a snooze to "Tomorrow (9:00)" reads back as said, not as a date to work out
        when = fill(tr("tomorrow %1"), short_time(due)) if timed else tr("tomorrow")
    else:
        when = short_date(due.date(), now.date())
        if timed:
            when += " " + short_time(due)
    what = f"{follow_up_note(follow_up)} · {when}"
    return f"{follow_up.display_name} — {what}" if with_name else what


# A QTimer counts only the time the machine is awake: after a suspend, a turn-over it waits
# for comes as late as the machine slept (a laptop opened on Monday showed Friday's Today for
# hours). A look at the clock once a minute, which reads nothing else, catches it.
CLOCK_CHECK_MS = 60_000


class ClockCheck(QTimer):
    """Looks at the clock once a minute and says when it has passed ``turns_over_at`` (the
    moment a view changes next: midnight, the next item falling due), once per moment set.

    Signals:
        passed(): the clock is at or past ``turns_over_at``.
    """

    passed = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.turns_over_at: dt.datetime | None = None
        self.setObjectName("clockCheck")
        self.setInterval(CLOCK_CHECK_MS)
        self.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timeout.connect(self.look)
        self.start()

    def look(self) -> None:
        if self.turns_over_at is not None and self.clock.now() >= self.turns_over_at:
            self.turns_over_at = None
            self.passed.emit()


def discard(widgets: list[QWidget], waiting: list[QWidget]) -> list[QWidget]:
    """Hide ``widgets`` (rows, a tray submenu) and delete them with those ``waiting`` from an
    earlier call, unless a dialog or a menu is open: a Reschedule… or Pick a date… asked from
    a row's menu is that row's child, and a rebuild meanwhile (the next item falling due,
    midnight, a change elsewhere) deleted it with the date being picked; a row's Snooze or ⋯
    menu open then was deleted under its running exec(), and netdesk crashed. Returns those
    kept for later."""
    for widget in widgets:
        widget.hide()
    kept = [*waiting, *widgets]
    if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
        return kept
    for widget in kept:
        widget.deleteLater()
    return []


@dataclasses.dataclass(frozen=True, slots=True)
class RowItem:
    """What one row shows: its text, the contact it opens, the follow-up its buttons act on."""

    text: str
    contact_id: int
    follow_up: FollowUp | None = None


class Row(QFrame):
    """One line of a section: a name that opens the contact, what is due, and buttons.

    The keyboard reaches it (Tab, or the arrows from row to row): Enter opens the contact;
    Enter on one of its buttons presses that button (a tool button takes only Space).

    Signals:
        activated(): Enter on the row itself.
        stepped(int): Up (-1) or Down (+1) on the row itself.
    """

    activated = Signal()
    stepped = Signal(int)

    def __init__(self, text: str, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(text)  # said as the arrows reach it (a frame says nothing)
        self.contact_id = contact_id
        self.follow_up_id: int | None = None
        self.text = text
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(4, 2, 4, 2)
        self.follow_up: FollowUp | None = None
        self.label = plain_label(text)  # a name and a note: never read as HTML
        self.label.setObjectName("todayRowText")
        self.label.setWordWrap(True)
        self.layout_.addWidget(self.label, 1)
        self._said: list[tuple[QToolButton, str]] = []  # each button and what it says of itself
        self._menus: list[tuple[QToolButton, Callable[[QMenu], object]]] = []

    def show_item(self, text: str, contact_id: int, follow_up: FollowUp | None = None) -> None:
        """Show ``text`` (and act on ``contact_id``, ``follow_up``) with the widgets this row
        has: a rebuild that made every row anew cost 150-350 ms on 100,000 contacts. A menu
        already made is made again when it next opens, as a new row's would be."""
        self.contact_id = contact_id
        if follow_up is not None:
            self.follow_up, self.follow_up_id = follow_up, follow_up.id
        if text != self.text:
            self.text = text
            self.label.setText(text)
            self.setAccessibleName(text)
            for button, said in self._said:
                button.setAccessibleName(fill(tr("%1: %2"), said, text))
        for button, make in self._menus:
            old = button.menu()
            if not old.isEmpty():  # made for what the row showed before, or at another hour
                _menu_when_opened(button, make)
                old.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        focused = QApplication.focusWidget()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(focused, QToolButton):  # one of the row's own
                press(focused)
            else:
                self.activated.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and focused is self:
            self.stepped.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # where the keyboard is, as a list shows its current row
            # drawn here: the style's focus frame (Fusion's) shows only after a Tab, not after
            # an arrow or a rebuild moved the focus
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)

    def add_button(self, name: str, text: str, tooltip: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tooltip or text)
        # read out with its row: "Done…" on every row (and "⋯", nothing at all) said nothing
        # of whom it was for
        said = _said(tooltip or text)
        button.setAccessibleName(fill(tr("%1: %2"), said, self.text))
        self._said.append((button, said))
        button.setAutoRaise(True)
        self.layout_.addWidget(button)
        return button

    def add_follow_up_buttons(
        self, follow_up: FollowUp, actions: FollowUpActions, owner: QWidget
    ) -> None:
        """Done…, Snooze and ⋯ (reschedule, skip, open) for one follow-up: the one the row
        shows when they are used (``show_item`` may give the row another)."""
        assert follow_up.id is not None
        self.follow_up, self.follow_up_id = follow_up, follow_up.id
        self.add_button("doneButton", self.tr("Done…")).clicked.connect(
            lambda _=False: actions.done(self._shown().id, owner)  # type: ignore[arg-type]
        )
        snooze = self.add_button("snoozeButton", self.tr("Snooze"))
        self._add_menu(
            snooze,
            lambda menu: actions.snooze_menu(self._shown().id, snooze, into=menu),  # type: ignore[arg-type]
        )
        more = self.add_button("moreButton", "⋯", self.tr("More actions"))
        self._add_menu(more, lambda menu: actions.menu_for(self._shown(), more, into=menu))

    def buttons(self) -> list[QToolButton]:
        """The row's buttons, left to right."""
        return [button for button, _said in self._said]

    def _shown(self) -> FollowUp:
        assert self.follow_up is not None
        return self.follow_up

    def _add_menu(self, button: QToolButton, make: Callable[[QMenu], object]) -> None:
        _menu_when_opened(button, make)
        self._menus.append((button, make))


# what a button says of itself: the same few words on every row (a regular expression each,
# 4 a row, was a tenth of making a row)
_said = cache(without_mnemonic)


def press(button: QToolButton) -> None:
    """Enter on a focused tool button of the view: what a click does (a tool button takes only
    Space, and Enter on "Done…" or "Show more" did nothing)."""
    if button.menu() is not None:
        button.showMenu()
    else:
        button.click()


def _menu_when_opened(button: QToolButton, fill: Callable[[QMenu], object]) -> None:
    """Give ``button`` a menu whose actions are made the first time it opens: made up front,
    the Today view's 150 follow-up rows cost 1,850 actions and a quarter of a second."""
    menu = QMenu(button)

    def fill_once() -> None:
        if menu.isEmpty():
            fill(menu)

    menu.aboutToShow.connect(fill_once)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)


class Section(QWidget):
    def __init__(self, name: str, title: str, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"todaySection_{name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.title = QLabel(f"<b>{title}</b>")
        self.title_text = title
        # "(n)" after the title: how many there are, not only shown (Worth reviving is not
        # counted: it picks three of however many have gone quiet, and "(3)" read as all)
        self.counted = True
        self.empty = QLabel(empty_text)
        # a quieter colour, not a disabled label: that one read 1.6:1 against the window
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.header = QHBoxLayout()  # the title, and an action on the whole section if any
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.title)
        self.header.addStretch(1)
        layout.addLayout(self.header)
        layout.addWidget(self.empty)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(0)
        layout.addLayout(self.rows_box)
        self.more = QToolButton()
        self.more.setObjectName(f"todayMore_{name}")
        self.more.setAutoRaise(True)
        self.more.hide()
        self.more.clicked.connect(self._show_more)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.made: list[Row] = []  # the rows made, top to bottom
        # the items below them, whose rows are made on later turns of the event loop
        self._owed: list[RowItem] = []
        self._make_row: Callable[[RowItem], Row] = lambda item: Row(item.text, item.contact_id)
        self._discarded: list[QWidget] = []  # rows a dialog asked from is still open over
        self.limit = TODAY_PAGE  # rows asked for; "Show more" raises it a page at a time
        self.wants_more: Callable[[], None] = lambda: None
        self._first_new: int | None = None  # see _show_more
        self.grown: Callable[[], None] = lambda: None  # rows were made (the Tab order follows)

    @property
    def rows(self) -> list[Row]:
        """Every row of the section, top to bottom: those still owed are made now."""
        self.make_owed()
        return self.made

    def owes(self) -> bool:
        return bool(self._owed)

    def _show_more(self) -> None:
        self.limit += TODAY_PAGE
        # pressed from the keyboard, the last page shown: the button went, and the keyboard
        # with it to whatever came next ("Snooze all" at the top); it goes to the first row
        # the button showed (show_items)
        self._first_new = len(self.made) if self.more.hasFocus() else None
        self.wants_more()

    def show_items(
        self,
        items: list[RowItem],
        make_row: Callable[[RowItem], Row],
        total: int | None = None,
        *,
        room: int | None = None,
    ) -> bool:
        """Show ``items``: the first page of ``total`` (default: all of them). The rows shown
        are given the new items in place (``Row.show_item``) and only the rest are made, as
        ``make_row`` does, up to ``room`` rows in all (default: every one): the others are
        owed, made by ``make_owed``. While a dialog or a menu is open (a row's child, or under
        its exec()) every row is made anew and the old ones are kept until it closes. Returns
        whether a row was made."""
        in_use = QApplication.activeModalWidget() is not None or QApplication.activePopupWidget()
        kept = [] if in_use else self.made[: len(items)]
        self._discarded = discard(list[QWidget](self.made[len(kept) :]), self._discarded)
        for row, item in zip(kept, items, strict=False):
            row.show_item(item.text, item.contact_id, item.follow_up)
        self.made = kept
        self._owed, self._make_row = items[len(kept) :], make_row
        made = self._make(len(self._owed) if room is None else room - len(kept))
        total = len(items) if total is None else total
        self.empty.setVisible(not items)
        count = f" ({QLocale().toString(total)})" if total and self.counted else ""
        self.title.setText(f"<b>{self.title_text}</b>{count}")
        hidden = total - len(items)
        self.more.setText(self.tr("Show %Ln more", "", min(hidden, TODAY_PAGE)))
        self.more.setToolTip(self.tr("%Ln not shown", "", hidden))
        self.more.setVisible(hidden > 0)
        first_new, self._first_new = self._first_new, None
        if first_new is not None and hidden <= 0 and first_new < len(self.made):
            # (where the button was: on screen, no scrolling needed)
            self.made[first_new].setFocus(Qt.FocusReason.OtherFocusReason)
        return made > 0

    def make_owed(self, most: int | None = None) -> int:
        """Make the rows of (at most ``most`` of) the items still owed; returns how many."""
        made = self._make(len(self._owed) if most is None else most)
        if made:
            self.grown()
        return made

    def _make(self, most: int) -> int:
        owed, self._owed = self._owed[: max(most, 0)], self._owed[max(most, 0) :]
        for item in owed:
            row = self._make_row(item)
            self.rows_box.addWidget(row)
            row.show()
            self.made.append(row)
        return len(owed)


class SnoozeAll(_BulkCommand):
    """ "Snooze all" on the overdue items (back from a holiday, 300 of them): one change, one
    undo entry, one refresh, instead of 300 Snooze menus. Undo puts each back as it was. Many
    (~2.5 ms each) run on the worker behind a progress dialog with Cancel, as bulk changes do;
    the items are read there too (the 4,425 of the 100,000-contact bench took 0.47 s to read).

    Args:
        count: how many are due before ``due_before`` (the undo entry's text, and whether it
            runs on the worker).
        due_before: the items snoozed are those due before it (today's midnight).
        until: when they fall due again.
    """

    def __init__(
        self, context: AppContext, count: int, due_before: dt.datetime, until: dt.datetime
    ) -> None:
        super().__init__(context, tr("Snooze %Ln follow-up(s)", None, count))
        self.count = count
        self.due_before = due_before
        self.before: list[FollowUp] = []  # as the first run found them (an undo puts them back)
        self.until = until
        self.after: list[FollowUp] = []  # as the first run left them (a redo puts them back)
        self.ids: list[int] = []
        self.working = tr("Snoozing follow-ups…")

    def big(self) -> bool:
        return self.count > SNOOZE_ALL_ON_THE_GUI_THREAD

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        follow_ups = self.context.core.follow_ups
        again = undoing or bool(self.after)
        after: list[FollowUp] = []
        with self.context.core.store.transaction():  # all or nothing: a cancel changes nothing
            if again:
                items = self.before if undoing else self.after
            else:  # what is overdue as it runs (netdesk-cli may have added one since)
                total = follow_ups.between(dt.datetime.min, self.due_before, limit=1)[1]
                items = follow_ups.between(dt.datetime.min, self.due_before, limit=max(total, 1))[0]
            for done, item in enumerate(items):
                if cancelled is not None and cancelled():
                    raise BulkCancelled(f"snoozing {len(items)} follow-ups was cancelled")
                if again:
                    follow_ups.put_back(item)
                elif item.id is not None:
                    after.append(follow_ups.snooze(item.id, self.until))
                if progress is not None and done % 25 == 0:
                    progress(done, len(items))
        if not again:
            self.before, self.after = items, after
            self.ids = sorted({item.contact_id for item in items})


FOLLOW_UP_SECTIONS = ("overdue", "today", "later", "week")


def follow_up_window(name: str, now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """The due moments [since, until) a section of follow-ups lists at ``now``. "Due today"
    is what is due by now, as the tray counts it (count_due: due at or before now); an item
    later today (a call at 15:00, one snoozed to this afternoon) is not due yet: "Due today
    (11)" counted it while the tray and the view's own count said 10."""
    midnight = dt.datetime.combine(now.date(), dt.time())
    tomorrow = midnight + dt.timedelta(days=1)
    just_after = now + dt.timedelta(microseconds=1)
    return {
        "overdue": (dt.datetime.min, midnight),
        "today": (midnight, just_after),
        "later": (just_after, tomorrow),
        "week": (tomorrow, midnight + dt.timedelta(days=8)),
    }[name]


@dataclasses.dataclass
class TodaySeen:
    """The sections as last read: a page of each (``follow_ups``: section name -> its items
    and how many there are), every occasion of the days shown, who is worth reviving, and
    how many follow-ups are due."""

    read_at: dt.datetime
    follow_ups: dict[str, tuple[list[FollowUp], int]]
    occasions: list[Occasion]
    revive: list[ContactSummary]
    due_now: int
    no_rhythm: bool = False  # no active contact has a keep-in-touch rhythm (own or a tag's)


class TodayView(QWidget):
    """What needs doing today, refreshed whenever follow-ups, contacts or the journal change.

    Args:
        read_at_once: read and show the sections before returning; else (the window's first
            open) the sections are read a step per turn of the event loop and shown once
            read, the page showing only its header meanwhile: read at once, the first open
            on 100,000 contacts held the window ~80 ms before it switched page.
    """

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, read_at_once: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self.context = context
        self.item_actions = FollowUpActions(context, self)
        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("todayHeader")
        outer.addWidget(self.header)
        self.due_label = QLabel()
        self.due_label.setObjectName("todayDueCount")
        outer.addWidget(self.due_label)
        # without a rhythm anywhere nothing falls due by itself: said, with where to set one
        self.rhythm_hint = QLabel(
            self.tr("Nothing comes due by itself until someone has a keep-in-touch rhythm.")
            + ' <a href="#rhythm">'
            + self.tr("How to set one")
            + "</a>"
        )
        self.rhythm_hint.setObjectName("todayNoRhythm")
        self.rhythm_hint.setWordWrap(True)
        self.rhythm_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.rhythm_hint.linkActivated.connect(lambda _link: self.explain_rhythm())
        self.rhythm_hint.hide()
        outer.addWidget(self.rhythm_hint)
        # a read the database refused (another program holding it): said here, read again
        # by itself after a pause and on "Try again"; the page showed only its header, with
        # an error box, until something changed elsewhere
        self.problem = ReadProblem(self)
        self.problem.try_again.connect(self._try_again)
        outer.addWidget(self.problem)
        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        # the keyboard goes to the rows (the arrows move between them), not to the area; Page
        # Up and Down still reach it from a row
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = self.body = QWidget()
        self.body_layout = QVBoxLayout(body)
        titles = {
            "overdue": (self.tr("Overdue"), self.tr("Nothing overdue.")),
            "today": (self.tr("Due today"), self.tr("Nothing else due today.")),
            "later": (self.tr("Later today"), ""),  # shown only when something is
            "week": (self.tr("Next 7 days"), self.tr("Nothing in the next 7 days.")),
            "birthdays": (self.tr("Birthdays and anniversaries"), self.tr("None this week.")),
            "cobwebs": (
                self.tr("Worth reviving"),
                self.tr("No one important has gone quiet."),
            ),
        }
        self.sections: dict[str, Section] = {}
        for name in SECTIONS:
            title, empty = titles[name]
            self.sections[name] = Section(name, title, empty, body)
            self.sections[name].wants_more = partial(self._more, name)
            self.sections[name].grown = self._chain_tab_order
            self.body_layout.addWidget(self.sections[name])
        self.sections["cobwebs"].counted = False
        self.body_layout.addStretch(1)
        self.snooze_all = QToolButton()
        self.snooze_all.setObjectName("todaySnoozeAll")
        self.snooze_all.setText(self.tr("Snooze all"))
        self.snooze_all.setToolTip(self.tr("Put off every overdue follow-up (one undo)"))
        self.snooze_all.setAutoRaise(True)
        _menu_when_opened(self.snooze_all, self._fill_snooze_all)
        self.sections["overdue"].header.addWidget(self.snooze_all)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        outer.addStretch(0)  # keeps the header on top while the sections are hidden (problem)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._refresh_if_shown)
        self._stale = False
        self._refreshed_on: dt.date | None = None
        self._seen: TodaySeen | None = None  # what the sections were last read as
        self._turns_at = dt.datetime.max  # when what they show changes next (see _more)
        # Left open, the view turns over at midnight and when the next follow-up falls due.
        self.next_change = QTimer(self)
        self.next_change.setObjectName("todayNextChange")
        self.next_change.setSingleShot(True)
        self.next_change.setTimerType(Qt.TimerType.PreciseTimer)  # coarse may be 5% early
        self.next_change.timeout.connect(self._pending.start)
        self._steps: Generator[None, None, TodaySeen] | None = None  # a read under way
        self._steps_at = dt.datetime.min  # the moment it reads for
        self._worker_read: WorkerRead | None = None  # a read after a refusal, under way
        self._next_step = QTimer(self)
        self._next_step.setSingleShot(True)
        self._next_step.setInterval(0)
        self._next_step.timeout.connect(self._read_step)
        # the rows below what the window can show, made a few a turn after it is painted
        self._owed_rows = QTimer(self)
        self._owed_rows.setSingleShot(True)
        self._owed_rows.setInterval(0)
        self._owed_rows.timeout.connect(self._make_owed_rows)
        self._row_height: int | None = None  # the least height of a row, once known
        # the first open's rows made while the sections are hidden, up to as many as fit
        self._room_before_shown = 0
        self._first_rows = QTimer(self)
        self._first_rows.setSingleShot(True)
        self._first_rows.setInterval(0)
        self._first_rows.timeout.connect(self._make_rows_before_shown)
        self.clock_check = ClockCheck(context.core.clock, self)  # the turn-over after a suspend
        self.clock_check.passed.connect(self._pending.start)
        changes = context.changes
        changes.follow_ups_changed.connect(self._pending.start)
        changes.contacts_changed.connect(self._data_changed)
        changes.journal_changed.connect(self._data_changed)
        if read_at_once:
            self.refresh()
        else:  # the sections come in one piece once read: none says "Nothing due" meanwhile
            body.hide()
            self._show_header(context.core.clock.now().date())
            self._read_in_steps()

    def _data_changed(self, _ids: object) -> None:
        self._pending.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a button of a section's header ("Snooze all", "Show more") presses it,
        as on a row's."""
        focused = QApplication.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focused, QToolButton) and self.isAncestorOf(focused):
            press(focused)
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # the rows still owed are made once what they would be below is on the screen: a
        # timer started with them came before the paint (Qt paints ~16 ms after a change)
        # (on a first open, once the sections are shown: those that fit come first)
        if self._owes() and not self.body.isHidden() and not self._owed_rows.isActive():
            self._owed_rows.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        today = self.context.core.clock.now().date()
        reading = self._steps is not None and self._steps_at.date() == today
        if not reading and (self._stale or self._refreshed_on != today):
            self._pending.start()  # something changed while hidden, or the day did
        # Ctrl+2 from the list: the arrows and Enter work at once (after the page switch,
        # which gives the focus to whatever comes first in the page)
        QTimer.singleShot(0, self, self._focus_a_row)  # not after the view is gone

    def rows(self) -> list[Row]:
        """Every row shown, top to bottom (those still owed are made now)."""
        return [row for name in SECTIONS for row in self.sections[name].rows]

    def _made_rows(self) -> list[Row]:
        """The rows made so far, top to bottom."""
        return [row for name in SECTIONS for row in self.sections[name].made]

    def _focused_row(self) -> Row | None:
        focused = QApplication.focusWidget()
        # a row, one of its buttons, or that button's open menu: walked up from anywhere else
        # (the list, "Snooze all"), each widget on the way out to the window came to Python
        # for the first time on the first open (10-50 ms)
        for _ in range(2):
            if focused is None or focused is self or isinstance(focused, Row):
                break
            focused = focused.parentWidget()
        return focused if isinstance(focused, Row) and focused in self._made_rows() else None

    def _focus_a_row(self, near: tuple[str, int, int | None, int] | None = None) -> None:
        """Give the keyboard to a row when the view is shown with the focus elsewhere in the
        window, or after a rebuild took away the focused one: the row of the same item (or
        at its place, ``near``: section, index, follow-up id, contact id), else the first."""
        if not self.isVisible():
            return
        rows = self._made_rows()
        focused = QApplication.focusWidget()
        if not rows or focused is None or not self.window().isAncestorOf(focused):
            return  # no window of ours is active, or a dialog or another window has it
        if near is None and self._focused_row() is not None:
            return
        target = rows[0]
        if near is not None:
            section, index, follow_up_id, contact_id = near
            key = (follow_up_id, contact_id)
            same = [r for r in rows if (r.follow_up_id, r.contact_id) == key]
            if not same and self._owes():  # further down, in a row still to make
                same = [r for r in self.rows() if (r.follow_up_id, r.contact_id) == key]
            there = self.sections[section].made
            if index >= len(there):  # at its place, if a row is to be made there
                there = self.sections[section].rows
            target = same[0] if same else there[min(index, len(there) - 1)] if there else target
        self._give_focus(target)

    def _give_focus(self, row: Row) -> None:
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(row)

    def _step(self, row: Row, step: int) -> None:
        rows = self.rows()
        if row in rows and 0 <= rows.index(row) + step < len(rows):
            self._give_focus(rows[rows.index(row) + step])

    def _refresh_if_shown(self) -> None:
        """Rebuild now if the view can be seen, else when it is next shown: hidden, it used to
        rebuild its rows after every edit anywhere (on 100,000 contacts 630 rows, 2.3 s)."""
        if self.isVisible():
            self._read_in_steps()
        else:
            self._stale = True

    def row_texts(self, section: str) -> list[str]:
        return [row.text for row in self.sections[section].rows]

    def refresh(self) -> None:
        """Read every section again and show it."""
        self._steps = None  # a read in steps under way is overtaken
        self._overtake_worker_read()
        now = self.context.core.clock.now()
        with self._said_if_refused():
            self._seen = self._read(now)
            self._show(self._seen, now)

    @contextlib.contextmanager
    def _said_if_refused(self) -> Iterator[None]:
        """A read the database refuses inside (locked by another program, its file gone) is
        said in the page (``ReadProblem``), which reads again by itself after a pause; any
        other error goes on up (to the error hook)."""
        try:
            yield
        except Exception as error:
            problem = self.context.core.store.read_problem(error)
            if problem is None:
                raise
            log.warning("Today could not be read: %s", problem)
            shown_before = self._refreshed_on is not None
            if not shown_before:  # no section says "Nothing due" of what was not read
                self.body.hide()
                self.scroll_area.hide()  # nor an empty area with a scroll bar
            self.problem.refused(problem, shown_before=shown_before)

    def _try_again(self) -> None:
        """The pause after a refused read is over, or "Try again" was pressed."""
        if self.isVisible():
            self._read_in_steps()
        else:  # read when next shown
            self._stale = True

    def _more(self, name: str) -> None:
        """Show more of one section (its ``limit`` raised): only that section is read again,
        the others are shown as last read. Reading all five again took most of a "Show
        more" on 100,000 contacts (the birthdays of a week, the contacts worth reviving),
        for rows that had not changed. Anything written since, the day gone by, an item
        fallen due (from Later today into Due today), or a refresh waiting, and it is a
        whole refresh."""
        if not self.problem.isHidden():
            # after a refused read, on the worker as the retries are: read here, each
            # "Show more" waited the busy timeout (5 s) with the window frozen while the
            # database was still held
            self._read_on_worker()
            return
        core = self.context.core
        now = core.clock.now()
        seen = self._seen
        if (
            seen is None
            or self._stale
            or self._pending.isActive()
            or self._steps is not None
            or now < seen.read_at
            or now.date() != seen.read_at.date()
            or now >= self._turns_at
        ):
            self.refresh()
            return
        with self._said_if_refused():
            if name in seen.follow_ups:
                since, until = follow_up_window(name, now)
                seen.follow_ups[name] = core.follow_ups.between(
                    since, until, limit=self.sections[name].limit
                )
            seen.due_now = core.follow_ups.count_due(now)  # what fell due since the last read
            self._show(seen, now)

    def _read(self, now: dt.datetime) -> TodaySeen:
        """What the sections show, read at once (``_reads`` without its pauses)."""
        reads = self._reads(now)
        while True:
            try:
                next(reads)
            except StopIteration as read:
                seen: TodaySeen = read.value
                return seen

    def _reads(self, now: dt.datetime) -> Generator[None, None, TodaySeen]:
        """What the sections show, each a page of its ``limit`` (core calls only): a read at
        each step, the sections as the value of the last."""
        core = self.context.core
        today = now.date()
        # Each section is its own page: a long backlog of overdue items must not push today's
        # and this week's out of sight.
        follow_ups = {}
        for name in FOLLOW_UP_SECTIONS:
            window = follow_up_window(name, now)
            follow_ups[name] = core.follow_ups.between(*window, limit=self.sections[name].limit)
            yield
        past = reminders.past_occasions(core, today)
        yield
        # the days gone by that were not told on the day come first: a late message ("Turned
        # 40 on Tuesday") sends the user here
        missed = reminders.not_told_on_the_day(past)
        yield
        occasions = [*missed, *occasions_between(core.follow_ups, today, 7)]
        yield
        # each person once: one with a follow-up in the view, or a birthday, is listed there
        revive = core.contacts.summaries(
            core.contacts.worth_reviving(
                limit=3,
                listed_until=follow_up_window("week", now)[1],
                listed={occasion.contact_id for occasion in occasions},
            )
        )
        yield
        due_now = core.follow_ups.count_due(now)
        yield
        no_rhythm = not core.follow_ups.anyone_kept_in_touch()
        return TodaySeen(now, follow_ups, occasions, revive, due_now, no_rhythm)

    def _read_in_steps(self) -> None:
        """Read the sections a step per turn of the event loop, then show them: read at once,
        a change anywhere held the window 0.1-0.2 s on 100,000 contacts (the birthdays of
        two weeks, the counts of three sections). A change meanwhile starts it over.

        After a refusal (the problem said), the read is on a worker instead: each step on
        the window's thread waited the busy timeout while the database was still held."""
        if not self.problem.isHidden():
            self._read_on_worker()
            return
        self._overtake_worker_read()
        now = self.context.core.clock.now()
        self._steps = self._reads(now)
        self._steps_at = now
        self._next_step.start()
        if not self.problem.isHidden():
            self.problem.reading()

    def _overtake_worker_read(self) -> None:
        """A read on the window's thread begins: the worker's, older, is dropped."""
        if self._worker_read is not None:
            self._worker_read.overtaken = True

    def _read_on_worker(self) -> None:
        """Read the sections on a worker (one at a time: asked again meanwhile, it reads
        again once it ends); what the page shows stays until the answer."""
        self._steps = None
        self.problem.reading()
        if self._worker_read is not None and not self._worker_read.overtaken:
            self._worker_read.wanted_again = True
            return
        now = self.context.core.clock.now()
        self._worker_read = WorkerRead(
            self.context, partial(self._read, now), self._worker_answered
        )
        self._worker_read.start()

    def _worker_answered(self, read: WorkerRead, said: object) -> None:
        """The worker's read came (the sections, or the error the database gave)."""
        if read is not self._worker_read:
            return  # an older one, overtaken
        self._worker_read = None
        if read.overtaken:
            return
        if read.wanted_again:
            self._read_on_worker()
            return
        with self._said_if_refused():
            if isinstance(said, BaseException):
                raise said
            assert isinstance(said, TodaySeen)
            self._seen = said
            self._show(said, said.read_at)

    def _read_step(self) -> None:
        steps = self._steps
        if steps is None:
            return
        with self._said_if_refused():
            try:
                next(steps)
            except StopIteration as read:
                self._steps = None
                self._seen = read.value
                self._show(read.value, self._steps_at)
                return
            except Exception:
                self._steps = None
                raise
            self._next_step.start()  # the next read in a turn of its own

    def _show(self, seen: TodaySeen, now: dt.datetime) -> None:
        core = self.context.core
        today = now.date()
        self._stale, self._refreshed_on = False, today
        self.problem.solved()
        self.scroll_area.show()
        focused = self._focused_row()  # rebuilt, it gives the keyboard back to its like
        near = None
        if focused is not None:
            section = next(n for n in SECTIONS if focused in self.sections[n].made)
            place = self.sections[section].made.index(focused)
            near = (section, place, focused.follow_up_id, focused.contact_id)
        self._show_header(today)
        (
            (overdue, overdue_total),
            (due_today, today_total),
            (later, later_total),
            (week, week_total),
        ) = (seen.follow_ups[name] for name in FOLLOW_UP_SECTIONS)
        occasions = seen.occasions
        shown_occasions = occasions[: self.sections["birthdays"].limit]
        revive = seen.revive
        told_apart = told_apart_names(
            core,
            [(f.contact_id, f.display_name) for f in (*overdue, *due_today, *later, *week)]
            + [(o.contact_id, o.display_name) for o in shown_occasions]
            + [(c.id, c.display_name) for c in revive],
        )
        if told_apart:
            overdue, due_today, later, week = (
                [
                    dataclasses.replace(f, display_name=told_apart[f.contact_id])
                    if f.contact_id in told_apart
                    else f
                    for f in items
                ]
                for items in (overdue, due_today, later, week)
            )
            shown_occasions = [
                dataclasses.replace(o, display_name=told_apart[o.contact_id])
                if o.contact_id in told_apart
                else o
                for o in shown_occasions
            ]
        due_now = seen.due_now
        self.due_label.setText(
            self.tr("%Ln follow-up(s) due", "", due_now) if due_now else self.tr("All caught up.")
        )
        self.rhythm_hint.setVisible(seen.no_rhythm)
        sections = self.sections
        # Built before it is shown, or shown still empty (its first open), only the rows the
        # window can show are made now, the rest after it is painted; shown, every row at
        # once: the rows a "Show more" adds, made a turn later, were seen to come in after
        # the first.
        first = self.body.isHidden()
        if first:  # made a few a turn while hidden (_make_rows_before_shown), then shown
            self._room_before_shown = self._rows_that_fit()
        room = 0 if first else None if self.isVisible() else self._rows_that_fit()

        def show(
            name: str, items: list[RowItem], make: Callable[[RowItem], Row], *total: int
        ) -> bool:
            """The section's items, as many rows made as there is room left for."""
            nonlocal room
            made = sections[name].show_items(items, make, *total, room=room)
            if room is not None:
                room -= len(sections[name].made)
            return made

        made = show(
            "overdue",
            [self._follow_up_item(f, now) for f in overdue],
            self._follow_up_row,
            overdue_total,
        )
        self.snooze_all.setVisible(overdue_total > 1)
        # "else" only under overdue rows: on a day with nothing at all it asked "else than what?"
        if later_total:  # not "nothing today" above the call at 15:00
            nothing = (
                self.tr("Nothing else due yet.") if overdue_total else self.tr("Nothing due yet.")
            )
        else:
            nothing = (
                self.tr("Nothing else due today.")
                if overdue_total
                else self.tr("Nothing due today.")
            )
        sections["today"].empty.setText(nothing)
        made |= show(
            "today",
            [self._follow_up_item(f, now) for f in due_today],
            self._follow_up_row,
            today_total,
        )
        # today, not due yet: said apart from what is due (the tray counts only that)
        sections["later"].setVisible(later_total > 0)
        made |= show(
            "later", [self._follow_up_item(f, now) for f in later], self._follow_up_row, later_total
        )
        made |= show(
            "week", [self._follow_up_item(f, now) for f in week], self._follow_up_row, week_total
        )
        made |= show(
            "birthdays",
            [self._occasion_item(o, today) for o in shown_occasions],
            self._occasion_row,
            len(occasions),
        )
        cobwebs = []
        for summary in revive:
            last = relative_past(summary.last_interaction, now)
            name = told_apart.get(summary.id, summary.display_name)
            cobwebs.append(RowItem(fill(self.tr("%1 — last talked %2"), name, last), summary.id))
        made |= show("cobwebs", cobwebs, self._cobweb_row)
        if made:
            self._chain_tab_order()
        if self._owes() and not first:
            self.update()  # the rest after it is painted (paintEvent)
        self._schedule_next_change(now)
        if first:
            self._make_rows_before_shown()
        elif near is not None:
            self._focus_a_row(near)

    def _make_rows_before_shown(self) -> None:
        """The first open's rows the window can show, made a few a turn while the sections
        are hidden (nothing laid out or painted), then shown in one piece with the keyboard
        on the first row: made in one turn, a window tall enough for 50 rows held it
        ~70 ms. The rows below come after the paint, as on any first open."""
        if not self.body.isHidden():
            return
        left = self._room_before_shown - len(self._made_rows())
        if left > 0 and self._owes():
            most = min(left, OWED_ROWS_A_TURN)
            for name in SECTIONS:
                most -= self.sections[name].make_owed(most)
            self._first_rows.start()
            return
        self.body.show()
        if self._owes():
            self.update()  # the rest after it is painted (paintEvent)
        self._focus_a_row()  # read after the page was shown: its first row takes the keyboard

    def _show_header(self, today: dt.date) -> None:
        self.header.setText(
            "<h2>"
            + self.tr("Today")
            + "</h2>"
            + QLocale().toString(
                QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
            )
        )

    def _rows_that_fit(self) -> int:
        """How many rows the view could show at once, each at the least height a row has
        (its Open button's): the window's central area less the view's header stands for the
        list's height. Made all at once, the 83 rows of the first open on 100,000 contacts
        held it ~0.1 s before anything was painted."""
        if self._row_height is None:
            sample = QToolButton(self)
            sample.hide()  # never shown with the view before it is deleted
            sample.setAutoRaise(True)
            sample.setText(self.tr("Open"))
            self._row_height = sample.sizeHint().height() + 4  # a row's margins
            sample.deleteLater()
        window = self.window()
        central = window.centralWidget() if isinstance(window, QMainWindow) else None
        height = (central or window).height() - sum(
            label.sizeHint().height() for label in (self.header, self.due_label)
        )
        return max(height, 0) // self._row_height + 1

    def _owes(self) -> bool:
        """Whether some rows are still to make."""
        return any(section.owes() for section in self.sections.values())

    def _make_owed_rows(self) -> None:
        """Make a few of the rows still owed, top to bottom; again on the next turn if more are."""
        most = OWED_ROWS_A_TURN
        for name in SECTIONS:
            most -= self.sections[name].make_owed(most)
        if self._owes():
            self._owed_rows.start()

    def _schedule_next_change(self, now: dt.datetime) -> None:
        moment = reminders.next_midnight(now)
        next_due = self.context.core.follow_ups.next_due_after(now)
        if next_due is not None:
            moment = min(moment, next_due)
        # the clock counts whole seconds: wake just after the moment, never before it; waited
        # in real time, so the night clocks go forward an item due at 9:00 turns up at 9:00,
        # not an hour later (the once-a-minute clock check caught it within the minute)
        self.next_change.start(max(0, real_ms_between(now, moment)) + 250)
        self.clock_check.turns_over_at = self._turns_at = moment

    def describe(self, follow_up: FollowUp, now: dt.datetime) -> str:
        return describe_follow_up(follow_up, now)

    def _follow_up_item(self, follow_up: FollowUp, now: dt.datetime) -> RowItem:
        return RowItem(self.describe(follow_up, now), follow_up.contact_id, follow_up)

    def _follow_up_row(self, item: RowItem) -> Row:
        assert item.follow_up is not None
        row = Row(item.text, item.contact_id)
        row.add_follow_up_buttons(item.follow_up, self.item_actions, self)
        self._open_button(row)
        return row

    def _occasion_item(self, occasion: Occasion, today: dt.date) -> RowItem:
        if occasion.date == today:
            when = self.tr("today")
        elif occasion.date == today + dt.timedelta(days=1):
            when = self.tr("tomorrow")
        elif occasion.date == today - dt.timedelta(days=1):
            when = tr("yesterday")
        else:
            when = short_date(occasion.date)
        # the name goes inside each sentence: "Cumpleaños de Ana" puts it last
        if occasion.kind == "birthday":
            if occasion.years is not None and occasion.date < today:  # a missed one
                what = self.tr("%1 turned %2").replace("%2", str(occasion.years))
            elif occasion.years is not None:
                what = self.tr("%1 turns %2").replace("%2", str(occasion.years))
            else:
                what = self.tr("%1's birthday")
        elif occasion.years is not None:
            what = self.tr("%1's anniversary (%Ln year(s))", "", occasion.years)
        else:
            what = self.tr("%1's anniversary")
        # the name last: a "%2" in someone's name is not replaced
        return RowItem(f"{what.replace('%1', occasion.display_name)} · {when}", occasion.contact_id)

    def _occasion_row(self, item: RowItem) -> Row:
        row = Row(item.text, item.contact_id)
        self._open_button(row)
        return row

    def _cobweb_row(self, item: RowItem) -> Row:
        row = Row(item.text, item.contact_id)
        row.add_button("logButton", self.tr("Log…"), self.tr("Log an interaction")).clicked.connect(
            lambda _=False: self.log_with([row.contact_id])
        )
        self._open_button(row)
        return row

    def _chain_tab_order(self) -> None:
        """Tab goes through the rows top to bottom, each row then its buttons: a row made
        for a section that grew (Show more, a new item) joins the end of the window's chain,
        after the rows of the sections below it."""
        previous: QWidget | None = None
        for row in self._made_rows():
            for widget in (row, *row.buttons()):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget

    def _fill_snooze_all(self, menu: QMenu) -> None:
        # the row's Snooze menu's words and moments: outside the quiet hours (Preferences),
        # the time said worked out when the menu opens
        actions = self.item_actions
        now = self.context.core.clock.now()
        choices = (
            (actions.tomorrow_text, actions.tomorrow_moment),
            (actions.next_week_text, actions.next_week_moment),
        )
        made = [
            (add_action(menu, text(until(now)), partial(self.snooze_overdue, until)), text, until)
            for text, until in choices
        ]

        def say_the_hour() -> None:  # made once, opened again after Preferences changed
            now = self.context.core.clock.now()
            for action, text, until in made:
                action.setText(text(until(now)))

        menu.aboutToShow.connect(say_the_hour)

    def snooze_overdue(self, until: Callable[[dt.datetime], dt.datetime]) -> bool:
        """Snooze every overdue item (not only the page shown) to ``until(now)``: counted
        here, read and snoozed by the command (on the worker when they are many)."""
        core = self.context.core
        now = core.clock.now()
        moment = until(now)
        # overdue, and not already due after the moment chosen
        due_before = min(dt.datetime.combine(now.date(), dt.time()), moment)
        total = core.follow_ups.between(dt.datetime.min, due_before, limit=1)[1]
        if not total:
            return False
        log.info("snoozing %d overdue follow-ups until %s", total, moment)
        command = SnoozeAll(self.context, total, due_before, moment)
        command.parent_widget = self  # of its progress dialog, when it runs on the worker
        try:
            push(self.context, command)
        except Exception as error:  # locked by another program, a full disk: nothing written
            log.exception("snoozing every overdue follow-up failed")
            show_problem(self, self.tr("Not snoozed"), str(error))
            return False
        return True

    def _open_button(self, row: Row) -> None:
        button = row.add_button("openButton", self.tr("Open"), self.tr("Open the contact"))
        button.clicked.connect(lambda: self.item_actions.open_contact(row.contact_id))
        row.activated.connect(lambda: self.item_actions.open_contact(row.contact_id))
        row.stepped.connect(partial(self._step, row))

    def explain_rhythm(self) -> None:
        """Where a keep-in-touch rhythm is set: a contact's card, Set cadence, a tag's."""
        QMessageBox.information(
            self,
            self.tr("Keep in touch"),
            self.tr(
                "Give a contact a rhythm on their card, under Keep in touch (every 2 weeks … "
                "every year), or several at once with Contact > Set cadence… (Ctrl+K).\n\n"
                "A tag can give all its contacts one: Contact > Manage tags… (Ctrl+Shift+G).\n\n"
                "Today then lists whoever is due for a call or a message."
            ),
        )

    def log_with(self, contact_ids: list[int]) -> QDialog:
        """Log an interaction with a cobweb in the journal dialog (opened, not blocking)."""
        from netdesk.ui.journal_edit import record_logged
        from netdesk.ui.log_dialog import LogInteractionDialog

        dialog = LogInteractionDialog(self.context, contact_ids, self)
        dialog.accepted.connect(lambda: record_logged(self.context, dialog.interaction_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
