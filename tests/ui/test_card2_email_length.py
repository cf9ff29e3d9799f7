"""An e-mail address longer than mail allows (RFC 5321: 64 characters before the @, 254 in
all) is said under its field, as any other address that is not one; it was stored."""

from __future__ import annotations

import pytest

from netdesk.core import names
from netdesk.core.types import EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LONGEST_LOCAL = "a" * 64
LONGEST_DOMAIN = ".".join(["b" * 63, "c" * 63, "d" * 57, "org"])  # 254 - 65


@pytest.mark.parametrize(
    "address",
    [
        "a" * 300 + "@example.org",
        "a" * 65 + "@example.org",
        f"{LONGEST_LOCAL}@{LONGEST_DOMAIN}x",  # 255
        "ana@" + "b" * 300 + ".org",
    ],
)
def test_too_long_is_not_an_address(address: str) -> None:
    assert names.email_problem(address) is not None


@pytest.mark.parametrize(
    "address",
    [
        f"{LONGEST_LOCAL}@example.org",
        f"{LONGEST_LOCAL}@{LONGEST_DOMAIN}",  # 254
        f"  {LONGEST_LOCAL}@example.org  ",  # spaces around are not the address
        "ana@example.org",
    ],
)
def test_the_longest_addresses_mail_takes_are_taken(address: str) -> None:
    assert len(f"{LONGEST_LOCAL}@{LONGEST_DOMAIN}") == 254
    assert names.email_problem(address) is None


def test_the_card_says_it_under_the_field(
    main_window: MainWindow,
    person,
    app_context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", emails=[EmailAddress("ana@example.org")])
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    too_long = "a" * 300 + "@example.org"
    card.emails.rows[0].edit.setText(too_long)
    card._mark_dirty()
    assert not card.save()
    row = card.emails.rows[0]
    assert not row.problem.isHidden()
    assert "not an e-mail address" in row.problem.text()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None and [e.value for e in stored.emails] == ["ana@example.org"]
    card.revert()  # (closing the window would ask about the unsaved address)
