"""Alt+letter works in every dialog and on the contact card, as in a native desktop app.

Each window is walked for what a keyboard user meets: a label's mnemonic focuses its field
(pressed for real, Alt+letter), no two visible mnemonics of one window share a letter, and
every field of a form is reached by one. A standard OK, Cancel, Save or Close button counts
with its first letter: KDE and GNOME show "&OK", "&Cancel", "&Save", "&Close".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.i18n import install_translators
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)
# a standard button with the text the platform gives it: KDE and GNOME show "&OK", "_Cancel",
# "&Aceptar", its first letter
STANDARD = {
    QDialogButtonBox.StandardButton.Ok,
    QDialogButtonBox.StandardButton.Cancel,
    QDialogButtonBox.StandardButton.Save,
    QDialogButtonBox.StandardButton.Close,
}


def letter(text: str) -> str:
    """The Alt+letter ``text`` gives a label or button ("" for none; "&&" is a literal &)."""
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").upper()


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget is window or (widget.isVisibleTo(window) and widget.window() is window)


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every visible Alt+letter of ``window``: letter -> what it belongs to."""
    found: dict[str, list[str]] = defaultdict(list)
    for label in window.findChildren(QLabel):
        if _shown(label, window) and label.buddy() is not None and letter(label.text()):
            found[letter(label.text())].append(f"label {label.text()!r}")
    for button in window.findChildren(QAbstractButton):
        if not _shown(button, window) or isinstance(button.parent(), QTabBar):
            continue
        key = letter(button.text())
        box = button.parent()
        standard = box.standardButton(button) if isinstance(box, QDialogButtonBox) else None
        if not key and standard is not None and button.text() == _platform_text(standard):
            key = button.text()[:1].upper() if standard in STANDARD else ""
        if key:
            found[key].append(f"button {button.text()!r}")
    for bar in window.findChildren(QTabBar):
        if _shown(bar, window):
            for index in range(bar.count()):
                if key := letter(bar.tabText(index)):
                    found[key].append(f"tab {bar.tabText(index)!r}")
    for menu_bar in window.findChildren(QMenuBar):
        for action in menu_bar.actions():
            if action.isVisible() and (key := letter(action.text())):
                found[key].append(f"menu {action.text()!r}")
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: owners for key, owners in mnemonics(window).items() if len(owners) > 1}


def labels_without_buddy(window: QWidget) -> list[str]:
    """Labels that show "&Name" with its ampersand: a mnemonic with nothing to go to."""
    return [
        label.text()
        for label in window.findChildren(QLabel)
        if _shown(label, window)
        and label.textFormat() == Qt.TextFormat.AutoText  # not a name, a note (plain_label)
        and letter(label.text())
        and label.buddy() is None
    ]


def _widgets_in(item: QWidget | QLayout | None) -> list[QWidget]:
    if isinstance(item, QWidget):
        return [item, *item.findChildren(QWidget)]
    if isinstance(item, QLayout):
        found = []
        for index in range(item.count()):
            child = item.itemAt(index)
            found += _widgets_in(child.widget() or child.layout())
        return found
    return []


def _field_of(form: QFormLayout, row: int) -> QWidget | QLayout | None:
    for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
        item = form.itemAt(row, role)
        if item is not None:
            return item.widget() or item.layout()
    return None


def unreachable_rows(window: QWidget) -> list[str]:
    """Visible form rows with a field no Alt+letter reaches: neither the row's label leads
    to a field of the row, nor a check box or radio button of the row has its own."""
    found = []
    for form in window.findChildren(QFormLayout):
        if form.parentWidget() is None or not _shown(form.parentWidget(), window):
            continue
        for row in range(form.rowCount()):
            widgets = [w for w in _widgets_in(_field_of(form, row)) if _shown(w, window)]
            fields = [w for w in widgets if isinstance(w, FIELDS) and w.isEnabled()]
            if not fields or not form.isRowVisible(row):
                continue
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = label_item.widget() if label_item is not None else None
            buddy = label.buddy() if isinstance(label, QLabel) else None
            if buddy is not None and letter(label.text()):  # type: ignore[union-attr]
                target = buddy.focusProxy() or buddy
                if target in widgets:
                    continue
            if any(isinstance(w, QAbstractButton) and letter(w.text()) for w in widgets):
                continue
            text = label.text() if isinstance(label, QLabel) else ""
            found.append(f"{text!r}: {type(fields[0]).__name__}")
    return found


def _platform_text(which: QDialogButtonBox.StandardButton) -> str | None:
    """The text the platform gives a standard button (None: it is no standard button)."""
    if which == QDialogButtonBox.StandardButton.NoButton:
        return None
    box = QDialogButtonBox(which)
    text = box.button(which).text()
    box.deleteLater()
    return text


def buttons_without_letter(window: QWidget) -> list[str]:
    """The window's visible push buttons with no Alt+letter, but for a standard button (its
    letter is the platform's) and a field's own button in a form row ("Choose…" beside a
    folder: Tab from the field reaches it)."""
    in_rows = set()
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            in_rows |= {id(w) for w in _widgets_in(_field_of(form, row))}
    found = []
    for button in window.findChildren(QPushButton):
        box = button.parent()
        standard = isinstance(box, QDialogButtonBox) and button.text() == _platform_text(
            box.standardButton(button)
        )
        shown = _shown(button, window) and id(button) not in in_rows
        if shown and not standard and not letter(button.text()):
            found.append(button.text())
    return found


def press_each_label(qtbot: QtBot, window: QWidget) -> list[str]:
    """Presses each label's Alt+letter for real; returns those that did not focus the field."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    missed = []
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if not _shown(label, window) or buddy is None or not (key := letter(label.text())):
            continue
        if (focused := QApplication.focusWidget()) is not None:
            focused.clearFocus()
        QTest.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        target = buddy.focusProxy() or buddy
        now = QApplication.focusWidget()
        # a list of e-mails hands the focus on to its first value
        if now is None or not (now is target or target.isAncestorOf(now)):
            missed.append(f"Alt+{key} {label.text()!r}")
    return missed


def audit(qtbot: QtBot, window: QWidget) -> dict[str, object]:
    """Everything wrong with ``window``'s mnemonics (all empty when all is well)."""
    return {
        "clashes": clashes(window),
        "labels without a buddy": labels_without_buddy(window),
        "rows no Alt+letter reaches": unreachable_rows(window),
        "buttons without an Alt+letter": buttons_without_letter(window),
        "Alt+letter that does not focus": press_each_label(qtbot, window),
    }


CLEAN = {
    "clashes": {},
    "labels without a buddy": [],
    "rows no Alt+letter reaches": [],
    "buttons without an Alt+letter": [],
    "Alt+letter that does not focus": [],
}


def _contacts(context: AppContext) -> tuple[int, int]:
    core = context.core
    ana = core.contacts.create(
        Contact(given_name="Ana", family_name="García", emails=[EmailAddress("ana@x.org")],
                tags=["investor"])
    )  # fmt: skip
    bob = core.contacts.create(
        Contact(given_name="Ana", family_name="Garcia", emails=[EmailAddress("ana@x.org")])
    )
    return ana, bob


def _preferences(context: AppContext) -> QDialog:
    from netdesk.ui.preferences import PreferencesDialog

    return PreferencesDialog(context)


def _log(context: AppContext) -> QDialog:
    from netdesk.ui.log_dialog import LogInteractionDialog

    dialog = LogInteractionDialog(context, [_contacts(context)[0]])
    return dialog


def _edit_entry(context: AppContext) -> QDialog:
    from netdesk.ui.journal_edit import EditEntryDialog

    ana, _bob = _contacts(context)
    entry = context.core.journal.get(context.core.journal.log([ana], "call", "Call"))
    assert entry is not None
    return EditEntryDialog(context, entry)


def _merge(context: AppContext) -> QDialog:
    from netdesk.ui.merge_dialog import MergeTwoDialog

    return MergeTwoDialog(context, *_contacts(context), None)


def _duplicates(context: AppContext) -> QDialog:
    from netdesk.ui.duplicates_dialog import DuplicatesDialog

    _contacts(context)
    return DuplicatesDialog(context)


def _export(context: AppContext) -> QDialog:
    from netdesk.ui.export_dialog import ExportDialog

    return ExportDialog(context, list(_contacts(context)))


def _csv_mapping(context: AppContext) -> QDialog:
    from netdesk.ui.csv_mapping import CsvMappingDialog

    return CsvMappingDialog("odd.csv", ["Person", "Mail"], {"Person": "full_name"}, ["Dana"])


def _import_preview(context: AppContext) -> QDialog:
    from netdesk.core.importing import ImportPlan, PlannedCard
    from netdesk.core.merging import FieldConflict
    from netdesk.ui.import_preview import ImportPreviewDialog

    ana, _bob = _contacts(context)
    plan = ImportPlan(files=["/tmp/some.vcf"])
    plan.cards.append(
        PlannedCard(
            contact=Contact(given_name="Ana", display_name="Ana"),
            file="/tmp/some.vcf",
            line=1,
            action="merge",
            existing_id=ana,
            conflicts=[FieldConflict("organization", "Mine", "Theirs")],
        )
    )
    plan.cards.append(
        PlannedCard(contact=Contact(given_name="Dana"), file="/tmp/some.vcf", line=7, action="new")
    )
    return ImportPreviewDialog(plan)


def _tags(context: AppContext) -> QDialog:
    from netdesk.ui.tags_dialog import TagsDialog

    _contacts(context)
    return TagsDialog(context)


DIALOGS = {
    "preferences": _preferences,
    "log interaction": _log,
    "edit journal entry": _edit_entry,
    "merge two contacts": _merge,
    "find duplicates": _duplicates,
    "export": _export,
    "csv mapping": _csv_mapping,
    "import preview": _import_preview,
    "manage tags": _tags,
}


@pytest.fixture
def built(qtbot: QtBot, app_context: AppContext) -> Callable[[str], QDialog]:
    def build(name: str) -> QDialog:
        dialog = DIALOGS[name](app_context)
        qtbot.addWidget(dialog)
        # audited as the user works with it, its own work done: Find duplicates searches on a
        # worker from the start, and a search still running after 400 ms (a loaded machine)
        # showed its progress dialog, which took the focus the audit waits for
        qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
        return dialog

    return build


@pytest.fixture(params=["en_GB", "es_ES"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's catalogues for a language: Spanish letters must not clash either."""
    installed = install_translators(qapp, QLocale(request.param))
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_is_worked_with_alt_letters(
    qtbot: QtBot, built: Callable[[str], QDialog], name: str, language: str
) -> None:
    dialog = built(name)
    assert audit(qtbot, dialog) == CLEAN
    dialog.reject()


def test_the_audit_sees_a_clash_a_buddyless_label_and_an_unreached_row(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    form = QFormLayout()
    form.addRow("&Name", QLineEdit())
    form.addRow("&Notes", QPlainTextEdit())
    form.addRow("Kind", QComboBox())
    layout.addLayout(form)
    layout.addWidget(QLabel("&Orphan"))
    layout.addWidget(QPushButton("Go"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    layout.addWidget(buttons)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText("Stop")
    found = audit(qtbot, dialog)
    assert found["clashes"] == {"N": ["label '&Name'", "label '&Notes'"]}
    assert found["labels without a buddy"] == ["&Orphan"]
    assert found["rows no Alt+letter reaches"] == ["'Kind': QComboBox"]
    # a standard button keeps the platform's letter, unless its text is netdesk's own
    assert found["buttons without an Alt+letter"] == ["Go", "Stop"]


def test_a_name_with_an_ampersand_is_no_mnemonic_in_the_merge_dialog(
    qtbot: QtBot, app_context: AppContext
) -> None:
    from netdesk.ui.merge_dialog import MergeTwoDialog

    core = app_context.core
    first = core.contacts.create(Contact(formatted_name="Smith & Co"))
    second = core.contacts.create(Contact(formatted_name="Smith & Co"))
    dialog = MergeTwoDialog(app_context, first, second, None)
    qtbot.addWidget(dialog)
    assert all(not letter(b.text()) for b in dialog.buttons.values())
    assert clashes(dialog) == {}


def test_the_card_is_worked_with_alt_letters_beside_the_menus(
    qtbot: QtBot, app_context: AppContext
) -> None:
    from netdesk.core.types import PhoneNumber
    from netdesk.ui.main_window import MainWindow

    ana = app_context.core.contacts.create(
        Contact(given_name="Ana", family_name="Smith & Co", emails=[EmailAddress("a@x.org")],
                phones=[PhoneNumber("+34 612 345 678", "mobile")])
    )  # fmt: skip
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.load()
    window.resize(1300, 900)
    with qtbot.waitExposed(window):
        window.show()
    window.contacts.select_contact(ana)
    card = window.card
    assert card.contact_id() == ana
    found = audit(qtbot, window)
    # there are more fields than letters once the menus' F, E, C, V and H are taken: these
    # few are reached with Tab from the field above
    # more fields than letters once the menus' F, E, C, V and H are taken: Department (and
    # the links, related people and custom fields, empty here) are reached with Tab; Log
    # interaction and Save have Ctrl+L and Ctrl+S
    assert found.pop("rows no Alt+letter reaches") == ["'Department': QLineEdit"]
    assert found.pop("buttons without an Alt+letter") == ["Log interaction…", "Add follow-up…"]
    assert found == {k: [] if isinstance(v, list) else {} for k, v in found.items()}
    assert len(mnemonics(window)) == 22  # the menus' 5 and 17 of the card's fields
    QTest.keyClick(window, "P", Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is card.phones.rows[0].value_edits()[0]
    QTest.keyClick(window, "I", Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is card.emails.rows[0].value_edits()[0]
    card.scroll_area.verticalScrollBar().setValue(0)
    assert card.tags.visibleRegion().isEmpty()  # far down the card
    QTest.keyClick(window, "G", Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is card.tags
    assert not card.tags.visibleRegion().isEmpty()  # scrolled to, as Tab does: what is
    # typed goes where the user sees it
    card.more_names.setChecked(True)  # the folded name fields, shown, clash with nothing
    assert clashes(window) == {}


def test_the_journal_page_has_alt_letters_beside_the_menus(
    qtbot: QtBot, app_context: AppContext
) -> None:
    from netdesk.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.load()
    with qtbot.waitExposed(window):
        window.show()
    window.show_journal()
    journal = window.global_journal
    assert window.pages.currentWidget() is journal
    assert mnemonics(window)["M"] == ["button 'Fro&m'"]
    assert clashes(window) == {}
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, "T", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(journal.use_until.isChecked)  # Alt+T ticks "to" (after the button's
    # pressed look): the journal is filtered by its date


def test_the_import_preview_tabs_open_with_alt_letters(
    qtbot: QtBot, built: Callable[[str], QDialog]
) -> None:
    dialog = built("import preview")
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    tabs = dialog.tabs  # type: ignore[attr-defined]
    for key, title in (("P", "&Problems (0)"), ("N", "&New (1)"), ("D", "&Differences (1)")):
        QTest.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        assert tabs.tabText(tabs.currentIndex()) == title
