"""The column-mapping step for a CSV netdesk does not recognise, remembered per header row."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.interop.csv_mappings import SECTION, header_signature
from netdesk.ui.context import AppContext
from netdesk.ui.settings import Settings
from netdesk.ui.widgets import fill, remember_size, tooltip_as_written, tr

_PREFIX = SECTION + "/"  # netdesk-cli reads them too (netdesk.interop.csv_mappings, no Qt)
# netdesk.interop.csvfile.FIELD_KEYS's labels (interop has no Qt), marked here for lupdate and
# translated where shown, with tr()
FIELD_LABELS = {
    "given_name": QT_TRANSLATE_NOOP("netdesk", "First name"),
    "additional_names": QT_TRANSLATE_NOOP("netdesk", "Middle name"),
    "family_name": QT_TRANSLATE_NOOP("netdesk", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("netdesk", "Full name"),
    "prefix": QT_TRANSLATE_NOOP("netdesk", "Name prefix"),
    "suffix": QT_TRANSLATE_NOOP("netdesk", "Name suffix"),
    "nickname": QT_TRANSLATE_NOOP("netdesk", "Nickname"),
    "organization": QT_TRANSLATE_NOOP("netdesk", "Company"),
    "title": QT_TRANSLATE_NOOP("netdesk", "Job title"),
    "department": QT_TRANSLATE_NOOP("netdesk", "Department"),
    "email": QT_TRANSLATE_NOOP("netdesk", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("netdesk", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("netdesk", "Mobile phone"),
    "work_phone": QT_TRANSLATE_NOOP("netdesk", "Work phone"),
    "home_phone": QT_TRANSLATE_NOOP("netdesk", "Home phone"),
    "fax": QT_TRANSLATE_NOOP("netdesk", "Fax"),
    "street": QT_TRANSLATE_NOOP("netdesk", "Street"),
    "locality": QT_TRANSLATE_NOOP("netdesk", "City"),
    "region": QT_TRANSLATE_NOOP("netdesk", "State / region"),
    "postal_code": QT_TRANSLATE_NOOP("netdesk", "Postal code"),
    "country": QT_TRANSLATE_NOOP("netdesk", "Country"),
    "url": QT_TRANSLATE_NOOP("netdesk", "Web page"),
    "birthday": QT_TRANSLATE_NOOP("netdesk", "Birthday"),
    "anniversary": QT_TRANSLATE_NOOP("netdesk", "Anniversary"),
    "notes": QT_TRANSLATE_NOOP("netdesk", "Notes"),
    "met_on": QT_TRANSLATE_NOOP("netdesk", "Met on"),
    "met_at": QT_TRANSLATE_NOOP("netdesk", "Met at"),
    "tags": QT_TRANSLATE_NOOP("netdesk", "Tags"),
    "ignore": QT_TRANSLATE_NOOP("netdesk", "(ignore this column)"),
}
# a row needs one of these to become a contact (the CSV reader skips the others)
IDENTIFYING = {"given_name", "family_name", "full_name", "organization", "email"}
IDENTIFYING |= {"phone", "mobile", "work_phone", "home_phone", "fax"}
# fields that hold one value: of two columns chosen for one of these, the CSV reader keeps one
# value a row and drops the other unsaid (e-mails, phones, notes, tags, an address's lines
# take every column chosen)
ONE_VALUE = {"given_name", "additional_names", "family_name", "full_name", "prefix", "suffix"}
ONE_VALUE |= {"nickname", "organization", "title", "department", "birthday", "anniversary"}
ONE_VALUE |= {"met_on", "met_at"}
__all__ = [
    "FIELD_LABELS",
    "IDENTIFYING",
    "CsvMappingDialog",
    "columns_chosen_before",
    "header_signature",
    "remember_mapping",
    "remembered_mapping",
]


def remembered_mapping(context: AppContext, headers: list[str]) -> dict[str, str] | None:
    """The mapping the user chose last time for this header row, if any."""
    value = context.settings.raw().value(_PREFIX + header_signature(headers))
    if not value:
        return None
    try:
        mapping = json.loads(str(value))
    except ValueError:
        return None
    return {str(k): str(v) for k, v in mapping.items()} if isinstance(mapping, dict) else None


def columns_chosen_before(context: AppContext, headers: list[str]) -> dict[str, str]:
    """For a header row never answered: the fields chosen for its columns in the remembered
    mapping that shares most of them (the same export with a column added, removed or moved
    has another header signature, and every column was guessed again). Empty when no
    remembered mapping shares at least half of its columns, two at least: one common "Name"
    says nothing of whether it is a person or a company."""
    from netdesk.interop.csvfile import column_keys

    def name(column: str) -> str:
        return " ".join(column.split()).casefold()

    wanted = {name(key): key for key in column_keys(headers)}
    raw = context.settings.raw()
    raw.beginGroup(SECTION)
    try:
        stored = [raw.value(key) for key in raw.childKeys()]
    finally:
        raw.endGroup()
    best: dict[str, str] = {}
    for value in stored:
        try:
            mapping = json.loads(str(value))
        except ValueError:
            continue
        if not isinstance(mapping, dict):
            continue
        shared = {wanted[name(k)]: str(v) for k, v in mapping.items() if name(str(k)) in wanted}
        if len(shared) > len(best):
            best = shared
    return best if len(best) >= 2 and len(best) * 2 >= len(wanted) else {}


def remember_mapping(context: AppContext, headers: list[str], mapping: dict[str, str]) -> None:
    raw = context.settings.raw()
    raw.setValue(_PREFIX + header_signature(headers), json.dumps(mapping, ensure_ascii=False))
    raw.sync()


class FieldMenu(QComboBox):
    """A column's field, in the table: the wheel turns it once it is in focus (Tab, a click),
    and otherwise scrolls the table as over any other row. A menu the pointer rested on as
    the columns of an 80-column export went by took each notch: "(ignore this column)"
    turned "Met on" three notches later, unseen."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone gives no focus

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # on to the table, which scrolls


class CsvMappingDialog(QDialog):
    """One row per column: its header, a sample value, and the netdesk field it goes to."""

    SKIP = 2  # finished with this: the file is left out, the import goes on without it

    def __init__(
        self,
        file: str,
        headers: list[str],
        mapping: dict[str, str],
        samples: list[str] | None = None,
        parent: QWidget | None = None,
        *,
        skippable: bool = False,
        again: bool = False,
        settings: Settings | None = None,
    ) -> None:
        """``skippable``: other files come with this one; a button leaves this one out.
        ``again``: the file was read with columns remembered for it, asked about again.
        ``settings``: where the size the user gives the dialog is kept for the next file."""
        from netdesk.interop.csvfile import FIELD_KEYS, column_keys

        super().__init__(parent)
        self.headers = headers
        # a mapping's key per column: two columns named alike are "Phone" and "Phone (2)"
        self.keys = column_keys(headers)
        self.setWindowTitle(tr("Which column holds what?"))
        self.resize(640, 480)
        if settings is not None:
            remember_size(self, settings, "csv_mapping")
        layout = QVBoxLayout(self)
        if again:  # "does not know the layout" of a file it had just read with its columns
            said = tr("Which column of %1 holds what? Change the fields that are wrong; your "
                      "choice is remembered for files with the same columns.")  # fmt: skip
        else:
            said = tr("netdesk does not know the layout of %1. Choose the field for each column; "
                      "your choice is remembered for files with the same columns.")  # fmt: skip
        intro = QLabel(said.replace("%1", file))
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the file's name is not HTML
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(headers), 3)
        self.table.setHorizontalHeaderLabels([tr("Column"), tr("Example"), tr("netdesk field")])
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(tr("Columns of the file"))
        # Tab walks the field menus, then Continue and Cancel; in the table's own Tab
        # navigation it went from cell to cell and never left the table
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)  # Tab goes to the current row's field
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choosers: list[QComboBox] = []
        for row, header in enumerate(headers):
            sample = samples[row] if samples and row < len(samples) else ""
            for column, text in ((0, header), (1, sample)):
                item = QTableWidgetItem(text)  # the file's, not for editing here
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(tooltip_as_written(text))
                self.table.setItem(row, column, item)
            chooser = FieldMenu()
            # by its key: a screen reader tells the two "Phone" menus apart ("Phone (2)")
            chooser.setAccessibleName(tr("Field for column %1").replace("%1", self.keys[row]))
            for key, label in FIELD_KEYS.items():
                chooser.addItem(tr(str(FIELD_LABELS.get(key, label))), key)
            index = chooser.findData(mapping.get(self.keys[row], "ignore"))
            chooser.setCurrentIndex(index if index >= 0 else chooser.findData("ignore"))
            chooser.currentIndexChanged.connect(self._update_continue)
            self.table.setCellWidget(row, 2, chooser)
            self.choosers.append(chooser)
            # a spreadsheet's empty columns past the last one used ("Name;Email;;;"): no
            # name, no value, nothing to choose; listed, they were blank rows to Tab through
            self.table.setRowHidden(row, not header.strip() and not sample.strip())
        layout.addWidget(self.table, 1)
        self.hint = QLabel(
            tr("Choose the column with the name, e-mail, phone or company: without one, no row "
               "becomes a contact.")
        )  # fmt: skip
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        # "Vorname" and "Nachname" both chosen as First name (a slip of the arrow keys): the
        # last names were dropped from every contact, without a word
        self.doubled = QLabel()
        self.doubled.setObjectName("doubledFields")
        self.doubled.setTextFormat(Qt.TextFormat.PlainText)  # the headers are the file's
        self.doubled.setWordWrap(True)
        layout.addWidget(self.doubled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.continue_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(tr("Co&ntinue"))  # C: Cancel's
        # said here: the platform's "&Cancel" is KDE's and GNOME's only (Alt+C did nothing)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Cancel"))
        # a folder dropped with a sheet that holds no contacts (expenses, a bank's export):
        # Cancel dropped the whole import, and Continue wants a name or e-mail column
        self.skip_button: QPushButton | None = None
        if skippable:
            self.skip_button = buttons.addButton(
                tr("&Skip this file"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.skip_button.setToolTip(tr("Import the other files without this one"))
            self.skip_button.clicked.connect(lambda: self.done(self.SKIP))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_continue()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab in the table goes to the field of the row the arrows are on. It went to the
        first row's: a keyboard user who walked down to "Firm" and chose "Company" there set
        the first column, "Person", to it."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            row = self.table.currentRow()
            if 0 <= row < len(self.choosers) and not self.table.isRowHidden(row):
                self.choosers[row].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _update_continue(self) -> None:
        usable = any(key in IDENTIFYING for key in self.mapping().values())
        self.continue_button.setEnabled(usable)
        self.hint.setVisible(not usable)
        self._say_doubled()

    def _say_doubled(self) -> None:
        """Name the fields of one value that two columns or more are chosen for."""
        columns: dict[str, list[str]] = {}
        for row, chooser in enumerate(self.choosers):
            key = str(chooser.currentData())
            if key in ONE_VALUE:
                columns.setdefault(key, []).append(" ".join(self.keys[row].split()))  # "Phone (2)"
        lines = [
            fill(
                tr(
                    "The columns %1 all go to %2, which holds one value: for each contact "
                    "only one of them is kept."
                ),
                ", ".join(f"“{header}”" for header in headers),
                tr(str(FIELD_LABELS[key])),
            )
            for key, headers in columns.items()
            if len(headers) > 1
        ]
        self.doubled.setText("\n".join(lines))
        self.doubled.setVisible(bool(lines))

    def mapping(self) -> dict[str, str]:
        return {k: str(c.currentData()) for k, c in zip(self.keys, self.choosers, strict=True)}

    def set_field(self, column: str, key: str) -> None:
        """Choose ``key`` for ``column`` (a header, or "Phone (2)" for the second "Phone")."""
        chooser = self.choosers[self.keys.index(column)]
        chooser.setCurrentIndex(chooser.findData(key))
