"""A CSV export's cells that start with an apostrophe come back as they were written."""

from __future__ import annotations

from pathlib import Path

from netdesk.core import Core
from netdesk.core.exporting import export_contacts
from netdesk.core.importing import import_files
from netdesk.core.types import Contact, EmailAddress


def test_text_starting_with_an_apostrophe_and_a_sign_survives_a_csv_round_trip(
    core: Core, tmp_path: Path
) -> None:
    """ "'+1 for this idea" was written as it is, and the reader, taking the apostrophe for
    the one the export puts before a formula, gave back "+1 for this idea"."""
    written = Contact(
        given_name="Ana",
        family_name="Gil",
        nickname="'- call me Ani",
        notes="'+1 for this idea",
        met_at="'-) at the bar",
        emails=[EmailAddress("ana@example.org")],
    )
    original = core.contacts.create(written)
    out = tmp_path / "contacts.csv"
    assert export_contacts(core, out, fmt="csv") == 1
    core.contacts.delete([original])
    summary = import_files(core, [str(out)])
    assert summary.problems == []
    back = core.contacts.get(summary.contact_ids[0])
    assert back is not None
    assert (back.nickname, back.notes, back.met_at) == (
        "'- call me Ani",
        "'+1 for this idea",
        "'-) at the bar",
    )


def test_tags_named_as_googles_own_groups_survive_a_csv_round_trip(
    core: Core, tmp_path: Path
) -> None:
    """A tag "Starred" or "myContacts" was written among the labels ("* myContacts :::
    Starred") and dropped on the way back as Google's own group, which Google marks "* "."""
    original = core.contacts.create(
        Contact(
            given_name="Ana",
            tags=["Starred", "myContacts", "Friends"],
            emails=[EmailAddress("ana@example.org")],
        )
    )
    out = tmp_path / "contacts.csv"
    assert export_contacts(core, out, fmt="csv") == 1
    core.contacts.delete([original])
    summary = import_files(core, [str(out)])
    back = core.contacts.get(summary.contact_ids[0])
    assert back is not None
    assert set(back.tags) == {"Friends", "myContacts", "Starred"}


def test_googles_own_groups_are_still_no_tags(tmp_path: Path) -> None:
    from netdesk.interop.csvfile import read_csv_file

    path = tmp_path / "google.csv"
    path.write_text(
        "First Name,Last Name,Labels,E-mail 1 - Value\n"
        "Ana,Gil,* myContacts ::: * starred ::: Friends,ana@example.org\n"
        "Bo,Lee,myContacts;starred;Family,bo@example.org\n",
        encoding="utf-8",
    )
    assert [card.contact.tags for card in read_csv_file(path).cards] == [["Friends"], ["Family"]]
