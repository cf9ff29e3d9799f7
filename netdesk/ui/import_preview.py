"""The preview shown before an import writes anything: counts, merges, conflicts and problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.importing import ImportPlan
from netdesk.ui.widgets import tr

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
_SHOWN_ROWS = 2000  # a preview of 50,000 new names helps nobody and costs seconds to build


def field_label(name: str) -> str:
    return tr(str(FIELD_NAMES.get(name, name)))  # QT_TRANSLATE_NOOP is typed as object


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(text)
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
        self.conflict_table, self.conflict_choices = self._conflict_tab()
        self.problem_table = self._problem_tab()
        # open where the user's attention is needed: differences, then errors, then merges
        for table in (self.conflict_table, self.problem_table, self.merge_table):
            if table.property("interesting"):
                self.tabs.setCurrentWidget(table)
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
            tr("%n new contact(s)", "", plan.new),
            tr("%n to be merged into existing contacts", "", plan.merged),
            tr("%n already up to date", "", plan.unchanged),
            tr("%n error(s)", "", errors),
        ]
        if warnings:
            parts.append(tr("%n warning(s)", "", warnings))
        text = ", ".join(parts) + "."
        if plan.conflicts:
            text += " " + tr(
                "%n field(s) differ from what you have: your values are kept unless you tick "
                "“Use the file’s value”.",
                "",
                len(plan.conflicts),
            )
        if plan.new + plan.merged == 0:
            text += " " + tr("There is nothing to import.")
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

    def _conflict_tab(self) -> tuple[QTableWidget, list[QCheckBox]]:
        conflicts = self.plan.conflicts
        table = _table([tr("Contact"), tr("Field"), tr("Yours (kept)"), tr("In the file"), ""])
        table.setRowCount(len(conflicts))
        choices = []
        for row, (card, conflict) in enumerate(conflicts):
            table.setItem(row, 0, _item(card.contact.display_name))
            table.setItem(row, 1, _item(field_label(conflict.field)))
            table.setItem(row, 2, _item(conflict.mine))
            table.setItem(row, 3, _item(conflict.theirs))
            choice = QCheckBox(tr("Use the file’s value"))
            choice.setChecked(conflict.take_theirs)
            table.setCellWidget(row, 4, choice)
            choices.append(choice)
        table.resizeColumnsToContents()
        table.setProperty("interesting", bool(conflicts))
        self.tabs.addTab(table, tr("Differences (%1)").replace("%1", str(len(conflicts))))
        return table, choices

    def _problem_tab(self) -> QTableWidget:
        problems = self.plan.problems
        table = _table([tr("File"), tr("Line"), tr("Kind"), tr("Problem")])
        table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            table.setItem(row, 0, _item(problem.file))
            table.setItem(row, 1, _item(str(problem.line) if problem.line is not None else ""))
            kind = tr("error") if problem.severity == "error" else tr("warning")
            table.setItem(row, 2, _item(kind))
            table.setItem(row, 3, _item(problem.reason))
        table.resizeColumnsToContents()
        table.setProperty("interesting", bool(self.plan.errors))
        self.tabs.addTab(table, tr("Problems (%1)").replace("%1", str(len(problems))))
        return table

    def accept(self) -> None:
        for (_, conflict), choice in zip(self.plan.conflicts, self.conflict_choices, strict=True):
            conflict.take_theirs = choice.isChecked()
        super().accept()
