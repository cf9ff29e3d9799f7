"""The preview shown before an import writes anything: counts, merges, conflicts and problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.importing import ImportPlan
from netdesk.ui.import_text import problem_text
from netdesk.ui.widgets import tooltip_as_written, tr

# Marked for lupdate; translated where shown, with tr().
FIELD_NAMES = {
    "prefix": QT_TRANSLATE_NOOP("netdesk", "Name prefix"),
    "given_name": QT_TRANSLATE_NOOP("netdesk", "First name"),
    "additional_names": QT_TRANSLATE_NOOP("netdesk", "Middle name"),
    "family_name": QT_TRANSLATE_NOOP("netdesk", "Last name"),
    "suffix": QT_TRANSLATE_NOOP("netdesk", "Name suffix"),
    "nickname": QT_TRANSLATE_NOOP("netdesk", "Nickname"),
    "formatted_name": QT_TRANSLATE_NOOP("netdesk", "Full name"),
    "organization": QT_TRANSLATE_NOOP("netdesk", "Company"),
    "department": QT_TRANSLATE_NOOP("netdesk", "Department"),
    "title": QT_TRANSLATE_NOOP("netdesk", "Job title"),
    "notes": QT_TRANSLATE_NOOP("netdesk", "Notes"),
    "what_they_do": QT_TRANSLATE_NOOP("netdesk", "What they do"),
    "looking_for": QT_TRANSLATE_NOOP("netdesk", "Looking for"),
    "can_offer": QT_TRANSLATE_NOOP("netdesk", "Can offer"),
    "met_at": QT_TRANSLATE_NOOP("netdesk", "Met at"),
    "met_on": QT_TRANSLATE_NOOP("netdesk", "Met on"),
    "photo_url": QT_TRANSLATE_NOOP("netdesk", "Photo link"),
    "photo": QT_TRANSLATE_NOOP("netdesk", "Photo"),
    "birthday": QT_TRANSLATE_NOOP("netdesk", "Birthday"),
    "anniversary": QT_TRANSLATE_NOOP("netdesk", "Anniversary"),
    "keep_in_touch_days": QT_TRANSLATE_NOOP("netdesk", "Keep in touch (days)"),
    "uid": QT_TRANSLATE_NOOP("netdesk", "vCard UID"),
    "emails": QT_TRANSLATE_NOOP("netdesk", "E-mails"),
    "phones": QT_TRANSLATE_NOOP("netdesk", "Phones"),
    "addresses": QT_TRANSLATE_NOOP("netdesk", "Addresses"),
    "urls": QT_TRANSLATE_NOOP("netdesk", "Web pages"),
    "related": QT_TRANSLATE_NOOP("netdesk", "Related people"),
    "custom_fields": QT_TRANSLATE_NOOP("netdesk", "Custom fields"),
    "tags": QT_TRANSLATE_NOOP("netdesk", "Tags"),
    "raw_properties": QT_TRANSLATE_NOOP("netdesk", "Other vCard fields"),
}
_ROOT = QModelIndex()
_SHOWN_ROWS = 2000  # a preview of 50,000 new names helps nobody and costs seconds to build


def field_label(name: str) -> str:
    return tr(str(FIELD_NAMES.get(name, name)))  # QT_TRANSLATE_NOOP is typed as object


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(tooltip_as_written(text))
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ImportPreviewDialog(QDialog):
    """Shows what an ``ImportPlan`` will do; accepting it sets each conflict's choice."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(tr("Import contacts"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.new_table = self._new_tab()
        self.merge_table = self._merge_tab()
        self.conflict_table = self._conflict_tab()
        self.problem_table = self._problem_tab()
        # open where the user's attention is needed: differences, then errors, then merges
        pages = ((self.conflict_table, self.conflict_page), (self.problem_table, None))
        for table, page in (*pages, (self.merge_table, None)):
            if table.property("interesting"):
                self.tabs.setCurrentWidget(page or table)
                break
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(plan.new + plan.merged > 0)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _summary_text(self) -> str:
        plan = self.plan
        errors = len(plan.errors)
        warnings = len(plan.problems) - errors
        parts = [
            tr("%Ln new contact(s)", "", plan.new),
            tr("%Ln to be merged into existing contacts", "", plan.merged),
            tr("%Ln already up to date", "", plan.unchanged),
            tr("%Ln error(s)", "", errors),
        ]
        if warnings:
            parts.append(tr("%Ln warning(s)", "", warnings))
        text = ", ".join(parts) + "."
        if plan.conflicts:
            text += " " + tr(
                "%Ln field(s) differ from what you have: your values are kept unless you tick "
                "“Use the file’s value”.",
                "",
                len(plan.conflicts),
            )
        if plan.new + plan.merged == 0:
            text += " " + tr("There is nothing to import.")
        elif max(plan.new, plan.merged) > _SHOWN_ROWS:  # all are imported, not all are listed
            shown = str(_SHOWN_ROWS)  # as the counts before it are written
            text += " " + tr("The New and To merge tabs list the first %1.").replace("%1", shown)
        return text

    def _new_tab(self) -> QTableWidget:
        table = _table([tr("Name"), tr("Company"), tr("E-mail"), tr("File")])
        new = [card for card in self.plan.cards if card.action == "new"][:_SHOWN_ROWS]
        table.setRowCount(len(new))
        for row, card in enumerate(new):
            c = card.contact
            values = [c.display_name, c.organization, c.emails[0].value if c.emails else ""]
            values.append(f"{Path(card.file).name}:{card.line}")
            for column, value in enumerate(values):
                table.setItem(row, column, _item(value))
        table.resizeColumnsToContents()
        self.tabs.addTab(table, tr("New (%1)").replace("%1", str(self.plan.new)))
        return table

    def _merge_tab(self) -> QTableWidget:
        table = _table([tr("Existing contact"), tr("What the file adds"), tr("File")])
        merges = [card for card in self.plan.cards if card.action == "merge"][:_SHOWN_ROWS]
        table.setRowCount(len(merges))
        for row, card in enumerate(merges):
            adds = ", ".join(field_label(name) for name in card.changes) or tr("(only differences)")
            table.setItem(row, 0, _item(card.contact.display_name))
            table.setItem(row, 1, _item(adds))
            table.setItem(row, 2, _item(f"{Path(card.file).name}:{card.line}"))
        table.resizeColumnsToContents()
        table.setProperty("interesting", bool(merges))
        self.tabs.addTab(table, tr("To merge (%1)").replace("%1", str(self.plan.merged)))
        return table

    def _conflict_tab(self) -> QTableView:
        self.conflict_model = ConflictModel(self.plan, self)
        table = _view(self.conflict_model, ConflictView())
        table.setProperty("interesting", self.conflict_model.rowCount() > 0)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table, 1)
        bulk = QHBoxLayout()
        bulk.addStretch(1)
        self.keep_all_button = QPushButton(tr("Keep all mine"))
        self.keep_all_button.clicked.connect(lambda: self.conflict_model.set_all(False))
        self.take_all_button = QPushButton(tr("Use all the file’s values"))
        self.take_all_button.clicked.connect(lambda: self.conflict_model.set_all(True))
        for button in (self.keep_all_button, self.take_all_button):
            button.setEnabled(self.conflict_model.rowCount() > 0)
            button.setAutoDefault(False)  # Enter imports, it does not flip every choice
            bulk.addWidget(button)
        layout.addLayout(bulk)
        self.conflict_page = page
        self.tabs.addTab(page, tr("Differences (%1)").replace("%1", str(len(self.plan.conflicts))))
        return table

    def _problem_tab(self) -> QTableView:
        self.problem_model = ProblemModel(self.plan, self)
        table = _view(self.problem_model)
        table.setProperty("interesting", bool(self.plan.errors))
        self.tabs.addTab(table, tr("Problems (%1)").replace("%1", str(len(self.plan.problems))))
        return table

    def accept(self) -> None:
        self.conflict_model.apply_choices()
        super().accept()


class _FlatTable(QAbstractTableModel):
    """A flat, read-mostly table: ``rows`` items under ``headers`` (no children)."""

    headers: list[str]

    def _row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class ConflictModel(_FlatTable):
    """One row per differing field: contact, field, your value, the file's value, and a
    checkable "use the file's value" column (unticked: keep mine). Choices reach the plan only
    through :meth:`apply_choices`, so cancelling the preview changes nothing."""

    CHOICE_COLUMN = 4

    def __init__(self, plan: ImportPlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conflicts = plan.conflicts
        self.choices = [conflict.take_theirs for _, conflict in self.conflicts]
        self.headers = [tr("Contact"), tr("Field"), tr("Yours (kept)"), tr("In the file"), ""]
        self.choice_text = tr("Use the file’s value")

    def _row_count(self) -> int:
        return len(self.conflicts)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.CHOICE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == self.CHOICE_COLUMN:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if self.choices[row] else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return self.choice_text
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_as_written(str(self.data(index)))
        if role == Qt.ItemDataRole.DisplayRole:
            card, conflict = self.conflicts[row]
            if column == 0:
                return card.contact.display_name
            if column == 1:
                return field_label(conflict.field)
            return conflict.mine if column == 2 else conflict.theirs
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: object, role: int = 0
    ) -> bool:
        if (
            not index.isValid()
            or index.column() != self.CHOICE_COLUMN
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))  # type: ignore[call-overload]
        self.choices[index.row()] = state == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def is_taken(self, row: int) -> bool:
        return self.choices[row]

    def set_all(self, take_theirs: bool) -> None:
        """Use the file's value for every difference, or keep every one of mine."""
        if not self.choices:
            return
        self.choices = [take_theirs] * len(self.choices)
        self.dataChanged.emit(
            self.index(0, self.CHOICE_COLUMN),
            self.index(len(self.choices) - 1, self.CHOICE_COLUMN),
            [Qt.ItemDataRole.CheckStateRole],
        )

    def apply_choices(self) -> None:
        for (_, conflict), choice in zip(self.conflicts, self.choices, strict=True):
            conflict.take_theirs = choice


class ProblemModel(_FlatTable):
    """The plan's problems (file, line, error or warning, reason), read-only."""

    def __init__(self, plan: ImportPlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems = plan.problems
        self.headers = [tr("File"), tr("Line"), tr("Kind"), tr("Problem")]
        self.kinds = {"error": tr("error"), "warning": tr("warning")}

    def _row_count(self) -> int:
        return len(self.problems)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole:  # the file's name, a value quoted in the reason
            return tooltip_as_written(str(self.data(index)))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        problem = self.problems[index.row()]
        column = index.column()
        if column == 0:
            return problem.file
        if column == 1:
            return str(problem.line) if problem.line is not None else ""
        if column == 2:
            return self.kinds["error" if problem.severity == "error" else "warning"]
        return problem_text(problem)


class ConflictView(QTableView):
    """The differences table: Space flips the current row's choice, wherever the cursor is in
    the row (the checkbox is its last cell, which keyboard users could not see they were on)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        current = self.currentIndex()
        if (
            event.key() == Qt.Key.Key_Space
            and isinstance(model, ConflictModel)
            and current.isValid()
        ):
            choice = model.index(current.row(), model.CHOICE_COLUMN)
            taken = model.is_taken(current.row())
            state = Qt.CheckState.Unchecked if taken else Qt.CheckState.Checked
            model.setData(choice, state, Qt.ItemDataRole.CheckStateRole)
            return
        super().keyPressEvent(event)


def _view(model: QAbstractTableModel, view: QTableView | None = None) -> QTableView:
    """A read-mostly table over ``model``: rows built only as they are painted."""
    view = view or QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(200)  # widths from the first rows, not 50,000
    view.resizeColumnsToContents()
    return view
