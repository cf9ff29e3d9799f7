"""Help > Keyboard shortcuts (F1) lists the menus' keys as the menus have them, and the
views' own keys; it can be searched. Help > Open log folder opens the log's folder."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from pytestqt.qtbot import QtBot

from netdesk.ui.shortcuts_dialog import _VIEW_KEYS, ShortcutsDialog


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def open_with_f1(qtbot: QtBot, window) -> ShortcutsDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window._shortcuts is not None and window._shortcuts.isVisible())
    dialog = window._shortcuts
    assert isinstance(dialog, ShortcutsDialog)
    return dialog


def test_f1_lists_every_menu_key_and_the_views_keys(
    qtbot: QtBot,
    active_main_window,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_with_f1(qtbot, active_main_window)
    rows = dialog.shown_rows()
    assert ("Contact", "Log interaction", native("Ctrl+L")) in rows
    assert ("File", "Quit", native("Ctrl+Q")) in rows
    assert ("Edit", "Preferences", native("Ctrl+,")) in rows
    assert ("Help", "Keyboard shortcuts", native("F1")) in rows
    # every menu entry with a key is there, under its menu
    for top in active_main_window.menuBar().actions():
        for action in top.menu().actions():
            if not action.shortcut().isEmpty():
                assert any(
                    section == top.text().replace("&", "")
                    and keys.startswith(
                        action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                    )
                    for section, _what, keys in rows
                ), action.text()
    # the views' keys, one or more keys to a row
    assert ("Contact card", "Save the card", f"{native('Ctrl+S')} or {native('Ctrl+Return')}") in (
        rows
    )
    assert ("Journal", "Change the current entry", "F2") in rows
    sections = [section for section, _what, _keys in rows]
    assert sections.index("Help") < sections.index("Contact list")  # menus first


def test_the_list_follows_the_menus(
    qtbot: QtBot,
    active_main_window,  # type: ignore[no-untyped-def]
) -> None:
    """A key changed in a menu shows changed: the list is read from the menus when opened."""
    active_main_window.tags_action.setShortcut(QKeySequence("Ctrl+Alt+J"))
    dialog = open_with_f1(qtbot, active_main_window)
    assert ("Contact", "Manage tags", native("Ctrl+Alt+J")) in dialog.shown_rows()
    dialog.reject()
    qtbot.waitUntil(lambda: active_main_window._shortcuts is None)
    active_main_window.tags_action.setShortcut(QKeySequence("Ctrl+Alt+K"))
    again = open_with_f1(qtbot, active_main_window)
    assert again is not dialog
    assert ("Contact", "Manage tags", native("Ctrl+Alt+K")) in again.shown_rows()


def test_f1_again_raises_the_one_list(
    qtbot: QtBot,
    active_main_window,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_with_f1(qtbot, active_main_window)
    active_main_window.show_shortcuts()
    assert active_main_window._shortcuts is dialog
    assert len(active_main_window.findChildren(ShortcutsDialog)) == 1
    assert not dialog.isModal()  # the keys can be tried with it open


def test_search_by_words_accents_and_case_ignored(
    qtbot: QtBot,
    active_main_window,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_with_f1(qtbot, active_main_window)
    qtbot.waitUntil(dialog.filter.hasFocus)
    qtbot.keyClicks(dialog.filter, "CARD")  # typed: the list follows each key
    dialog.filter.insert(" sàve return")  # (QTest types ASCII only)
    assert dialog.shown_rows() == [
        ("Contact card", "Save the card", f"{native('Ctrl+S')} or {native('Ctrl+Return')}")
    ]
    assert dialog.none_found.isHidden()
    dialog.filter.setText("ctrl+q")
    assert [what for _section, what, _keys in dialog.shown_rows()] == ["Quit"]
    dialog.filter.setText("nothing like this")
    assert dialog.shown_rows() == []
    assert not dialog.none_found.isHidden()
    dialog.filter.clear()
    assert len(dialog.shown_rows()) > 25


def test_every_view_key_is_a_key() -> None:
    for _section, rows in _VIEW_KEYS:
        for what, keys in rows:
            for key in keys.split("|"):
                sequence = QKeySequence(key)
                assert sequence.count() == 1 and sequence[0].key() != Qt.Key.Key_unknown, (
                    what,
                    key,
                )


class Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_log_folder_opens_the_logs_folder(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
) -> None:
    handler = Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    try:
        main_window.log_folder_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in handler.urls] == [str(main_window.context.log_file.parent)]
    assert main_window.log_folder_action in main_window.menuBar().actions()[-1].menu().actions()
