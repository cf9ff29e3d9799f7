"""netdesk-cli's line output: one contact or follow-up a line, whatever their text holds."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact, EmailAddress
from tests.test_cli_commands import run_command


def test_a_line_break_in_a_company_or_a_note_keeps_each_item_on_its_line(
    core: Core, capsys: pytest.CaptureFixture[str]
) -> None:
    """A company imported as "Acme\\nBoard member" or a follow-up noted "1. call\\n2. mail"
    ran onto a line of its own, which a script reading `search` or `due` (each line an id
    first) took for another item: "2. mail" as follow-up 2."""
    nora = core.contacts.create(
        Contact(
            given_name="Nora",
            family_name="Line",
            organization="Acme\nBoard member",
            emails=[EmailAddress("nora@x.org")],
        )
    )
    run_command(
        core, capsys, "followup", str(nora), "--due", "2020-01-01", "--note", "1. call\n2. mail"
    )
    found = run_command(core, capsys, "search", "nora")
    assert found.splitlines() == [f"{nora:>6}  Nora Line (Acme Board member) <nora@x.org>"]
    [due] = run_command(core, capsys, "due").splitlines()
    assert due.startswith(f"{int(due.split()[0]):>6}  2020-01-01  Nora Line  1. call 2. mail")
    shown = run_command(core, capsys, "show", str(nora)).splitlines()
    assert shown[0] == f"{nora:>6}  Nora Line (Acme Board member) <nora@x.org>"
    assert "    2020-01-01  1. call 2. mail" in shown
    core.journal.log([nora], "call", "Called\nabout the deck", at=dt.datetime(2020, 1, 2, 9, 0))
    assert (
        "    2020-01-02 09:00  call  Called about the deck"
        in run_command(core, capsys, "show", str(nora)).splitlines()
    )
