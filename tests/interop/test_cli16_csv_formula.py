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
