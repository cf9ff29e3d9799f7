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
    saved = card.save()
    row = card.emails.rows[0]
    shown = (row.problem.isHidden(), row.problem.text(), card.problem_label.text())
    card.revert()  # first: closing the window would ask about the unsaved address
    # it names the field and says what is wrong (it said "“aaaa…” is not an e-mail address
    # (expected name@example.org)", as for a typo, of an address written as one)
    said = "The part of the e-mail address before the @ is longer than 64 characters."
    assert not saved
    assert shown == (False, said, f"Not saved: {said}")
    stored = app_context.core.contacts.get(ana)
    assert stored is not None and [e.value for e in stored.emails] == ["ana@example.org"]


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("a" * 65 + "@example.org", "The part of the e-mail address before the @ is longer than "
         "64 characters."),
        (f"{LONGEST_LOCAL}@{LONGEST_DOMAIN}x", "The e-mail address is longer than 254 characters."),
        ("ana@" + "b" * 300 + ".org", "The e-mail address is longer than 254 characters."),
        ("ana(at)example.org", "“ana(at)example.org” is not an e-mail address (expected "
         "name@example.org)."),
        ("a" * 300, "“" + "a" * 300 + "” is not an e-mail address (expected name@example.org)."),
    ],
)  # fmt: skip
def test_the_message_says_what_is_wrong(qapp, address: str, said: str) -> None:  # type: ignore[no-untyped-def]
    from netdesk.ui.card_fields import email_problem

    assert email_problem(address) == said
