"""The first-run page: its two actions, the focus, and the whole cadence paragraph, not a cut-off
one, in a narrow or short window and with a large font."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.ui.empty_state import INTRO_WIDTH, EmptyState
from netdesk.ui.main_window import MainWindow
from tests.ui.modal_answers import ModalAnswers


def test_the_whole_explanation_is_visible(qtbot: QtBot) -> None:
    page = EmptyState()
    qtbot.addWidget(page)
    page.resize(1180, 700)
    with qtbot.waitExposed(page):
        page.show()
    intro = page.intro
    assert "keep-in-touch cadence" in intro.text()
    assert intro.height() >= intro.heightForWidth(intro.width())
    assert intro.height() > 4 * intro.fontMetrics().lineSpacing()


def test_buttons_ask_for_import_and_add(qtbot: QtBot) -> None:
    page = EmptyState()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.import_requested):
        page.import_button.click()
    with qtbot.waitSignal(page.add_requested):
        page.add_button.click()


def test_a_narrow_page_narrows_the_paragraph(qtbot: QtBot) -> None:
    """The paragraph had a fixed 540 px width, wider than a narrow page: now it narrows with
    the page, one line longer and still whole."""
    page = EmptyState()
    qtbot.addWidget(page)
    page.resize(440, 700)
    with qtbot.waitExposed(page):
        page.show()
    intro = page.intro
    qtbot.waitUntil(lambda: intro.width() < 430)
    assert intro.mapTo(page, intro.rect().topLeft()).x() >= 0
    assert intro.height() >= intro.heightForWidth(intro.width())
    assert intro.heightForWidth(intro.width()) > intro.heightForWidth(INTRO_WIDTH)


def test_a_larger_font_while_running_keeps_the_whole_paragraph(qtbot: QtBot) -> None:
    """The paragraph's height was fixed for the font at start: a larger system font chosen
    while netdesk ran cut its last lines off (105 of 147 px in the window's smallest size)."""
    page = EmptyState()
    qtbot.addWidget(page)
    page.resize(760, 420)
    with qtbot.waitExposed(page):
        page.show()
    font = page.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    page.setFont(font)
    intro = page.intro
    qtbot.waitUntil(lambda: intro.heightForWidth(intro.width()) > 2 * intro.fontMetrics().height())
    qtbot.waitUntil(lambda: intro.height() >= intro.heightForWidth(intro.width()))


def test_a_short_window_or_a_large_font_scrolls_instead_of_cutting(qtbot: QtBot) -> None:
    page = EmptyState()
    qtbot.addWidget(page)
    font = page.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    page.setFont(font)
    page.resize(700, 260)
    with qtbot.waitExposed(page):
        page.show()
    intro = page.intro
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0)
    assert intro.height() >= intro.heightForWidth(intro.width())
    page.ensureWidgetVisible(page.add_button)
    assert (
        page.viewport()
        .rect()
        .contains(page.add_button.mapTo(page.viewport(), page.add_button.rect().bottomRight()))
    )


def test_first_run_focuses_import_so_enter_starts_it(qtbot: QtBot, main_window: MainWindow) -> None:
    """Nothing had the focus on a first run: Enter and Space did nothing until a Tab."""
    with qtbot.waitExposed(main_window):
        main_window.show()
    page = main_window.empty_state
    assert main_window.focusWidget() is page.import_button
    answers = ModalAnswers("Cancel", act=lambda dialog: dialog.reject())
    try:
        with qtbot.waitSignal(page.import_requested):
            qtbot.keyClick(page.import_button, Qt.Key.Key_Return)
    finally:
        answers.stop()


def test_the_buttons_show_their_actions_keys(qtbot: QtBot, main_window: MainWindow) -> None:
    """Import and Add said nothing of Ctrl+I and Ctrl+N: their keys are shown under them and
    in their tooltips, read from the window's actions, and follow them."""
    from PySide6.QtGui import QKeySequence

    with qtbot.waitExposed(main_window):
        main_window.show()
    page = main_window.empty_state
    native = QKeySequence.SequenceFormat.NativeText
    import_keys = QKeySequence("Ctrl+I").toString(native)
    add_keys = QKeySequence("Ctrl+N").toString(native)
    assert page.import_keys.isVisible() and page.import_keys.text() == import_keys
    assert page.add_keys.isVisible() and page.add_keys.text() == add_keys
    assert page.import_button.toolTip() == f"Import vCard or CSV files ({import_keys})"
    assert page.add_button.toolTip() == f"Add a contact by hand ({add_keys})"
    main_window.new_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
    assert page.add_keys.text() == QKeySequence("Ctrl+Shift+A").toString(native)
    main_window.new_action.setShortcut(QKeySequence())
    assert page.add_keys.isHidden()
    assert page.add_button.toolTip() == "Add a contact by hand"
