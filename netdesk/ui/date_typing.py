"""A date (and time) field that takes a date typed in full, "2025-06-01 10:00", as typed."""

from __future__ import annotations

import calendar
from typing import TypeVar

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit, QToolTip

from netdesk.ui.widgets import fill, tr

SEPARATORS = frozenset("-/.: ")
Edit = TypeVar("Edit", bound=QDateTimeEdit)
Section = QDateTimeEdit.Section
WIDTH = {Section.YearSection: 4}  # digits a part takes; the others take two
LARGEST = {Section.MonthSection: 12, Section.DaySection: 31, Section.HourSection: 23}
STEP_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})
PROBLEM = "typingProblem"  # the edit's property: what is wrong with the date typed, or ""


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
    or steps that part again; the parts typed after it still land in their places."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._digit_in: int | None = None  # the part the last key, a digit, was typed in
        self._run = ""  # the digits typed in that part so far
        self.wrong: Section | None = None  # the part said wrong
        self._calendar_heard = False  # a day picked in its calendar is the user's choice
        self._typed_part: Section | None = None  # a year or month Qt is taking from a key
        self._before = edit.date()  # the date before it
        edit.dateChanged.connect(self._day_kept)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.FocusOut):
            self._digit_in, self._run = None, ""  # a part clicked: what follows starts anew
        if (
            watched is not self._edit
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
        ):
            return False
        edit, text = self._edit, event.text()
        typed_in, run = self._digit_in, self._run
        self._typed_part = None
        self._digit_in, self._run = None, ""
        if text.isdigit():
            return self._digit(text, typed_in, run)
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

    def _digit(self, digit: str, typed_in: int | None, run: str) -> bool:
        """Let a digit in, or refuse it if the part it ends does not exist."""
        edit = self._edit
        line = edit.findChild(QLineEdit)
        if line is not None and line.hasSelectedText() and line.selectedText() == line.text():
            edit.setCurrentSectionIndex(0)
            edit.setSelectedSection(edit.sectionAt(0))
            typed_in = None
        index = edit.currentSectionIndex()
        if typed_in is None:
            run = ""
        elif typed_in == index:
            if len(run) >= WIDTH.get(edit.sectionAt(index), 2):
                run = ""  # the part refused, selected: typed over again
        else:
            # the part moved on by itself: this digit goes on with it if it could (the 3
            # of a 30 typed in February), or starts the next part (9 then 30, 09:30)
            part = edit.sectionAt(typed_in)
            longer = run + digit
            if len(longer) <= WIDTH.get(part, 2) and int(longer) <= LARGEST.get(part, 59):
                index = typed_in
            else:
                run = ""
        run += digit
        part = edit.sectionAt(index)
        self._digit_in, self._run = index, run
        problem = self._problem(part, run)
        if problem:
            QApplication.beep()
            edit.setSelectedSection(part)
            self._set_problem(part, problem)
            return True
        if part == self.wrong:
            self._set_problem(None, "")
        if part in (Section.YearSection, Section.MonthSection):
            self._typed_part, self._before = part, edit.date()
            QTimer.singleShot(0, self, self._key_taken)
        return False

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
                Section.DaySection, fill(tr("There is no %1 %2."), str(day), month), quiet=True
            )

    def _problem(self, part: Section, run: str) -> str:
        """What is wrong with ``run`` typed in ``part``, once it is whole; "" if nothing."""
        edit = self._edit
        if len(run) < WIDTH.get(part, 2):
            return ""
        value = int(run)
        if part == Section.YearSection:
            low, high = edit.minimumDate().year(), edit.maximumDate().year()
            if low <= value <= high:
                return ""
            return fill(tr("The year must be between %1 and %2."), str(low), str(high))
        if part == Section.MonthSection and not 1 <= value <= 12:
            return fill(tr("There is no month %1."), run)
        if part == Section.DaySection:
            date = edit.date()
            if 1 <= value <= calendar.monthrange(date.year(), date.month())[1]:
                return ""
            if not 1 <= value <= 31:
                return fill(tr("There is no day %1."), run)
            month = edit.locale().toString(QDate(date.year(), date.month(), 1), "MMMM yyyy")
            return fill(tr("There is no %1 %2."), str(value), month)
        if part == Section.HourSection and value > 23:
            return fill(tr("There is no hour %1: hours go from 00 to 23."), run)
        if part == Section.MinuteSection and value > 59:
            return fill(tr("There is no minute %1: minutes go from 00 to 59."), run)
        return ""

    def _set_problem(self, part: Section | None, problem: str, *, quiet: bool = False) -> None:
        edit = self._edit
        if part is None and self.wrong is None:
            return
        self.wrong = part
        edit.setProperty(PROBLEM, problem)
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
        if problem and not quiet:
            QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), problem, edit)
        else:
            QToolTip.hideText()


def typed_in_full(edit: Edit) -> Edit:
    """Make ``edit`` (a QDateTimeEdit, QDateEdit or QTimeEdit) take a date typed whole."""
    edit.setProperty(PROBLEM, "")
    typing = _TypedInFull(edit)
    edit.installEventFilter(typing)
    line = edit.findChild(QLineEdit)
    if line is not None:  # clicks land on it
        line.installEventFilter(typing)
    return edit


def typing_problem(edit: QDateTimeEdit) -> str:
    """What is wrong with the date typed in ``edit`` (made by :func:`typed_in_full`), or ""."""
    return str(edit.property(PROBLEM) or "")


def show_typing_problem(edit: QDateTimeEdit) -> str:
    """:func:`typing_problem`, its part selected in ``edit`` to type again when there is one."""
    problem = typing_problem(edit)
    wrong = edit.findChild(_TypedInFull)
    if problem and wrong is not None and wrong.wrong is not None:
        edit.setFocus()
        edit.setSelectedSection(wrong.wrong)
    return problem
