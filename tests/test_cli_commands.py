"""netdesk-cli's record commands run in this process over the `core` fixture (its clock)."""

from __future__ import annotations

import json

import pytest

from netdesk.cli_args import build_parser
from netdesk.cli_files import FileCommands
from netdesk.core import Core
from netdesk.core.types import Contact, EmailAddress
from netdesk.store.models import db


def run_command(core: Core, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The command's stdout; it must succeed."""
    args = build_parser().parse_args(list(argv))
    assert getattr(FileCommands(core, args.json), f"cmd_{args.command}")(args) == 0
    return capsys.readouterr().out


def test_search_reads_its_matches_in_a_few_queries_not_a_few_per_contact(
    core: Core, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each match was read on its own (nine queries a contact): 1,000 matches of the
    100,000-contact benchmark took 18 s to list."""
    for number in range(300):
        core.contacts.create(
            Contact(
                given_name=f"Zed{number:03}",
                family_name="Gil",
                emails=[EmailAddress(f"zed{number}@gil.example")],
                tags=["mentors"],
            )
        )
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        found = json.loads(run_command(core, capsys, "--json", "search", "gil", "--limit", "300"))
    finally:
        db.connection().set_trace_callback(None)
    assert len(found) == 300
    assert found[0]["emails"] and found[0]["tags"] == ["mentors"]  # whole contacts still
    ours = [sql for sql in statements if not sql.startswith("--")]  # not FTS5's own reads
    assert len(ours) < 30, len(ours)
