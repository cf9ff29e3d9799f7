"""File > Export: the selected contacts, a tag, or everyone, to vCard 4.0/3.0 or Google CSV."""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.exporting import ExportChanged, ExportOverDatabase, export_count
from netdesk.core.exporting import export_contacts as write_export
from netdesk.core.listing import tags_by_name
from netdesk.gcpause import collector_paused
from netdesk.ui.context import AppContext
from netdesk.ui.drag import file_base_name
from netdesk.ui.errors import show_problem
from netdesk.ui.operations import Operation, run_operation
from netdesk.ui.settings import Setting
from netdesk.ui.widgets import fill, tr

EXPORT_FOLDER = Setting[str]("export/last_folder", "", "where the last export was saved")
EXPORT_FORMAT = Setting[str]("export/last_format", "vcard3", "vcard3, vcard4 or csv")

# Marked for lupdate; translated where shown, with tr(). vCard 3.0 first: Apple's Contacts
# and iPhones work in 3.0, Android's contacts app refuses a 4.0 file ("format isn't
# supported") and other apps drop its photos; 4.0, offered first, was "the newer one" a user
# moving to a phone would pick.
FORMAT_LABELS = {
    "vcard3": QT_TRANSLATE_NOOP("netdesk", "vCard 3.0 (.vcf): Apple, Google, Android, most apps"),
    "vcard4": QT_TRANSLATE_NOOP("netdesk", "vCard 4.0 (.vcf): the newest (Thunderbird, Nextcloud)"),
    "csv": QT_TRANSLATE_NOOP("netdesk", "CSV, Google Contacts style (.csv)"),
}
# What a format keeps, said under the choices (marked for lupdate, translated where shown)
VCARD_NOTE = QT_TRANSLATE_NOOP(
    "netdesk", "Every field, with photos and tags, in one file address books read."
)
CSV_NOTE = QT_TRANSLATE_NOOP(
    "netdesk", "Every field but photos, a row for each contact, in Google Contacts' columns."
)


class ExportDialog(QDialog):
    """Choose what and how; Export asks for the file and writes it off the GUI thread."""

    def __init__(
        self,
        context: AppContext,
        contact_ids: Sequence[int] | None,
        parent: QWidget | None = None,
        *,
        tag: str | None = None,
    ) -> None:
        """``tag``: the tag the list shows, offered first (unless several contacts are
        selected, which says "these")."""
        super().__init__(parent)
        self.context = context
        self.contact_ids = list(contact_ids or [])
        self.operation: Operation | None = None
        self.written: int | None = None
        self.setWindowTitle(tr("Export contacts"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.scope = QButtonGroup(self)
        self.selected = QRadioButton(tr("The %Ln &selected contact(s)", "", len(self.contact_ids)))
        # a whole phrase: the tag is chosen in the drop-down beside it
        self.by_tag = QRadioButton(tr("Everyone with the &tag:"))
        self.everyone = QRadioButton(tr("E&veryone (archived contacts too)"))
        self.tag = QComboBox()
        # in the order of the list's tag filter and Manage tags, not SQLite's ("Émigré" last)
        self.tag.addItems([t.name for t in tags_by_name(context.core.contacts.tags())])
        self.tag.setAccessibleName(tr("Tag to export"))  # a form row without a label
        for button in (self.selected, self.by_tag, self.everyone):
            self.scope.addButton(button)
        self.selected.setEnabled(bool(self.contact_ids))
        self.by_tag.setEnabled(self.tag.count() > 0)
        self.tag.setEnabled(self.tag.count() > 0)
        self.tag.activated.connect(lambda _index: self.by_tag.setChecked(True))  # the tag's
        # the list always has a current contact: one selected says little, several say "these"
        shown_tag = self.tag.findText(tag) if tag else -1
        if len(self.contact_ids) > 1:
            self.selected.setChecked(True)
        elif shown_tag >= 0:  # the list shows a tag's people: those are the ones meant
            self.tag.setCurrentIndex(shown_tag)
            self.by_tag.setChecked(True)
        else:
            self.everyone.setChecked(True)
        form.addRow(tr("Contacts:"), self.selected)
        # Alt+T ticks the tag's button, Tab goes on to the tag: the tag on a row of its own
        # was a field no Alt+letter reached
        by_tag = QHBoxLayout()
        by_tag.addWidget(self.by_tag)
        by_tag.addWidget(self.tag, 1)
        form.addRow("", by_tag)
        form.addRow("", self.everyone)
        self.format = QComboBox()
        for key, label in FORMAT_LABELS.items():
            self.format.addItem(tr(str(label)), key)  # QT_TRANSLATE_NOOP: typed object
        self.format.setCurrentIndex(
            max(self.format.findData(context.settings.get(EXPORT_FORMAT)), 0)
        )
        form.addRow(tr("&Format:"), self.format)
        layout.addLayout(form)
        # how many, archived ones among them, and what the format keeps: a tag's export takes
        # its archived contacts too, which the list's count of the tag leaves out
        self.summary = QLabel()  # a line a sentence, unwrapped: a wrapped label grown by
        # another format's longer note was cut off at the dialog's bottom
        layout.addSpacing(self.summary.fontMetrics().height() // 2)
        layout.addWidget(self.summary)
        self.counts: dict[str | None, tuple[int, int | None]] = {}
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Export…"))
        # the platform's "&Cancel" is KDE's and GNOME's only: elsewhere Alt+C did nothing
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Cancel"))
        buttons.accepted.connect(self.choose_file_and_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.button_box = buttons
        self.scope.buttonToggled.connect(lambda _button, _on: self.show_summary())
        self.tag.currentIndexChanged.connect(lambda _index: self.show_summary())
        self.format.currentIndexChanged.connect(lambda _index: self.show_summary())
        self.show_summary()
        # the keyboard starts on the choice made, not on "The 1 selected contact" above it,
        # where Space would have changed it
        if (chosen := self.scope.checkedButton()) is not None:
            chosen.setFocus()

    def show_summary(self) -> None:
        """Say what Export will write; with nothing to write, Export is off."""
        if self.selected.isChecked():
            total, archived = len(self.contact_ids), None
        else:
            tag = self.tag.currentText() if self.by_tag.isChecked() else None
            if tag not in self.counts:
                self.counts[tag] = export_count(self.context.core, None, tag)
            total, archived = self.counts[tag]
        if archived:
            count = fill(
                tr("%Ln contact(s) will be exported, %1 of them archived.", "", total),
                QLocale().toString(archived),
            )
        else:
            count = tr("%Ln contact(s) will be exported.", "", total)
        note = tr(str(CSV_NOTE if self.format.currentData() == "csv" else VCARD_NOTE))
        stays = tr("The journal and follow-ups stay in netdesk.")
        self.summary.setText(f"{count}\n{note}\n{stays}")
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(total > 0)

    def suggested_name(self) -> str:
        """The file name offered: the tag's, the one contact's, else "contacts" (two tags
        exported one after the other were both offered contacts.vcf, the second over the
        first)."""
        if self.by_tag.isChecked() and self.tag.currentText():
            return file_base_name(self.tag.currentText(), tr("contacts"))
        if self.selected.isChecked() and len(self.contact_ids) == 1:
            contact = self.context.core.contacts.get(self.contact_ids[0])
            if contact is not None:
                return file_base_name(contact.display_name, tr("contacts"))
        return tr("contacts")

    def choose_file_and_export(self) -> None:
        fmt = str(self.format.currentData())
        suffix = ".csv" if fmt == "csv" else ".vcf"
        folder = Path(self.context.settings.get(EXPORT_FOLDER) or Path.home())
        if not folder.is_dir():
            folder = Path.home()
        kind = tr("CSV files (*.csv)") if fmt == "csv" else tr("vCard files (*.vcf)")
        name = self.suggested_name() + suffix
        chooser = QFileDialog(self, tr("Export contacts"), str(folder / name))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(kind)
        chooser.setDefaultSuffix(suffix[1:])  # "contacts" is saved as contacts.vcf, asked first
        if chooser.exec() and chooser.selectedFiles():
            path = chooser.selectedFiles()[0]
            # the suffix typed names the other kind of file ('people.csv' with vCard chosen):
            # that file is written, not a vCard a spreadsheet would open as rubbish
            typed = Path(path).suffix.lower()
            if typed == ".csv" and fmt != "csv":
                self.format.setCurrentIndex(self.format.findData("csv"))
            elif typed in (".vcf", ".vcard") and fmt == "csv":
                self.format.setCurrentIndex(0)  # vCard 3.0, which most apps read
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the chosen contacts to ``path`` (the dialog closes when done)."""
        fmt = str(self.format.currentData())
        ids = self.contact_ids if self.selected.isChecked() else None
        tag = self.tag.currentText() if self.by_tag.isChecked() else None
        core = self.context.core

        def done(count: int) -> None:
            self.written = count
            self.context.settings.set(EXPORT_FOLDER, str(Path(path).parent))
            self.context.settings.set(EXPORT_FORMAT, fmt)  # offered first the next time
            window = self.parentWidget()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    tr("%Ln contact(s) exported to %1", "", count).replace("%1", path), 8000
                )
            self.accept()

        def failed(error: BaseException) -> None:
            # the error names the temporary file written beside the target: name the target
            show_problem(
                self,
                tr("Export contacts"),
                fill(tr("Could not export to %1: %2"), path, why(error)),
            )

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
            # The collections that 100,000 loaded contacts trigger walk every object of the
            # app holding the interpreter lock: 50 ms every second for a vCard export, up to
            # 300 ms as a CSV export's list grows, the window frozen meanwhile. The contacts
            # make no cycles: reference counting frees each chunk.
            with collector_paused():
                return write_export(
                    core,
                    path,
                    fmt=fmt,
                    contact_ids=ids,
                    tag=tag,
                    progress=progress,
                    cancelled=cancelled,
                )

        self.operation = run_operation(
            self.context,
            self,
            tr("Exporting contacts…"),
            work,
            on_success=done,
            changes=False,
            report_errors=False,
        )
        self.operation.failed.connect(failed)


def why(error: BaseException) -> str:
    """Why an export failed, in the user's words and language where netdesk knows the cause
    (the system's English 'No space left on device' said nothing of the file already there,
    which the export leaves as it was)."""
    if isinstance(error, ExportOverDatabase):  # netdesk's own, or a backup of it
        return tr("that file is a database, which an export never replaces; choose another name")
    if isinstance(error, ExportChanged):  # a database not in WAL mode, edited meanwhile
        return tr(
            "contacts changed while they were being exported (a file already there is left "
            "as it was); export them again"
        )
    if not isinstance(error, OSError):
        return str(error) or type(error).__name__
    full = tr("the disk is full (a file already there is left as it was)")
    refused = tr("netdesk may not write in that folder")
    reasons = {
        errno.ENOSPC: full,
        getattr(errno, "EDQUOT", errno.ENOSPC): full,  # a quota: as full, for this user
        errno.EACCES: refused,
        errno.EPERM: refused,
        errno.EROFS: tr("the disk is read-only"),
        errno.ENOENT: tr("the folder is not there (was a drive disconnected?)"),
        errno.ENAMETOOLONG: tr("the file name is too long"),
    }
    return reasons.get(error.errno or 0) or error.strerror or str(error)


def export_contacts(
    context: AppContext, parent: QWidget | None, contact_ids: list[int] | None
) -> None:
    """Show the export dialog for ``contact_ids`` (the selection) or everyone."""
    ExportDialog(context, contact_ids, parent).exec()
