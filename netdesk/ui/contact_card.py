"""The contact card: every field of a contact, its origin and rhythm, edited in place."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QDropEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.names import display_name, structured_name
from netdesk.core.types import NEVER_KEEP_IN_TOUCH, Contact
from netdesk.ui import card_fields as cf
from netdesk.ui import card_names, card_saving, settings
from netdesk.ui.card_cadence import CadenceMenu
from netdesk.ui.card_dates import format_partial
from netdesk.ui.card_history import FormHistory, own_history
from netdesk.ui.card_photo import PHOTO_FOLDER, PhotoReader, photo_folder
from netdesk.ui.card_rhythm import rhythm_text
from netdesk.ui.card_widgets import (
    PHOTO_SIZE,
    GrowingText,
    PhotoLabel,
    TagEdit,
    align_as_read,
    align_label_columns,
    image_drag,
)
from netdesk.ui.context import AppContext
from netdesk.ui.icons import fixed_icon, icon
from netdesk.ui.widgets import (
    ContactPicker,
    ElidedLabel,
    IconGlyph,
    InlineMessage,
    LinksLabel,
    avatar_pixmap,
    avatar_placeholder,
    date_text,
    escape_html,
    fill,
    form_row,
    plain_label,
    relative_future,
    relative_past,
    scroll_past,
    section_title,
    tooltip_as_written,
    tr,
)

log = logging.getLogger("netdesk.ui")

INTRODUCED_SHOWN = 10  # names listed under "Introduced you to" before "and N more"
# an imported file's name under "Record source" is cut in its middle past this many letters
# (its whole path in the tooltip): a long one has nowhere to wrap
# ("LinkedIn_Connections_export_2024_11_29_….csv") and made the card 814 pixels wide at
# least, its fields cut off beside a scroll bar in a narrower window
SOURCE_NAME_SHOWN = 32
# the events the card's eventFilter looks at (see there)
_DRAGS = frozenset((QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop))
_FILTERED = frozenset(
    (QEvent.Type.FocusIn, QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, *_DRAGS)
)


def source_label(source: str) -> str:
    """Where a record came from, as the card says it (the stored value is a key)."""
    labels = {
        "manual": tr("Added by hand"),
        "vcard": tr("vCard"),
        "csv": tr("CSV"),
        "linkedin": tr("LinkedIn"),
        "demo": tr("Demo data"),
    }
    return labels.get(source, source)


def _name_cut(name: str) -> str:
    """``name`` cut in its middle to SOURCE_NAME_SHOWN letters, its end (".csv") kept."""
    if len(name) <= SOURCE_NAME_SHOWN:
        return name
    end = SOURCE_NAME_SHOWN // 3
    return f"{name[: SOURCE_NAME_SHOWN - end - 1]}…{name[-end:]}"


class ContactCard(QWidget):
    """Shows one contact; every field is editable in place; Save (Ctrl+S) or Revert.

    Signals:
        created(int): a new contact was saved.
        saved(int): edits of a stored contact were saved.
        log_requested(int): "Log interaction" was clicked.
        dirty_changed(bool): there are unsaved edits (or not).
        back_to_list(): Escape was pressed on the card (not in one of its popups).
    """

    created = Signal(int)
    saved = Signal(int)
    new_cancelled = Signal()  # a new contact reverted before it was ever saved
    log_requested = Signal(int)
    dirty_changed = Signal(bool)
    back_to_list = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactCard")
        self.setAccessibleName(tr("Contact card"))
        self.context = context
        self.contact: Contact | None = None  # as stored; None with an empty card
        self._shown: Contact | None = None  # the contact as the form read it once loaded
        self.is_new = False
        self.dirty = False
        # the name of the contact deleted elsewhere whose unsaved edits the card holds now as
        # a new contact (see deleted_elsewhere)
        self._deleted_name: str | None = None
        # the e-mails a contact deleted elsewhere had stored: its edits added back keep them,
        # as a save would have, also those only an import accepted ("ana@localhost")
        self._kept_emails: tuple[str, ...] = ()
        self._saving = False  # save() is writing (see save)
        self._refusal = ""  # the header's "Not saved: …" of fields' problems (forget_refusal)
        self.refused = ("", 0)  # the last save refused: its first problem, and how many
        self._loading = False
        self._photo: bytes | None = None
        self._avatar_name = ""  # the name the avatar's initials come from ("" : none yet)
        # Ctrl+Z of an unsaved row added or removed, a star, a photo (typing: the field's own)
        self.history: FormHistory[card_saving.FormState] = FormHistory(
            self._form_state, self._show_form_state
        )
        self._build()
        # the display name and the name parts it was written with (see _follow_parts)
        self._name_base = (self.formatted_name.text(), self._typed_parts())
        for edit in self._part_edits():
            edit.textEdited.connect(self._follow_parts)  # before the header reads the name
        self.formatted_name.textEdited.connect(self._new_name_base)
        for edit in (
            self.given_name,
            self.family_name,
            self.additional_names,
            self.prefix,
            self.suffix,
            self.nickname,
            self.formatted_name,
            self.organization,
            self.job_title,
        ):
            edit.textEdited.connect(self._show_typed_name)

    # -- building ---------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._mark_dirty)
        return edit

    def _text(self, name: str, placeholder: str, height: int = 64) -> QPlainTextEdit:
        edit = GrowingText(height, height * 2)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._mark_dirty)
        return edit

    def _date(self, name: str) -> tuple[QLineEdit, InlineMessage]:
        edit = self._line(name, tr("YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD"))
        return edit, InlineMessage()

    def _section(
        self, layout: QVBoxLayout, title: str, icon_name: str | None = None
    ) -> QFormLayout:
        header = QHBoxLayout()
        if icon_name:
            header.addWidget(IconGlyph(icon_name, 18))
        header.addWidget(section_title(title))
        header.addStretch(1)
        layout.addSpacing(10)
        layout.addLayout(header)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(form)
        self._forms.append(form)  # their labels share one column (align_label_columns)
        return form

    def _with_message(self, field: QWidget, message: InlineMessage) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(message)
        return box

    def _build(self) -> None:
        # header: photo, name, subtitle, actions
        self.photo = PhotoLabel()
        self.photo.image_dropped.connect(self._photo_from_file)
        self.photo.clicked.connect(self._photo_menu)
        self.photo_problem = InlineMessage()
        self.photo_reader = PhotoReader(self)  # decoded on a worker (a 40 MP photo: 0.4 s)
        self.photo_reader.read.connect(self._photo_read)
        self.photo_reading = QLabel(tr("Reading the photo…"))
        self.photo_reading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.photo_reading.hide()
        self.photo_reader.busy.connect(self.photo_reading.setVisible)
        self.title_label = ElidedLabel()  # the contact's name: never read as HTML
        self.title_label.setObjectName("cardTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.subtitle_label = ElidedLabel()
        self.subtitle_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.rhythm_label = QLabel()
        self.rhythm_label.setObjectName("rhythmLabel")
        # wraps: one line, it set the card's (and the window's) minimum width, 340 pixels for
        # "Mantener el contacto cada 3 meses" at 14 pt, beside the name and the buttons
        self.rhythm_label.setWordWrap(True)
        self.log_button = QPushButton(icon("log-interaction"), tr("Log interaction…"))
        self.log_button.setToolTip(tr("Log a call, meeting or message (Ctrl+L)"))
        self.log_button.clicked.connect(self._log_clicked)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(tr("Save changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tr("Revert"))
        self.revert_button.setToolTip(tr("Forget the unsaved changes"))
        self.revert_button.clicked.connect(self.revert)
        self.problem_label = InlineMessage()
        self.problem_label.setObjectName("cardProblem")

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        titles.addWidget(self.rhythm_label)
        # beside the photo, in the room the name leaves: under it, the card jumped down
        titles.addWidget(self.photo_reading)
        titles.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.log_button)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.revert_button)
        edit_row.addWidget(self.save_button)
        buttons.addLayout(edit_row)
        buttons.addStretch(1)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 12, 0)  # the buttons were flush with the window's edge
        photo_column = QVBoxLayout()
        photo_column.addWidget(self.photo)
        photo_column.addStretch(1)
        header.addLayout(photo_column)
        header.addSpacing(8)
        header.addLayout(titles, 1)
        header.addLayout(buttons)

        body = QWidget()
        body.setObjectName("cardBody")
        body.setMaximumWidth(820)  # long lines of form fields are hard to read on wide screens
        column = self._body_column = QVBoxLayout(body)
        column.setContentsMargins(16, 8, 16, 16)
        self._forms: list[QFormLayout] = []

        # names
        form = self._section(column, tr("Name"))
        self.given_name = self._line(tr("Given name"))
        self.family_name = self._line(tr("Family name"))
        self.additional_names = self._line(tr("Middle names"))
        self.prefix = self._line(tr("Prefix"), tr("Dr., Ms.…"))
        self.suffix = self._line(tr("Suffix"), tr("Jr., PhD…"))
        self.nickname = self._line(tr("Nickname"))
        self.formatted_name = self._line(tr("Display name"))  # its placeholder: _fill
        self.formatted_name.setToolTip(
            tr(
                "The name as it is written, such as family name first (“Nagy Péter”): "
                "shown in place of the name above when it holds the same parts"
            )
        )
        name_row = QHBoxLayout()
        name_row.addWidget(self.given_name)
        name_row.addWidget(self.family_name)
        self.given_name.setPlaceholderText(tr("Given name"))
        self.family_name.setPlaceholderText(tr("Family name"))
        self.name_problem = InlineMessage()
        name_box = QWidget()
        name_box_layout = QVBoxLayout(name_box)
        name_box_layout.setContentsMargins(0, 0, 0, 0)
        name_box_layout.addLayout(name_row)
        name_box_layout.addWidget(self.name_problem)
        self.more_names = QToolButton()
        self.more_names.setText(tr("More name fields"))
        self.more_names.setCheckable(True)
        self.more_names.setAutoRaise(True)
        self.more_names.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_names.setArrowType(Qt.ArrowType.RightArrow)
        name_row.addWidget(self.more_names)
        # Alt+letters: one per field a user goes to often, none of the menus' (F, E, C, V, H);
        # there are fewer letters than fields, so Department, Links, Related people, Custom
        # fields and the folded name fields are reached with Tab
        form_row(form, tr("&Name"), name_box, self.given_name)
        form.addRow(tr("Middle names"), self.additional_names)
        prefix_row = QHBoxLayout()
        prefix_row.addWidget(self.prefix)
        prefix_row.addWidget(self.suffix)
        form.addRow(tr("Prefix / suffix"), prefix_row)
        form.addRow(tr("Nickname"), self.nickname)
        form.addRow(tr("Display name"), self.formatted_name)
        self._name_form = form
        self.more_names.toggled.connect(self._show_more_names)
        self._show_more_names(False)

        # origin: first-class, the contact's story
        form = self._section(column, tr("Origin — how you met"), "origin")
        self.met_on, self.met_on_problem = self._date(tr("Met on"))
        self.met_at = self._line(
            tr("Met at"), tr("Where, or in what context (a conference, a friend's dinner…)")
        )
        self.met_through = ContactPicker(self.context.core, include_archived=True)
        self.met_through.setAccessibleName(tr("Met through"))
        # the person and the text shown before the last choice (see _met_through_picked)
        self._through_before: tuple[int | None, str] = (None, "")
        self.met_through.picked.connect(self._met_through_picked)
        self.met_through.edit.textChanged.connect(self._met_through_shown_again)
        self.met_through.picked.connect(lambda _id: self._mark_dirty())
        self.met_through.edit.textEdited.connect(self._mark_dirty)
        self.met_through_problem = InlineMessage()
        self.source_label = plain_label()  # names the imported file
        self.source_label.setObjectName("sourceLabel")
        self.source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label.setWordWrap(True)
        # the person met through, one click away; and whom this contact introduced
        self.met_through_open = QToolButton()
        self.met_through_open.setObjectName("openMetThrough")
        self.met_through_open.setText(tr("Open"))
        self.met_through_open.setToolTip(tr("Open the contact you met through"))
        self.met_through_open.setAutoRaise(True)
        self.met_through_open.clicked.connect(self._open_met_through)
        self.met_through.picked.connect(lambda _id: self._update_met_through_open())
        self.met_through.edit.textChanged.connect(lambda _t: self._update_met_through_open())
        through = QWidget()
        through_row = QHBoxLayout(through)
        through_row.setContentsMargins(0, 0, 0, 0)
        through_row.addWidget(self.met_through, 1)
        through_row.addWidget(self.met_through_open)
        self.introduced_label = LinksLabel()  # Tab reaches each name, Enter opens it
        self.introduced_label.setObjectName("introducedLabel")  # links; names escaped
        self.introduced_label.setWordWrap(True)
        self.introduced_label.linkActivated.connect(self._open_link)
        met_on = self._with_message(self.met_on, self.met_on_problem)
        form_row(form, tr("&Met on"), met_on, self.met_on)
        form.addRow(tr("Met a&t"), self.met_at)
        met_through = self._with_message(through, self.met_through_problem)
        form_row(form, tr("Met thro&ugh"), met_through, self.met_through.edit)
        form.addRow(tr("Introduced you to"), self.introduced_label)
        self._origin_form = form
        form.addRow(tr("Record source"), self.source_label)

        # rhythm
        form = self._section(column, tr("Keep in touch"), "cadence")
        self.cadence = CadenceMenu(lambda: self.tags.tags())  # (the tag field comes below)
        self.custom_days = self.cadence.custom_days
        for choice in (self.cadence, self.custom_days):
            scroll_past(choice)
        self.cadence.changed_from.connect(self._cadence_edited)
        self.cadence.edited.connect(self._mark_dirty)
        cadence_row = QHBoxLayout()
        cadence_row.addWidget(self.cadence)
        cadence_row.addWidget(self.custom_days)
        cadence_row.addStretch(1)
        self.last_label = QLabel()
        self.last_label.setObjectName("lastInteractionLabel")
        self.next_label = QLabel()
        self._next_stored = ""  # its text for the contact as stored
        self.next_label.setObjectName("nextFollowUpLabel")
        form_row(form, tr("Ca&dence"), cadence_row, self.cadence)
        form.addRow(tr("Last interaction"), self.last_label)
        form.addRow(tr("Next follow-up"), self.next_label)
        self.follow_up_panel = self._follow_up_panel()
        if self.follow_up_panel is not None:
            column.addWidget(self.follow_up_panel)
            # left open overnight, "(tomorrow)" becomes "(today) — due" with the panel's rows
            self.follow_up_panel.next_day.timeout.connect(self._new_day)  # type: ignore[attr-defined]

        # work
        form = self._section(column, tr("Work"))
        self.organization = self._line(tr("Organization"))
        self.department = self._line(tr("Department"))
        self.job_title = self._line(tr("Job title"))
        form.addRow(tr("&Organization"), self.organization)
        form.addRow(tr("Department"), self.department)
        form.addRow(tr("Tit&le"), self.job_title)
        self.what_they_do = self._text(tr("What they do"), tr("Their work, expertise, projects"))
        self.looking_for = self._text(
            tr("Looking for"), tr("What they need: a hire, a partner, advice…")
        )
        self.can_offer = self._text(tr("I can offer"), tr("How you could help them"))
        form.addRow(tr("&What they do"), self.what_they_do)
        form.addRow(tr("Loo&king for"), self.looking_for)
        form.addRow(tr("I can offe&r"), self.can_offer)

        # reach
        form = self._section(column, tr("Contact details"))
        self.emails = cf.emails_editor()
        self.phones = cf.phones_editor()
        self.addresses = cf.addresses_editor()
        self.urls = cf.urls_editor()
        for editor in (self.emails, self.phones, self.addresses, self.urls):
            editor.edited.connect(self._mark_dirty)
            editor.about_to_change.connect(self._about_to_change)
        form.addRow(tr("E-ma&il"), self.emails)
        form.addRow(tr("&Phone"), self.phones)
        form.addRow(tr("&Address"), self.addresses)
        form.addRow(tr("Links"), self.urls)

        # personal
        form = self._section(column, tr("Personal"))
        self.birthday, self.birthday_problem = self._date(tr("Birthday"))
        self.anniversary, self.anniversary_problem = self._date(tr("Anniversary"))
        self.related = cf.related_editor()
        self.related.edited.connect(self._mark_dirty)
        self.related.about_to_change.connect(self._about_to_change)
        birthday = self._with_message(self.birthday, self.birthday_problem)
        form_row(form, tr("&Birthday"), birthday, self.birthday)
        anniversary = self._with_message(self.anniversary, self.anniversary_problem)
        form_row(form, tr("Anniversar&y"), anniversary, self.anniversary)
        form.addRow(tr("Related people"), self.related)

        # tags, notes, custom
        form = self._section(column, tr("Tags and notes"), "tag")
        self.tags = TagEdit(lambda: [t.name for t in self.context.core.contacts.tags()])
        self.tags.textEdited.connect(self._mark_dirty)
        self.tags.textEdited.connect(self.cadence.name_never)
        # the rhythm changed, by the menu or by a tag that gives one: "Next follow-up" below
        # the menu is the stored one until Save
        self.cadence.edited.connect(self._show_next_follow_up)
        self.tags.textEdited.connect(self._show_next_follow_up)
        self.notes = self._text(tr("Notes"), tr("Anything worth remembering"), 90)
        self.custom = cf.custom_editor()
        self.custom.edited.connect(self._mark_dirty)
        self.custom.about_to_change.connect(self._about_to_change)
        form.addRow(tr("Ta&gs"), self.tags)
        form.addRow(tr("Note&s"), self.notes)
        form.addRow(tr("Custom fields"), self.custom)
        column.addStretch(1)
        align_label_columns(self._forms)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # a click still lets the arrow keys scroll it; Tab goes from the header to the fields
        # (it stopped on the scroll area, where nothing shows the focus)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.scroll_area.setWidget(body)

        # the values beside their captions and the header's lines stand where the window's
        # lines begin, mirrored in a right-to-left one (see align_as_read)
        for label in (
            self.rhythm_label,
            self.photo_reading,
            self.source_label,
            self.introduced_label,
            self.last_label,
            self.next_label,
        ):
            align_as_read(label)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 0, 0)
        outer.addLayout(header)
        outer.addWidget(self.photo_problem)
        outer.addWidget(self.problem_label)
        outer.addWidget(self.scroll_area, 1)

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        # Ctrl+Z in a field that has nothing of its own to undo undoes the last saved change
        # (and an Alt+letter that lands on a field below the fold scrolls it into view)
        for edit in (*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)):
            edit.installEventFilter(self)
        for box in self.findChildren(GrowingText):  # (not through the filter: see there)
            box.image_dropped.connect(self._photo_from_file)
        self.setAcceptDrops(True)  # an image dropped on the card, off the photo: its photo too
        self.cadence.installEventFilter(self)
        self.custom_days.installEventFilter(self)  # (its keys go to it, not to its line)
        self.photo.installEventFilter(self)
        for editor in (
            self.emails,
            self.phones,
            self.addresses,
            self.urls,
            self.related,
            self.custom,
        ):
            editor.key_filter = self
            editor.add_button.installEventFilter(self)
        # a problem Save showed under a field goes as the field is edited (Save checks again)
        name_edits = (*self._part_edits(), self.nickname, self.formatted_name, self.organization)
        for field, message in (
            *((edit, self.name_problem) for edit in name_edits),
            (self.met_on, self.met_on_problem),
            (self.met_through.edit, self.met_through_problem),
            (self.birthday, self.birthday_problem),
            (self.anniversary, self.anniversary_problem),
        ):
            field.textEdited.connect(lambda _t, message=message: self._fixing(message))
        for field_name, rows in self._value_lists():  # (a row's problem goes as it is edited)
            rows.edited.connect(lambda: card_saving.forget_refusal(self))
            rows.label_chosen.connect(
                lambda row, before, name=field_name: self._label_chosen(name, row, before)
            )
        # one reload for the signals of one change: Changes.everything() (an outside write, a
        # restore), a log or a merge emit both contacts_changed and journal_changed
        self._pending_reload = QTimer(self, singleShot=True)
        self._pending_reload.setInterval(0)  # interval= is refused in Turkish
        self._pending_reload.timeout.connect(self._reload_after_change)
        self.context.changes.contacts_changed.connect(self._on_contacts_changed)
        self.context.changes.journal_changed.connect(self._on_contacts_changed)
        self._set_dirty(False)
        self.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let Undo/Redo through to the app's undo stack when a field has none of its own.

        A text field claims Ctrl+Z even with nothing to undo, and the card's fields hold the
        focus most of the time: saving a change and pressing Ctrl+Z did nothing at all.
        Also scrolls a field an Alt+letter ("Ta&gs") focuses into view.
        """
        kind = event.type()
        if kind not in _FILTERED:
            # every event of every field and row button comes here (paint, layout, move...):
            # they went on through the rest and the base class, ~150 ms of a card of 50 e-mails
            return False
        if kind in _DRAGS:
            # an image file dropped on a field: "file:///…/ana.jpg" was typed into the name
            return image_drag(event, self._photo_from_file)
        if (
            kind == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason()
            in (
                Qt.FocusReason.ShortcutFocusReason,
                Qt.FocusReason.TabFocusReason,
                Qt.FocusReason.BacktabFocusReason,
            )
            and isinstance(watched, QWidget)
        ):
            # Tab within the card scrolls to the field it reaches, but an Alt+letter did not,
            # nor a Tab from outside (from "Log interaction…" into Given name, the card
            # scrolled to its end): what was typed went into a field out of sight
            self._scroll_to(watched)
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            )
            if (undo or redo) and not own_history(watched, redo=redo):
                if not self.dirty and not (redo and self.history.can_redo()):
                    # the app's stack: the last saved change (the card's steps undone back to
                    # the contact as loaded are no longer redone after it)
                    self.history.clear()
                    event.ignore()
                    return True
                # unsaved edits: the card's own steps. The app's stack undid a change saved
                # before, maybe another contact's, out of sight (Ctrl+Z after removing an
                # e-mail, on "Add e-mail"), and left the e-mail removed
                if event.type() == QEvent.Type.KeyPress:
                    if redo:
                        self.history.redo()
                    else:
                        self.history.undo()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape goes back to the list (MainWindow._back_to_list): a keyboard user who went
        from the list to the card (Enter) had no key back. It comes here only when no field
        took it: a completion, a menu or a field's choices open close at Escape and keep it
        (a shortcut took it before them, and the card was left with its completion open)."""
        if event.matches(QKeySequence.StandardKey.Cancel):
            event.accept()
            self.back_to_list.emit()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # off the fields (the header): the photo
        image_drag(event, self._photo_from_file)

    dragEnterEvent = dragMoveEvent = dropEvent

    def _scroll_to(self, field: QWidget) -> None:
        """The whole field in view, its top first when it is taller than the view.
        (ensureWidgetVisible() shows a text box's cursor line: Alt+S left the notes cut off
        at the card's bottom edge, two lines of them shown.)"""
        body = self.scroll_area.widget()
        if body is None or not body.isAncestorOf(field):
            return
        top = field.mapTo(body, QPoint(0, 0))
        half = field.height() // 2
        self.scroll_area.ensureVisible(top.x(), top.y() + half, 0, half + 24)

    def _follow_up_panel(self) -> QWidget | None:
        try:
            from netdesk.ui.follow_up_panel import FollowUpPanel  # the reminders engineer's
        except ImportError:
            return None
        try:
            return FollowUpPanel(self.context, self)
        except Exception:  # a broken optional panel must not take the card down
            log.exception("the follow-up panel could not be built")
            return None

    def _show_more_names(self, shown: bool) -> None:
        """Middle names, prefix, suffix, nickname and display name: folded until needed."""
        for row in range(1, 5):
            self._name_form.setRowVisible(row, shown)
        self.more_names.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # -- loading ----------------------------------------------------------------------------

    def show_contact(self, contact_id: int | None) -> None:
        """Load a stored contact (or nothing) into the card, dropping unsaved edits."""
        contact = self.context.core.contacts.get(contact_id) if contact_id is not None else None
        self.is_new = False
        self._load(contact)

    def new_contact(self) -> None:
        """An empty card for a contact that is created on Save."""
        cadence = self.context.settings.get(settings.DEFAULT_CADENCE_DAYS)
        draft = Contact(keep_in_touch_days=cadence or None)
        self.is_new = True
        self._load(draft)  # a blank new card is not "unsaved edits" until something is typed
        self.given_name.setFocus()

    def _load(self, contact: Contact | None) -> None:
        self.photo_reader.forget()  # a photo dropped on the card left is not put on this one
        self._loading = True
        self._deleted_name = None
        self._kept_emails = ()
        self.contact = copy.deepcopy(contact)
        self.setEnabled(contact is not None)
        c = contact or Contact()
        self.met_through.excluded_id = c.id
        self._fill(c)
        self._show_introduced(c.id)
        # A display name that only repeats the name parts (every imported vCard's FN) is no
        # reason to open the extra fields on every card
        shown_name = " ".join(c.formatted_name.split())
        self.more_names.setChecked(
            bool(c.additional_names or c.prefix or c.suffix or c.nickname)
            or bool(shown_name and shown_name != " ".join(structured_name(c).split()))
        )
        for message in (
            self.name_problem,
            self.met_on_problem,
            self.met_through_problem,
            self.birthday_problem,
            self.anniversary_problem,
            self.photo_problem,
            self.problem_label,
        ):
            message.show_problem(None)
        self._refresh_header(c)
        if self.follow_up_panel is not None:  # a new card lists none (the previous contact's)
            self.follow_up_panel.set_contact(c.id)  # type: ignore[attr-defined]
        self.log_button.setEnabled(contact is not None and contact.id is not None)
        self.scroll_area.verticalScrollBar().setValue(0)
        self._loading = False
        # the contact as the form reads it back (a phone without its E.164 form, a label in
        # lower case, notes stripped): what an edit is measured against, so that only the
        # fields the user changed count as changed (see card_saving.touched_fields)
        self._shown = self.edited_contact(quiet=True)[0]
        self.history.clear()
        self._set_dirty(False)

    def _fill(self, c: Contact, only: set[str] | None = None) -> None:
        """Show the contact's values in the form: all of them, or ``only`` these fields."""
        lines = (
            ("given_name", self.given_name),
            ("family_name", self.family_name),
            ("additional_names", self.additional_names),
            ("prefix", self.prefix),
            ("suffix", self.suffix),
            ("nickname", self.nickname),
            ("formatted_name", self.formatted_name),
            ("organization", self.organization),
            ("department", self.department),
            ("title", self.job_title),
            ("met_at", self.met_at),
        )
        for name, edit in lines:
            if only is None or name in only:
                edit.setText(getattr(c, name))
                edit.setCursorPosition(0)  # a long value shows its start, not its end
        for name, edit in (
            ("met_on", self.met_on),
            ("birthday", self.birthday),
            ("anniversary", self.anniversary),
        ):
            if only is None or name in only:
                edit.setText(format_partial(getattr(c, name)))
        if only is None or "tags" in only:
            self.tags.setText(", ".join(c.tags))
            self.tags.setCursorPosition(0)
            self.cadence.tag_days = self.context.core.contacts.tag_defaults()
            self.cadence.name_never()
        for name, text_edit in (
            ("what_they_do", self.what_they_do),
            ("looking_for", self.looking_for),
            ("can_offer", self.can_offer),
            ("notes", self.notes),
        ):
            if only is None or name in only:
                text_edit.setPlainText(getattr(c, name))
        if only is None or "met_through_id" in only:
            self.met_through.set_contact(c.met_through_id)
            self._update_met_through_open()
            self._through_before = (c.met_through_id, self.met_through.edit.text())
        for name, editor in self._value_lists():
            if only is None or name in only:
                editor.set_values(list(getattr(c, name)))
        if only is None or "keep_in_touch_days" in only:
            self.cadence.set_days(c.keep_in_touch_days)
        if only is None or "photo" in only:
            self._photo = c.photo
        self._new_name_base()

    def _update_met_through_open(self) -> None:
        self.met_through_open.setEnabled(self.met_through.contact_id is not None)

    def _open_met_through(self) -> None:
        contact_id = self.met_through.contact_id
        if contact_id is not None:
            self.context.changes.open_contact.emit(contact_id)

    def _open_link(self, link: str) -> None:
        kind, _colon, number = link.partition(":")
        if kind == "contact" and number.isdigit():
            self.context.changes.open_contact.emit(int(number))

    def _show_introduced(self, contact_id: int | None) -> None:
        """Whom the user met through this contact, as links; the row hides when nobody."""
        people, total = (
            self.context.core.contacts.introduced(contact_id, INTRODUCED_SHOWN)
            if contact_id is not None
            else ([], 0)
        )
        shown = [(i, card_names.breakable(name or tr("(no name)"))) for i, name in people]
        links = ", ".join(f'<a href="contact:{i}">{escape_html(name)}</a>' for i, name in shown)
        if total > len(people):
            links = fill(tr("%1 and %Ln more", None, total - len(people)), links)
        self.introduced_label.setText(links)
        self._origin_form.setRowVisible(self.introduced_label, bool(people))

    def _new_day(self) -> None:
        if self.contact is not None:
            self._refresh_header(self.contact)

    def _part_edits(self) -> tuple[QLineEdit, ...]:
        """The name parts' fields, in card_names.PARTS order."""
        return (self.prefix, self.given_name, self.additional_names, self.family_name, self.suffix)

    def _typed_parts(self) -> tuple[str, ...]:
        return tuple(edit.text() for edit in self._part_edits())

    def _follow_parts(self, _text: str) -> None:
        """A display name written from the name parts ("Nagy Péter") follows their edits,
        as measured from the parts it was written with: a part backspaced to nothing and
        typed anew keeps its place."""
        written, parts = self._name_base
        followed = card_names.followed(written, parts, self._typed_parts())
        if followed is not None and followed != self.formatted_name.text():
            self.formatted_name.setText(followed)
            self.formatted_name.setCursorPosition(0)
        self._show_parts_name()

    def _new_name_base(self, *_typed: object) -> None:
        """The display name as loaded or typed, and the parts it goes with."""
        self._name_base = (self.formatted_name.text(), self._typed_parts())
        self._show_parts_name()

    def _show_parts_name(self) -> None:
        """The Display name's placeholder says what is shown when it is left empty."""
        name = card_names.parts_name(self._typed_parts())
        self.formatted_name.setPlaceholderText(
            fill(tr("Left empty, shown as “%1”"), name)
            if name
            else tr("Left empty, the nickname, organization, e-mail or phone is shown")
        )

    def _show_typed_name(self, _text: str) -> None:
        """The header follows the name and work typed, before Save (a new card said "New
        contact" until then; an edited one, the old name)."""
        typed = Contact(
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            additional_names=self.additional_names.text(),
            prefix=self.prefix.text(),
            suffix=self.suffix.text(),
            nickname=self.nickname.text(),
            formatted_name=self.formatted_name.text(),
            organization=self.organization.text().strip(),
            title=self.job_title.text().strip(),
        )
        name = display_name(typed)
        self.title_label.setText(name or (tr("New contact") if self.is_new else tr("(no name)")))
        self.subtitle_label.setText(" · ".join(p for p in (typed.title, typed.organization) if p))
        self.subtitle_label.setVisible(bool(typed.title or typed.organization))

    def _refresh_header(self, c: Contact) -> None:
        if self.contact is None and not self.is_new:
            self._show_nobody()
            return
        name = c.display_name or (tr("New contact") if self.is_new else "")
        self.title_label.setText(name or tr("(no name)"))
        self.subtitle_label.setText(" · ".join(p for p in (c.title, c.organization) if p))
        self.subtitle_label.setVisible(bool(c.title or c.organization))
        self._avatar_name = c.display_name
        self._show_photo()
        now = self.context.core.clock.now()
        self.last_label.setText(
            fill(
                tr("%1 (%2)", "a date, then how long ago or ahead it is"),
                date_text(c.last_interaction),
                relative_past(c.last_interaction, now),
            )
            if c.last_interaction
            else tr("never")
        )
        if c.archived:  # left out of Today, Due and the tray, whatever is planned
            self._next_stored = tr("none — archived contacts are never reminded")
        elif c.next_due is None and c.keep_in_touch_days == NEVER_KEEP_IN_TOUCH:
            self._next_stored = tr("none — never reminded, as chosen above")
        elif c.next_due is None:
            self._next_stored = tr("none — set a cadence to be reminded")
        else:
            when = (
                tr("%1 (%2) — due", "a date, then how long ago it is")
                if c.next_due <= now
                else tr("%1 (%2)", "a date, then how long ago or ahead it is")
            )
            day = date_text(c.next_due)
            if c.next_due.time() != dt.time():  # at a time (its own, or a snooze's)
                moment = QTime(c.next_due.hour, c.next_due.minute)
                day += " " + QLocale().toString(moment, QLocale.FormatType.ShortFormat)
            self._next_stored = fill(when, day, relative_future(c.next_due, now))
        self._show_next_follow_up()
        if self.follow_up_panel is not None:
            self.follow_up_panel.set_archived(c.archived)  # type: ignore[attr-defined]
        parts = []
        if c.keep_in_touch_days:
            parts.append(rhythm_text(c.keep_in_touch_days))
        elif c.keep_in_touch_days is None and (inherited := self.cadence.tag_default(c.tags)):
            parts.append(fill(tr("%1 (from its tags)"), rhythm_text(inherited)))
        if c.archived:  # the rhythm is kept but does not run, as "Next follow-up" says
            parts = [fill(tr("%1 once unarchived", "a keep-in-touch rhythm"), r) for r in parts]
            parts.insert(0, tr("Archived — never reminded"))
        self.rhythm_label.setText(" · ".join(parts))
        self.rhythm_label.setVisible(bool(parts))
        if c.source == "manual" and not c.source_file:
            source = tr("Added by hand")
        else:
            source = source_label(c.source)
            if c.source_file:
                source += f" — {_name_cut(Path(c.source_file).name)}"
        if c.source_date:
            source += f", {date_text(c.source_date)}"
        elif c.created_at:
            source += f", {date_text(c.created_at)}"
        self.source_label.setText(source if not self.is_new else tr("Added by hand"))
        whole = c.source_file if c.source_file and not self.is_new else ""
        self.source_label.setToolTip(tooltip_as_written(whole))

    def _show_nobody(self) -> None:
        """The card of no contact (an empty list, a contact just deleted): it said "(no name)",
        "Added by hand", "Last interaction: never" and "set a cadence to be reminded", greyed,
        of nobody."""
        self.title_label.setText(tr("No contact chosen"))
        for label in (self.subtitle_label, self.rhythm_label):
            label.clear()
            label.hide()
        self._avatar_name = ""
        self._show_photo()
        for label in (self.last_label, self.source_label):
            label.clear()
        self.source_label.setToolTip("")
        self._next_stored = ""
        self._show_next_follow_up()
        if self.follow_up_panel is not None:
            self.follow_up_panel.set_archived(False)  # type: ignore[attr-defined]

    def _show_photo(self) -> None:
        """The photo, else the initials of the contact's name; a contact with no name yet (a
        new one) gets a picture placeholder, not the initials of "New contact"."""
        ratio = self.devicePixelRatioF()
        if self._avatar_name or self._photo:
            pixmap = avatar_pixmap(self._avatar_name, self._photo, PHOTO_SIZE, ratio)
        else:
            pixmap = avatar_placeholder(fixed_icon("photo", "#ffffff"), PHOTO_SIZE, ratio)
        self.photo.setPixmap(pixmap)

    # -- photo ------------------------------------------------------------------------------

    def _photo_menu(self) -> None:
        if not self.isEnabled():
            return
        menu = QMenu(self)
        menu.addAction(icon("photo"), tr("&Choose photo…"), self.choose_photo)
        remove = menu.addAction(icon("remove"), tr("&Remove photo"), self.remove_photo)
        remove.setEnabled(self._photo is not None)
        menu.exec(self.photo.mapToGlobal(self.photo.rect().bottomLeft()))
        menu.deleteLater()  # one made per click: each stayed, a child of the card, till it went

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose a photo"),
            photo_folder(self.context.settings),
            tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"),
        )
        if path:
            self.context.settings.set(PHOTO_FOLDER, str(Path(path).parent))
            self._photo_from_file(path)

    def _photo_from_file(self, path: str) -> None:
        self.photo_reader.start(path)  # _photo_read once done
        if self.contact is not None:
            self._set_dirty(True)  # saved, or asked about, if left meanwhile (save waits)

    def _photo_read(self, _path: str, stored: bytes | None, problem: str | None) -> None:
        self.photo_problem.show_problem(problem)
        if stored is None:  # unsaved edits only if there were some before the drop
            edited = self.edited_contact(quiet=True)[0]
            self._set_dirty(edited is not None and bool(self._touched(edited)))
            return
        self._about_to_change()
        self._photo = stored
        self._show_photo()
        self._mark_dirty()

    def remove_photo(self) -> None:
        self._about_to_change()
        self._photo = None
        self._show_photo()
        self._mark_dirty()

    # -- editing ----------------------------------------------------------------------------

    def _about_to_change(self) -> None:
        if not self._loading and self.contact is not None:
            self.history.record()

    def _form_state(self) -> card_saving.FormState:
        """What the form shows, for its undo: the values, the texts typed in the dates and
        "Met through" (one not valid yet has no value), and how many rows each list has
        (an empty one added has no value either)."""
        shown = self.edited_contact(quiet=True)[0] or Contact()
        edits = (self.met_on, self.birthday, self.anniversary, self.met_through.edit)
        rows = tuple(len(editor.rows) for _name, editor in self._value_lists())
        return shown, tuple(edit.text() for edit in edits), rows

    def _show_form_state(self, state: card_saving.FormState) -> None:
        """Show a state the undo kept again: only the fields that differ are filled anew."""
        contact, texts, rows = state
        now, now_texts, now_rows = self._form_state()
        changed = {
            item.name
            for item in dataclasses.fields(Contact)
            if getattr(contact, item.name) != getattr(now, item.name)
        }
        # an empty row added (or removed) is a step too: Ctrl+Z after "Add e-mail" left the
        # row and undid the change before it, out of sight
        changed |= {
            name
            for (name, _editor), count, now_count in zip(
                self._value_lists(), rows, now_rows, strict=True
            )
            if count != now_count
        }
        self._loading = True
        try:
            self._fill(contact, changed)
            for (name, editor), count in zip(self._value_lists(), rows, strict=True):
                if name in changed:
                    editor.add_empty_rows(count - len(editor.rows))
            edits = (self.met_on, self.birthday, self.anniversary)
            for edit, text, now_text in zip(edits, texts, now_texts, strict=False):
                if text != now_text:
                    edit.setText(text)
            if contact.met_through_id is None and texts[3] != now_texts[3]:
                self.met_through.edit.setText(texts[3])
            self._through_before = (self.met_through.contact_id, self.met_through.edit.text())
        finally:
            self._loading = False
        loaded = self._shown or Contact()
        self.emails.check_all_but({e.value for e in loaded.emails})
        self.phones.check_all_but({p.raw for p in loaded.phones})
        self._show_photo()
        self._show_typed_name("")
        self._show_next_follow_up()
        edited = self.edited_contact(quiet=True)[0]
        self._set_dirty(edited is not None and bool(self._touched(edited)))
        # a row the focus was in may be gone: the keyboard stays on the card
        for name, editor in self._value_lists():
            if name in changed:
                editor.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
                break
        else:
            if "photo" in changed:
                self.photo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cadence_edited(self, before: int | None) -> None:
        """A cadence chosen (or custom days typed) is a step Ctrl+Z takes back, as a photo or
        an e-mail removed is: the menu has no undo of its own, and Ctrl+Z on it did nothing.
        ``before``: the cadence shown before it."""
        if self._loading or self.contact is None:
            return
        shown, texts, rows = self._form_state()
        self.history.record((dataclasses.replace(shown, keep_in_touch_days=before), texts, rows))

    def _met_through_picked(self, contact_id: int | None) -> None:
        """A person chosen from the list (or a whole name typed that names one) is a step
        Ctrl+Z takes back, to the person (or the text) shown before the typing: the choice
        replaced the field's text, and with it the field's own undo, and Ctrl+Z did nothing
        or undid an earlier change of the card. Typing over a choice un-chooses it as typing,
        the field's own undo."""
        before_id, before_text = self._through_before
        if contact_id is None or self._loading or self.contact is None:
            return
        self._through_before = (contact_id, self.met_through.edit.text())
        if contact_id == before_id:
            return
        shown, texts, rows = self._form_state()
        before_state = dataclasses.replace(shown, met_through_id=before_id)
        self.history.record((before_state, (*texts[:3], before_text), rows))

    def _met_through_shown_again(self, text: str) -> None:
        """The name of the person chosen before shown again, by the field's Ctrl+Z after it
        was cleared (its clear button) or typed over, is that person again: the name came
        back chosen by nobody, and Save refused it as "No contact “Tomás Ferreira”"."""
        before_id, before_text = self._through_before
        if (
            self._loading
            or self.met_through.contact_id is not None
            or before_id is None
            or not text
            or text != before_text
        ):
            return
        self.met_through.contact_id = before_id
        self._update_met_through_open()

    def _label_chosen(self, field_name: str, row: QWidget, before: str) -> None:
        """A label chosen from a row's list ("work" for "home") is a step Ctrl+Z takes back:
        the choice took the label field's own undo away, and Ctrl+Z there undid an earlier
        change of the card (a row moved, and the label chosen since with it), or nothing.
        ``before``: the label the row showed."""
        if self._loading or self.contact is None:
            return
        editor = dict(self._value_lists())[field_name]
        filled = editor.filled_rows()
        if not isinstance(row, cf.FieldRow) or row not in filled:
            return  # a row with no value yet: its label is nothing Save would store
        shown, texts, rows = self._form_state()
        values = list(getattr(shown, field_name))
        index = filled.index(row)
        label = cf.label_of(row.label_box, before)
        if field_name == "custom_fields":  # stored as typed (custom_of)
            label = before.strip()
        values[index] = dataclasses.replace(values[index], label=label)
        before_state = copy.copy(shown)
        setattr(before_state, field_name, values)
        self.history.record((before_state, texts, rows))

    def _rhythm(self, days: int | None, tags: list[str]) -> int | None:
        """The days a contact of this cadence and these tags is reminded at, or None."""
        if days is None:
            return self.cadence.tag_default(tags)
        return None if days == NEVER_KEEP_IN_TOUCH else days

    def _show_next_follow_up(self, *_edited: object) -> None:
        """The next follow-up as stored, or, while the rhythm chosen on the card is not saved
        yet, that Save works it out: a cadence just chosen read "none — set a cadence to be
        reminded" under it, and "Never" the date it would no longer be reminded at."""
        stored = self.contact
        # an archived contact is not reminded whatever rhythm Save would store
        changed = (
            stored is not None
            and not stored.archived
            and self._rhythm(self.cadence.days(), self.tags.tags())
            != self._rhythm(stored.keep_in_touch_days, stored.tags)
        )
        self.next_label.setText(
            tr("worked out once the contact is saved") if changed else self._next_stored
        )

    def _fixing(self, message: InlineMessage) -> None:
        message.show_problem(None)
        card_saving.forget_refusal(self)

    def _mark_dirty(self, *_: object) -> None:
        if not self._loading and self.contact is not None:
            self.history.forget_redo()
            self._set_dirty(True)

    def _value_lists(self) -> tuple[tuple[str, cf.ListEditor], ...]:
        """The multi-valued fields' editors, by the Contact field each edits."""
        return (
            ("emails", self.emails),
            ("phones", self.phones),
            ("addresses", self.addresses),
            ("urls", self.urls),
            ("related", self.related),
            ("custom_fields", self.custom),
        )

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self.dirty
        self.dirty = dirty
        self.save_button.setVisible(dirty or self.is_new)
        self.revert_button.setVisible(dirty or self.is_new)
        self.log_button.setVisible(not self.is_new)
        if changed:
            self.dirty_changed.emit(dirty)

    def edited_contact(self, *, quiet: bool = False) -> tuple[Contact | None, list[str]]:
        """The contact as the form shows it, and the problems that block saving it, shown
        under their fields unless ``quiet``."""
        return card_saving.edited_contact(self, quiet=quiet)

    def _touched(self, edited: Contact) -> set[str]:
        """The fields the unsaved edits changed from the contact as loaded."""
        return card_saving.touched_fields(self, edited)

    def save(self) -> bool:
        """Validate and save through the undo stack; nothing invalid is written."""
        return card_saving.save(self)

    def deleted_elsewhere(self) -> str | None:
        """The name of the contact deleted elsewhere while the card had unsaved edits of it
        (they are now a new contact on the card), else None."""
        return card_saving.deleted_elsewhere(self)

    def revert(self) -> None:
        if self.is_new:
            self.is_new = False
            self._load(None)
            self.new_cancelled.emit()
        else:
            self.show_contact(self.contact.id if self.contact else None)

    def _log_clicked(self) -> None:
        if self.contact is not None and self.contact.id is not None:
            self.log_requested.emit(self.contact.id)

    def _on_contacts_changed(self, ids: object) -> None:
        """Stay current when the contact changes elsewhere (undo, a log, a bulk action)."""
        self.tags.forget_known()  # tags may have been added, renamed or emptied
        if self.contact is None or self.contact.id is None or self.is_new:
            return
        if ids is not None and self.contact.id not in ids:  # type: ignore[operator]
            return
        self._pending_reload.start()

    def _reload_after_change(self) -> None:
        card_saving.reload_after_change(self)

    def contact_id(self) -> int | None:
        return self.contact.id if self.contact is not None else None
