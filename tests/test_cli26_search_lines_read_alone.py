"""Text `search` reads only what its lines print (id, name, organization, first e-mail): it
loaded whole contacts (phones, addresses, tags... seven queries a chunk), 1.6 s of CPU for the
44,717 matches of "e" on the benchmark database, ~0.6 s now. --json still lists whole ones."""

from __future__ import annotations

import json

import pytest

from netdesk.cli import build_parser
from netdesk.cli_files import FileCommands
from netdesk.core import Core
from netdesk.core.types import Contact, EmailAddress, PhoneNumber
from netdesk.store.database import db


def _search(core: Core, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[str, list[str]]:
    """What the command printed, and the statements it ran."""
    args = build_parser().parse_args(list(argv))
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        assert FileCommands(core, args.json).cmd_search(args) == 0
    finally:
        db.connection().set_trace_callback(None)
    return capsys.readouterr().out, statements


def test_text_search_reads_no_more_than_its_lines(
    core: Core, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = set()
    for number in range(30):
        added = core.contacts.create(
            Contact(
                given_name=f"Zed{number:02}", family_name="Gil", organization="Acme",
                emails=[EmailAddress(f"zed{number}@gil.example"), EmailAddress("x@y.org")],
                phones=[PhoneNumber("+34 612 34 56 78")], tags=["mentors"],
            )
        )  # fmt: skip
        expected.add(f"{added:>6}  Zed{number:02} Gil (Acme) <zed{number}@gil.example>")
    printed, statements = _search(core, capsys, "search", "gil", "--limit", "30")
    assert set(printed.splitlines()) == expected and len(printed.splitlines()) == 30
    read = " ".join(statements).casefold()
    assert "from phone" not in read and "contact_tag" not in read  # nothing a line leaves out
    shown = json.loads(_search(core, capsys, "--json", "search", "gil", "--limit", "30")[0])
    assert shown[0]["phones"] == ["+34612345678"] and shown[0]["tags"] == ["mentors"]
