"""Help > Keyboard shortcuts: every key netdesk answers, in one list that can be searched.

The menus' keys are read from the menu bar itself when the list opens, so the list can never
disagree with the menus (a shortcut changed in one place shows here too). Keys that belong to
one view and to no menu (Esc in a search field, F2 on a journal entry) are listed by hand
below: each names what the view really does, see the view's own key handling.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.interop.problems import QT_TRANSLATE_NOOP
from netdesk.ui.widgets import fill, tr, window_room

# (section, [(what it does, keys as portable text; several keys separated by "|")]), marked
# for lupdate and translated (``tr``) when the list is built: a module constant is read
# before any translator is installed
_VIEW_KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("netdesk", "Contact list"),
        (
            (
                QT_TRANSLATE_NOOP("netdesk", "Go from the search field down to the list"),
                "Down|PgDown",
            ),
            (QT_TRANSLATE_NOOP("netdesk", "Open the current contact's card"), "Return"),
            (QT_TRANSLATE_NOOP("netdesk", "Go to the first or the last contact"), "Home|End"),
            (QT_TRANSLATE_NOOP("netdesk", "Clear the search"), "Esc"),
            (QT_TRANSLATE_NOOP("netdesk", "Select every contact shown"), "Ctrl+A"),
            (
                QT_TRANSLATE_NOOP("netdesk", "Open the menu of the selected contacts"),
                "Shift+F10|Menu",
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("netdesk", "Contact card"),
        (
            (QT_TRANSLATE_NOOP("netdesk", "Save the card"), "Ctrl+S|Ctrl+Return"),
            (QT_TRANSLATE_NOOP("netdesk", "Back to the list (a valid edit is saved)"), "Esc"),
            (QT_TRANSLATE_NOOP("netdesk", "Undo in the field, or the last saved change"), "Ctrl+Z"),
            (QT_TRANSLATE_NOOP("netdesk", "Redo"), "Ctrl+Shift+Z|Ctrl+Y"),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("netdesk", "Journal"),
        (
            (QT_TRANSLATE_NOOP("netdesk", "Change the current entry"), "F2"),
            (
                QT_TRANSLATE_NOOP("netdesk", "Change the current entry, in a contact's journal"),
                "Return",
            ),
            (QT_TRANSLATE_NOOP("netdesk", "Delete the current entry"), "Del"),
            (
                QT_TRANSLATE_NOOP(
                    "netdesk", "Open the current entry's contact, in everyone's journal"
                ),
                "Return",
            ),
            (QT_TRANSLATE_NOOP("netdesk", "Clear the search"), "Esc"),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("netdesk", "Manage tags"),
        (
            (QT_TRANSLATE_NOOP("netdesk", "Rename the selected tag"), "F2|Return"),
            (QT_TRANSLATE_NOOP("netdesk", "Delete the selected tag"), "Del"),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("netdesk", "Today"),
        (
            (QT_TRANSLATE_NOOP("netdesk", "Move between follow-ups"), "Up|Down"),
            (
                QT_TRANSLATE_NOOP(
                    "netdesk", "Open the follow-up's contact, or press the focused button"
                ),
                "Return",
            ),
        ),
    ),
)


def _keys_text(keys: list[QKeySequence]) -> str:
    """ "Ctrl+S or Ctrl+Return", in this system's key names ("⌘S" on a Mac)."""
    shown = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys]
    if len(shown) < 2:
        return "".join(shown)
    return fill(tr("%1 or %2", "keys"), ", ".join(shown[:-1]), shown[-1])


def _plain(text: str) -> str:
    """A menu entry's text as read in a list: no mnemonic "&", no trailing "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each menu of ``bar`` with the entries that have a key: (menu, [(entry, keys)])."""
    sections: list[tuple[str, list[tuple[str, str]]]] = []
    for top in bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        rows = []
        for action in menu.actions():
            if not isinstance(action, QAction) or action.isSeparator():
                continue
            keys = [key for key in action.shortcuts() if not key.isEmpty()]
            if keys:
                rows.append((_plain(action.text()), _keys_text(keys)))
        if rows:
            sections.append((_plain(top.text()), rows))
    return sections


def view_shortcuts() -> list[tuple[str, list[tuple[str, str]]]]:
    """The keys of the views that no menu shows, translated, in this system's key names."""
    return [
        (
            tr(section),
            [
                (
                    tr(what),
                    _keys_text([QKeySequence(key) for key in keys.split("|")]),
                )
                for what, keys in rows
            ],
        )
        for section, rows in _VIEW_KEYS
    ]


class ShortcutsDialog(QDialog):
    """A window beside the main one (not modal: the keys can be tried while it is open)."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setPlaceholderText(tr("Search shortcuts…"))
        self.filter.setAccessibleName(tr("Search shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsList")
        self.tree.setAccessibleName(tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Action"), tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.none_found = QLabel(tr("No shortcut matches."))
        self.none_found.setObjectName("shortcutsNoneFound")
        self.none_found.hide()
        self._sections: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        for section, rows in (*menu_shortcuts(bar), *view_shortcuts()):
            head = QTreeWidgetItem(self.tree, [section])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFirstColumnSpanned(True)
            self._sections.append(
                (head, [QTreeWidgetItem(head, [what, keys]) for what, keys in rows])
            )
        self.tree.expandAll()
        self.tree.setItemsExpandable(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.none_found)
        layout.addWidget(buttons)
        # within a small screen (1366x768 at 125% leaves about 580 high): Close was below it
        self.resize(QSize(560, 620).boundedTo(window_room(self)))

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """(section, action, keys) of every row not hidden by the search."""
        return [
            (head.text(0), row.text(0), row.text(1))
            for head, rows in self._sections
            if not head.isHidden()
            for row in rows
            if not row.isHidden()
        ]

    def _apply_filter(self, text: str) -> None:
        """Words typed must all be found, accents and case ignored, in the action, its keys
        or its section ("card save", "ctrl+z", "journal")."""
        from netdesk.core.merging import fold  # (store.text's, cached: as the search folds)

        words = fold(text).split()
        any_shown = False
        for head, rows in self._sections:
            section = fold(head.text(0))
            shown_here = False
            for row in rows:
                haystack = " ".join((section, fold(row.text(0)), fold(row.text(1))))
                hidden = not all(word in haystack for word in words)
                row.setHidden(hidden)
                shown_here = shown_here or not hidden
            head.setHidden(not shown_here)
            any_shown = any_shown or shown_here
        self.none_found.setVisible(not any_shown)
