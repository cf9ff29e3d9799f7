"""The preview shown before an import writes anything: counts, merges, conflicts and problems."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.import_problems import counted
from netdesk.core.importing import ImportPlan
from netdesk.ui.import_rows import (
    ChoiceTally,
    ConflictKey,
    ConflictModel,
    MergeCardModel,
    NewCardModel,
    PreviewRows,
    ProblemModel,
    common_folder,
    conflict_key,
    preview_rows,
)
from netdesk.ui.import_text import field_label, problem_line
from netdesk.ui.settings import Settings
from netdesk.ui.widgets import remember_size, tr, without_mnemonic

__all__ = ["ConflictModel", "ConflictView", "ImportPreviewDialog", "ProblemModel", "ProblemView"]


# a preview's tab, what its plan proposed for each difference and what the user chose
PreviewLeft = tuple[int, list[bool], list[bool]]


@dataclass
class KeptAnswers:
    """What the user answered in a preview whose files changed before Import, for the
    preview of the files read again: its tab, the choices made among its differences (by
    contact, field and both values: a difference the file no longer has is not chosen for),
    and the files that changed, and what the preview proposed before (new contacts, merges):
    what the change did is told by the counts that moved."""

    tab: int
    choices: dict[ConflictKey, bool]
    changed: list[str]
    before: tuple[int, int] = (0, 0)


def kept_answers(rows: PreviewRows, left: PreviewLeft, changed: list[str]) -> KeptAnswers:
    """The answers of a preview of ``rows`` left as ``left`` said, its ``changed`` files."""
    tab, proposed, choices = left
    chosen = {
        conflict_key(card, conflict): choice
        for (card, conflict), was, choice in zip(rows.conflicts, proposed, choices, strict=False)
        if choice != was
    }
    return KeptAnswers(tab, chosen, list(changed), (len(rows.new), len(rows.merges)))


def combined_text(count: int) -> str:
    """ "3 cards combined with another of this import": the preview's and the summary's."""
    return tr("%Ln card(s) combined with another of this import", "", count)


def _count(number: int) -> str:
    return QLocale().toString(number)  # as the summary's counts are written (%Ln)


class ImportPreviewDialog(QDialog):
    """Shows what an ``ImportPlan`` will do; accepting it sets each conflict's choice.

    Every table is a view over a model of the plan's cards: rows are made only as they are
    painted, so every new contact and every merge is listed, whatever the file's size.

    Signals:
        files_dropped(list): contact files or folders dropped on the preview, to be imported
            once this import is done (it keeps the window from taking any drop).
    """

    files_dropped = Signal(list)

    COLUMNS_AGAIN = 2  # finished with this: the CSV columns are to be chosen again

    def __init__(
        self,
        plan: ImportPlan,
        parent: QWidget | None = None,
        rows: PreviewRows | None = None,
        *,
        columns_again: bool = False,
        settings: Settings | None = None,
    ) -> None:
        """``rows``: ``preview_rows(plan)``, worked out on the worker thread with the plan.
        ``columns_again``: a CSV was read with columns chosen at an earlier import; a button
        offers to choose them again (they were never asked about again otherwise).
        ``settings``: where the size the user gives the preview is kept for the next one."""
        super().__init__(parent)
        self.plan = plan
        self.rows = rows if rows is not None else preview_rows(plan)
        # the merges that write as the choices among the differences stand: the counts follow
        self.tally = ChoiceTally(self.rows.merges, self.rows.conflicts, self.rows.choice_places)
        self.setWindowTitle(tr("Import contacts"))
        self.resize(820, 520)
        if settings is not None:
            remember_size(self, settings, "import_preview")
        layout = QVBoxLayout(self)
        # a file that changed since the import's first preview, said above all
        self.changed_note = QLabel()
        self.changed_note.setTextFormat(Qt.TextFormat.PlainText)  # a file's name, as written
        self.changed_note.setWordWrap(True)
        bold = self.changed_note.font()
        bold.setBold(True)
        self.changed_note.setFont(bold)
        self.changed_note.hide()
        layout.addWidget(self.changed_note)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.new_table = self._new_tab()
        self.merge_table = self._merge_tab()
        self.conflict_table = self._conflict_tab()
        self.problem_table = self._problem_tab()
        self.conflict_model.choices_changed.connect(self._choices_changed)
        self.summary.setText(self._summary_text())
        # open where the user's attention is needed: differences, then errors, then merges
        pages = ((self.conflict_table, self.conflict_page), (self.problem_table, None))
        for table, page in (*pages, (self.merge_table, None)):
            if table.property("interesting"):
                self.tabs.setCurrentWidget(page or table)
                break
        # columns sized to their contents when their tab first shows: sizing all four at
        # once was half of the time the preview took to open
        self.sized: set[QTableView] = set()
        # (the first tab's once the dialog shows: a hidden dialog's table is 636 pixels wide
        # whatever the dialog's size, and a preview opened larger or smaller than the first
        # size had its columns made for that one, cut or past its edge)
        self.tabs.currentChanged.connect(lambda _index: self._size_columns())
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        something = bool(self.rows.new or self.rows.merges)
        # nothing to import (a file imported before): Close, not Cancel, as nothing is being
        # cancelled, and Enter closes (it did nothing, on a default Import that was off)
        self.close_button = buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
            if something
            else QDialogButtonBox.StandardButton.Close
        )
        self.columns_button: QPushButton | None = None
        if columns_again:
            self.columns_button = buttons.addButton(
                tr("C&olumns…"), QDialogButtonBox.ButtonRole.ResetRole
            )
            self.columns_button.setToolTip(
                tr("Choose again which column of the CSV file holds what")
            )
            self.columns_button.clicked.connect(self.columns_again)
        self.import_button.setEnabled(something)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.cancel)
        # the files dropped on the preview, said to wait their turn (see say_waiting)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        layout.addWidget(self.waiting)
        layout.addWidget(buttons)
        _tab_as_shown(buttons)
        self.setAcceptDrops(True)
        # made the default once in the dialog: made before, the dialog never knew it, and
        # gave Enter to the first button that takes one (with the bulk buttons' Enter, their
        # first: Enter in the table kept every one of mine instead of importing)
        (self.import_button if something else self.close_button).setDefault(True)
        # the tab's letter (Alt+D) takes the keys into its table, the open tab's too (it left
        # them on the button pressed last, where Space pressed it again)
        self.tabs.tabBar().installEventFilter(self)
        self.focus_table()

    def focus_table(self) -> None:
        """The keys go to the open tab's table, its first row current when none is: the
        preview opened with them on its tab bar, unseen, where Space and the arrows did
        nothing (a keyboard user could not tell where they were)."""
        page = self.tabs.currentWidget()
        table = self.conflict_table if page is self.conflict_page else page
        if not isinstance(table, QTableView):
            return
        if not table.currentIndex().isValid() and table.model().rowCount() > 0:
            table.setCurrentIndex(table.model().index(0, 0))
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tabs.tabBar() and event.type() == QEvent.Type.Shortcut:
            handled = self.tabs.tabBar().event(event)  # the tab's letter: its tab shows
            self.focus_table()
            return handled
        return super().eventFilter(watched, event)

    def merged(self) -> int:
        """How many existing contacts the import changes, as the choices now stand."""
        return len(self.rows.merges) - self.tally.kept_whole

    def _choices_changed(self) -> None:
        """A choice among the differences: the counts say what Import now does (a merge whose
        differences are all unticked is up to date, as the summary after Import says)."""
        self.summary.setText(self._summary_text())
        self.tabs.setTabText(self.tabs.indexOf(self.merge_table), self._merge_tab_text())
        self.merge_model.choices_changed()

    def _merge_tab_text(self) -> str:
        return tr("To &merge (%1)").replace("%1", _count(self.merged()))

    def _summary_text(self) -> str:
        rows = self.rows
        warnings = sum(counted(self.plan.problems)) - rows.errors  # "and N more" as its N
        merged = self.merged()
        parts = [
            tr("%Ln new contact(s)", "", len(rows.new)),
            tr("%Ln to be merged into existing contacts", "", merged),
            tr("%Ln already up to date", "", rows.unchanged + self.tally.kept_whole),
            tr("%Ln error(s)", "", rows.errors),
        ]
        if rows.combined:
            parts.insert(3, combined_text(rows.combined))
        if warnings:
            parts.append(tr("%Ln warning(s)", "", warnings))
        text = ", ".join(parts) + "."
        if rows.conflicts:
            text += " " + tr(
                "%Ln field(s) differ from what you have: your values are kept unless you tick "
                "the file’s.",
                "",
                len(rows.conflicts),
            )
        if not rows.new and not rows.merges:
            text += " " + tr("There is nothing to import.")
        elif not rows.new and not merged:
            text += " " + tr("Nothing changes unless you tick a value of the file.")
        return text

    def _new_tab(self) -> QTableView:
        self.new_model = NewCardModel(self.rows.new, self, self.rows.new_orders)
        self.new_model.folder = common_folder(self.plan.files)
        table = _sortable(_view(self.new_model))
        _file_column(table, NewCardModel.FILE_COLUMN)
        _add_tab(self.tabs, table, table, tr("&New (%1)").replace("%1", _count(len(self.rows.new))))
        return table

    def _merge_tab(self) -> QTableView:
        rows = self.rows
        self.merge_model = MergeCardModel(
            rows.merges, self, rows.merge_orders, rows.merge_namesakes, self.tally
        )
        self.merge_model.folder = self.new_model.folder
        table = _sortable(_view(self.merge_model))
        _file_column(table, MergeCardModel.FILE_COLUMN)
        table.setProperty("interesting", bool(self.rows.merges))
        _add_tab(self.tabs, table, table, self._merge_tab_text())
        return table

    def _conflict_tab(self) -> QTableView:
        rows = self.rows
        self.conflict_model = ConflictModel(
            self.plan, self, rows.conflicts, rows.conflict_namesakes, rows.conflict_keys,
            self.tally,
        )  # fmt: skip
        table = _view(self.conflict_model, ConflictView())
        table.setProperty("interesting", self.conflict_model.rowCount() > 0)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table, 1)
        bulk = QHBoxLayout()
        bulk.addStretch(1)
        # which differences the two buttons answer: all, or one field's ("the file's job
        # titles, my companies" took a click per row among thousands)
        self.field_choice = QComboBox()
        self.field_choice.addItem(
            tr("All fields (%1)").replace("%1", _count(len(self.rows.conflicts))), None
        )
        for field, count in self.conflict_model.fields():
            self.field_choice.addItem(f"{field_label(field)} ({_count(count)})", field)
        self.field_choice.setEnabled(self.conflict_model.rowCount() > 0)
        field_label_widget = QLabel(tr("&For:"))
        field_label_widget.setBuddy(self.field_choice)
        bulk.addWidget(field_label_widget)
        bulk.addWidget(self.field_choice)
        self.keep_all_button = QPushButton(tr("&Keep all mine"))
        self.keep_all_button.clicked.connect(lambda: self._set_all(False))
        self.take_all_button = QPushButton(tr("&Use all the file’s values"))
        self.take_all_button.clicked.connect(lambda: self._set_all(True))
        for button in (self.keep_all_button, self.take_all_button):
            button.setEnabled(self.conflict_model.rowCount() > 0)
            # Enter on the button in focus presses it, as any other button of a dialog:
            # Tab to "Use all the file's values", then Enter, imported keeping every one of
            # mine. The table, the list of fields and the tabs leave Enter to Import
            button.setAutoDefault(True)
            bulk.addWidget(button)
        layout.addLayout(bulk)
        self.conflict_page = page
        differences = _count(len(self.rows.conflicts))
        _add_tab(self.tabs, page, table, tr("&Differences (%1)").replace("%1", differences))
        return table

    def _set_all(self, take_theirs: bool) -> None:
        self.conflict_model.set_all(take_theirs, self.field_choice.currentData())

    def _problem_tab(self) -> QTableView:
        self.problem_model = ProblemModel(
            self.plan, self, self.rows.problems, self.rows.problem_keys
        )
        table = _view(self.problem_model, ProblemView())
        _file_column(table, 0)
        # errors, or warnings saying why there is nothing to import (a file of empty cards
        # opened on its empty New tab, 300,000 warnings a click away)
        nothing = not self.rows.new and not self.rows.merges and bool(self.plan.problems)
        table.setProperty("interesting", bool(self.rows.errors) or nothing)
        problems = _count(sum(counted(self.plan.problems)))
        _add_tab(self.tabs, table, table, tr("&Problems (%1)").replace("%1", problems))
        return table

    def _size_columns(self) -> None:
        page = self.tabs.currentWidget()
        view = self.conflict_table if page is self.conflict_page else page
        if isinstance(view, QTableView) and view not in self.sized:
            self.sized.add(view)
            view.resizeColumnsToContents()
            if view is self.problem_table:
                self._fit_line_column(view)
            # no column wider than a third of the table: a long name or company pushed the
            # E-mail and File columns out of sight (cut cells show the whole in a tooltip)
            widest = max(view.viewport().width() // 3, 120)
            columns = view.model().columnCount()
            wanted = [view.columnWidth(column) for column in range(columns)]
            for column in range(columns - 1):
                if wanted[column] > widest:
                    view.setColumnWidth(column, widest)
            # what the others leave (the File column needs a few letters) goes back to the
            # cut ones: a company was cut at a third, "Very Long Organisation Name Incorpo…",
            # beside a File column half blank
            header = view.horizontalHeader()
            last = columns - 1  # stretched to the table's edge: its own width is its text's
            needs = max(
                view.sizeHintForColumn(last),
                header.sectionSizeHint(last),
                header.defaultSectionSize(),  # stretched, Qt keeps it no narrower
            )
            spare = view.viewport().width() - needs
            spare -= sum(view.columnWidth(column) for column in range(last))
            for column in range(columns - 1):
                more = min(wanted[column] - view.columnWidth(column), spare)
                if more > 0:
                    view.setColumnWidth(column, view.columnWidth(column) + more)
                    spare -= more
            # sized while showing at its full width, nothing resizes it after: the last column
            # is stretched again by hand (it ended mid-table, the rest of the row blank)
            header.setStretchLastSection(False)
            header.setStretchLastSection(True)

    def _fit_line_column(self, view: QTableView) -> None:
        """The Line column as wide as its longest number. Widths come from the first 50 rows
        (the lines at the top of a file): 1,000 problems of a 300,000-card file showed
        "2…" for their lines past 999."""
        lines = [p.line for p in self.problem_model.problems if p.line is not None]
        if not lines:
            return
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        needs = view.fontMetrics().horizontalAdvance(str(max(lines))) + 2 * (margin + 1) + 1
        column = ProblemModel.LINE_COLUMN
        if view.columnWidth(column) < needs:
            view.setColumnWidth(column, needs)

    def let_go(self) -> None:
        """Empty the tables: the import flow frees the plan's cards (the tables' rows) a slice
        at a time once the preview is cancelled."""
        for model in (self.new_model, self.merge_model, self.conflict_model):
            model.clear()

    def _choices_may_go(self, question: str, go: str) -> bool:
        """True when no choice was made among the differences, or the user lets them go."""
        if not self.conflict_model.changed():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, tr("Import contacts"), question, parent=self)
        discard = box.addButton(go, QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(tr("&Back to the preview"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        box.deleteLater()  # (each question stayed, hidden, until the preview went)
        if box.clickedButton() is discard:
            return True
        # back to the preview, made the active window again: once the question went, none
        # was (no window manager brings a dialog's parent back), and its letters (Alt+D,
        # Alt+I) did nothing
        self.activateWindow()
        return False

    def cancel(self) -> None:
        """Cancel, Esc or the window's close: the choices made among the differences are
        lost with the preview, so that is asked first (one Esc threw minutes of them away)."""
        if self._choices_may_go(
            tr("Cancel this import? The choices you made among its differences are lost."),
            tr("&Cancel the import"),
        ):
            self.reject()

    def columns_again(self) -> None:
        """Columns…: the files are read anew with the columns chosen, and the differences
        with them, so the choices made among these are lost: asked first, as Cancel asks."""
        if self._choices_may_go(
            tr(
                "Choose the columns again? The file is read anew and the choices you made "
                "among its differences are lost."
            ),
            tr("C&hoose the columns"),
        ):
            self.done(self.COLUMNS_AGAIN)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._size_columns()  # laid out at the size it shows at (once: see self.sized)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()  # QDialog's Esc rejects unasked
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not event.spontaneous():  # the app quitting (a logout): nobody to ask
            super().closeEvent(event)
            return
        event.ignore()  # the title bar's close: as Cancel
        self.cancel()

    def accept(self) -> None:
        self.conflict_model.apply_choices()
        super().accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Contact files are taken: the open preview keeps the window from any drop, and a
        file dropped meanwhile met a "no entry" cursor and nothing said why."""
        from netdesk.ui.main_window import droppable_paths

        if droppable_paths(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        from netdesk.ui.main_window import droppable_paths

        if droppable_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from netdesk.ui.main_window import droppable_paths

        paths = droppable_paths(event)
        if paths:
            event.acceptProposedAction()
            # once the drag is over: the flow may start work, and the source waits for this
            QTimer.singleShot(0, self, lambda: self.files_dropped.emit(paths))

    def say_waiting(self, text: str) -> None:
        """Say which files wait for this import (``text``; empty: none)."""
        self.waiting.setText(text)
        self.waiting.setVisible(bool(text))

    def left_as(self) -> PreviewLeft:
        """Where the user left this preview: its tab and the choices among its differences
        (with what the plan proposed), for :meth:`restore` on a preview made again."""
        model = self.conflict_model
        return self.tabs.currentIndex(), list(model.proposed), list(model.choices)

    def restore(self, left: PreviewLeft) -> None:
        """Show the tab and the choices of a preview ``left_as`` said, the same plan's."""
        tab, proposed, choices = left
        model = self.conflict_model
        if len(choices) == len(model.choices):
            model.beginResetModel()
            model.proposed, model.choices = list(proposed), list(choices)
            model.endResetModel()
            model.recount()
        self.tabs.setCurrentIndex(tab)
        self.focus_table()

    def read_again(self, kept: KeptAnswers) -> None:
        """A preview of files read again as ``kept`` says some changed: its tab, the
        choices made among the differences still there, and which files changed."""
        model = self.conflict_model
        found = 0
        # (none chosen, as most previews are left: no walk over 100,000 differences)
        for row, (card, conflict) in enumerate(model.conflicts if kept.choices else ()):
            choice = kept.choices.get(conflict_key(card, conflict))
            if choice is not None:
                model.choices[row] = choice
                found += 1
        if found:
            model.dataChanged.emit(
                model.index(0, 2), model.index(len(model.choices) - 1, model.CHOICE_COLUMN)
            )
            model.recount()
        self.tabs.setCurrentIndex(kept.tab)
        self.focus_table()
        names = ", ".join(Path(file).name for file in kept.changed[:3])
        if len(kept.changed) > 3:
            names += ", …"
        note = tr(
            "Changed since this preview was first shown, and read again: %1. This is what "
            "the import would do now; the files you skipped and your other choices are kept."
        ).replace("%1", names)
        now = (len(self.rows.new), len(self.rows.merges))
        if now != kept.before:  # what changed in the file, as the import sees it
            note += " " + tr("Before the change: %1 new, %2 to merge.").replace(
                "%1", _count(kept.before[0])
            ).replace("%2", _count(kept.before[1]))
        lost = len(kept.choices) - found
        if lost:  # (no plural to translate: "1 of your choices no longer apply")
            note += " " + tr(
                "Choices among the differences not kept, as the file’s value changed: %1."
            ).replace("%1", _count(lost))
        self.changed_note.setText(note)
        self.changed_note.show()


class ConflictView(QTableView):
    """The differences table: Space flips the current row's choice, wherever the cursor is in
    the row (the checkbox is its last cell, which keyboard users could not see they were on),
    and every selected row's with it (Shift+arrows select a run of them), to the same. A
    Space typed within a name (the type-ahead's letters still coming) is the name's."""

    def __init__(self) -> None:
        super().__init__()
        self.typed = QElapsedTimer()  # since the type-ahead's last letter

    def keyboardSearch(self, search: str) -> None:
        if search:
            self.typed.start()
        else:
            self.typed.invalidate()
        super().keyboardSearch(search)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        current = self.currentIndex()
        if (
            event.key() == Qt.Key.Key_Space
            and isinstance(model, ConflictModel)
            and current.isValid()
        ):
            if self.typed.isValid() and not self.typed.hasExpired(
                QApplication.keyboardInputInterval()
            ):
                # "amelia w": the space flipped Amelia Davies' choice (unseen, to the file's
                # value), and the search went on for "ameliaw" and never came to Wilson
                self.keyboardSearch(" ")
                return
            rows = selected_rows(self) | {current.row()}
            model.set_rows(sorted(rows), not model.is_taken(current.row()))
            return
        super().keyPressEvent(event)


class ProblemView(QTableView):
    """The problems table: Ctrl+C (or Copy in its menu) copies the selected problems whole,
    one "file:line: error: reason" line each, to paste into a mail or a bug report. A table
    copies only the cell the cursor is on (the file's name, not why)."""

    def __init__(self) -> None:
        super().__init__()
        copy = QAction(tr("&Copy"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_problems)
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):  # the table takes it before the action
            self.copy_problems()
            return
        super().keyPressEvent(event)

    def copy_problems(self) -> None:
        model = self.model()
        if not isinstance(model, ProblemModel):
            return
        rows = selected_rows(self)
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        if rows:
            lines = (problem_line(model.problems[row]) for row in sorted(rows))
            QGuiApplication.clipboard().setText("\n".join(lines) + "\n")


def selected_rows(view: QTableView) -> set[int]:
    """The rows of the view's selection, from its ranges: ``selectedRows()`` asks the model
    for the flags of every cell of every row (Ctrl+A then Space over 20,000 differences held
    the window 10 s)."""
    selection = view.selectionModel().selection()
    ranges = (selection.at(index) for index in range(selection.count()))
    return {row for selected in ranges for row in range(selected.top(), selected.bottom() + 1)}


def _tab_as_shown(buttons: QDialogButtonBox) -> None:
    """Tab goes through the buttons in the order they are shown in, the platform's: it went in
    the order they were made, and Columns…, shown left of Import, came after Cancel."""
    layout = buttons.layout()
    if layout is None:
        return
    items = [layout.itemAt(index) for index in range(layout.count())]
    widgets = [item.widget() for item in items if item is not None]
    shown = [widget for widget in widgets if isinstance(widget, QPushButton)]
    for before, after in pairwise(shown):
        QWidget.setTabOrder(before, after)


def _add_tab(tabs: QTabWidget, page: QWidget, table: QTableView, label: str) -> None:
    """A tab whose table a screen reader names as the tab is ("Differences (69)")."""
    tabs.addTab(page, label)  # "&Differences (69)": Alt+D opens it
    table.setAccessibleName(without_mnemonic(label))


class _EndKept(QStyledItemDelegate):
    """Text too long for its cell cut at its start, its end kept in sight."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


def _file_column(view: QTableView, column: int) -> None:
    """A file's path too long for its column shows its end, "…/phone/contacts.vcf:12": cut
    at its end, a folder dropped from deep in the home folder listed every problem as
    "/home/ana/Downloads/Google Tak…", and which file it was never showed."""
    view.setItemDelegateForColumn(column, _EndKept(view))


def _sortable(view: QTableView) -> QTableView:
    """A click on a column's title sorts by it (a third click: the files' order again),
    which is the order it opens in."""
    header = view.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorClearable(True)
    view.setSortingEnabled(True)
    return view


def _view(model: QAbstractItemModel, view: QTableView | None = None) -> QTableView:
    """A read-mostly table over ``model``: rows built only as they are painted."""
    view = view or QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    # Tab leaves the table for the buttons (the arrows move in it): a table's Tab went from
    # cell to cell, and Import, Cancel or "Keep all mine" could not be reached by keyboard
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    # the column titles with a selection of their own, always empty: each paint of a header
    # asks whether its neighbour columns are selected whole, and over the table's selection
    # that asked the model for the flags of every selected row (after Ctrl+A or Shift+End
    # over 20,000 rows, seconds at each repaint). A row is what these tables select; a
    # title's click still selects through the table
    header.setSelectionModel(QItemSelectionModel(model, header))
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(50)  # widths from the first rows, not 50,000
    return view
