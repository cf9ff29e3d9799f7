"""The card keeps a name in the order it is written ("Nagy Péter", 山田太郎) while its parts
are edited, and its Display name field says what is shown when it is left empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from netdesk.core.types import Contact
from netdesk.ui.card_names import followed
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow


def retype(edit: QLineEdit, text: str) -> None:
    """What selecting a field's text and typing ``text`` over it does (insert() as typing:
    QTest cannot type "é" or 花)."""
    edit.setFocus()
    edit.selectAll()
    edit.insert(text)


def opened(window: MainWindow, context: AppContext, contact: Contact) -> int:
    contact_id = context.core.contacts.create(contact)
    context.changes.contacts_changed.emit(None)
    window.open_contact(contact_id)
    QApplication.processEvents()
    assert window.card.contact_id() == contact_id
    return contact_id


@pytest.mark.parametrize(
    ("given", "family", "written", "field", "typed", "shown"),
    [
        ("Peter", "Nagy", "Nagy Peter", "given_name", "Péter", "Nagy Péter"),
        ("Péter", "Nagi", "Nagi Péter", "family_name", "Nagy", "Nagy Péter"),
        ("太郎", "山田", "山田太郎", "given_name", "花子", "山田花子"),
        ("太郎", "山田", "山田 太郎", "given_name", "花子", "山田 花子"),
        ("Minh", "Nguyen", "Nguyen Minh", "given_name", "Anh", "Nguyen Anh"),
    ],
)
def test_editing_a_name_written_family_first_keeps_its_order(
    main_window: MainWindow,
    app_context: AppContext,
    given: str,
    family: str,
    written: str,
    field: str,
    typed: str,
    shown: str,
) -> None:
    """The display name stayed as loaded: "Nagy Peter" no longer matched the parts once the
    given name read "Péter", and the card and list showed "Péter Nagy" (a CJK name's stale
    FN went out in every export)."""
    contact_id = opened(
        main_window,
        app_context,
        Contact(given_name=given, family_name=family, formatted_name=written),
    )
    card = main_window.card
    assert card.title_label.text() == written
    retype(getattr(card, field), typed)
    assert card.title_label.text() == shown  # as typed, before Save
    assert card.formatted_name.text() == shown
    assert card.save()
    stored = app_context.core.contacts.get(contact_id)
    assert stored is not None
    assert (stored.formatted_name, stored.display_name) == (shown, shown)
    assert card.title_label.text() == shown
    assert not card.dirty


def test_a_display_name_of_its_own_is_left_as_typed(
    main_window: MainWindow, app_context: AppContext
) -> None:
    contact_id = opened(
        main_window,
        app_context,
        Contact(given_name="Peter", family_name="Nagy", formatted_name="Uncle Pete"),
    )
    retype(main_window.card.given_name, "Péter")
    assert main_window.card.formatted_name.text() == "Uncle Pete"
    assert main_window.card.save()
    stored = app_context.core.contacts.get(contact_id)
    assert stored is not None
    assert (stored.formatted_name, stored.display_name) == ("Uncle Pete", "Péter Nagy")


def test_a_display_name_made_of_the_parts_follows_them(
    main_window: MainWindow, app_context: AppContext
) -> None:
    """Every imported vCard's FN repeats its N: after a typo fixed, it was left stale."""
    contact_id = opened(
        main_window,
        app_context,
        Contact(given_name="Peter", family_name="Nagy", formatted_name="Peter Nagy"),
    )
    retype(main_window.card.given_name, "Pete")
    assert main_window.card.save()
    stored = app_context.core.contacts.get(contact_id)
    assert stored is not None
    assert (stored.formatted_name, stored.display_name) == ("Pete Nagy", "Pete Nagy")


NAGY = ("", "Péter", "", "Nagy", "")


@pytest.mark.parametrize(
    ("written", "old", "new", "expected"),
    [
        ("Nagy Péter", NAGY, ("", "Péter", "", "", ""), "Péter"),  # a part emptied leaves it
        # a part added goes beside its neighbour in the usual order; a prefix first, a
        # suffix last
        ("Nagy Péter", NAGY, ("Dr.", "Péter", "", "Nagy", ""), "Dr. Nagy Péter"),
        ("Nagy Péter", NAGY, ("", "Péter", "Pál", "Nagy", ""), "Nagy Péter Pál"),
        ("Nagy Péter", NAGY, ("", "Péter", "", "Nagy", "Jr."), "Nagy Péter Jr."),
        ("山田太郎", ("", "太郎", "", "山田", ""), ("", "太郎", "一", "山田", ""), "山田太郎一"),
        # one part written alone: a part added goes beside it with a space
        ("Jr.", ("", "", "", "", "Jr."), ("", "Pal", "", "", "Jr."), "Pal Jr."),
        ("Uncle Pete", ("", "Peter", "", "", ""), ("", "Pete", "", "", ""), None),
        ("", ("", "Peter", "", "", ""), ("", "Pete", "", "", ""), None),
    ],
)
def test_followed_keeps_the_written_order(
    written: str, old: tuple[str, ...], new: tuple[str, ...], expected: str | None
) -> None:
    assert followed(written, old, new) == expected


@pytest.mark.parametrize(
    ("contact", "placeholder"),
    [
        (Contact(given_name="Péter", family_name="Nagy"), "Left empty, shown as “Péter Nagy”"),
        (Contact(given_name="太郎", family_name="山田"), "Left empty, shown as “山田太郎”"),
        (
            Contact(organization="Acme"),
            "Left empty, the nickname, organization, e-mail or phone is shown",
        ),
    ],
)
def test_the_display_names_placeholder_says_what_is_shown_when_it_is_empty(
    main_window: MainWindow, app_context: AppContext, contact: Contact, placeholder: str
) -> None:
    """It read "Used when there is no given/family name", while a display name that writes
    the parts in another order ("Nagy Péter") is what the card and list show."""
    opened(main_window, app_context, contact)
    card = main_window.card
    assert card.formatted_name.placeholderText() == placeholder
    assert "Nagy Péter" in card.formatted_name.toolTip()


def test_the_placeholder_follows_the_name_typed(
    main_window: MainWindow, app_context: AppContext
) -> None:
    opened(main_window, app_context, Contact(given_name="Peter", family_name="Nagy"))
    card = main_window.card
    retype(card.given_name, "Péter")
    assert card.formatted_name.placeholderText() == "Left empty, shown as “Péter Nagy”"
    assert card.formatted_name.text() == ""  # no display name of its own: none is made up
    main_window.new_contact()
    assert card.formatted_name.placeholderText() == (
        "Left empty, the nickname, organization, e-mail or phone is shown"
    )


def test_a_part_typed_again_from_empty_keeps_its_place(
    main_window: MainWindow, app_context: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Backspaced to nothing and typed anew, the given name went first: the name written
    "Nagy" alone was taken for the parts' own, and "Nagy Péter" became "Pal Nagy"."""
    contact_id = opened(
        main_window,
        app_context,
        Contact(given_name="Peter", family_name="Nagy", formatted_name="Nagy Peter"),
    )
    card = main_window.card
    card.given_name.setFocus()
    card.given_name.end(False)
    for _ in "Peter":
        qtbot.keyClick(card.given_name, Qt.Key.Key_Backspace)
    assert card.formatted_name.text() == "Nagy"
    qtbot.keyClicks(card.given_name, "Pal")
    assert (card.formatted_name.text(), card.title_label.text()) == ("Nagy Pal", "Nagy Pal")
    for _ in "Pal":
        qtbot.keyClick(card.given_name, Qt.Key.Key_Backspace)
    qtbot.keyClicks(card.given_name, "Peter")  # as loaded again: as it was written
    assert card.formatted_name.text() == "Nagy Peter"
    assert not card.dirty or card.save()
    stored = app_context.core.contacts.get(contact_id)
    assert stored is not None
    assert stored.display_name == "Nagy Peter"


def test_a_display_name_typed_is_what_the_parts_follow_next(
    main_window: MainWindow, app_context: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    opened(main_window, app_context, Contact(given_name="Peter", family_name="Nagy"))
    card = main_window.card
    card.more_names.setChecked(True)
    qtbot.keyClicks(card.formatted_name, "Nagy Peter")
    retype(card.given_name, "Pal")
    assert card.formatted_name.text() == "Nagy Pal"
