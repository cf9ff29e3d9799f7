"""A link, an e-mail or a phone number on the card opens from its value's menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QPoint, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from netdesk.core.types import EmailAddress, PhoneNumber, WebLink
from netdesk.ui.card_fields import ListEditor
from netdesk.ui.card_open import link_url, phone_url
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
SCHEMES = ("http", "https", "mailto", "tel")


class Opened(QObject):
    """Stands in for the browser, the mail program and the phone: notes what they opened."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened():  # type: ignore[no-untyped-def]
    handler = Opened()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


def choose_first(editor: ListEditor, row: int) -> tuple[str, bool]:
    """Open the value's menu, note its first item and choose it when enabled."""
    seen: list[tuple[str, bool]] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, choose)
            return
        first = menu.actions()[0]
        seen.append((first.text(), first.isEnabled()))
        menu.close()
        if first.isEnabled():
            first.trigger()

    QTimer.singleShot(10, choose)
    editor.rows[row].value_edits()[0].customContextMenuRequested.emit(QPoint(5, 5))
    return seen[0]


def test_each_value_opens_in_its_program(
    qtbot: QtBot, app_context: AppContext, person, opened: Opened
) -> None:  # type: ignore[no-untyped-def]
    ana = person(
        "Ana",
        emails=[EmailAddress("ana@example.org")],
        phones=[PhoneNumber("+34 612 345 678")],
        urls=[WebLink("www.linkedin.com/in/ana-soto"), WebLink("javascript:alert(1)")],
    )
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(ana)
    assert choose_first(card.urls, 0) == ("&Open link", True)
    assert choose_first(card.emails, 0) == ("&Write e-mail", True)
    assert choose_first(card.phones, 0) == ("Ca&ll", True)
    assert choose_first(card.urls, 1) == ("&Open link", False)  # never a script
    assert opened.urls == [
        "http://www.linkedin.com/in/ana-soto",
        "mailto:ana@example.org",
        "tel:+34612345678",
    ]
    assert not card.dirty


def test_what_a_value_opens() -> None:
    assert link_url("https://example.org/a b") is None
    assert link_url("not a link") is None
    assert link_url("@anna") is None  # a handle, not a page
    assert link_url("example.org") == QUrl("http://example.org")
    # not valid (one digit too many): as written, where a country could be guessed wrong
    assert phone_url("+351 9148 222 741") == QUrl("tel:+3519148222741")
    assert phone_url("+34 612 345 678") == QUrl("tel:+34612345678")
    assert phone_url("ext.") is None
