"""The column-mapping step for a CSV netdesk does not recognise, remembered per header row."""

from __future__ import annotations

import hashlib
import json

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.ui.context import AppContext
from netdesk.ui.widgets import tr

_PREFIX = "csv_mappings/"


def header_signature(headers: list[str]) -> str:
    """The same header row (case and spacing aside) gives the same key."""
    text = "\x1f".join(" ".join(h.split()).casefold() for h in headers)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


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


def remember_mapping(context: AppContext, headers: list[str], mapping: dict[str, str]) -> None:
    raw = context.settings.raw()
    raw.setValue(_PREFIX + header_signature(headers), json.dumps(mapping, ensure_ascii=False))
    raw.sync()


class CsvMappingDialog(QDialog):
    """One row per column: its header, a sample value, and the netdesk field it goes to."""

    def __init__(
        self,
        file: str,
        headers: list[str],
        mapping: dict[str, str],
        samples: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from netdesk.interop.csvfile import FIELD_KEYS

        super().__init__(parent)
        self.headers = headers
        self.setWindowTitle(tr("Which column holds what?"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("netdesk does not know the layout of %1. Choose the field for each column; "
               "your choice is remembered for files with the same columns.").replace("%1", file)
        )  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(headers), 3)
        self.table.setHorizontalHeaderLabels([tr("Column"), tr("Example"), tr("netdesk field")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choosers: list[QComboBox] = []
        for row, header in enumerate(headers):
            self.table.setItem(row, 0, QTableWidgetItem(header))
            sample = samples[row] if samples and row < len(samples) else ""
            self.table.setItem(row, 1, QTableWidgetItem(sample))
            chooser = QComboBox()
            for key, label in FIELD_KEYS.items():
                chooser.addItem(tr(label), key)
            index = chooser.findData(mapping.get(header, "ignore"))
            chooser.setCurrentIndex(index if index >= 0 else chooser.findData("ignore"))
            self.table.setCellWidget(row, 2, chooser)
            self.choosers.append(chooser)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Continue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {h: str(c.currentData()) for h, c in zip(self.headers, self.choosers, strict=True)}

    def set_field(self, header: str, key: str) -> None:
        chooser = self.choosers[self.headers.index(header)]
        chooser.setCurrentIndex(chooser.findData(key))
