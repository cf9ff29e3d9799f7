"""Editors for the card's multi-valued fields: e-mails, phones, addresses, links, people, custom."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionFocusRect,
    QStylePainter,
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
from netdesk.ui.card_open import email_url, link_url, phone_url
from netdesk.ui.icons import checkable_icon, icon
from netdesk.ui.widgets import InlineMessage, fill, scroll_past, tr

# a preferred value's filled star: a dark gold on a light palette, amber on a dark one
# (each at least 3:1 against its window, as WCAG asks of a control's state)
PREFERRED_STAR = ("#b87700", "#fbbf24")


def _label_box(choices: list[tuple[str, str]], current: str) -> QComboBox:
    """An editable label: the known labels are shown translated and stored as their key."""
    box = QComboBox()
    box.setEditable(True)
    # Enter after a label typed ("Office") added it to the list with no key, and it was
    # stored as "None" (label_of)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for key, shown in choices:
        box.addItem(shown, key)
    known = [key.casefold() for key, _shown in choices]
    if current.casefold() in known:
        box.setCurrentIndex(known.index(current.casefold()))
    else:
        box.setCurrentText(current)
    edit = box.lineEdit()
    if edit is not None:  # a long label shows its start ("Where we met…"), not its end
        edit.setCursorPosition(0)
    box.setMinimumContentsLength(6)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setAccessibleName(tr("Label"))
    scroll_past(box)
    return box


def _tool(name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon(name))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


class FlatButton(QPushButton):
    """A flat button ("Add e-mail") that shows when it has the keyboard's focus: Fusion draws
    a button's focus with its frame, which a flat one has not, and Tab landed on "Add
    e-mail" with nothing on screen saying so."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setFlat(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus() and self.isFlat():
            option = QStyleOptionFocusRect()
            option.initFrom(self)  # (shown after Tab, not after a click, as styles do)
            option.backgroundColor = self.palette().color(QPalette.ColorRole.Window)
            QStylePainter(self).drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)


def label_of(box: QComboBox, shown: str | None = None) -> str:
    """The label to store: a known label's key whatever language it is shown in, or the text
    (``shown``: that text, for one the box showed before)."""
    text = (box.currentText() if shown is None else shown).strip()
    for index in range(box.count()):
        key = box.itemData(index)
        if key is not None and box.itemText(index).strip().casefold() == text.casefold():
            return str(key)
    return text


class FieldRow(QWidget):
    """One value with a label, a preferred star and a remove button; a problem shows under it.

    Signals:
        edited(): the label, value or preferred flag changed.
        remove_requested(QWidget): the remove button was clicked.
        made_preferred(QWidget): the star was switched on.
        star_pressed(): the star is pressed, before it turns (for the card's undo).
        label_chosen(QWidget, str): a label was chosen from the box's list (its arrows, a
            click, the wheel), and the label it showed before (for the card's undo).
    """

    edited = Signal()
    remove_requested = Signal(QWidget)
    made_preferred = Signal(QWidget)
    star_pressed = Signal()
    label_chosen = Signal(QWidget, str)

    label_checked = False  # whether check() looks at the label too

    def __init__(
        self, labels: list[tuple[str, str]], label: str | None, preferred: bool | None
    ) -> None:
        super().__init__()
        # a new row (label None) starts on the first known label, as a phone starts "mobile"
        self.label_box = _label_box(
            labels, labels[0][0] if label is None and labels else label or ""
        )
        self.fields = QWidget()
        self.star: QToolButton | None = None
        self.problem = InlineMessage(self)
        row = self.line_layout = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label_box)
        row.addWidget(self.fields, 1)
        if preferred is not None:
            self.star = _tool("star", tr("Preferred"))
            # filled once preferred: checked, it looked as unchecked (Fusion's sunken frame
            # round an auto-raise button is faint, and none at all under some styles)
            self.star.setIcon(checkable_icon("star", "star-filled", *PREFERRED_STAR))
            self.star.setCheckable(True)
            self.star.setChecked(preferred)
            self._show_star()
            self.star.toggled.connect(self._star_toggled)
            self.star.pressed.connect(self.star_pressed)
            row.addWidget(self.star)
        self.remove_button = _tool("remove", tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        row.addWidget(self.remove_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.problem)
        self.label_box.currentTextChanged.connect(self._label_changed)
        # a label chosen from the list replaces the box's text, and with it the history its
        # field keeps for Ctrl+Z: the card keeps the label shown before as one of its steps
        self._label_shown = self.label_box.currentText()
        self.label_box.activated.connect(self._label_activated)
        edit = self.label_box.lineEdit()
        if edit is not None:  # what is typed and left has the field's own undo
            edit.editingFinished.connect(self._label_left)

    def _label_changed(self, _text: str) -> None:
        if self.label_checked:  # the problem Save showed goes as it is put right
            self.problem.show_problem(None)
        self.edited.emit()

    def _label_left(self) -> None:
        """Typed, then left with Tab or a click (not Enter, which chooses it: the step of
        ``_label_activated`` then goes back to the label shown before the typing)."""
        edit = self.label_box.lineEdit()
        if edit is not None and not edit.hasFocus():
            self._label_shown = self.label_box.currentText()

    def _label_activated(self, _index: int) -> None:
        before, self._label_shown = self._label_shown, self.label_box.currentText()
        # ("Work" typed over "work": no step, one that changed nothing used up a Ctrl+Z)
        if before.casefold() != self._label_shown.casefold():
            self.label_chosen.emit(self, before)

    def line(self, text: str, placeholder: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setCursorPosition(0)  # a long address shows its start, not its end
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(accessible)
        # the problem Save showed goes as the value is put right (Save checks it again)
        edit.textEdited.connect(lambda _t: self.problem.show_problem(None))
        edit.textEdited.connect(lambda _t: self.edited.emit())
        return edit

    def _show_star(self) -> None:
        assert self.star is not None
        tip = tr("Preferred (click to unmark)") if self.star.isChecked() else tr("Make preferred")
        self.star.setToolTip(tip)
        self.star.setAccessibleDescription(tip)  # said with its name, whether it is or not

    def name_buttons(self, names: RowNames, number: int) -> None:
        """The label, the remove button and the star say which value they are of ("Remove
        e-mail address 2", "Make phone 1 preferred"): a screen reader going through the rows
        said "Label", "Remove" and "Preferred" for each, with nothing to tell them apart."""
        self.label_box.setAccessibleName(fill(names.label, str(number)))
        self.remove_button.setAccessibleName(fill(names.remove, str(number)))
        if self.star is not None:
            self.star.setAccessibleName(fill(names.prefer, str(number)))

    def _star_toggled(self, checked: bool) -> None:
        self._show_star()
        if checked:
            self.made_preferred.emit(self)
        self.edited.emit()

    @property
    def preferred(self) -> bool:
        return self.star is not None and self.star.isChecked()

    def set_preferred(self, preferred: bool) -> None:
        if self.star is not None:
            self.star.setChecked(preferred)

    def value_edits(self) -> list[QLineEdit]:
        """The row's value fields in reading order (the label's own edit excluded)."""
        return []

    def focus_order(self) -> list[QWidget]:
        """Label, values, star, remove: the order Tab visits them."""
        star = [self.star] if self.star is not None else []
        return [self.label_box, *self.value_edits(), *star, self.remove_button]

    def check(self) -> str | None:
        """Show and return this row's problem, or None."""
        self.problem.show_problem(None)
        return None

    def is_empty(self) -> bool:
        return False


class ValueRow(FieldRow):
    def __init__(
        self,
        labels: list[tuple[str, str]],
        label: str | None,
        value: str,
        preferred: bool | None,
        placeholder: str,
        validate: Callable[[str], str | None] | None = None,
        written_in: Callable[[str], str] = str.strip,
        accessible: str = "",
    ) -> None:
        """``accessible``: what a screen reader calls the value, when its placeholder does
        not say it (a link's "https://…")."""
        super().__init__(labels, label, preferred)
        self.edit = self.line(value, placeholder, accessible or placeholder)
        self._validate = validate
        self._written_in = written_in  # the value in what was typed or pasted
        self.edit.editingFinished.connect(self.tidy)
        self.stored = value.strip()  # checked only once changed (see check())
        layout = QHBoxLayout(self.fields)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def text(self) -> str:
        text = self.edit.text().strip()
        return text if text == self.stored else self._written_in(text)  # (see check())

    def tidy(self) -> None:
        """The field shows the value it holds ("ana@…" for a pasted "mailto:ana@…"), as an
        edit: Ctrl+Z in it brings back what was pasted."""
        value = self.text()
        if value != self.edit.text().strip():
            self.edit.selectAll()
            self.edit.insert(value)

    def value_edits(self) -> list[QLineEdit]:
        return [self.edit]

    def is_empty(self) -> bool:
        return not self.text()

    def check(self) -> str | None:
        """Only a value typed on the card is checked: one the contact came with (an imported
        "0351 223344" read in another country, an extension) is kept as it is, or any edit of
        such a contact, a note or a tag, could not be saved until the user 'fixed' it."""
        self.tidy()
        text = self.text()
        problem = self._validate(text) if self._validate and text and text != self.stored else None
        self.problem.show_problem(problem)
        return problem


class AddressRow(FieldRow):
    def __init__(self, address: PostalAddress, label: str | None) -> None:
        super().__init__(place_labels(), label, address.preferred)
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
        # beside the street, its first line, as the form's "Address" is: centred on the four
        # lines, the label stood beside the apartment and postal code, away from its caption
        for widget in (self.label_box, self.star, self.remove_button):
            if widget is not None:
                self.line_layout.setAlignment(widget, Qt.AlignmentFlag.AlignTop)

    def value_edits(self) -> list[QLineEdit]:
        return [
            self.street,
            self.extended,
            self.postal_code,
            self.locality,
            self.region,
            self.country,
        ]

    def value(self) -> PostalAddress:
        return PostalAddress(
            label=label_of(self.label_box),
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


@dataclasses.dataclass(frozen=True)
class RowNames:
    """What a row's label and buttons are called, with %1 for the row's number ("Remove
    phone %1")."""

    label: str
    remove: str
    prefer: str = ""


class ListEditor(QWidget):
    """A column of rows of one kind with an "Add" button under them.

    Signals:
        edited(): any row changed, was added or removed.
        about_to_change(): a row is about to be added or removed, or a star to turn: the
            card's undo keeps what the form shows first.
        label_chosen(QWidget, str): a row's label was chosen from its list, and the label it
            showed before (FieldRow).
    """

    edited = Signal()
    about_to_change = Signal()
    label_chosen = Signal(QWidget, str)

    def __init__(
        self,
        add_text: str,
        make_row: Callable[[object | None], FieldRow],
        row_names: RowNames,
        open_value: tuple[str, Callable[[str], QUrl | None]] | None = None,
        same_value: Callable[[str], str] | None = None,
    ) -> None:
        """``row_names``: what a row's label and buttons are called. ``open_value``: the
        menu's words for opening a value ("Open link") and the address that opens it (None:
        none), for a value's menu. ``same_value``: what two values that are one share (an
        e-mail in any case), to refuse one typed twice."""
        super().__init__()
        self._make_row = make_row
        self._same_value = same_value
        self._row_names = row_names
        self._open_value = open_value
        self.rows: list[FieldRow] = []
        self.key_filter: QObject | None = None  # installed on every row's text fields
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = FlatButton(add_text)
        self.add_button.setIcon(icon("add"))
        self.add_button.setAccessibleName(add_text)
        self.add_button.clicked.connect(self._add_clicked)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        # its label's Alt+letter ("&Phone") may focus it: the focus goes on to the first value
        # (focusInEvent). Click focus only, so Tab never stops here; a focus proxy would do
        # the same but moves the proxy in the Tab order
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The first value takes the focus, or "Add" when there is none (a label's buddy that
        is a button would be clicked)."""
        super().focusInEvent(event)
        edits = self.rows[0].value_edits() if self.rows else []
        (edits[0] if edits else self.add_button).setFocus(event.reason())

    def set_values(self, values: list[object]) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for value in values:
            self._append(value)
        self._name_rows()

    def add_empty_rows(self, count: int) -> None:
        """``count`` empty rows more at the end (none when it is 0 or less), as "Add" makes."""
        for _ in range(count):
            self._append(None).show()
        self._name_rows()

    def _name_rows(self) -> None:
        """Each row's buttons named with its place, counted from 1 as the rows stand."""
        for number, row in enumerate(self.rows, 1):
            row.name_buttons(self._row_names, number)

    def _append(self, value: object | None) -> FieldRow:
        row = self._make_row(value)
        row.edited.connect(self.edited)
        row.remove_requested.connect(self._remove)
        row.made_preferred.connect(self._only_preferred)
        row.star_pressed.connect(self.about_to_change)
        row.label_chosen.connect(self.label_chosen)
        if self.key_filter is not None:  # its buttons too: Ctrl+Z on "Remove" is the card's
            for widget in row.findChildren(QWidget):
                # what takes the focus, where keys go: not the label menu's popup frame,
                # scroll bars and viewport, whose events all went through the filter too
                if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    widget.installEventFilter(self.key_filter)
        for edit in row.value_edits():  # Ctrl+Up / Ctrl+Down, and in its menu: reordering
            edit.installEventFilter(self)
            edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            edit.customContextMenuRequested.connect(
                lambda at, edit=edit, row=row: self._row_menu(row, edit, at)
            )
        self.rows.append(row)
        self._layout.insertWidget(len(self.rows) - 1, row)
        # Tab visits the row where it stands, before "Add" (a new child goes to the end of
        # the window's chain, after every other field of the card)
        before = self._focusable_before_add()
        for widget in row.focus_order():
            QWidget.setTabOrder(before, widget)
            before = widget
        return row

    def _focusable_before_add(self) -> QWidget:
        # setTabOrder ignores a widget that takes no focus: start from one that does
        widget = self.add_button.previousInFocusChain()
        while (
            widget is not None
            and widget is not self.add_button
            and widget.focusPolicy() in (Qt.FocusPolicy.NoFocus, Qt.FocusPolicy.ClickFocus)
        ):
            widget = widget.previousInFocusChain()
        return widget if widget is not None else self.add_button

    def _add_clicked(self) -> None:
        self.about_to_change.emit()
        row = self._append(None)
        self._name_rows()
        row.show()  # the layout would show it later, and a hidden field cannot take focus
        edits = row.value_edits()
        if edits:
            edits[0].setFocus()
        self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Up and Ctrl+Down in a row's value move the row (the first is the one an
        export and most programs show first). Shift+F10 opens the value's menu, as the Menu
        key does: Qt does not on Linux, and without a Menu key (most laptops) "Write
        e-mail", "Call" and "Open link" were out of the keyboard's reach."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if (
                event.key() == Qt.Key.Key_F10
                and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
                and isinstance(watched, QLineEdit)
            ):
                watched.customContextMenuRequested.emit(watched.cursorRect().center())
                return True
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            if step and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                row = next((r for r in self.rows if r.isAncestorOf(watched)), None)  # type: ignore[arg-type]
                if row is not None:
                    self.move_row(row, step)
                    return True
        return super().eventFilter(watched, event)

    def _row_menu(self, row: FieldRow, edit: QLineEdit, at: QPoint) -> None:
        """The value's own menu (cut, copy, paste...) with Move up and Move down."""
        menu = edit.createStandardContextMenu()
        if self._open_value is not None and isinstance(row, ValueRow):
            # a link, an e-mail or a number was only text to copy elsewhere by hand
            text, url_of = self._open_value
            url = url_of(row.text())
            action = QAction(text, menu)
            action.setEnabled(url is not None)
            if url is not None:
                action.triggered.connect(functools.partial(QDesktopServices.openUrl, url))
            first = menu.actions()[0]  # (Undo: the standard menu is never empty)
            menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.addSeparator()
        index = self.rows.index(row) if row in self.rows else -1
        for text, keys, step in (
            (tr("Move &up"), "Ctrl+Up", -1),
            (tr("Move &down"), "Ctrl+Down", 1),
        ):
            action = menu.addAction(text, functools.partial(self.move_row, row, step))
            action.setShortcut(QKeySequence(keys))  # shown, said; the keys are the filter's
            action.setEnabled(index >= 0 and 0 <= index + step < len(self.rows))
        menu.exec(edit.mapToGlobal(at))
        menu.deleteLater()

    def move_row(self, row: FieldRow, step: int) -> None:
        """Move ``row`` up (-1) or down (1); the focus stays where it is."""
        if row not in self.rows:
            return
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        self.about_to_change.emit()
        before = self._focusable_before_rows()
        self.rows.insert(target, self.rows.pop(index))
        self._layout.removeWidget(row)
        self._layout.insertWidget(target, row)
        for widget in [w for r in self.rows for w in r.focus_order()] + [self.add_button]:
            QWidget.setTabOrder(before, widget)  # Tab goes down the rows as shown
            before = widget
        self._name_rows()
        self.edited.emit()

    def _focusable_before_rows(self) -> QWidget:
        """The widget Tab leaves for the first row (or "Add") from, outside this editor."""
        first = self.rows[0].focus_order()[0] if self.rows else self.add_button
        widget = first.previousInFocusChain()
        while (
            widget is not None
            and widget is not first
            and (
                self.isAncestorOf(widget)
                or widget.focusPolicy() in (Qt.FocusPolicy.NoFocus, Qt.FocusPolicy.ClickFocus)
            )
        ):
            widget = widget.previousInFocusChain()
        return widget if widget is not None else first

    def _only_preferred(self, chosen: QWidget) -> None:
        """One preferred value per kind: starring one unstars the others."""
        for row in self.rows:
            if row is not chosen:
                row.set_preferred(False)

    def _remove(self, row: QWidget) -> None:
        if isinstance(row, FieldRow) and row in self.rows:
            self.about_to_change.emit()
            index = self.rows.index(row)
            focused = QApplication.focusWidget()
            had_focus = focused is not None and row.isAncestorOf(focused)
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
            self._name_rows()
            if had_focus:  # keep the keyboard in the list: the next row's value, or "Add"
                following = self.rows[index].value_edits() if index < len(self.rows) else []
                (following[0] if following else self.add_button).setFocus()
            self.edited.emit()

    def check(self) -> list[str]:
        problems = [p for row in self.rows if (p := row.check())]
        return problems + self._check_repeated()

    def _check_repeated(self) -> list[str]:
        """A value typed that the card holds already, in another row ("ana@example.org"
        twice, "+34 612 345 678" and "+34612345678"), is said under the row typed: it was
        stored twice without a word. Values the contact came with are left as they are."""
        if self._same_value is None:
            return []
        rows = [r for r in self.rows if isinstance(r, ValueRow) and r.text()]
        if all(row.text() == row.stored for row in rows):
            return []  # (nothing typed: a card of 1,000 numbers is not read through again)
        keys = [self._same_value(r.text()) for r in rows]
        problems = []
        for index, row in enumerate(rows):
            typed = row.text() != row.stored
            if not typed or row.problem.text():
                continue
            after = zip(rows[index + 1 :], keys[index + 1 :], strict=True)
            loaded_after = {key for other, key in after if other.text() == other.stored}
            if keys[index] in keys[:index] or keys[index] in loaded_after:
                problem = fill(tr("“%1” is on this card already."), row.text())
                row.problem.show_problem(problem)
                problems.append(problem)
        return problems

    def check_all_but(self, loaded: set[str]) -> None:
        """Rows shown again by an undo: a value the contact was not loaded with is checked on
        Save, as if typed (a row made anew takes its value for one it came with)."""
        for row in self.rows:
            if isinstance(row, ValueRow) and row.text() not in loaded:
                row.stored = ""

    def filled_rows(self) -> list[FieldRow]:
        return [r for r in self.rows if not r.is_empty()]


def place_labels() -> list[tuple[str, str]]:
    """(stored key, shown text) of e-mail and address labels."""
    return [("home", tr("home")), ("work", tr("work")), ("other", tr("other"))]


def phone_labels() -> list[tuple[str, str]]:
    return [
        ("mobile", tr("mobile")),
        ("work", tr("work")),
        ("home", tr("home")),
        ("other", tr("other")),
    ]


def link_labels() -> list[tuple[str, str]]:
    return [
        ("website", tr("website")),
        ("LinkedIn", tr("LinkedIn")),
        ("blog", tr("blog")),
        ("other", tr("other")),
    ]


def related_labels() -> list[tuple[str, str]]:
    return [
        ("spouse", tr("spouse")),
        ("partner", tr("partner")),
        ("assistant", tr("assistant")),
        ("manager", tr("manager")),
        ("child", tr("child")),
        ("friend", tr("friend")),
    ]


def email_problem(value: str) -> str | None:
    """The inline message for an e-mail address that is not one, in the user's language."""
    if names.email_problem(value) is None:
        return None
    if names.looks_like_email(value):  # written as one, longer than mail takes
        address = value.strip()
        if len(address.partition("@")[0]) > names.EMAIL_LOCAL_MAX:
            return tr(
                "The part of the e-mail address before the @ is longer than %1 characters."
            ).replace("%1", str(names.EMAIL_LOCAL_MAX))
        return tr("The e-mail address is longer than %1 characters.").replace(
            "%1", str(names.EMAIL_MAX)
        )
    return tr("“%1” is not an e-mail address (expected name@example.org).").replace("%1", value)


def phone_problem(value: str) -> str | None:
    """The inline message for a phone number phonenumbers refuses, in the user's language."""
    problem = names.phone_problem(value)
    if problem is None:
        return None
    if problem.startswith("Not a phone number"):
        return tr("“%1” is not a phone number.").replace("%1", value)
    return tr(
        "“%1” is not a valid number for its country: check the digits, or start with + and "
        "the country code."
    ).replace("%1", value)


def emails_editor() -> ListEditor:
    def make(value: object | None) -> FieldRow:
        email = value if isinstance(value, EmailAddress) else None
        return ValueRow(
            place_labels(),
            email.label if email else None,
            email.value if email else "",
            email.preferred if email else False,
            tr("E-mail address"),
            email_problem,
            # pasted from a mail program or a link: "mailto:ana@…" was stored, and opened
            # as "mailto:mailto:ana@…"; "Ana García <ana@…>" was refused
            names.email_written_in,
        )

    return ListEditor(
        tr("Add e-mail"),
        make,
        RowNames(
            tr("Label of e-mail address %1"),
            tr("Remove e-mail address %1"),
            tr("Make e-mail address %1 preferred"),
        ),
        (tr("&Write e-mail"), email_url),
        str.casefold,
    )


def emails_of(editor: ListEditor) -> list[EmailAddress]:
    return [
        EmailAddress(r.text(), label_of(r.label_box), r.preferred)  # type: ignore[attr-defined]
        for r in editor.filled_rows()
    ]


def phones_editor() -> ListEditor:
    def make(value: object | None) -> FieldRow:
        phone = value if isinstance(value, PhoneNumber) else None
        return ValueRow(
            phone_labels(),
            phone.label if phone else None,
            phone.raw if phone else "",
            phone.preferred if phone else False,
            tr("Phone number"),
            phone_problem,
            names.phone_written_in,  # a pasted "tel:+34…" link was stored as it was
        )

    return ListEditor(
        tr("Add phone"),
        make,
        RowNames(tr("Label of phone %1"), tr("Remove phone %1"), tr("Make phone %1 preferred")),
        (tr("Ca&ll"), phone_url),
        lambda number: names.normalize_phone(number) or number,
    )


def phones_of(editor: ListEditor) -> list[PhoneNumber]:
    return [
        PhoneNumber(r.text(), label_of(r.label_box), r.preferred)  # type: ignore[attr-defined]
        for r in editor.filled_rows()
    ]


def urls_editor() -> ListEditor:
    def make(value: object | None) -> FieldRow:
        link = value if isinstance(value, WebLink) else None
        return ValueRow(
            link_labels(),
            link.label if link else None,
            link.value if link else "",
            link.preferred if link else False,
            tr("https://…"),
            accessible=tr("Link"),  # its placeholder was read out: "https dot dot dot"
        )

    return ListEditor(
        tr("Add link"),
        make,
        RowNames(tr("Label of link %1"), tr("Remove link %1"), tr("Make link %1 preferred")),
        (tr("&Open link"), link_url),
    )


def urls_of(editor: ListEditor) -> list[WebLink]:
    return [
        WebLink(r.text(), label_of(r.label_box), r.preferred)  # type: ignore[attr-defined]
        for r in editor.filled_rows()
    ]


def addresses_editor() -> ListEditor:
    def make(value: object | None) -> FieldRow:
        if isinstance(value, PostalAddress):
            return AddressRow(value, value.label)
        return AddressRow(PostalAddress(), None)

    return ListEditor(
        tr("Add address"),
        make,
        RowNames(
            tr("Label of address %1"), tr("Remove address %1"), tr("Make address %1 preferred")
        ),
    )


def addresses_of(editor: ListEditor) -> list[PostalAddress]:
    return [r.value() for r in editor.filled_rows()]  # type: ignore[attr-defined]


class RelatedRow(ValueRow):
    def __init__(self, person: RelatedPerson, label: str | None) -> None:
        super().__init__(related_labels(), label, person.name, None, tr("Name"))
        self.contact_id = person.contact_id

    def value(self) -> RelatedPerson:
        return RelatedPerson(label_of(self.label_box), self.text(), self.contact_id)


def related_editor() -> ListEditor:
    def make(value: object | None) -> FieldRow:
        if isinstance(value, RelatedPerson):
            return RelatedRow(value, value.label)
        return RelatedRow(RelatedPerson(), None)

    return ListEditor(
        tr("Add related person"),
        make,
        RowNames(tr("Label of related person %1"), tr("Remove related person %1")),
    )


def related_of(editor: ListEditor) -> list[RelatedPerson]:
    return [r.value() for r in editor.filled_rows()]  # type: ignore[attr-defined]


class CustomRow(ValueRow):
    """A custom field: a label of the user's own and its value.

    A label typed with no value is refused on Save with a message under it, as a wrong
    e-mail is: it was dropped without a word, and what was typed was gone once saved. A
    field the contact came with that way (an import) is kept as it is."""

    label_checked = True

    def __init__(self, custom: CustomField) -> None:
        super().__init__([], custom.label, custom.value, None, tr("Value"))
        self._loaded = (custom.label.strip(), custom.value.strip())

    def label(self) -> str:
        return self.label_box.currentText().strip()

    def _as_loaded(self) -> bool:
        return (self.label(), self.text()) == self._loaded

    def is_empty(self) -> bool:
        return not self.text() and not (self.label() and self._as_loaded())

    def check(self) -> str | None:
        if self.label() and not self.text() and not self._as_loaded():
            problem = fill(tr("“%1” has no value: type one, or remove the field."), self.label())
            self.problem.show_problem(problem)
            return problem
        return super().check()


def custom_editor() -> ListEditor:
    def make(value: object | None) -> FieldRow:
        return CustomRow(value if isinstance(value, CustomField) else CustomField("", ""))

    return ListEditor(
        tr("Add custom field"),
        make,
        RowNames(tr("Label of custom field %1"), tr("Remove custom field %1")),
    )


def custom_of(editor: ListEditor) -> list[CustomField]:
    return [
        CustomField(r.label(), r.text())  # type: ignore[attr-defined]
        for r in editor.filled_rows()
    ]
