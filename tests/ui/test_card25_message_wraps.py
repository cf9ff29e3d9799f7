"""A problem quoting a value with nowhere to wrap (a token pasted into "E-mail", a date typed
as 32 digits) breaks inside it: QLabel breaks only between words, so the message set the
card's narrowest width to the value's length and the card's fields were cut off beside a
scroll bar in a narrower window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext
from netdesk.ui.widgets import InlineMessage

TOKEN = "maximilianwolfeschlegelsteinhausenbergerdorffatexampledotorgwithoutanysymbol"


def _narrowest(card: ContactCard) -> int:
    card._body_column.activate()
    return card.scroll_area.widget().minimumSizeHint().width()


def test_an_e_mail_refused_leaves_the_card_as_narrow_as_before(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana")
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.resize(620, 1200)
    card.show()
    card.show_contact(ana)
    card.emails.add_button.click()
    edit = card.emails.rows[-1].edit  # type: ignore[attr-defined]
    QTest.keyClicks(edit, "ana@example.org")  # (Save and Revert shown: the header's width)
    narrowest, card_narrowest = _narrowest(card), card.minimumSizeHint().width()
    edit.clear()
    QTest.keyClicks(edit, TOKEN)
    assert not card.save()
    message = card.emails.rows[-1].problem
    assert message.isVisible() and TOKEN in message.text()
    assert _narrowest(card) == narrowest
    assert card.minimumSizeHint().width() == card_narrowest  # "Not saved: …" above too
    assert not card.scroll_area.horizontalScrollBar().isVisible()


def test_a_long_word_breaks_and_the_message_grows_to_show_it_whole(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    column = QVBoxLayout(box)
    message = InlineMessage()
    column.addWidget(message)
    message.show_problem(f"“{TOKEN}” is not an e-mail address.")
    box.resize(200, 400)
    box.show()
    column.activate()
    line = message.fontMetrics().height()
    assert message.width() <= 200
    assert message.height() >= 3 * line  # broken into lines, none cut off
    # what is drawn stays inside the message, and reaches its last line
    image = QImage(message.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    message.render(image)
    white = QColor("white").rgb()
    inked_rows = [
        y
        for y in range(image.height())
        if any(image.pixel(x, y) != white for x in range(image.width()))
    ]
    assert inked_rows and max(inked_rows) > message.height() - 2 * line


def test_a_short_message_reads_as_before(qtbot: QtBot) -> None:
    message = InlineMessage()
    qtbot.addWidget(message)
    message.show_problem("Not a date.")
    message.resize(400, message.heightForWidth(400))
    assert message.heightForWidth(400) <= message.fontMetrics().height() + 2
    assert message.alignment() & Qt.AlignmentFlag.AlignLeft
