"""Done, Snooze, Reschedule, Open contact, Skip: one set of actions for Today, the card and tray."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTimeEdit,
    QWidget,
)

from netdesk.core import Core, reminders
from netdesk.core.followups import CADENCE_NOTE
from netdesk.core.types import FollowUp
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.date_typing import (
    on_typing_problem,
    problem_shown_beside,
    show_typing_problem,
    typed_in_full,
    typing_problem,
)
from netdesk.ui.errors import show_problem
from netdesk.ui.journal_view import kind_labels
from netdesk.ui.undo import ArchiveContacts, _ContactCommand, push
from netdesk.ui.widgets import fill, shown_as_written, tr

log = logging.getLogger("netdesk.ui")


def add_action(menu: QMenu, text: str, slot: Callable[[], object], name: str = "") -> QAction:
    """An action owned by ``menu``. Not ``QMenu.addAction(text)``: with PySide6 6.12 the
    actions it returns crash the interpreter when ``clear()`` or a rebuild deletes them."""
    action = QAction(text, menu)
    if name:
        action.setObjectName(name)
    action.triggered.connect(lambda _=False: slot())
    menu.addAction(action)
    return action


def follow_up_note(follow_up: FollowUp) -> str:
    """What is due, in the user's language: a cadence's note is stored in English."""
    if follow_up.from_cadence or follow_up.note == CADENCE_NOTE:
        return QCoreApplication.translate("netdesk", "Keep in touch")
    return follow_up.note or QCoreApplication.translate("netdesk", "Follow up")


def shown_with_time(follow_up: FollowUp) -> bool:
    """Whether the item is due at a time: its own, or a snooze's ("later today", "tomorrow
    9:00") even on an item due on a day."""
    snooze = follow_up.snooze
    return follow_up.has_time or (snooze is not None and snooze.time() != dt.time())


def _clock(moment: dt.datetime) -> str:
    """ "9:00", "20:45": as the Snooze menu's fixed choices say their time."""
    return _clock_of(moment.time())


def _clock_of(time: dt.time) -> str:
    return f"{time.hour}:{time.minute:02d}"


def _moved_nowhere(follow_up: FollowUp, due: dt.datetime, has_time: bool) -> bool:
    """Whether moving ``follow_up`` to ``due`` (at a time or not) leaves it shown as it is:
    due at the same moment, with or without its time as before. A keep-in-touch item is
    held (snoozed) instead, shown with a time unless held to midnight."""
    shows_time = due.time() != dt.time() if follow_up.from_cadence else has_time
    return due == follow_up.effective_due and shows_time == shown_with_time(follow_up)


@dataclass(frozen=True)
class DueChoice:
    """What the date dialog returns: a moment, whether its time matters, and a note."""

    due: dt.datetime
    has_time: bool
    note: str = ""


class FollowUpDialog(QDialog):
    """Pick a date, an optional time and (when adding) a note."""

    def __init__(
        self,
        start: dt.datetime,
        parent: QWidget | None = None,
        *,
        title: str = "",
        with_note: bool = False,
        note: str = "",
        has_time: bool = True,
        earliest: dt.datetime | None = None,
        too_early: str = "",
        quiet: reminders.QuietHours | None = None,
    ) -> None:
        """``earliest``: OK only for a moment after it (a snooze: not one already gone, nor
        before the item is due); ``too_early``: what the line under the fields says of a
        moment not after it (by default, that it has passed); ``quiet``: the user's quiet
        hours, of which a time picked inside is told (the reminder waits for their end)."""
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.earliest = earliest
        self.quiet = quiet
        self.too_early = too_early or self.tr("That moment has passed: choose a later day or time.")
        self.setWindowTitle(title or self.tr("Follow-up"))
        form = QFormLayout(self)
        self.date_edit = typed_in_full(QDateEdit(QDate(start.year, start.month, start.day)))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")  # as the journal's and the card's dates
        self.date_edit.setObjectName("followUpDate")
        if earliest is not None:  # the calendar greys out the days gone
            self.date_edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        form.addRow(self.tr("&Date:"), self.date_edit)
        row = QHBoxLayout()
        self.time_check = QCheckBox(self.tr("At a &time"))
        self.time_check.setObjectName("followUpHasTime")
        self.time_edit = typed_in_full(QTimeEdit(QTime(start.hour, start.minute)))
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setObjectName("followUpTime")
        self.time_check.toggled.connect(self.time_edit.setEnabled)
        self.time_check.setChecked(has_time)
        self.time_edit.setEnabled(has_time)
        row.addWidget(self.time_check)
        row.addWidget(self.time_edit, 1)
        time_label = QLabel(self.tr("Time:"))
        time_label.setBuddy(self.time_edit)  # a row of two: the label names the time field
        form.addRow(time_label, row)
        self.note_edit = QLineEdit(note)
        self.note_edit.setObjectName("followUpNote")
        self.note_edit.setPlaceholderText(self.tr("e.g. Send the proposal"))
        if with_note:
            # a sentence's room: the dialog was as wide as its date field, and "Send the
            # proposal to Anneliese" scrolled out of a field of twenty letters
            self.note_edit.setMinimumWidth(self.note_edit.fontMetrics().averageCharWidth() * 40)
            form.addRow(self.tr("&Note:"), self.note_edit)
        else:
            self.note_edit.hide()
        # why OK is greyed out: a moment already past (today without a time is its midnight)
        self.past_hint = QLabel(self.too_early)
        self.past_hint.setObjectName("followUpPast")
        self.past_hint.setWordWrap(True)
        form.addRow(self.past_hint)
        # a time in the quiet hours is the user's to pick, but its reminder waits for their
        # end (the next morning): said, not refused
        self.quiet_hint = QLabel()
        self.quiet_hint.setObjectName("followUpQuiet")
        self.quiet_hint.setWordWrap(True)
        self.quiet_hint.hide()
        form.addRow(self.quiet_hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # Alt+O and Alt+C on every desktop: only KDE's and GNOME's Qt give the buttons
        # "&OK" and "&Cancel"; elsewhere Alt+O typed an "o" in the note
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.date_edit.dateChanged.connect(self._enable_ok)
        self.time_edit.timeChanged.connect(self._enable_ok)
        self.time_check.toggled.connect(self._enable_ok)
        for edit in (self.date_edit, self.time_edit):
            problem_shown_beside(edit)  # in the line under the fields: no tip over it
            on_typing_problem(edit, lambda _problem: self._enable_ok())
        self._enable_ok()

    def _edits(self) -> list[QDateTimeEdit]:
        """The fields OK takes: the time only when "At a time" is ticked."""
        return [self.date_edit] + ([self.time_edit] if self.time_check.isChecked() else [])

    def accept(self) -> None:
        """OK, unless a date or time typed does not exist (the field shows another one)."""
        for edit in self._edits():
            wrong = show_typing_problem(edit)
            if wrong:
                self._hint(wrong)
                return
        if not self._later():  # (Enter, with OK greyed out)
            return
        super().accept()

    def _later(self) -> bool:
        return self.earliest is None or self.choice().due > self.earliest

    def _enable_ok(self) -> None:
        """The line under the fields says what the fields show: a part typed wrong (the field
        in red) while it is, else a moment gone by. Any date changed put "That moment has
        passed" back, hidden, while the field was still red with a day that does not exist."""
        wrong = next((typing_problem(edit) for edit in self._edits() if typing_problem(edit)), "")
        later = self._later()
        # typed wrong, the date shown is not the one meant: OK says why and selects the part
        self.ok_button.setEnabled(later or bool(wrong))
        if wrong:
            self._hint(wrong)
        elif not later:
            self._hint(self.too_early)
        else:
            self._hint("")
        self._say_if_quiet(not wrong and later)

    def _say_if_quiet(self, fits: bool) -> None:
        """Say when the reminder of a time in the quiet hours comes instead."""
        quiet, text = self.quiet, ""
        due = self.choice().due
        if fits and quiet is not None and self.time_check.isChecked() and quiet.contains(due):
            ends = quiet.ends_after(due)
            text = fill(
                self.tr("That is in your quiet hours (%1–%2): its reminder waits until %3."),
                _clock_of(quiet.start),
                _clock_of(quiet.end),
                _clock(ends)
                if ends.date() == due.date()
                else fill(self.tr("%1 the next day"), _clock(ends)),
            )
        if text != self.quiet_hint.text() or self.quiet_hint.isHidden() == bool(text):
            self.quiet_hint.setText(text)
            self.quiet_hint.setHidden(not text)
            if self.isVisible():
                self.adjustSize()

    def _hint(self, text: str) -> None:
        """``text`` under the fields; none ("") hides the line."""
        if text == self.past_hint.text() and self.past_hint.isHidden() == (not text):
            return
        self.past_hint.setText(text)
        self.past_hint.setHidden(not text)
        if self.isVisible():
            self.adjustSize()  # room for the line, or none once it goes

    def choice(self) -> DueChoice:
        picked = self.date_edit.date()
        date = dt.date(picked.year(), picked.month(), picked.day())
        has_time = self.time_check.isChecked()
        clock = self.time_edit.time()
        moment = dt.time(clock.hour(), clock.minute()) if has_time else dt.time()
        return DueChoice(dt.datetime.combine(date, moment), has_time, self.note_edit.text().strip())


def ask_due(
    parent: QWidget | None,
    start: dt.datetime,
    *,
    title: str = "",
    with_note: bool = False,
    note: str = "",
    has_time: bool = True,
    earliest: dt.datetime | None = None,
    too_early: str = "",
    quiet: reminders.QuietHours | None = None,
) -> DueChoice | None:
    dialog = FollowUpDialog(
        start,
        parent,
        title=title,
        with_note=with_note,
        note=note,
        has_time=has_time,
        earliest=earliest,
        too_early=too_early,
        quiet=quiet,
    )
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class DoneAnswer:
    """What Done writes into the journal: the one line, and what kind of talk it was."""

    summary: str
    kind: str


class DoneDialog(QDialog):
    """Done's question: what happened, in one line, and how (a call, a meeting, an e-mail…).
    Every Done used to be logged as a note, whatever it was."""

    def __init__(
        self, prefill: str, kind: str, who: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("doneDialog")
        title = QCoreApplication.translate("FollowUpActions", "Done")
        self.setWindowTitle(f"{title} — {who}" if who else title)
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                QCoreApplication.translate(
                    "FollowUpActions", "What happened? (goes into the journal)"
                )
            )
        )
        self.summary = QLineEdit(prefill)
        self.summary.setObjectName("doneSummary")
        self.summary.selectAll()  # typed over at once, or kept with Enter
        self.kind = QComboBox()
        self.kind.setObjectName("doneKind")
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        form.addRow(QCoreApplication.translate("FollowUpActions", "&Summary:"), self.summary)
        form.addRow(QCoreApplication.translate("FollowUpActions", "&Kind:"), self.kind)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # as FollowUpDialog's: Alt+O typed an "o" in the summary but under KDE and GNOME
        ok = QCoreApplication.translate("FollowUpActions", "&OK")
        cancel = QCoreApplication.translate("FollowUpActions", "&Cancel")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.summary.textChanged.connect(self._enable_ok)
        self._enable_ok()
        self.summary.setFocus()
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())  # a line's room

    def _enable_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.summary.text().strip()))

    def answer(self) -> DoneAnswer | None:
        summary = self.summary.text().strip()
        return DoneAnswer(summary, str(self.kind.currentData())) if summary else None


def ask_summary(
    parent: QWidget | None, prefill: str, who: str = "", kind: str = "call"
) -> DoneAnswer | None:
    """The one-line journal entry Done asks for (about ``who``) and its kind, ``kind`` offered
    first; None when cancelled."""
    dialog = DoneDialog(prefill, kind, who, parent)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _ask(parent: QWidget | None, title: str, question: str, accept: str, reject: str) -> bool:
    """A question answered by two named buttons, ``accept`` the default; True for it."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent
    )
    chosen = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(chosen)
    box.exec()
    return box.clickedButton() is chosen


def ask_log_anyway(parent: QWidget | None, name: str) -> bool:
    """Whether to log, as a journal entry with ``name``, the line typed for a follow-up that
    was done or deleted elsewhere meanwhile."""
    translate = QCoreApplication.translate
    question = translate(
        "FollowUpActions",
        "This follow-up was closed elsewhere while you typed. Log what you typed in "
        "the journal with %1 anyway?",
    )
    return _ask(
        parent,
        translate("FollowUpActions", "Done"),
        fill(question, shown_as_written(name)),
        translate("FollowUpActions", "&Log it"),
        translate("FollowUpActions", "&Discard it"),
    )


def ask_unarchive(parent: QWidget | None, name: str) -> bool:
    """Whether to unarchive ``name``, to whom a follow-up was just added."""
    translate = QCoreApplication.translate
    question = translate(
        "FollowUpActions",
        "%1 is archived, and archived contacts are never reminded. Unarchive them so "
        "that this follow-up reminds you?",
    )
    return _ask(
        parent,
        translate("FollowUpActions", "Add follow-up"),
        fill(question, name),
        translate("FollowUpActions", "&Unarchive"),
        translate("FollowUpActions", "&Keep archived"),
    )


def done_kind(core: Core, contact_id: int) -> str:
    """The kind Done offers first: how the user last talked with this person (a note is not
    talking), else a call, as the quick entry offers."""
    for entry in core.journal.for_contact(contact_id, limit=20):
        if entry.kind != "note":
            return entry.kind
    return "call"


def told_apart_names(core: Core, people: list[tuple[int, str]]) -> dict[int, str]:
    """Names that different contacts among ``people`` (id, name) share, with their
    organization or job title: {id: "Henry Davies (Acme)"}. Two rows reading "Henry Davies —
    Ask about the intro" left the user to guess which one was meant."""
    ids_by_name: dict[str, set[int]] = {}
    for contact_id, name in people:
        ids_by_name.setdefault(name, set()).add(contact_id)
    shared = [i for ids in ids_by_name.values() if len(ids) > 1 for i in ids]
    if not shared:
        return {}
    names = {}
    for summary in core.contacts.summaries(shared):
        detail = summary.organization or summary.title
        if detail:
            names[summary.id] = fill(tr("%1 (%2)"), summary.display_name, detail)
    return names


class FollowUpChange(_ContactCommand):
    """Done, Snooze, Reschedule or Skip on one item, undoable: undo puts the item back as it
    was (and takes back the journal entry Done wrote)."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        before: FollowUp,
        change: Callable[[int | None], int | None],
    ) -> None:
        """``change(reuse_id)`` does it; Done returns the journal entry it wrote, made with
        ``reuse_id`` when given and free (a redo: the entry keeps the id later commands, such
        as deleting it, hold)."""
        super().__init__(context, text)
        self.before = before
        self.change = change
        self.logged: int | None = None  # the journal entry Done wrote
        self._taken_back: int | None = None  # its id, after an undo removed it
        self.after: FollowUp | None = None  # the item as the change left it

    def apply(self) -> None:
        follow_ups = self.context.core.follow_ups
        if self.after is not None and self._taken_back is None:
            # a redo of Snooze, Skip or Reschedule: the item as the change left it (done again,
            # a Skip would count from a date an interaction logged since may have moved)
            follow_ups.put_back(self.after)
        else:
            self.logged = self.change(self._taken_back)
            assert self.before.id is not None
            self.after = self.after or follow_ups.get(self.before.id)
        self._changed()

    def revert(self) -> None:
        core = self.context.core
        with core.store.transaction():
            if self.logged is not None:
                # the clock it restarted goes back too; the id is kept from entries written
                # meanwhile (an import) for the redo: a redone edit of the entry finds it
                core.journal.delete(self.logged)
            core.follow_ups.put_back(self.before)
        self._taken_back, self.logged = self.logged, None
        self._changed()

    def _changed(self) -> None:
        contact_id = self.before.contact_id
        self.context.changes.follow_ups_changed.emit()
        self.context.changes.contacts_changed.emit([contact_id])
        self.context.changes.journal_changed.emit([contact_id])


class AddFollowUp(_ContactCommand):
    """Add follow-up…, undoable: undo takes the item away, redo writes it back under its id
    (a later command on it, such as Snooze, holds that id). Without it on the stack, Ctrl+Z
    right after adding one undid the command before, something else entirely."""

    def __init__(self, context: AppContext, text: str, item: FollowUp) -> None:
        super().__init__(context, text)
        self.item = item  # its id once written

    def apply(self) -> None:
        follow_ups = self.context.core.follow_ups
        if self.item.id is None:
            item = self.item
            added = follow_ups.add(item.contact_id, item.due, item.note, has_time=item.has_time)
            self.item = follow_ups.get(added) or dataclasses.replace(item, id=added)
        else:
            follow_ups.restore(self.item)
        self._changed()

    def revert(self) -> None:
        assert self.item.id is not None
        self.context.core.follow_ups.delete(self.item.id, undoable=True)
        self._changed()

    def _changed(self) -> None:
        self.context.changes.follow_ups_changed.emit()
        self.context.changes.contacts_changed.emit([self.item.contact_id])


class DeleteFollowUp(_ContactCommand):
    """Delete on a one-off item, undoable: undo puts it back under its id. A follow-up no
    longer wanted (the meeting called off) could only be marked Done, which wrote a journal
    line about something that never happened."""

    def __init__(self, context: AppContext, text: str, item: FollowUp) -> None:
        super().__init__(context, text)
        self.item = item

    def apply(self) -> None:
        assert self.item.id is not None
        self.item = self.context.core.follow_ups.delete(self.item.id, undoable=True) or self.item
        self._changed()

    def revert(self) -> None:
        self.context.core.follow_ups.restore(self.item)
        self._changed()

    def _changed(self) -> None:
        self.context.changes.follow_ups_changed.emit()
        self.context.changes.contacts_changed.emit([self.item.contact_id])


class FollowUpActions(QObject):
    """The actions on a due item. Every change emits the changes signals views refresh on.

    The two questions (the journal line for Done, a date for Snooze/Reschedule) go through
    ``ask_summary`` and ``ask_due``, plain callables a test replaces instead of clicking a
    modal dialog.
    """

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # whom Done asks about, named in the question's title: from a row of two Henry
        # Davies, or from the tray with the window hidden, "Done" alone did not say
        self.asking_about = ""
        self.done_kind = "call"  # the kind Done offers first, for whom it asks about
        # a replacement (a test's) may answer the summary alone: logged as ``done_kind``
        self.ask_summary: Callable[[QWidget | None, str], str | DoneAnswer | None] = (
            lambda parent, prefill: ask_summary(parent, prefill, self.asking_about, self.done_kind)
        )
        # the date dialog, told the quiet hours as they are when it opens
        self.ask_due: Callable[..., DueChoice | None] = lambda parent, start, **options: ask_due(
            parent, start, quiet=self.quiet_hours(), **options
        )
        # "unarchive them?" after a follow-up is added to an archived contact (a test's may
        # answer it): (parent, the contact's name) -> whether to unarchive
        self.ask_unarchive: Callable[[QWidget | None, str], bool] = ask_unarchive
        # Done's item closed elsewhere while its line was typed: (parent, whom) -> log the
        # line in the journal anyway
        self.ask_log_anyway: Callable[[QWidget | None, str], bool] = ask_log_anyway
        self.last_added: int | None = None  # the id of the item "Add follow-up…" wrote last

    @property
    def _core(self) -> Core:
        return self.context.core

    def prefill(self, follow_up: FollowUp) -> str:
        if follow_up.from_cadence or not follow_up.note or follow_up.note == CADENCE_NOTE:
            return self.tr("Kept in touch")
        return follow_up.note

    def _undoable(
        self,
        text: str,
        follow_up_id: int,
        change: Callable[[int | None], int | None],
        not_done: str,
    ) -> bool:
        """Do ``change`` to the item and put it on the undo stack; a change the database
        refuses (locked, a full disk) is said under the title ``not_done`` ("Not snoozed")
        and leaves no undo entry."""
        before = self._core.follow_ups.get(follow_up_id)
        if before is None:
            return self._gone(None, not_done)
        label = self._label(text, before.contact_id)
        return self._push(FollowUpChange(self.context, label, before, change), not_done)

    def _gone(self, parent: QWidget | None, not_done: str) -> bool:
        """The item acted on is no longer there: deleted, or its contact deleted, by another
        program (netdesk-cli, a script) since the row or menu was made. Done…, Snooze or
        Reschedule did nothing without a word, the row staying until the next look at the
        database. Said, and the views drop it. Returns False (nothing done)."""
        log.info("a follow-up acted on was deleted meanwhile")
        show_problem(
            parent,
            not_done,
            self.tr("This follow-up was deleted meanwhile, or its contact was."),
        )
        self.context.changes.follow_ups_changed.emit()
        return False

    def _who(self, contact_id: int) -> str:
        """ "Henry Davies (Acme)": the name, with the organization or job title if any."""
        found = self._core.contacts.summaries([contact_id])
        if not found:
            return ""
        detail = found[0].organization or found[0].title
        return (
            fill(tr("%1 (%2)"), found[0].display_name, detail) if detail else found[0].display_name
        )

    def _about(self, title: str, contact_id: int) -> str:
        """A dialog's title naming whom it is about, as Done's does: "Reschedule — Henry
        Davies (Acme)". From the tray, the window hidden, or on a row of two Henry Davies,
        "Reschedule" alone did not say whose follow-up it moved."""
        who = self._who(contact_id)
        return f"{title} — {who}" if who else title

    def _label(self, text: str, contact_id: int) -> str:
        """The undo entry's text: "Snooze — Ana"."""
        name = self._core.contacts.names([contact_id]).get(contact_id, "")
        return f"{text} — {name}" if name else text

    def _push(self, command: _ContactCommand, not_done: str) -> bool:
        """Do ``command`` and put it on the undo stack; a change the database refuses is said
        under the title ``not_done`` and leaves no undo entry. (Every one said "Not done",
        which after a Snooze or a Reschedule read as if the item had not been marked done.)"""
        try:
            push(self.context, command)
        except Exception as error:
            log.exception("%s failed", command.text())
            show_problem(None, not_done, str(error))
            return False
        return True

    def done(self, follow_up_id: int, parent: QWidget | None = None) -> bool:
        """Ask for the journal line, log it and close the item; the cadence restarts. A line
        the database refuses (locked by another program) is asked again, as typed."""
        follow_up = self._core.follow_ups.get(follow_up_id)
        if follow_up is None:
            return self._gone(parent, self.tr("Not done"))
        self.asking_about = self._who(follow_up.contact_id)
        self.done_kind = done_kind(self._core, follow_up.contact_id)
        prefill = self.prefill(follow_up)
        while True:
            answer = self.ask_summary(parent, prefill)
            if answer is None:
                return False
            if isinstance(answer, str):
                answer = DoneAnswer(answer, self.done_kind)
            current = self._core.follow_ups.get(follow_up_id)
            if current is None or current.done_at is not None:
                # done or deleted meanwhile (the tray, another view, netdesk-cli) while this
                # asked: a second Done would log it twice, but what was typed is not dropped
                log.info("follow-up %s closed while Done asked", follow_up_id)
                if not self._core.contacts.names([follow_up.contact_id]):
                    return self._tell_deleted(self.asking_about, answer, parent)
                return self._log_typed_anyway(follow_up.contact_id, answer, parent)
            # snoozed or moved meanwhile, still open: the user did it, so it is done now
            follow_up = current
            if self._complete(follow_up_id, answer):
                return True
            prefill, self.done_kind = answer.summary, answer.kind  # not written: asked again

    def _tell_deleted(self, name: str, answer: DoneAnswer, parent: QWidget | None) -> bool:
        """Done's line for an item whose contact was deleted meanwhile (netdesk-cli, a
        script): there is no one to log it with. It asked to log the line "with  anyway",
        and Log it said "Not logged: No contact with id 5". Said, with what was typed, and the
        views drop the contact's rows."""
        log.info("the contact of a follow-up was deleted while Done asked")
        show_problem(
            parent,
            self.tr("Not logged"),
            fill(
                self.tr(
                    "%1 was deleted while you typed, so there is no one to log it with. "
                    "What you typed:\n\n%2"
                ),
                name,
                answer.summary,
            ),
        )
        self.context.changes.follow_ups_changed.emit()
        self.context.changes.contacts_changed.emit(None)
        return False

    def _log_typed_anyway(
        self, contact_id: int, answer: DoneAnswer, parent: QWidget | None
    ) -> bool:
        """Done's line for an item closed meanwhile: logged in the journal if the user wants
        it (Ctrl+Z takes it back). True when logged."""
        if not self.ask_log_anyway(parent, self._who(contact_id)):
            return False
        from netdesk.ui.journal_edit import record_logged

        try:
            logged = self._core.journal.log(
                [contact_id], answer.kind, answer.summary, at=self._core.clock.now()
            )
        except Exception as error:  # the database refused (locked, a full disk): said
            log.exception("the line typed for Done could not be logged")
            show_problem(parent, self.tr("Not logged"), str(error))
            return False
        record_logged(self.context, logged, announce=True)
        return True

    def _complete(self, follow_up_id: int, answer: DoneAnswer) -> bool:
        summary, kind = answer.summary, answer.kind
        at = self._core.clock.now()  # a redo logs it when it was done, not when redone
        log.info("follow-up %s done (%s): %s", follow_up_id, kind, summary)

        def change(reuse_id: int | None) -> int:
            core = self._core
            with core.store.transaction():
                logged = core.journal.complete(
                    follow_up_id, summary, kind=kind, reuse_id=reuse_id, at=at
                )
                core.follow_ups.end_snooze(follow_up_id)  # done: no longer held to a time
            return logged

        return self._undoable(self.tr("Done"), follow_up_id, change, self.tr("Not done"))

    def snooze(self, follow_up_id: int, until: dt.datetime) -> None:
        def change(_reuse_id: int | None) -> None:
            self._core.follow_ups.snooze(follow_up_id, until)

        self._undoable(self.tr("Snooze"), follow_up_id, change, self.tr("Not snoozed"))

    def quiet_hours(self) -> reminders.QuietHours:
        """The user's quiet hours (Preferences), as they are now."""
        settings = self.context.settings
        return reminders.QuietHours.parse(
            settings.get(s.QUIET_HOURS_START), settings.get(s.QUIET_HOURS_END)
        )

    def later_today_moment(self, now: dt.datetime) -> dt.datetime | None:
        return reminders.later_today_outside(now, self.quiet_hours())

    def tomorrow_moment(self, now: dt.datetime) -> dt.datetime:
        return reminders.tomorrow_outside(now, self.quiet_hours())

    def next_week_moment(self, now: dt.datetime) -> dt.datetime:
        return reminders.next_week_outside(now, self.quiet_hours())

    def later_today_text(self, moment: dt.datetime | None) -> str:
        now = self._core.clock.now()
        if moment is None or moment == reminders.later_today(now):
            return self.tr("&Later today (+3 h)")
        return fill(self.tr("&Later today (%1)"), _clock(moment))

    def tomorrow_text(self, moment: dt.datetime | None) -> str:
        if moment is None or moment.time() == dt.time(9, 0):
            return self.tr("&Tomorrow (9:00)")
        return fill(self.tr("&Tomorrow (%1)"), _clock(moment))

    def next_week_text(self, moment: dt.datetime | None) -> str:
        if moment is None or moment.time() == dt.time(9, 0):
            return self.tr("&Next week (Monday 9:00)")
        return fill(self.tr("&Next week (Monday %1)"), _clock(moment))

    def _snooze_offered(
        self,
        follow_up_id: int,
        until: Callable[[dt.datetime], dt.datetime | None],
        shown: dict[int, dt.datetime | None],
        index: int,
    ) -> None:
        """A snooze choice taken: its moment from now, else (no longer offered since the menu
        opened, "Later today (20:45)" at 20:20) the one the menu said, if still to come."""
        now = self._core.clock.now()
        moment = until(now)
        if moment is None:
            said = shown.get(index)
            moment = said if said is not None and said > now else None
        if moment is None:
            log.info("a snooze choice no longer fits the hour: nothing snoozed")
            return
        self.snooze(follow_up_id, moment)

    def snooze_to_picked(self, follow_up_id: int, parent: QWidget | None = None) -> bool:
        now = self._core.clock.now()
        start = self.tomorrow_moment(now)  # as "Tomorrow" offers it: outside quiet hours
        item = self._core.follow_ups.get(follow_up_id)
        title = self.tr("Snooze until")
        title = self._about(title, item.contact_id) if item is not None else title
        # a snooze puts the item off ("not now, later"): a day gone by (a slip in the
        # calendar) left it overdue, "snoozed", and the Snooze menu had done nothing the user
        # could see. Nor a moment before it is due: the menu's fixed choices refuse those,
        # and Pick a date… brought an item of next week forward to tomorrow, under an undo
        # entry saying "Snooze". Bringing it forward is Reschedule…'s, and the dialog says so.
        earliest, too_early = now, ""
        if item is not None and item.effective_due > now:
            earliest = item.effective_due
            start = max(start, self.tomorrow_moment(earliest))  # as "Tomorrow" from then
            too_early = fill(
                self.tr(
                    "A snooze puts it off: choose a moment after %1, when it is due. "
                    "To bring it forward, use Reschedule… instead."
                ),
                self._when(item),
            )
        choice = self.ask_due(parent, start, title=title, earliest=earliest, too_early=too_early)
        if choice is None:
            return False
        held = self._core.follow_ups.get(follow_up_id)
        if held is not None and choice.due == held.effective_due:
            self._say_unmoved(parent)  # snoozed to then already: nothing to undo
            return True
        self.snooze(follow_up_id, choice.due)
        return True

    @staticmethod
    def _when(follow_up: FollowUp) -> str:
        """When ``follow_up`` is due, as a row says it: "Sat 7 Mar 2026 10:00", or the day
        alone for an item due on a day."""
        due = follow_up.effective_due
        locale = QLocale()
        when = locale.toString(QDate(due.year, due.month, due.day), "ddd d MMM yyyy")
        if shown_with_time(follow_up):
            clock = locale.toString(QTime(due.hour, due.minute), QLocale.FormatType.ShortFormat)
            when = f"{when} {clock}"
        return when

    def reschedule(self, follow_up_id: int, parent: QWidget | None = None) -> bool:
        follow_up = self._core.follow_ups.get(follow_up_id)
        if follow_up is None:
            return self._gone(parent, self.tr("Not rescheduled"))
        start = follow_up.effective_due
        now = self._core.clock.now()
        if start <= now:
            # overdue: offered from tomorrow (at its time of day), not at its old date. The
            # item 7 years late on Today's first row opened in 2019, and OK, untouched, left
            # it overdue, moved to where it was
            tomorrow = reminders.tomorrow_morning(now).date()
            start = dt.datetime.combine(tomorrow, start.time())
        # a one-off's note can be put right here ("Send the porposal"): it could only be
        # deleted and added again. A keep-in-touch item's says what it is, and stays.
        one_off = not follow_up.from_cadence
        choice = self.ask_due(
            parent,
            start,
            title=self._about(self.tr("Reschedule"), follow_up.contact_id),
            # as the item is shown: opened without its snooze's time, OK moved it to midnight
            has_time=shown_with_time(follow_up),
            with_note=one_off,
            note=follow_up.note if one_off else "",
        )
        if choice is None:
            return False
        # a note emptied keeps the one it had: a follow-up says what is to be done
        note = choice.note if one_off and choice.note else follow_up.note
        if note == follow_up.note and _moved_nowhere(follow_up, choice.due, choice.has_time):
            # OK on the date it had (or one typed wrong, then back): an undo step "Reschedule
            # — Ana" that undid nothing went on the stack, and nothing said nothing moved
            self._say_unmoved(parent)
            return True

        def change(_reuse_id: int | None) -> None:
            self._core.follow_ups.reschedule(
                follow_up_id, choice.due, has_time=choice.has_time, note=note
            )

        return self._undoable(
            self.tr("Reschedule"), follow_up_id, change, self.tr("Not rescheduled")
        )

    def _say_unmoved(self, parent: QWidget | None) -> None:
        """Say in the main window's status bar that the item is due then already."""
        text = self.tr("Nothing changed: the follow-up is already due then.")
        log.info("a follow-up rescheduled or snoozed to when it was due already")
        window = parent.window() if parent is not None else None
        if not isinstance(window, QMainWindow):  # from the tray's menu: the main window
            found = (w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
            window = next(found, None)
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    def skip(self, follow_up_id: int) -> None:
        def change(_reuse_id: int | None) -> None:
            self._core.follow_ups.skip(follow_up_id)

        self._undoable(self.tr("Skip this cycle"), follow_up_id, change, self.tr("Not skipped"))

    def delete(self, follow_up_id: int, parent: QWidget | None = None) -> bool:
        """Delete a one-off item (Ctrl+Z brings it back); nothing goes into the journal."""
        item = self._core.follow_ups.get(follow_up_id)
        if item is None:
            return self._gone(parent, self.tr("Not deleted"))
        label = self._label(self.tr("Delete follow-up"), item.contact_id)
        return self._push(DeleteFollowUp(self.context, label, item), self.tr("Not deleted"))

    def open_contact(self, contact_id: int) -> None:
        self.context.changes.open_contact.emit(contact_id)

    def add(self, contact_id: int, parent: QWidget | None = None) -> bool:
        """ "Add follow-up…": a date, an optional time and a note."""
        start = reminders.tomorrow_morning(self._core.clock.now())
        choice = self.ask_due(
            parent,
            start,
            title=self._about(self.tr("Add follow-up"), contact_id),
            with_note=True,
            has_time=False,
        )
        if choice is None:
            return False
        item = FollowUp(
            contact_id=contact_id,
            due=choice.due,
            note=choice.note or self.tr("Follow up"),
            has_time=choice.has_time,
        )
        label = self._label(self.tr("Add follow-up"), contact_id)
        command = AddFollowUp(self.context, label, item)
        if not self._push(command, self.tr("Follow-up not added")):
            return False
        self.last_added = command.item.id
        self._offer_unarchive(contact_id, parent)
        return True

    def _offer_unarchive(self, contact_id: int, parent: QWidget | None) -> None:
        """Archived contacts are never reminded: a follow-up added to one would wait unseen."""
        found = self._core.contacts.summaries([contact_id])
        if found and found[0].archived and self.ask_unarchive(parent, found[0].display_name):
            self._push(
                ArchiveContacts(self.context, [contact_id], archived=False),
                self.tr("Not unarchived"),
            )

    # -- menus -------------------------------------------------------------------------------

    def snooze_menu(
        self, follow_up_id: int, parent: QWidget | None = None, *, into: QMenu | None = None
    ) -> QMenu:
        """The snooze choices, in a new menu or added to ``into`` (a menu made when opened)."""
        # an Alt+letter each, unique in the menu (a keyboard user had only the arrows); the
        # texts are the menu's own: the undo entry ("Snooze — Ana") and a tip say no "&"
        menu = QMenu(self.tr("&Snooze"), parent) if into is None else into
        menu.setObjectName("snoozeMenu")
        # the moment is worked out when chosen (a row's menu can be hours, or a night, old),
        # else the one the menu said when opened; each outside the user's quiet hours
        # (Preferences): "Later today (+3 h)" at 19:00 landed at 22:00, in them, and the
        # reminder waited for their end, the next morning
        choices = (
            (self.later_today_text, self.later_today_moment),
            (self.tomorrow_text, self.tomorrow_moment),
            (self.next_week_text, self.next_week_moment),
        )
        shown: dict[int, dt.datetime | None] = {}  # the moment each choice said at opening
        made = []
        for index, (text, until) in enumerate(choices):
            moment = until(self._core.clock.now())
            shown[index] = moment
            slot = partial(self._snooze_offered, follow_up_id, until, shown, index)
            made.append((add_action(menu, text(moment), slot), text, until))
        add_action(
            menu, self.tr("&Pick a date…"), lambda: self.snooze_to_picked(follow_up_id, parent)
        )

        def fit_the_hour() -> None:
            """The choices as they are now, each time the menu opens (a Today row's menu is
            made once and opened again hours later)."""
            item = self._core.follow_ups.get(follow_up_id)
            now = self._core.clock.now()
            for index, (action, text, until) in enumerate(made):
                moment = shown[index] = until(now)
                # "Later today" from 21:00 lands after midnight, and in the small hours the
                # user's day has not begun: not offered then ("Tomorrow" is the coming
                # morning), nor when no moment before the quiet hours is left
                action.setVisible(moment is not None)
                action.setText(text(moment))
                # a snooze puts an item off: none that would bring it forward (an item of next
                # week "snoozed" to later today)
                action.setEnabled(
                    item is None or (moment is not None and moment > item.effective_due)
                )

        fit_the_hour()
        menu.aboutToShow.connect(fit_the_hour)
        return menu

    def menu_for(
        self, follow_up: FollowUp, parent: QWidget | None = None, *, into: QMenu | None = None
    ) -> QMenu:
        """Every action on one item, for a context menu or the tray (or added to ``into``)."""
        assert follow_up.id is not None
        item_id, contact_id = follow_up.id, follow_up.contact_id
        menu = QMenu(parent) if into is None else into
        menu.setObjectName("followUpMenu")
        # an Alt+letter each, unique in the menu, the same on the card, in Today and the tray
        add_action(menu, self.tr("&Done…"), lambda: self.done(item_id, parent))
        menu.addMenu(self.snooze_menu(item_id, menu))
        add_action(menu, self.tr("&Reschedule…"), lambda: self.reschedule(item_id, parent))
        if follow_up.from_cadence:  # a one-off has no next cycle: Skip closed it for good
            add_action(menu, self.tr("S&kip this cycle"), lambda: self.skip(item_id))
        else:  # a keep-in-touch item comes back while the cadence lasts: the card's Never ends it
            add_action(menu, self.tr("De&lete"), lambda: self.delete(item_id, parent), "delete")
        menu.addSeparator()
        add_action(
            menu, self.tr("&Open contact"), lambda: self.open_contact(contact_id), "openContact"
        )
        return menu
