"""What an empty list says (a search that finds nobody) breaks inside a word too long for
the list, and keeps its line breaks: an e-mail address searched for ran past the list's
edge and was cut off there."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext

ADDRESS = "bartholomew.wolfeschlegelsteinhausenbergerdorff@example.org"


def _inked_rows(image: QImage) -> list[int]:
    blank = image.pixel(0, image.height() - 1)  # (under the text: its background)
    return [
        y
        for y in range(image.height())
        if any(image.pixel(x, y) != blank for x in range(image.width()))
    ]


def _bands(rows: list[int]) -> int:
    """How many separate runs of inked rows (lines of text) there are."""
    return sum(1 for i, y in enumerate(rows) if i == 0 or y != rows[i - 1] + 1)


def test_an_address_that_finds_nobody_is_said_whole_in_a_narrow_list(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    person("Ana")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(260, 500)
    panel.show()
    panel.load()
    panel.search.setText(ADDRESS)
    message = panel.no_match
    qtbot.waitUntil(message.isVisible)
    assert ADDRESS in message.text()
    # what it needs is no wider than it is: nothing of the address runs past its edge
    assert message.minimumSizeHint().width() <= message.width()
    # its lines, as written ("Press Esc…" on a line of its own) and the address broken
    image = QImage(message.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    message.render(image)
    lines = message.text().count("\n") + 1
    assert _bands(_inked_rows(image)) > lines


def test_a_line_break_of_the_text_starts_a_line(qtbot: QtBot, app_context: AppContext) -> None:
    """("No contacts yet.\\nA contact you add…": the two sentences on two lines.)"""
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    message = panel.no_match
    message.setText("No contacts yet.\nA contact you add or import is listed here.")
    line = message.fontMetrics().height()
    assert 2 * line - 2 <= message.heightForWidth(2000) <= 2 * line + 2
