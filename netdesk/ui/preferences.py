"""Preferences (Ctrl+,): new-contact cadence, quiet hours, login start, backups, data folder."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from netdesk.ui import settings as s
from netdesk.ui.autostart import set_start_at_login
from netdesk.ui.contact_card import cadence_choices
from netdesk.ui.context import AppContext
from netdesk.ui.widgets import InlineMessage, tr

log = logging.getLogger("netdesk.ui")


def _time(text: str, fallback: str) -> QTime:
    value = QTime.fromString(text, "HH:mm")
    return value if value.isValid() else QTime.fromString(fallback, "HH:mm")


class PreferencesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        self.context = context
        settings = context.settings

        self.cadence = QComboBox()
        self.cadence.setAccessibleName(tr("Default cadence for new contacts"))
        for days, label in cadence_choices():
            if days != -1:
                self.cadence.addItem(label, days)
        current = settings.get(s.DEFAULT_CADENCE_DAYS) or None
        index = self.cadence.findData(current)
        self.cadence.setCurrentIndex(max(0, index))

        self.quiet_start = QTimeEdit(_time(settings.get(s.QUIET_HOURS_START), "21:00"))
        self.quiet_end = QTimeEdit(_time(settings.get(s.QUIET_HOURS_END), "08:00"))
        for edit, name in (
            (self.quiet_start, tr("Quiet hours start")),
            (self.quiet_end, tr("Quiet hours end")),
        ):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        quiet = QHBoxLayout()
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)

        self.start_at_login = QCheckBox(tr("Start netdesk in the tray when I log in"))
        self.start_at_login.setChecked(settings.get(s.START_AT_LOGIN))

        self.backup_folder = QLineEdit(settings.get(s.BACKUP_FOLDER))
        self.backup_folder.setPlaceholderText(str(context.paths.backups))
        self.backup_folder.setAccessibleName(tr("Backups folder"))
        choose = QPushButton(tr("Choose…"))
        choose.clicked.connect(self._choose_backup_folder)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_folder, 1)
        backup_row.addWidget(choose)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(settings.get(s.BACKUPS_TO_KEEP))
        self.keep.setAccessibleName(tr("Daily backups to keep"))

        self.data_folder = QLineEdit(str(context.paths.data_dir))
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(tr("Data folder"))
        open_data = QPushButton(tr("Open"))
        open_data.setToolTip(tr("Show the data folder in the file manager"))
        open_data.clicked.connect(self.open_data_folder)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_folder, 1)
        data_row.addWidget(open_data)

        self.problem = InlineMessage()
        form = QFormLayout()
        form.addRow(tr("New contacts keep in touch"), self.cadence)
        form.addRow(tr("Quiet hours (no reminders)"), quiet)
        form.addRow("", self.start_at_login)
        form.addRow(tr("Backups folder"), backup_row)
        form.addRow(tr("Daily backups kept"), self.keep)
        form.addRow(tr("Data folder"), data_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Backups folder"), self.backup_folder.text()
        )
        if folder:
            self.backup_folder.setText(folder)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.paths.data_dir)))

    def accept(self) -> None:
        settings = self.context.settings
        settings.set(s.DEFAULT_CADENCE_DAYS, int(self.cadence.currentData() or 0))
        settings.set(s.QUIET_HOURS_START, self.quiet_start.time().toString("HH:mm"))
        settings.set(s.QUIET_HOURS_END, self.quiet_end.time().toString("HH:mm"))
        settings.set(s.BACKUP_FOLDER, self.backup_folder.text().strip())
        settings.set(s.BACKUPS_TO_KEEP, self.keep.value())
        wanted = self.start_at_login.isChecked()
        if wanted != settings.get(s.START_AT_LOGIN):
            try:
                set_start_at_login(wanted)
            except OSError as error:
                self.problem.show_problem(
                    tr("Could not change start at login: %1").replace("%1", str(error))
                )
                return
            settings.set(s.START_AT_LOGIN, wanted)
        self.context.changes.follow_ups_changed.emit()  # quiet hours may move a reminder
        super().accept()
