"""What a first run shows instead of an empty list: import, add, and what cadences are for."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netdesk.ui.icons import app_icon, icon
from netdesk.ui.widgets import fill, tr

INTRO_WIDTH = 540
INTRO_MIN_WIDTH = 200


class EmptyState(QScrollArea):
    """Scrolls rather than cutting the paragraph or buttons off in a short window or with a
    large font (a minimum size of its own would hold every page of the window to it).

    Signals:
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
        # At most INTRO_WIDTH wide, narrower in a narrow window: a fixed width kept the window
        # (this page is in its stack whatever it shows) from being narrower than 558 px. Not
        # added with an alignment, which gives a word-wrapped label a one-line height and cuts
        # the paragraph off: centred between stretches instead.
        intro.setMaximumWidth(INTRO_WIDTH)
        intro.setMinimumWidth(INTRO_MIN_WIDTH)
        intro.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        paragraph = QHBoxLayout()
        paragraph.addStretch(1)
        paragraph.addWidget(intro, 100)
        paragraph.addStretch(1)
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

        # each button's keys under it, small and grey (show_shortcuts: read from the actions)
        self.import_keys = self._keys_label()
        self.add_keys = self._keys_label()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button, keys in (
            (self.import_button, self.import_keys),
            (self.add_button, self.add_keys),
        ):
            pair = QVBoxLayout()
            pair.setSpacing(2)
            pair.addWidget(button)
            pair.addWidget(keys)
            buttons.addLayout(pair)
        buttons.addStretch(1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addStretch(2)
        column.addWidget(logo)
        column.addWidget(title)
        column.addSpacing(8)
        column.addLayout(paragraph)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(8)
        column.addWidget(hint)
        column.addStretch(3)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons, not the page

    @staticmethod
    def _keys_label() -> QLabel:
        label = QLabel()
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        label.hide()
        return label

    def show_shortcuts(self, import_action: QAction, add_action: QAction) -> None:
        """Each button shows the keys of the window's action it stands for (Ctrl+I, Ctrl+N),
        under it and in its tooltip, and follows them if they change."""
        for button, keys, action in (
            (self.import_button, self.import_keys, import_action),
            (self.add_button, self.add_keys, add_action),
        ):

            def show(
                button: QPushButton = button, keys: QLabel = keys, action: QAction = action
            ) -> None:
                text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                tip = action.toolTip()
                button.setToolTip(
                    fill(tr("%1 (%2)", "a tooltip, then its keys"), tip, text) if text else tip
                )
                keys.setText(text)
                keys.setVisible(bool(text))

            action.changed.connect(show)
            show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # a first run has nothing else to focus: Enter or Space imports straight away, rather
        # than doing nothing until a Tab
        window_focus = self.window().focusWidget()
        if window_focus is None or not window_focus.isVisible():
            self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)
