"""A value of the card as the address that opens it: a link in the browser, an e-mail in the
mail program, a phone number in the program that calls (the value's menu offers it)."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl

from netdesk.core import names

# what a link may open: a page, a file server, an e-mail; never a script ("javascript:")
_LINK_SCHEMES = ("http", "https", "ftp", "mailto")
_NOT_DIALLED = re.compile(r"[^\d+]")


def link_url(text: str) -> QUrl | None:
    """The page a link names ("www.example.org" is http://www.example.org), else None."""
    text = text.strip()
    if not text or any(c.isspace() for c in text):
        return None
    url = QUrl.fromUserInput(text)
    if not url.isValid() or url.scheme() not in _LINK_SCHEMES:
        return None
    return url if "." in url.host() or url.scheme() == "mailto" else None  # not "@anna"


def email_url(text: str) -> QUrl | None:
    """``mailto:`` the address, else None (not an address)."""
    text = text.strip()
    return QUrl(f"mailto:{text}") if names.email_problem(text) is None else None


def phone_url(text: str) -> QUrl | None:
    """``tel:`` the number, in its international form when valid (else as written: one not
    valid in the locale's country got a wrong country code), or None: no digits."""
    valid = names.phone_problem(text) is None
    number = (names.normalize_phone(text) if valid else "") or _NOT_DIALLED.sub("", text)
    return QUrl(f"tel:{number}") if any(c.isdigit() for c in number) else None
