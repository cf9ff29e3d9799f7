"""What a first run shows instead of an empty list: import, add, and what cadences are for."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netdesk.ui.icons import app_icon, icon
from netdesk.ui.widgets import tr

INTRO_WIDTH = 540


class EmptyState(QWidget):
    """Signals:
    import_requested(): "Import contacts (vCard/CSV)".
    add_requested(): "Add a contact".
    """

    import_requested = Signal()
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(tr("Welcome to netdesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro = intro = QLabel(
            tr(
                "netdesk helps you look after the people you know instead of just collecting "
                "them. Give a contact a <b>keep-in-touch cadence</b> — every two weeks, every "
                "three months, once a year — and netdesk works out when you are due to reach "
                "out again. Every call, coffee or message you log restarts that clock, so the "
                "<b>Today</b> view only ever shows the people who are really waiting to hear "
                "from you."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        # An aligned, word-wrapped label gets its one-line size hint's height from the layout and
        # cuts the paragraph off; a fixed width with its height for that width shows all of it.
        intro.setFixedWidth(INTRO_WIDTH)
        intro.setMinimumHeight(intro.heightForWidth(INTRO_WIDTH))
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton(icon("import"), tr("Import contacts (vCard/CSV)…"))
        self.import_button.setObjectName("emptyImportButton")
        self.import_button.setDefault(True)
        self.add_button = QPushButton(icon("contact-new"), tr("Add a contact"))
        self.add_button.setObjectName("emptyAddButton")
        for button in (self.import_button, self.add_button):
            button.setMinimumHeight(36)
            button.setAccessibleName(button.text())
        self.import_button.clicked.connect(self.import_requested)
        self.add_button.clicked.connect(self.add_requested)
        hint = QLabel(tr("You can also drop .vcf or .csv files anywhere on this window."))
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(2)
        column.addWidget(logo)
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(intro, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(8)
        column.addWidget(hint)
        column.addStretch(3)
