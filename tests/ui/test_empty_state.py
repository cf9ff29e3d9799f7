"""The first-run page: its two actions and the whole cadence paragraph, not a cut-off one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.ui.empty_state import EmptyState


def test_the_whole_explanation_is_visible(qtbot: QtBot) -> None:
    page = EmptyState()
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    qtbot.waitExposed(page)
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
