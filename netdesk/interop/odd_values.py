"""E-mails, phones and links that are not one, as both readers tell them and keep them.

A vCard's ``EMAIL:not an email``, ``TEL:call me maybe`` or ``URL:javascript:alert(1)`` was
imported as an address, a number and a link without a word, where the CSV reader kept an
e-mail without an "@" as a field of its own, with a warning. Both readers now do so for all
three, and a warning names the line and the property or column. An e-mail or a link is kept,
as written, in a custom field (text, never a link to open); a phone stays a phone, as the
card's editor keeps one it warns of (no digit: nothing to call, nothing to match), so that
netdesk's own export of it comes back the same.
"""

from __future__ import annotations

import re

from netdesk.interop.problems import QT_TRANSLATE_NOOP

# the labels of the custom fields an odd value is kept in (stored data, as CSV's was)
EMAIL_FIELD = "E-mail (as written)"
PHONE_FIELD = ""  # none: kept as a phone
LINK_FIELD = "Web page (as written)"

# the schemes of a link that runs code or reads this computer's files when opened: such a
# "link" is no address of anyone. Any other stays a link (``skype:``, ``sip:``, ``xmpp:``,
# ``tel:``... are a contact's addresses, netdesk's own export writes them, and the card opens
# only web and mail links anyway: ui/card_open.py); one without a scheme
# ("www.example.org", "example.org/page") is a web page
NOT_LINK_SCHEMES = frozenset(
    ("javascript", "vbscript", "livescript", "data", "file", "blob", "about", "view-source")
)
# "scheme:" as browsers read it: spaces and control characters before it and tabs or line
# breaks inside it are skipped ("java\tscript:"); "host:8080" is no scheme
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):(?!\d)")
_SKIPPED = str.maketrans("", "", "\t\n\r")


def not_an_email(value: str) -> bool:
    """No "@": a column mapped to E-mail by mistake, an Exchange X.500 path, words."""
    return "@" not in value


def not_a_phone(value: str) -> bool:
    """No digit at all: words ("call me maybe"), not a number written oddly."""
    return not any(char.isdigit() for char in value)


def not_a_link(value: str) -> bool:
    """A scheme that runs code or reads local files: ``javascript:``, ``data:``, ``file:``..."""
    text = "".join(char for char in value if char > " ").translate(_SKIPPED)
    found = _SCHEME.match(text)
    return found is not None and found.group(1).lower() in NOT_LINK_SCHEMES


# vCard: the property named; CSV: the row's line says where, the column is named
SAID = {
    EMAIL_FIELD: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{property}: {value} is not an e-mail address; kept as the field 'E-mail (as written)'",
    ),
    PHONE_FIELD: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{property}: {value} is not a phone number (no digits); kept as written",
    ),
    LINK_FIELD: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{property}: {value} is not a link to a web page; kept as the field "
        "'Web page (as written)', not as a link",
    ),
}
