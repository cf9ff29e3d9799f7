"""Contact > Manage tags: every tag with how many contacts carry it and its default
keep-in-touch cadence; rename one (onto another to make them one), delete one, set its
default. Each change is undoable from the dialog (Ctrl+Z) and from the Edit menu."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.listing import tag_sort_key as sort_key
from netdesk.core.listing import tags_by_name
from netdesk.core.tags import TagRename, TagState, UnknownTagError
from netdesk.core.types import Tag
from netdesk.ui.card_rhythm import cadence_choices, every_text
from netdesk.ui.context import AppContext
from netdesk.ui.errors import show_problem
from netdesk.ui.undo import Cancelled, Progress, _BulkCommand, push
from netdesk.ui.undo_actions import UndoRedoActions
from netdesk.ui.widgets import (
    fill,
    form_row,
    remember_size,
    shown_as_written,
    tab_as_shown,
    tr,
)

log = logging.getLogger("netdesk.ui")

CUSTOM = -1  # the cadence menu's "Custom…"
# keys that step a closed QComboBox to another item (and emit activated, each a change)
_STEPPING_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}
_Index = QModelIndex | QPersistentModelIndex


def named(name: str) -> str:
    """A tag's name for a sentence, a title or the Edit menu: a 300-character one (imported,
    say) cut to its first 60 characters; the table shows it whole."""
    return name if len(name) <= 60 else name[:59].rstrip() + "…"


def _allow_ok(dialog: QDialog, allowed: bool) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok) if buttons is not None else None
    if ok is not None:
        ok.setEnabled(allowed)


def default_text(days: int | None) -> str:
    """A tag's default cadence in the table's words."""
    return every_text(days) if days is not None else tr("No default")


class TagGoneError(UnknownTagError):
    """UnknownTagError in the app's words (an undo or redo says it, in the user's language)."""

    def __str__(self) -> str:
        return fill(tr("There is no tag “%1” any more."), named(self.name))


def _in_app_words(work: Callable[[], object]) -> None:
    """Run ``work``; a tag gone meanwhile is said as TagGoneError."""
    try:
        work()
    except TagGoneError:
        raise
    except UnknownTagError as error:
        raise TagGoneError(error.name) from error


class RenameTag(_BulkCommand):
    """Rename a tag, or fold it into the tag already called that; undo parts them again."""

    def __init__(self, context: AppContext, name: str, new_name: str) -> None:
        tags = context.core.tags
        other = tags.folds_into(name, new_name)
        # a fold says the name the contacts will carry ("client"), not the one typed ("CLIENT")
        shown = other if other is not None else " ".join(new_name.split())
        super().__init__(context, fill(tr("Rename tag “%1” to “%2”"), named(name), named(shown)))
        self.name, self.new_name = name, new_name
        self.ids = list(tags.state(name).members)
        if other is not None:  # its contacts' due dates may change too: counted for big()
            # (the set made once: made for each member, folding two tags of 3,500 contacts
            # held the window a second before anything was asked, 20,000 a minute)
            ours = set(self.ids)
            self.ids += [i for i in tags.state(other).members if i not in ours]
        self.working = tr("Renaming the tag…")
        self.done: TagRename | None = None
        self.undone = False  # what the last run did: finished() says it

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        tags = self.context.core.tags
        if undoing:
            done = self.done
            assert done is not None
            _in_app_words(lambda: tags.undo_rename(done, progress, cancelled))
        else:

            def rename() -> None:
                self.done = tags.rename(self.name, self.new_name, progress, cancelled)

            _in_app_words(rename)
        self.undone = undoing

    def finished(self) -> None:
        assert self.done is not None
        names = (self.done.new_name, self.done.before.name)
        if not self.undone:
            self.context.changes.tag_renamed.emit(*names[::-1])
        elif self.done.into is None:
            self.context.changes.tag_renamed.emit(*names)
        # a fold undone: the tag it went into is still there, and a list showing it stays
        self.changed(None)  # the filter menu and its counts change too


class DeleteTag(_BulkCommand):
    """Take a tag off everyone; undo gives it back to those still stored."""

    def __init__(self, context: AppContext, name: str) -> None:
        super().__init__(context, fill(tr("Delete tag “%1”"), named(name)))
        self.name = name
        self.ids = list(context.core.tags.state(name).members)
        self.working = tr("Deleting the tag…")
        self.working_undo = tr("Restoring the tag…")
        self.state: TagState | None = None

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        tags = self.context.core.tags
        if undoing:
            state = self.state
            assert state is not None
            tags.restore(state, progress, cancelled)
        else:

            def delete() -> None:
                self.state = tags.delete(self.name, progress, cancelled)

            _in_app_words(delete)

    def finished(self) -> None:
        self.changed(None)


class SetTagCadence(_BulkCommand):
    """A tag's default keep-in-touch cadence, for its contacts without one of their own."""

    def __init__(self, context: AppContext, name: str, days: int | None) -> None:
        super().__init__(context, fill(tr("Set the default cadence of tag “%1”"), named(name)))
        self.name, self.days = name, days
        self.ids = list(context.core.tags.state(name).members)
        self.working = tr("Setting the cadence…")
        self.before: int | None = None

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        tags = self.context.core.tags
        if undoing:
            _in_app_words(lambda: tags.set_cadence(self.name, self.before, progress, cancelled))
        else:

            def set_cadence() -> None:
                self.before = tags.set_cadence(self.name, self.days, progress, cancelled)

            _in_app_words(set_cadence)


class TagTableModel(QAbstractTableModel):
    """The tags as rows (name, contacts, default rhythm), replaced whole on each read: a
    QTableWidget filled item by item measured every row again for each item, and reading
    1,000 tags took 24 s of CPU while the dialog was shown (10,000: 217 s)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tags: list[Tag] = []
        self._rank: dict[int, int] = {}  # by id(): each tag's place by name
        self._column, self._descending = 0, False
        self._headers = (tr("Tag"), tr("Contacts"), tr("Keep in touch"))
        self._locale = QLocale()

    def set_tags(self, tags: list[Tag]) -> None:
        """Show these tags, in the order the user sorted the table by."""
        self.beginResetModel()
        self._locale = QLocale()
        # by name, case and accents aside as the contact list sorts: "Émigré" among the E's
        # (SQLite's NOCASE put it after "zeta"; QCollator does too in the C locale)
        by_name = tags_by_name(tags)
        self._rank = {id(tag): rank for rank, tag in enumerate(by_name)}
        self.tags = sorted(by_name, key=self._key())
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By name, by how many carry it (the tags on one contact, to clean up) or by rhythm;
        the selection stays on its tag."""
        self._column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        tags = [self.tags[index.row()] for index in kept]
        self.tags.sort(key=self._key())
        row_of = {id(tag): row for row, tag in enumerate(self.tags)}
        self.changePersistentIndexList(
            kept, [self.index(row_of[id(t)], i.column()) for t, i in zip(tags, kept, strict=True)]
        )
        self.layoutChanged.emit()

    def _key(self) -> Callable[[Tag], tuple[int, ...]]:
        """The sort key of the chosen column and direction; tags alike stay by name."""
        rank, sign = self._rank, -1 if self._descending else 1
        if self._column == 1:
            return lambda tag: (sign * tag.count, rank[id(tag)])
        if self._column == 2:  # no default at one end, then by rhythm
            return lambda tag: (sign * (tag.default_cadence_days or 0), rank[id(tag)])
        return lambda tag: (sign * rank[id(tag)],)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tags)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.tags):
            return None
        tag, column = self.tags[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return tag.name
            if column == 1:
                return self._locale.toString(tag.count)
            return default_text(tag.default_cadence_days)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def match(
        self,
        start: _Index,
        role: int,
        value: object,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        """Type-ahead on the names, case and accents aside as the table sorts them: "e"
        found "email" but never "Émigré", listed among the E's."""
        if (
            int(role) != Qt.ItemDataRole.DisplayRole
            or not isinstance(value, str)
            or start.column() != 0
            or flags & Qt.MatchFlag.MatchTypeMask != Qt.MatchFlag.MatchStartsWith
            or flags & Qt.MatchFlag.MatchCaseSensitive
        ):
            return super().match(start, role, value, hits, flags)
        typed = sort_key(value)
        first = max(start.row(), 0)
        rows = [*range(first, len(self.tags))]
        if flags & Qt.MatchFlag.MatchWrap:
            rows += range(first)
        found = [r for r in rows if sort_key(self.tags[r].name).startswith(typed)]
        return [self.index(r, 0) for r in found[: hits if hits > 0 else None]]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


class TagsDialog(QDialog):
    """The tags in a table; the buttons act on the current row."""

    show_tag = Signal(str)  # "Show contacts": the list filters on this tag

    def __init__(self, context: AppContext, parent: QWidget | None = None, current: str = ""):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Manage tags"))
        self.setObjectName("tagsDialog")
        self.resize(560, 420)
        # no size of the user's yet: the first showing makes room for a dozen rows
        self._fit_rows = context.settings.geometry("tags_dialog_size") is None
        remember_size(self, context.settings, "tags_dialog")
        self._tags: list[Tag] = []
        self._renamed_to = ""  # the name of a rename still running, to select once it is done

        self.model = TagTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("tagsTable")
        self.table.setAccessibleName(tr("Tags"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)  # a click on a header; by name to begin with
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._current_changed)
        # Enter (eventFilter) or a double click renames; not ``activated``: Enter went on from
        # the view to the dialog's default button and closed the dialog once the rename was
        # done, and some desktops activate on a single click
        self.table.doubleClicked.connect(lambda _index: self.rename())
        self.table.installEventFilter(self)

        self.cadence = QComboBox()
        self.cadence.setObjectName("tagCadenceBox")
        self.cadence.setAccessibleName(tr("Keep in touch by default"))
        for days, label in cadence_choices():
            self.cadence.addItem(tr("No default") if days is None else label, days)
        self.cadence.activated.connect(self._cadence_chosen)
        # a closed menu stepped by the arrows (or the wheel, scrolling past) set a rhythm at
        # each step: an undo entry each, a progress dialog each on a big tag, and "Custom…"
        # asked on the way; the keys open the menu instead, where Enter chooses once
        self.cadence.installEventFilter(self)
        explain = QLabel(
            tr(
                "Contacts with this tag and no keep-in-touch cadence of their own are "
                "reminded at this rhythm (the shortest, when they have several tags)."
            )
        )
        explain.setWordWrap(True)

        self.rename_button = QPushButton(tr("&Rename…"))
        self.delete_button = QPushButton(tr("&Delete…"))
        self.show_button = QPushButton(tr("&Show contacts"))
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        self.show_button.clicked.connect(self._show_contacts)
        buttons = QVBoxLayout()
        for button in (self.rename_button, self.delete_button, self.show_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(buttons)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        tab_as_shown(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        cadence_row = QFormLayout()
        form_row(cadence_row, tr("&Keep in touch by default:"), self.cadence)
        layout.addLayout(cadence_row)
        layout.addWidget(explain)
        layout.addWidget(close)

        self.undo_actions = UndoRedoActions(context, self)  # Ctrl+Z here, as in the window
        for keys, act in ((QKeySequence.StandardKey.Delete, self.delete), ("F2", self.rename)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(act)
        context.changes.contacts_changed.connect(self._reload)
        context.changes.tag_renamed.connect(self._follow_rename)
        self._reload(None, select=current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.rename()
            return True
        if watched is self.cadence and not self.cadence.view().isVisible():
            if event.type() == QEvent.Type.Wheel:
                return True
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                plain = not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                )
                if plain and (event.key() in _STEPPING_KEYS or event.text().strip()):
                    self.cadence.showPopup()
                    return True
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        """Closed: stop following the app's stack and changes."""
        self.undo_actions.detach()
        for signal, slot in (
            (self.context.changes.contacts_changed, self._reload),
            (self.context.changes.tag_renamed, self._follow_rename),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # closed twice
                pass
        super().done(result)

    def _follow_rename(self, old: str, new: str) -> None:
        """The tag selected was renamed (an undo or redo of a rename, here or from the Edit
        menu): it stays selected under its new name. The reload after it selected whichever
        tag took the old name's row, and the next Delete went to that one."""
        shown = self.current_tag()
        if shown is not None and shown.name == old:
            self._renamed_to = new

    def current_tag(self) -> Tag | None:
        row = self.table.currentIndex().row()
        tags = self.model.tags
        return tags[row] if 0 <= row < len(tags) and self._selected() else None

    def _selected(self) -> bool:
        return bool(self.table.selectionModel().selectedRows())

    def showEvent(self, event: QShowEvent) -> None:
        """At its first size, as tall as its tags need, twelve rows at most: the demo's ten
        opened with the tenth cut in half behind a scroll bar."""
        super().showEvent(event)
        if not self._fit_rows:
            return
        self._fit_rows = False
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the table's height in this size, before the first paint
        table = self.table
        rows = min(self.model.rowCount(), 12)
        wanted = sum(table.rowHeight(row) for row in range(rows)) + 1
        lacking = wanted - table.viewport().height()
        if lacking > 0:
            room = self.screen().availableGeometry().height() - 60  # its title bar's
            self.resize(self.width(), max(self.height(), min(self.height() + lacking, room)))

    def _reload(self, _ids: object = None, select: str = "") -> None:
        shown = self.current_tag()
        keep = select or (shown.name if shown is not None else "")
        # a tag gone (deleted here or elsewhere): the one that took its row, as in a file
        # manager; the first one sent a keyboard user deleting tags back to the top each time
        was_at = max(self.table.currentIndex().row(), 0) if shown is not None else 0
        self._tags = self.context.core.contacts.tags()
        renamed = self._renamed_to.casefold()
        if renamed and any(t.name.casefold() == renamed for t in self._tags):
            keep, self._renamed_to = self._renamed_to, ""
        self.model.set_tags(self._tags)
        self._tags = self.model.tags  # as sorted
        # the tag of that very name, else one of another case ("Émigré" and "ÉMIGRÉ" may
        # both be stored, and the first of them is not always the one meant)
        key = keep.casefold()
        found = next((i for i, t in enumerate(self._tags) if t.name == keep), None)
        if found is None:
            found = next(
                (i for i, t in enumerate(self._tags) if t.name.casefold() == key),
                min(was_at, len(self._tags) - 1),
            )
        if self._tags:
            self.table.selectRow(found)
            self.table.scrollTo(self.model.index(found, 0))
        self._current_changed()

    def _current_changed(self) -> None:
        tag = self.current_tag()
        for widget in (self.rename_button, self.delete_button, self.show_button, self.cadence):
            widget.setEnabled(tag is not None)
        if tag is None:
            return
        index = self.cadence.findData(tag.default_cadence_days)
        if index < 0:  # a number of days of its own: shown as such in "Custom…"
            index = self.cadence.findData(CUSTOM)
            self.cadence.setItemText(index, every_text(tag.default_cadence_days or 0))
        else:
            self.cadence.setItemText(self.cadence.findData(CUSTOM), tr("Custom…"))
        self.cadence.setCurrentIndex(index)

    def rename(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        ask = QInputDialog(self)
        ask.setWindowTitle(tr("Rename tag"))
        ask.setLabelText(tr("New name:"))
        ask.setTextValue(tag.name)
        # Alt+O and Alt+C whatever the desktop: the platform's "OK" has an Alt+letter only
        # under KDE's and GNOME's Qt, and elsewhere Alt+O typed an "o" in the new name
        ask.setOkButtonText(tr("&OK"))
        ask.setCancelButtonText(tr("&Cancel"))
        hint = ask.sizeHint()  # its own minimum width is set anew on show: a size holds
        ask.resize(max(420, hint.width()), hint.height())  # a name of a few words shows whole
        # an empty name is no name: OK did nothing, unsaid (its buttons are made on show)
        ask.textValueChanged.connect(lambda text: _allow_ok(ask, bool(text.strip())))
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        new = " ".join(ask.textValue().split())
        if not new or new == tag.name:
            return
        # asked of the database: a tag netdesk-cli made since the table was read counts too,
        # and so does one equal beyond ASCII case ("ÉMIGRÉ" for "émigré")
        other = self.context.core.tags.folds_into(tag.name, new)
        if other is not None and not self._confirm_fold(tag.name, other):
            return
        self._renamed_to = new  # selected once renamed (a big rename ends on the worker)
        if self._run(lambda: RenameTag(self.context, tag.name, new)):
            self._reload(None)

    def _confirm_fold(self, name: str, other: str) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Rename tag"),
            shown_as_written(  # a tag imported as "<b>VIP</b>" is not bold
                fill(
                    tr(
                        "There is already a tag “%1”. Make “%2” part of it? Its contacts will "
                        "carry “%1” instead (this can be undone)."
                    ),
                    named(other),
                    named(name),
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        try:
            carrying = len(self.context.core.tags.state(tag.name).members)
        except UnknownTagError:  # deleted or renamed meanwhile (netdesk-cli): it crashed
            self._say_gone(tag.name)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Delete tag"),
            shown_as_written(
                fill(
                    tr(
                        "Delete the tag “%1”? It is taken off %2; the contacts themselves "
                        "stay. You can undo this with Ctrl+Z."
                    ),
                    named(tag.name),
                    # the table counts the contacts the list shows, archived ones apart:
                    # "taken off 3" under a count of 2 read as a mistake
                    fill(
                        tr("%Ln contacts (%1 of them archived)", None, carrying),
                        QLocale().toString(carrying - tag.count),
                    )
                    if carrying > tag.count
                    else tr("%Ln contacts", None, carrying),
                )
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(tr("&Delete tag"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is delete:
            self._run(lambda: DeleteTag(self.context, tag.name))

    def _cadence_chosen(self, index: int) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        days = self.cadence.itemData(index)
        if days == CUSTOM:
            days, ok = QInputDialog.getInt(
                self,
                tr("Keep in touch"),
                tr("Every how many days?"),
                tag.default_cadence_days or 45,
                1,
                3650,
            )
            if not ok:
                self._current_changed()  # the menu shows the tag's rhythm again
                return
        if days != tag.default_cadence_days:
            self._run(lambda: SetTagCadence(self.context, tag.name, days))
        self._current_changed()

    def _run(self, make: Callable[[], _BulkCommand]) -> bool:
        """Build the command (it reads the tag) and push it; a tag gone meanwhile (renamed or
        deleted by netdesk-cli) or a refusal of the database is said, and nothing changed."""
        try:
            return push(self.context, make())
        except UnknownTagError as error:
            self._say_gone(error.name)
            return False
        except Exception as error:  # shown, logged; nothing was pushed
            log.exception("changing a tag failed")
            message = str(error)
        show_problem(self, tr("Not done"), message)
        self._reload(None)
        return False

    def _say_gone(self, name: str) -> None:
        show_problem(self, tr("Not done"), str(TagGoneError(name)))
        self._reload(None)

    def _show_contacts(self) -> None:
        tag = self.current_tag()
        if tag is not None:
            self.show_tag.emit(tag.name)
            self.accept()
