"""A date (and time) field that takes a date typed in full, "2025-06-01 10:00", as typed."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit, QToolTip

from netdesk.ui.widgets import fill, tr

SEPARATORS = frozenset("-/.: ")
Edit = TypeVar("Edit", bound=QDateTimeEdit)
Section = QDateTimeEdit.Section
WIDTH = {Section.YearSection: 4}  # digits a part takes; the others take two
LARGEST = {Section.MonthSection: 12, Section.DaySection: 31, Section.HourSection: 23}
STEP_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})
# keys that put a part being typed again right: not the end of the digits typed together
PUT_RIGHT = STEP_KEYS | {Qt.Key.Key_Backspace, Qt.Key.Key_Delete}
PROBLEM = "typingProblem"  # the edit's property: what is wrong with the date typed, or ""
# the edit's property: its owner shows the problem in a line of its own (no tip over it)
SHOWN_BESIDE = "typingProblemShownBeside"


class _TypedInFull(QObject):
    """Qt's date field dropped parts of a date typed over it, silently:
    - all of it selected (Ctrl+A, a triple click), each digit of the year was refused (the
      field's text cannot be "2"), and "2025-06-01" gave the year shown before, "2026-06-01";
    - a year or month typed whole moves on to the next part by itself, and the "-" typed
      after it moved on once more: "2025-06-01" set the day to 06 and left the month.
    A digit typed over the whole field starts at its first part, and a separator typed just
    after a part moved on by itself is taken as already done.

    A part that does not exist became another one without a word: "2026-02-30 10:00" gave
    2026-02-03 01:00 (the "3" moved on by itself, the "0" fell in the hour), 2026-04-31 the
    30th, month 13 January, hour 25 02:00, "26-" the year shown before. The key that makes
    it wrong is refused with a beep and the part is said wrong (in red, in a tip, and by
    :func:`typing_problem`, which the dialogs check before saving) until the user types
    or steps that part again; the parts typed after it still land in their places.

    A part typed with a digit too many ("301" in the day) became another date without a
    word: Qt dropped the 1 of a last part (30), put it in the next part (the hour, 01:05),
    or, after a refused 30 February, took it as the day typed anew (the 1st). In the field's
    last part, a digit more than it takes, typed in one go (no other key, click or focus
    between), is refused and said, and so is any after it, until another key. From a whole
    part before it, digits go on into the next parts as in Qt ("1205" from the month:
    December, the 5th; "202603301000", "1030", as ISO writes them short), but a separator,
    another key, OK or a click after a part begun so, not whole ("20261-", "301 " in an
    entry's day), says the part before had a digit too many. After a part refused for its
    value, the digits that follow type it again (29 February, then 28), but the part stays
    wrong until they make a whole one: "30" then "1" and a separator is said as the day
    301, not taken as the 1st.

    Signals:
        problem_changed(str): what is wrong with the date typed, or "" once put right.
    """

    problem_changed = Signal(str)

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._digit_in: int | None = None  # the part the last key, a digit, was typed in
        self._run = ""  # the digits typed in that part so far
        self._refused = False  # the last key, a digit, was refused for the part's value
        # the part refused being typed again: its index and the digits refused, until whole
        self._retyping: tuple[int, str] | None = None
        # a part begun by digits going on from a whole one: the part before, its digits,
        # the date before
        self._went_on: tuple[int, str, QDateTime] | None = None
        self.wrong: Section | None = None  # the part said wrong
        self._calendar_heard = False  # a day picked in its calendar is the user's choice
        self._typed_part: Section | None = None  # a year or month Qt is taking from a key
        self._before = edit.date()  # the date before it
        self._missing_day: int | None = None  # the day said not to be in the month shown
        edit.dateChanged.connect(self._day_kept)
        edit.dateChanged.connect(self._follow_date)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.FocusOut):
            self.begin_anew()  # a part clicked: what follows starts anew
        if (
            watched is not self._edit
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
        ):
            return False
        edit, text = self._edit, event.text()
        typed_in, run, refused = self._digit_in, self._run, self._refused
        retyping = self._retyping
        self._typed_part = None
        self._digit_in, self._run, self._refused, self._retyping = None, "", False, None
        if text.isdigit():
            return self._digit(text, typed_in, run, refused, retyping)
        if event.key() not in PUT_RIGHT:
            self._retyped(retyping, typed_in, run)
            if self._went_on_unfinished(typed_in, run):
                # "20261-": the 1 was the year's, not a month begun; a separator is eaten
                # (what follows is the part begun's), any other key (Return) goes its way
                return text in SEPARATORS
        if text not in SEPARATORS:
            if event.key() in STEP_KEYS and edit.currentSection() == self.wrong:
                self._set_problem(None, "")
            return False
        if (
            typed_in is not None
            and typed_in == edit.currentSectionIndex()
            and edit.sectionAt(typed_in) == Section.YearSection
            and len(run) < WIDTH[Section.YearSection]
        ):
            # said, and the separator still moves on: the rest lands in its parts
            QApplication.beep()
            year = fill(tr("Type the year with its four digits, not “%1”."), run)
            self._set_problem(Section.YearSection, year)
            return False
        # the digit before it filled its part, and the field moved on to the next one
        return typed_in is not None and edit.currentSectionIndex() != typed_in

    def _digit(
        self,
        digit: str,
        typed_in: int | None,
        run: str,
        refused: bool,
        retyping: tuple[int, str] | None,
    ) -> bool:
        """Let a digit in, or refuse it if the part it ends does not exist (or, typed in
        one go, has a digit too many). ``refused``: the digit before was refused for its
        part's value; ``retyping``: that part is being typed again (see _retyped)."""
        edit = self._edit
        line = edit.findChild(QLineEdit)
        if line is not None and line.hasSelectedText() and line.selectedText() == line.text():
            edit.setCurrentSectionIndex(0)
            edit.setSelectedSection(edit.sectionAt(0))
            typed_in = None
        index = edit.currentSectionIndex()
        if typed_in is not None and index not in (typed_in, typed_in + 1):
            typed_in = None  # another part chosen meanwhile (by the program): begun anew
        if typed_in is None:
            run, retyping = "", None
            self._went_on = None
        elif typed_in == index:
            if len(run) >= WIDTH.get(edit.sectionAt(index), 2):
                if not refused:
                    return self._refuse(edit.sectionAt(index), index, run + digit, too_long=True)
                retyping, run = (index, run), ""  # the part refused, selected: typed again
        else:
            # the part moved on by itself: this digit goes on with it if it could (the 3
            # of a 30 typed in February), or starts the next part (9 then 30, 09:30)
            part = edit.sectionAt(typed_in)
            longer = run + digit
            if len(longer) <= WIDTH.get(part, 2) and int(longer) <= LARGEST.get(part, 59):
                index = typed_in
            else:
                # as Qt does from any part ("1205" from the month: December, the 5th); a
                # key other than a digit before the part begun is whole says the part
                # before had a digit too many (see _went_on_unfinished)
                if len(run) >= WIDTH.get(part, 2):
                    self._went_on = (typed_in, longer, edit.dateTime())
                run = ""
        run += digit
        part = edit.sectionAt(index)
        self._digit_in, self._run = index, run
        problem = self._problem(part, run)
        if problem:
            return self._refuse(part, index, run)
        if retyping is not None and retyping[0] == index and not self._whole(part, run):
            self._retyping = retyping  # still said wrong: "30" then "1" is no 1st
        elif part == self.wrong:
            self._set_problem(None, "")
        if part in (Section.YearSection, Section.MonthSection):
            self._typed_part, self._before = part, edit.date()
            QTimer.singleShot(0, self, self._key_taken)
        return False

    def _went_on_unfinished(self, typed_in: int | None, run: str) -> bool:
        """The digits typed in one go went on from a whole part into the next, and ended
        (a separator, another key, OK, a click) before that one was whole: the part before
        had a digit too many ("30", "1", "-" in a day: the day 301, not the 30th and the
        hour 01). Said of the part before, the date before the digit put back; whether so."""
        went_on, self._went_on = self._went_on, None
        edit = self._edit
        if (
            went_on is None
            or typed_in is None
            or typed_in != went_on[0] + 1
            or len(run) >= WIDTH.get(edit.sectionAt(typed_in), 2)
        ):
            return False
        before, digits, date = went_on
        QApplication.beep()
        edit.setDateTime(date)
        edit.setSelectedSection(edit.sectionAt(typed_in))  # what follows is its
        self._set_problem(edit.sectionAt(before), self._too_long(edit.sectionAt(before), digits))
        return True

    def _whole(self, part: Section, run: str) -> bool:
        """Whether ``run`` typed in ``part`` is a whole one: no digit more could follow."""
        if len(run) >= WIDTH.get(part, 2):
            return True
        if part == Section.YearSection:
            return False  # four digits, whatever they begin with
        largest = self._edit.date().daysInMonth() if part == Section.DaySection else None
        return int(run) * 10 > (largest or LARGEST.get(part, 59))

    def _retyped(self, retyping: tuple[int, str] | None, typed_in: int | None, run: str) -> None:
        """Typing a refused part again ended (another key, a click) before it was whole:
        what was typed in one go is said, the part still wrong ("30", refused in February,
        then "1 ": the day 301, not the 1st)."""
        if retyping is None or typed_in != retyping[0]:
            return
        QApplication.beep()
        part = self._edit.sectionAt(typed_in)
        self._set_problem(part, self._too_long(part, retyping[1] + run))

    def _refuse(self, part: Section, index: int, run: str, *, too_long: bool = False) -> bool:
        """Refuse the digit that made ``run`` in ``part`` (at ``index``): beep, say why."""
        edit = self._edit
        self._digit_in, self._run, self._refused = index, run, not too_long
        QApplication.beep()
        edit.setSelectedSection(part)
        missing = part == Section.DaySection and not too_long
        problem = self._too_long(part, run) if too_long else self._problem(part, run)
        self._set_problem(part, problem, missing_day=int(run) if missing else None)
        return True

    def _too_long(self, part: Section, run: str) -> str:
        """What is said of ``run``, a digit too many typed in ``part``."""
        if part == Section.YearSection:
            return fill(tr("Type the year with its four digits, not “%1”."), run)
        if part == Section.MonthSection:
            return fill(tr("There is no month %1."), run)
        if part == Section.DaySection:
            return fill(tr("There is no day %1."), run)
        if part == Section.HourSection:
            return fill(tr("There is no hour %1: hours go from 00 to 23."), run)
        return fill(tr("There is no minute %1: minutes go from 00 to 59."), run)

    def begin_anew(self) -> None:
        """The next digit begins a part: it does not go on with those typed before (a part
        being typed again and not whole yet is said wrong, see _retyped)."""
        self._retyped(self._retyping, self._digit_in, self._run)
        self._went_on_unfinished(self._digit_in, self._run)
        self._digit_in, self._run, self._refused, self._retyping = None, "", False, None

    def _key_taken(self) -> None:
        self._typed_part = None

    def _day_kept(self, date: QDate) -> None:
        """A year or month typed where the day shown does not exist: Qt took the month's
        last day without a word (31 March, the month typed 04, gave 30 April). Said on the
        day, quietly: typing a date in full, its day comes next."""
        if self._typed_part is None or self.wrong is not None:
            return  # not typed, or a part said wrong already (its own words stay)
        day = self._before.day()
        if day > date.day() == date.daysInMonth():
            month = self._edit.locale().toString(QDate(date.year(), date.month(), 1), "MMMM yyyy")
            self._set_problem(
                Section.DaySection,
                fill(tr("There is no %1 %2."), str(day), month),
                quiet=True,
                missing_day=day,
            )

    def _follow_date(self, date: QDate) -> None:
        """The day said wrong, and the year or month stepped meanwhile: said of the date shown
        now. "There is no 31 April 2027." stayed after the year was stepped to 2028."""
        day = self._missing_day
        if self.wrong != Section.DaySection or day is None:
            return
        if day > date.daysInMonth():
            month = self._edit.locale().toString(QDate(date.year(), date.month(), 1), "MMMM yyyy")
            problem = fill(tr("There is no %1 %2."), str(day), month)
        else:  # in this month, but the field still shows the day it kept, not the one typed
            problem = fill(tr("The day shown is not the %1 typed: type the day again."), str(day))
        self._set_problem(Section.DaySection, problem, quiet=True, missing_day=day)

    def _problem(self, part: Section, run: str) -> str:
        """What is wrong with ``run`` typed in ``part``, once it is whole; "" if nothing."""
        edit = self._edit
        if len(run) < WIDTH.get(part, 2):
            return ""
        value = int(run)
        if part == Section.YearSection:
            low, high = edit.minimumDate().year(), edit.maximumDate().year()
            if low <= value <= high:
                return self._out_of_range(part, value)
            return fill(tr("The year must be between %1 and %2."), str(low), str(high))
        if part == Section.MonthSection:
            if 1 <= value <= 12:
                return self._out_of_range(part, value)
            return fill(tr("There is no month %1."), run)
        if part == Section.DaySection:
            date = edit.date()
            if 1 <= value <= calendar.monthrange(date.year(), date.month())[1]:
                return self._out_of_range(part, value)
            if not 1 <= value <= 31:
                return fill(tr("There is no day %1."), run)
            month = edit.locale().toString(QDate(date.year(), date.month(), 1), "MMMM yyyy")
            return fill(tr("There is no %1 %2."), str(value), month)
        if part == Section.HourSection and value > 23:
            return fill(tr("There is no hour %1: hours go from 00 to 23."), run)
        if part == Section.MinuteSection and value > 59:
            return fill(tr("There is no minute %1: minutes go from 00 to 59."), run)
        return ""

    def _out_of_range(self, part: Section, value: int) -> str:
        """What is wrong with the date ``value`` typed in ``part`` makes, if it is before the
        field's first day or after its last (a snooze's: not a day gone by); "" if nothing.
        Qt refused the key without a word, the part kept, and the parts typed after it
        made another date: "2026-04-20" typed over 5 January 2027 gave 20 April 2027."""
        edit = self._edit
        shown = edit.date()
        year, month, day = shown.year(), shown.month(), shown.day()
        if part == Section.YearSection:
            year = value
        elif part == Section.MonthSection:
            month = value
        else:
            day = value
        # (Qt takes the month's last day for a day it has not: the 31st typed April, the 30th)
        wanted = QDate(year, month, min(day, QDate(year, month, 1).daysInMonth()))
        low, high = edit.minimumDate(), edit.maximumDate()
        if wanted < low:
            day_said = edit.locale().toString(low, "d MMMM yyyy")
            return fill(tr("The earliest day you can choose is %1."), day_said)
        if wanted > high:
            day_said = edit.locale().toString(high, "d MMMM yyyy")
            return fill(tr("The latest day you can choose is %1."), day_said)
        return ""

    def _set_problem(
        self,
        part: Section | None,
        problem: str,
        *,
        quiet: bool = False,
        missing_day: int | None = None,
    ) -> None:
        """Say ``problem`` of ``part`` (None, "": put right). ``quiet``: no tip pops up;
        ``missing_day``: the day said not to be in the month shown (see _follow_date)."""
        edit = self._edit
        self._missing_day = missing_day if part == Section.DaySection else None
        if part is None and self.wrong is None:
            return
        self.wrong = part
        said = typing_problem(edit)
        edit.setProperty(PROBLEM, problem)
        # shown by its owner in a line of its own: a tip popping up over that line (where
        # the field's bottom edge is) said it twice; the hover tip stays, asked for
        beside = bool(edit.property(SHOWN_BESIDE))
        edit.setToolTip(problem)
        edit.setAccessibleDescription(problem)
        line = edit.findChild(QLineEdit)
        if line is not None:
            palette = edit.palette()
            if problem:  # InlineMessage's red, readable on light and dark bases
                dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
                palette.setColor(QPalette.ColorRole.Text, QColor("#ff8a80" if dark else "#b3261e"))
            line.setPalette(palette)
        if problem and edit.calendarPopup() and not self._calendar_heard:
            calendar = edit.calendarWidget()  # made when first asked for
            if calendar is not None:
                self._calendar_heard = True
                calendar.clicked.connect(lambda _day: self._set_problem(None, ""))
                calendar.activated.connect(lambda _day: self._set_problem(None, ""))
        if problem and not quiet and not beside:
            QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), problem, edit)
        else:
            QToolTip.hideText()
        if problem != said:
            self.problem_changed.emit(problem)


def typed_in_full(edit: Edit) -> Edit:
    """Make ``edit`` (a QDateTimeEdit, QDateEdit or QTimeEdit) take a date typed whole."""
    edit.setProperty(PROBLEM, "")
    typing = _TypedInFull(edit)
    edit.installEventFilter(typing)
    line = edit.findChild(QLineEdit)
    if line is not None:  # clicks land on it
        line.installEventFilter(typing)
    return edit


def on_typing_problem(edit: QDateTimeEdit, slot: Callable[[str], None]) -> None:
    """Call ``slot(problem)`` each time what is wrong with the date typed in ``edit`` (made
    by :func:`typed_in_full`) changes; "" once it is put right. A list filtered by the field
    hears that a date it took is not the one typed (no key changed it: the wrong one refused)."""
    typing = edit.findChild(_TypedInFull)
    if typing is not None:
        typing.problem_changed.connect(slot)


def problem_shown_beside(edit: QDateTimeEdit) -> None:
    """``edit``'s owner shows what is wrong with the date typed in a line of its own (heard
    through :func:`on_typing_problem`): no tip pops up over it saying the same."""
    edit.setProperty(SHOWN_BESIDE, True)


def typing_problem(edit: QDateTimeEdit) -> str:
    """What is wrong with the date typed in ``edit`` (made by :func:`typed_in_full`), or ""."""
    return str(edit.property(PROBLEM) or "")


def show_typing_problem(edit: QDateTimeEdit) -> str:
    """:func:`typing_problem`, its part selected in ``edit`` to type again when there is one."""
    wrong = edit.findChild(_TypedInFull)
    if wrong is not None:
        wrong.begin_anew()  # a part being typed again, not whole yet, is said wrong
    problem = typing_problem(edit)
    if problem and wrong is not None and wrong.wrong is not None:
        edit.setFocus()
        edit.setSelectedSection(wrong.wrong)
    return problem
