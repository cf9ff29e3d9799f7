"""A phone number edited or removed on the card is stored so: the old one does not come back."""

from __future__ import annotations

import pytest

from netdesk.core.types import EmailAddress, PhoneNumber
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LONDON, LONDON_NEW, MADRID = "+44 20 7946 0000", "+44 20 7946 0001", "+34 600 123 456"


def _open(main_window: MainWindow, app_context: AppContext, person) -> int:  # type: ignore[no-untyped-def]
    ana = person(
        "Ana", "García", phones=[PhoneNumber(LONDON, "work"), PhoneNumber(MADRID, "mobile")]
    )
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    return int(ana)


def _stored(app_context: AppContext, ana: int) -> list[str]:
    stored = app_context.core.contacts.get(ana)
    assert stored is not None
    return [phone.raw for phone in stored.phones]


def test_a_number_edited_replaces_the_old_one(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """The card's own reading of the phones (no E.164 form) against the stored ones (with
    it) looked like a change made elsewhere, which Save merged back: the old number was kept
    beside the new one."""
    ana = _open(main_window, app_context, person)
    card = main_window.card
    card.phones.rows[0].edit.setText(LONDON_NEW)
    card._mark_dirty()
    assert card.save()
    assert _stored(app_context, ana) == [LONDON_NEW, MADRID]
    assert [row.edit.text() for row in card.phones.rows] == [LONDON_NEW, MADRID]


def test_a_number_removed_stays_removed(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = _open(main_window, app_context, person)
    card = main_window.card
    card.phones.rows[0].remove_button.click()
    assert card.save()
    assert _stored(app_context, ana) == [MADRID]


def test_a_number_added_goes_last_as_on_the_card(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """It went first, before the numbers the contact had (the first is the one exports and
    other programs show first)."""
    ana = _open(main_window, app_context, person)
    card = main_window.card
    card.phones._add_clicked()
    card.phones.rows[-1].edit.setText("+33 6 12 34 56 78")
    card._mark_dirty()
    assert card.save()
    assert _stored(app_context, ana) == [LONDON, MADRID, "+33 6 12 34 56 78"]


def test_a_number_added_elsewhere_meanwhile_is_still_kept(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """What the rebase is for: an import added a number while the card had unsaved edits."""
    ana = _open(main_window, app_context, person)
    card = main_window.card
    card.phones.rows[0].edit.setText(LONDON_NEW)
    card._mark_dirty()
    contacts = app_context.core.contacts
    elsewhere = contacts.get(ana)
    assert elsewhere is not None
    elsewhere.phones.append(PhoneNumber("+49 30 123456", "home"))
    contacts.update(elsewhere)
    assert card.save()
    assert _stored(app_context, ana) == [LONDON_NEW, MADRID, "+49 30 123456"]


@pytest.mark.parametrize(
    "first",
    [
        EmailAddress("ana@example.org", "Work"),  # the form reads the label 'work'
        EmailAddress(" ana@example.org ", "work"),  # and the address without its spaces
    ],
)
def test_an_e_mail_edited_replaces_the_old_one_whatever_the_label_was_written(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    first: EmailAddress,
) -> None:
    """An e-mail imported with the label 'Work' came back beside the one typed over it, and
    editing the second moved it to the end (the first is the one mail goes to)."""
    ana = person("Ana", "García", emails=[first, EmailAddress("ana@home.example", "home")])
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    card.emails.rows[1].edit.setText("ana@casa.example")
    card._mark_dirty()
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None
    assert [e.value.strip() for e in stored.emails] == ["ana@example.org", "ana@casa.example"]
    card.emails.rows[0].edit.setText("ana@acme.example")
    card._mark_dirty()
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None
    assert [e.value for e in stored.emails] == ["ana@acme.example", "ana@casa.example"]
