"""Editors for the card's multi-valued fields: e-mails, phones, addresses, links, people, custom."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core import names
from netdesk.core.types import (
    CustomField,
    EmailAddress,
    PhoneNumber,
    PostalAddress,
    RelatedPerson,
    WebLink,
)
from netdesk.ui.icons import icon
from netdesk.ui.widgets import InlineMessage, tr


def _label_box(choices: list[str], current: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(choices)
    box.setCurrentText(current)
    box.setMinimumContentsLength(6)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setAccessibleName(tr("Label"))
    return box


def _tool(name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon(name))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


class FieldRow(QWidget):
    """One value with a label, a preferred star and a remove button; a problem shows under it."""

    edited = Signal()
    remove_requested = Signal(QWidget)

    def __init__(self, labels: list[str], label: str, preferred: bool | None) -> None:
        super().__init__()
        self.label_box = _label_box(labels, label)
        self.fields = QWidget()
        self.star: QToolButton | None = None
        self.problem = InlineMessage(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label_box)
        row.addWidget(self.fields, 1)
        if preferred is not None:
            self.star = _tool("star", tr("Preferred"))
            self.star.setCheckable(True)
            self.star.setChecked(preferred)
            self.star.toggled.connect(lambda _c: self.edited.emit())
            row.addWidget(self.star)
        remove = _tool("remove", tr("Remove"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        row.addWidget(remove)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.problem)
        self.label_box.currentTextChanged.connect(lambda _t: self.edited.emit())

    def line(self, text: str, placeholder: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(lambda _t: self.edited.emit())
        return edit

    @property
    def preferred(self) -> bool:
        return self.star is not None and self.star.isChecked()

    def check(self) -> str | None:
        """Show and return this row's problem, or None."""
        self.problem.show_problem(None)
        return None

    def is_empty(self) -> bool:
        return False


class ValueRow(FieldRow):
    def __init__(
        self,
        labels: list[str],
        label: str,
        value: str,
        preferred: bool | None,
        placeholder: str,
        validate: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__(labels, label, preferred)
        self.edit = self.line(value, placeholder, placeholder)
        self._validate = validate
        layout = QHBoxLayout(self.fields)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def text(self) -> str:
        return self.edit.text().strip()

    def is_empty(self) -> bool:
        return not self.text()

    def check(self) -> str | None:
        problem = self._validate(self.text()) if self._validate and self.text() else None
        self.problem.show_problem(tr(problem) if problem else None)
        return problem


class AddressRow(FieldRow):
    def __init__(self, address: PostalAddress) -> None:
        super().__init__([tr("home"), tr("work"), tr("other")], address.label, address.preferred)
        self.address = address
        grid = QGridLayout(self.fields)
        grid.setContentsMargins(0, 0, 0, 0)
        self.street = self.line(address.street, tr("Street"), tr("Street"))
        self.extended = self.line(address.extended, tr("Apartment, suite…"), tr("Extended address"))
        self.postal_code = self.line(address.postal_code, tr("Postal code"), tr("Postal code"))
        self.locality = self.line(address.locality, tr("City"), tr("City"))
        self.region = self.line(address.region, tr("Region"), tr("Region"))
        self.country = self.line(address.country, tr("Country"), tr("Country"))
        grid.addWidget(self.street, 0, 0, 1, 2)
        grid.addWidget(self.extended, 1, 0, 1, 2)
        grid.addWidget(self.postal_code, 2, 0)
        grid.addWidget(self.locality, 2, 1)
        grid.addWidget(self.region, 3, 0)
        grid.addWidget(self.country, 3, 1)

    def value(self) -> PostalAddress:
        return PostalAddress(
            label=self.label_box.currentText().strip(),
            preferred=self.preferred,
            po_box=self.address.po_box,
            extended=self.extended.text().strip(),
            street=self.street.text().strip(),
            locality=self.locality.text().strip(),
            region=self.region.text().strip(),
            postal_code=self.postal_code.text().strip(),
            country=self.country.text().strip(),
        )

    def is_empty(self) -> bool:
        return self.value().is_empty()


class ListEditor(QWidget):
    """A column of rows of one kind with an "Add" button under them.

    Signals:
        edited(): any row changed, was added or removed.
    """

    edited = Signal()

    def __init__(self, add_text: str, make_row: Callable[[object | None], FieldRow]) -> None:
        super().__init__()
        self._make_row = make_row
        self.rows: list[FieldRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(icon("add"), add_text)
        self.add_button.setFlat(True)
        self.add_button.setAccessibleName(add_text)
        self.add_button.clicked.connect(self._add_clicked)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_values(self, values: list[object]) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for value in values:
            self._append(value)

    def _append(self, value: object | None) -> FieldRow:
        row = self._make_row(value)
        row.edited.connect(self.edited)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self._layout.insertWidget(len(self.rows) - 1, row)
        return row

    def _add_clicked(self) -> None:
        row = self._append(None)
        first = row.findChild(QLineEdit)
        if first is not None:
            first.setFocus()
        self.edited.emit()

    def _remove(self, row: QWidget) -> None:
        if isinstance(row, FieldRow) and row in self.rows:
            self.rows.remove(row)
            row.deleteLater()
            self.edited.emit()

    def check(self) -> list[str]:
        return [p for row in self.rows if (p := row.check())]

    def filled_rows(self) -> list[FieldRow]:
        return [r for r in self.rows if not r.is_empty()]


EMAIL_LABELS = ["home", "work", "other"]
PHONE_LABELS = ["mobile", "work", "home", "other"]


def emails_editor() -> ListEditor:
    def make(value: object | None) -> FieldRow:
        email = value if isinstance(value, EmailAddress) else EmailAddress("")
        return ValueRow(
            [tr(x) for x in EMAIL_LABELS],
            email.label,
            email.value,
            email.preferred,
            tr("E-mail address"),
            names.email_problem,
        )

    return ListEditor(tr("Add e-mail"), make)


def emails_of(editor: ListEditor) -> list[EmailAddress]:
    return [
        EmailAddress(r.text(), r.label_box.currentText().strip(), r.preferred)  # type: ignore[attr-defined]
        for r in editor.filled_rows()
    ]


def phones_editor() -> ListEditor:
    def make(value: object | None) -> FieldRow:
        phone = value if isinstance(value, PhoneNumber) else PhoneNumber("")
        return ValueRow(
            [tr(x) for x in PHONE_LABELS],
            phone.label,
            phone.raw,
            phone.preferred,
            tr("Phone number"),
            names.phone_problem,
        )

    return ListEditor(tr("Add phone"), make)


def phones_of(editor: ListEditor) -> list[PhoneNumber]:
    return [
        PhoneNumber(r.text(), r.label_box.currentText().strip(), r.preferred)  # type: ignore[attr-defined]
        for r in editor.filled_rows()
    ]


def urls_editor() -> ListEditor:
    def make(value: object | None) -> FieldRow:
        link = value if isinstance(value, WebLink) else WebLink("")
        labels = [tr("website"), tr("LinkedIn"), tr("blog"), tr("other")]
        return ValueRow(labels, link.label, link.value, link.preferred, tr("https://…"))

    return ListEditor(tr("Add link"), make)


def urls_of(editor: ListEditor) -> list[WebLink]:
    return [
        WebLink(r.text(), r.label_box.currentText().strip(), r.preferred)  # type: ignore[attr-defined]
        for r in editor.filled_rows()
    ]


def addresses_editor() -> ListEditor:
    def make(value: object | None) -> FieldRow:
        return AddressRow(value if isinstance(value, PostalAddress) else PostalAddress())

    return ListEditor(tr("Add address"), make)


def addresses_of(editor: ListEditor) -> list[PostalAddress]:
    return [r.value() for r in editor.filled_rows()]  # type: ignore[attr-defined]


class RelatedRow(ValueRow):
    def __init__(self, person: RelatedPerson) -> None:
        labels = [
            tr("spouse"),
            tr("partner"),
            tr("assistant"),
            tr("manager"),
            tr("child"),
            tr("friend"),
        ]
        super().__init__(labels, person.label, person.name, None, tr("Name"))
        self.contact_id = person.contact_id

    def value(self) -> RelatedPerson:
        return RelatedPerson(self.label_box.currentText().strip(), self.text(), self.contact_id)


def related_editor() -> ListEditor:
    def make(value: object | None) -> FieldRow:
        return RelatedRow(value if isinstance(value, RelatedPerson) else RelatedPerson())

    return ListEditor(tr("Add related person"), make)


def related_of(editor: ListEditor) -> list[RelatedPerson]:
    return [r.value() for r in editor.filled_rows()]  # type: ignore[attr-defined]


def custom_editor() -> ListEditor:
    def make(value: object | None) -> FieldRow:
        custom = value if isinstance(value, CustomField) else CustomField("", "")
        return ValueRow([], custom.label, custom.value, None, tr("Value"))

    return ListEditor(tr("Add custom field"), make)


def custom_of(editor: ListEditor) -> list[CustomField]:
    return [
        CustomField(r.label_box.currentText().strip(), r.text())  # type: ignore[attr-defined]
        for r in editor.filled_rows()
    ]
