"""Log an interaction: kind, when, summary, optional notes and other people; Enter saves."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.journal import ContactsGone
from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.date_typing import show_typing_problem, typed_in_full, typing_problem
from netdesk.ui.journal_view import MOST_NAMES, kind_labels
from netdesk.ui.widgets import ElidedLabel, InlineMessage, PeoplePicker, fill, form_row, tr

if TYPE_CHECKING:
    from netdesk.ui.operations import Operation, Work

log = logging.getLogger("netdesk.ui")
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's: no maximum

# Times are edited as written, on no clock: in local time an entry at 02:30 on the night the
# clocks go forward (logged abroad, or by netdesk-cli) read as 03:30 and was saved so.
_AS_WRITTEN = QTimeZone(QTimeZone.Initialization.UTC)


def qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        _AS_WRITTEN,
    )


def pydatetime(value: QDateTime) -> dt.datetime:
    day, time = value.date(), value.time()
    return dt.datetime(
        day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second()
    )


def people_text(names: list[str], total: int | None = None) -> str:
    """Who an entry is with, short enough for a title: "Ana, Bob and 18 more". ``total``:
    how many people in all, when ``names`` holds only the first of them."""
    total = len(names) if total is None else total
    if total <= 3:
        return ", ".join(names)
    return fill(tr("%1, %2 and %Ln more", None, total - 2), names[0], names[1])


def with_text(names: list[str], total: int | None = None) -> str:
    """Who an entry is with, for its "With" line: the first MOST_NAMES, then how many more
    (``total`` as for :func:`people_text`). Every name of a talk with 100,000 people was cut
    to the line's width at each resize (0.4 s each, three as it opened), and made a tooltip
    of 1,500,000 characters."""
    total = len(names) if total is None else total
    if total <= MOST_NAMES:
        return ", ".join(names)
    return fill(tr("%1 and %Ln more", None, total - MOST_NAMES), ", ".join(names[:MOST_NAMES]))


def notes_text(typed: str) -> str:
    """Notes as typed, without the blank lines and spaces around them (an indented first
    line stays indented)."""
    return typed.rstrip().lstrip("\n")


class EntryForm(QDialog):
    """What the quick entry and the edit dialog share: kind, when, summary and notes; Enter in
    a one-line field saves, in the notes it is a new line; Esc after typing asks first."""

    def __init__(
        self,
        context: AppContext,
        who: list[str],
        kind: str,
        when: dt.datetime,
        summary: str,
        body: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind"))
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.when = typed_in_full(QDateTimeEdit())
        self.when.setTimeZone(_AS_WRITTEN)
        self.when.setDateTime(qdatetime(when))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setAccessibleName(tr("When"))
        self.summary = QLineEdit(summary)
        self.summary.setObjectName("summaryField")
        self.summary.setPlaceholderText(tr("What happened, in one line"))
        self.summary.setAccessibleName(tr("Summary"))
        self.body = QPlainTextEdit(body)
        self.body.setObjectName("notesField")
        self.body.setPlaceholderText(tr("Notes (optional)"))
        self.body.setAccessibleName(tr("Notes"))
        self.body.setTabChangesFocus(True)
        # a meeting with 20 people made the dialog 3,860 pixels wide, Save off the screen
        self.who = ElidedLabel()
        self.who.setText(with_text(who))
        self.problem = InlineMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        # Alt+S and Alt+C are Save's and Cancel's, on every desktop: only KDE's and GNOME's
        # Qt give the buttons "&Save" and "&Cancel"; elsewhere Alt+S typed an "s" in the field
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow(tr("With"), self.who)
        self.form.addRow(tr("&Kind"), self.kind)
        self.form.addRow(tr("&When"), self.when)
        self.form.addRow(tr("Su&mmary"), self.summary)
        self.form.addRow(tr("&Notes"), self.body)
        self._opened: tuple[object, ...] = ()
        self._future_said: dt.datetime | None = None  # a When ahead, said once (_when_is_meant)
        self._writing: Operation | None = None  # a long write on the worker (write_then_close)
        self.people: PeoplePicker  # made by _add_people

    def chosen_when(self) -> dt.datetime:
        """When, as the field shows it: a time the user changed is that minute. It kept the
        seconds the dialog opened with, unseen, and two entries typed at one minute were
        put in the order of those (the later one logged could list as the older)."""
        when = pydatetime(self.when.dateTime())
        return when if self.when.dateTime() == self._opened[1] else when.replace(second=0)

    def write_then_close(
        self,
        label: str,
        work: Work,
        written: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run ``work(progress, cancelled)`` (core calls only) on the worker, the dialog open
        and disabled under a busy cursor until it ends, its progress and Cancel in a box over
        it; then ``written(result)`` (which closes the dialog) or ``failed(error)`` (nothing
        was written: said in the dialog, what was typed kept). Cancelled, nothing was written
        either: the dialog is as it was, to save again or close."""
        from netdesk.ui.operations import Operation

        focused = self.focusWidget()

        def usable() -> None:
            QApplication.restoreOverrideCursor()
            self.setEnabled(True)
            if focused is not None:  # disabled, the dialog had let go of it: typing went nowhere
                focused.setFocus()

        def done(result: object) -> None:
            usable()
            written(result)

        def refused(error: BaseException) -> None:
            usable()
            failed(error)

        def stopped() -> None:
            usable()
            self.problem.show_problem(tr("Cancelled: nothing was saved."))

        self._writing = Operation(
            self.context, self, label, work, changes=False, report_errors=False
        )
        self._writing.succeeded.connect(done)
        self._writing.failed.connect(refused)
        self._writing.cancelled.connect(stopped)
        self.setEnabled(False)
        # its progress box is a window of its own, made while the dialog was enabled: the
        # dialog's disabling took it too, and logging with 100,000 people showed minutes of a
        # grey bar that did not move, its Cancel greyed out
        self._writing.dialog.setEnabled(True)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._writing.start()

    def is_writing(self) -> bool:
        """Whether a write on the worker is running (the dialog waits for it)."""
        return self._writing is not None and self._writing.running

    def _add_people(self, label: str) -> None:
        """The row of people: a field to add one by name and the list of those chosen."""
        self.people = PeoplePicker(self.context.core)
        self.people.remove_button.setText(tr("&Remove"))
        self.people.chosen.installEventFilter(self)  # Delete takes the current person off
        # QLineEdit writes the chosen completion back after the picker has emptied itself:
        # empty it again once that is done, ready for the next name
        self.people.picker.picked.connect(
            lambda contact_id: (
                contact_id is not None and QTimer.singleShot(0, self, self._clear_person_field)
            )
        )
        form_row(self.form, label, self.people, self.people.picker.edit)
        # a taller dialog gives its height to the notes; the people stay as tall as they
        # are, under them (their field floated in the room between the label and the list)
        self.people.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _clear_person_field(self) -> None:
        if self.people.picker.contact_id is None:
            self.people.picker.set_contact(None)

    def _choosing_person(self) -> bool:
        """Whether Save must wait for the people's field: Enter chose a name in its list, or
        a name typed there was not chosen (saving would silently leave them out; said)."""
        popup = self.people.picker.completer.popup()
        if self.people.picker.edit.hasFocus() and popup is not None and popup.isVisible():
            return True  # Enter chose a person in the completer, it did not mean "save"
        typed = self.people.picker.edit.text().strip()
        if typed and self.people.picker.contact_id is None:
            self.problem.show_problem(
                tr("Choose “%1” from the list of names, or clear the field.").replace("%1", typed)
            )
            self.people.picker.edit.setFocus()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the list of people takes the current one off, as Alt+R does (only the
        Remove button did)."""
        if (
            watched is self.people.chosen
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
            and self.people.remove_button.isEnabled()
        ):
            self.people.remove_button.click()
            return True
        return super().eventFilter(watched, event)

    def _when_typed_wrong(self) -> bool:
        """Whether the When typed does not exist (date_typing: the field shows another
        one, maybe the very one it opened with): said, its wrong part selected to type."""
        wrong = show_typing_problem(self.when)
        if wrong:
            self.problem.show_problem(wrong)
        return bool(wrong)

    def _when_is_meant(self) -> bool:
        """A When more than a day ahead (a mistyped year) is said once before it is saved:
        the entry would count as the last talk and hold the keep-in-touch reminders back
        until then. Saving again keeps it. A date typed that does not exist is not saved
        at all (_when_typed_wrong)."""
        if self._when_typed_wrong():
            return False
        when = self.chosen_when()
        if when <= self.context.core.clock.now() + dt.timedelta(days=1):
            return True
        if self._future_said == when:
            return True
        self._future_said = when
        self.problem.show_problem(
            tr(
                "That is in the future: until then it counts as your last talk, and the "
                "reminders to keep in touch wait for it. Save again to keep it."
            )
        )
        self.when.setFocus()
        return False

    def _lay_out(self) -> None:
        """Once the subclass has added its rows: the dialog as it opens."""
        self._opened = self._typed()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.summary.setFocus()
        self.resize(480, self.sizeHint().height())
        # compact as it opens (a quick entry holds its notes' height for that), and then
        # any height the user gives it goes to the notes
        self.body.setMaximumHeight(QWIDGETSIZE_MAX)
        self._restore_size()

    def _size_key(self) -> str:
        return f"{self.objectName()}_size"

    def _restore_size(self) -> None:
        """The size the user last gave this dialog (long notes read in a larger one were
        back in a small one at each opening), within the screen it opens on."""
        saved = self.context.settings.geometry(self._size_key())
        if saved is None:
            return
        try:
            width, height = (int(n) for n in bytes(saved.data()).decode().split("x"))
        except (UnicodeError, ValueError):
            return  # not a size (the file edited by hand)
        room = self.screen().availableGeometry()
        minimum = self.minimumSizeHint()
        self.resize(
            max(minimum.width(), min(width, room.width())),
            max(minimum.height(), min(height, room.height())),
        )

    def done(self, result: int) -> None:
        size = f"{self.width()}x{self.height()}".encode()
        self.context.settings.save_geometry(self._size_key(), QByteArray(size))
        super().done(result)

    def _typed(self) -> tuple[object, ...]:
        """What the user can change, to tell whether they did."""
        return (
            self.kind.currentData(),
            self.when.dateTime(),
            self.summary.text(),
            self.body.toPlainText(),
        )

    def reject(self) -> None:
        """Cancel, Esc or the window's close: what was typed is not thrown away unasked."""
        if self.is_writing():  # it is being saved: the dialog closes once it is
            return
        # a When typed wrong may show the one it opened with (its wrong digit refused)
        if self._typed() == self._opened and not typing_problem(self.when):
            super().reject()
            return
        if self.context.changes.stopping:  # the system stops netdesk: nobody to ask
            log.warning("netdesk was stopped while an entry was typed: %r", self.summary.text())
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            tr("Discard what you typed?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        discard = box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is discard:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a one-line field saves; in the notes box it is a new line, and Ctrl+Enter
        # saves there (it did nothing: the notes box and the dialog both let it pass)
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (ctrl or not self.body.hasFocus()):
            self.accept()
            return
        super().keyPressEvent(event)


class LogInteractionDialog(EntryForm):
    """Records one interaction with the given contacts (and anyone added in the dialog)."""

    def __init__(
        self,
        context: AppContext,
        contact_ids: list[int],
        parent: QWidget | None = None,
        summary: str = "",
        kind: str = "call",
    ) -> None:
        self.contact_ids = list(contact_ids)
        self.interaction_id: int | None = None
        # the names shown, no more: all 100,000 of a whole list selected were read (~1 s of
        # the window's thread as the dialog opened)
        self.names: dict[int, str] = {}
        super().__init__(context, [], kind, context.core.clock.now(), summary, "", parent)
        self.setObjectName("logInteractionDialog")
        self._show_who()
        self.body.setMaximumHeight(110)
        if self.contact_ids:
            self._add_people(tr("&Also there"))
            self.people.picker.setAccessibleName(tr("Other people involved"))
        else:  # opened with nobody chosen ("With: (choose below)"): the people are chosen
            # here, where "Also there" and "Add someone else who was there…" spoke of others
            self._add_people(tr("&People"))  # (as the journal entry's edit says it)
            self.people.picker.edit.setPlaceholderText(tr("Type a name…"))
            self.people.picker.setAccessibleName(tr("People"))
            self.people.chosen.setAccessibleName(tr("People"))  # (a screen reader's "Also there")
        self._lay_out()

    def _show_who(self) -> None:
        shown = self.contact_ids[:MOST_NAMES]
        unread = [i for i in shown if i not in self.names]
        if unread:  # "?": deleted before the dialog opened
            names = self.context.core.contacts.names(unread)
            self.names.update({i: names.get(i, "?") for i in unread})
        who, total = [self.names[i] for i in shown], len(self.contact_ids)
        self.setWindowTitle(
            fill(tr("Log interaction with %1"), people_text(who, total))
            if who
            else tr("Log interaction")
        )
        self.who.setText(with_text(who, total) if who else tr("(choose below)"))

    def _take_off_deleted(self) -> str:
        """Who of those chosen was deleted meanwhile (netdesk-cli, a script, an undo in the
        window), taken off the entry ("" if nobody). Saving said "No contact with id 5, 9."
        again at each Save, the ones the dialog opened with beyond any Remove."""
        ids = self.all_contact_ids()
        stored = self.context.core.contacts.names(ids)
        if len(stored) == len(ids):
            return ""
        return self._take_off({i for i in ids if i not in stored})

    def _take_off(self, gone: Collection[int]) -> str:
        """Take ``gone`` off the entry; says who they were: their names where the dialog
        read them, else how many."""
        gone = set(gone)
        mine = [i for i in self.contact_ids if i in gone]
        self.contact_ids = [i for i in self.contact_ids if i not in gone]
        named = [self.names[i] for i in mine if i in self.names]
        unnamed = len(mine) - len(named)
        chosen = self.people.chosen
        deleted = [
            row
            for row in range(chosen.count())
            if int(chosen.item(row).data(Qt.ItemDataRole.UserRole)) in gone
        ]
        named += [chosen.item(row).text() for row in deleted]
        for row in reversed(deleted):
            chosen.takeItem(row)
        self._show_who()
        if not unnamed:
            return ", ".join(named)
        if not named:
            return tr("%Ln contacts", None, unnamed)
        return fill(tr("%1 and %Ln more", None, unnamed), ", ".join(named))

    def _say_gone(self, gone: str) -> None:
        said = tr("Deleted meanwhile, so taken off this entry: %1.").replace("%1", gone)
        if self.all_contact_ids():
            said += " " + tr("Save again to log it with the others.")
        self.problem.show_problem(said)

    def _typed(self) -> tuple[object, ...]:
        people = self.people
        return (*super()._typed(), people.contact_ids(), people.picker.edit.text())

    def all_contact_ids(self) -> list[int]:
        return list(dict.fromkeys(self.contact_ids + self.people.contact_ids()))

    def accept(self) -> None:
        """Save, restart the keep-in-touch clocks (core) and tell every view."""
        if self.interaction_id is not None or self.is_writing():
            return  # saved already: a second Enter or click must not log it again
        if self._choosing_person():
            return
        summary = self.summary.text().strip()
        # many people: whether each is still there is checked on the worker, as the entry is
        # written (ContactsGone): their names, read here, held the window ~1 s for 100,000
        ids = self.all_contact_ids()
        gone = "" if len(ids) > undo.BACKGROUND_DELETE else self._take_off_deleted()
        if gone:
            self._say_gone(gone)
            return
        if not ids:
            self.problem.show_problem(tr("Choose who the interaction was with."))
            return
        if not summary:
            self.problem.show_problem(tr("Write a one-line summary."))
            self.summary.setFocus()
            return
        if not self._when_is_meant():
            return
        kind, when, body = self.kind.currentData(), self.chosen_when(), self.body.toPlainText()

        def write(
            progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None,
        ) -> int:  # core only: it may run on the worker
            journal = self.context.core.journal
            return journal.log(
                ids,
                kind,
                summary,
                body=notes_text(body),
                at=when,
                progress=progress,
                cancelled=cancelled,
            )

        if len(ids) <= undo.BACKGROUND_DELETE:  # a moment: no round trip to the worker
            try:
                written = write()
            except Exception as error:  # the worker's failures are logged by the operation
                if not isinstance(error, ValueError):
                    log.exception("logging an interaction failed")
                self._not_logged(error)
                return
            self._logged(ids, written)
            return
        # 1,000 people took 0.7 s of the window's thread (their search index rewritten)
        self.write_then_close(
            tr("Logging the interaction…"),
            write,
            lambda written: self._logged(ids, written),
            self._not_logged,
        )

    def _logged(self, ids: list[int], interaction_id: int) -> None:
        self.interaction_id = interaction_id
        self.context.changes.journal_changed.emit(ids)
        self.context.changes.contacts_changed.emit(ids)
        self.context.changes.follow_ups_changed.emit()
        super().accept()

    def _not_logged(self, error: BaseException) -> None:
        """Nothing was written (one transaction): said here, what was typed left to save
        again. A locked database went up as an internal error, the dialog left behind."""
        if isinstance(error, ContactsGone):  # deleted meanwhile, found as it was written
            self._say_gone(self._take_off(error.contact_ids))
            return
        if isinstance(error, ValueError):  # core's check: no contact, kind or summary
            self.problem.show_problem(str(error))
            return
        self.problem.show_problem(fill(tr("Not saved: %1 Try again, or press Cancel."), str(error)))
        self.summary.setFocus()
