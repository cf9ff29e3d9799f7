"""Find duplicates: one Gmail mailbox written in other ways by two address books (Gmail reads
no dots, and nothing after a "+")."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.duplicates import find_duplicates
from netdesk.core.types import Contact, EmailAddress


def _with(address: str, **names: str) -> Contact:
    return Contact(emails=[EmailAddress(address)], **names)  # type: ignore[arg-type]


def test_one_gmail_mailbox_written_otherwise_is_a_shared_email(core: Core) -> None:
    add = core.contacts.create
    google = add(_with("Ana.Ruiz@gmail.com", given_name="Ana", family_name="Ruiz"))
    phone = add(_with("anaruiz@gmail.com", formatted_name="Mi Ana"))
    work = add(_with("ana.ruiz+work@googlemail.com", formatted_name="A R (work)"))
    again = add(_with("ana.ruiz@gmail.com", formatted_name="Ruiz"))  # as Google writes it
    add(_with("anaruiz@yahoo.com", formatted_name="Someone"))  # another provider's rules
    add(_with("luis.ruiz@gmail.com", given_name="Luis", family_name="Ruiz"))  # another box
    pairs = {(p.keep_id, p.other_id): p.reasons for p in find_duplicates(core)}
    written = "same email: ana.ruiz@gmail.com"
    assert pairs == {
        (google, phone): [written],
        (google, work): [written],
        (google, again): [written],  # once, though both boxes' ways say it
        (phone, work): ["same email: anaruiz@gmail.com"],
        (phone, again): ["same email: anaruiz@gmail.com"],
        (work, again): ["same email: ana.ruiz+work@googlemail.com"],
    }


def test_a_familys_gmail_box_is_no_pair(core: Core) -> None:
    core.contacts.create(_with("ruizfamily@gmail.com", given_name="Ana", family_name="Ruiz"))
    core.contacts.create(_with("ruiz.family@gmail.com", given_name="Luis", family_name="Ruiz"))
    assert find_duplicates(core) == []
