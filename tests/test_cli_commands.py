"""netdesk-cli's record commands run in this process over the `core` fixture (its clock)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from netdesk.cli_args import build_parser
from netdesk.cli_files import FileCommands
from netdesk.core import Core
from netdesk.core.clock import FixedClock
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


def test_a_due_time_after_a_lowercase_t_is_kept(
    core: Core, capsys: pytest.CaptureFixture[str]
) -> None:
    """ISO allows any separator before the time: "2026-06-01t10:00" was read as the date
    alone, and the follow-up lost its time."""
    ana = core.contacts.create(Contact(given_name="Ana"))
    run_command(core, capsys, "followup", str(ana), "--due", "2026-06-01t10:00")
    run_command(core, capsys, "followup", str(ana), "--due", "2026-06-02 11:30")
    run_command(core, capsys, "followup", str(ana), "--due", "20260603")
    items = core.follow_ups.of_contact(ana)
    assert [(i.due.isoformat(), i.has_time) for i in items] == [
        ("2026-06-01T10:00:00", True),
        ("2026-06-02T11:30:00", True),
        ("2026-06-03T00:00:00", False),
    ]


def test_due_at_a_date_lists_what_falls_due_by_the_end_of_that_day(
    core: Core, capsys: pytest.CaptureFixture[str]
) -> None:
    """`due --at 2026-06-01` meant its midnight: a follow-up at 10:00 that day was left out."""
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, dt.datetime(2026, 6, 1, 10, 0), "Call at ten")
    core.follow_ups.add(ana, dt.datetime(2026, 6, 2), "Next day", has_time=False)
    listed = json.loads(run_command(core, capsys, "--json", "due", "--at", "2026-06-01"))
    assert [i["note"] for i in listed] == ["Call at ten"]
    at_nine = json.loads(run_command(core, capsys, "--json", "due", "--at", "2026-06-01T09:00"))
    assert at_nine == []


def test_now_today_tomorrow_and_yesterday_are_read_against_the_clock(
    core: Core, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    ana = core.contacts.create(Contact(given_name="Ana"))
    run_command(core, capsys, "followup", str(ana), "--due", "Tomorrow", "--note", "Deck")
    (item,) = core.follow_ups.of_contact(ana)
    assert (item.due, item.has_time) == (dt.datetime(2026, 3, 3), False)
    run_command(
        core, capsys, "log", str(ana), "--kind", "call", "--summary", "x", "--at", "yesterday"
    )
    run_command(core, capsys, "log", str(ana), "--kind", "call", "--summary", "y", "--at", "now")
    logged = sorted(i.occurred_at for i in core.journal.for_contact(ana))
    assert logged == [dt.datetime(2026, 3, 1), clock.now()]
    core.follow_ups.add(ana, clock.now() + dt.timedelta(hours=6), "This afternoon")
    due_today = json.loads(run_command(core, capsys, "--json", "due", "--at", "today"))
    assert [i["note"] for i in due_today] == ["This afternoon"]
    assert json.loads(run_command(core, capsys, "--json", "due")) == []  # now: 09:00


def test_a_date_that_is_none_of_those_is_a_usage_error_saying_what_is(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["due", "--at", "next friday"])
    assert exited.value.code == 2
    assert capsys.readouterr().err == (
        "netdesk-cli due: error: argument --at: not a date: 'next friday' (YYYY-MM-DD, "
        "YYYY-MM-DDTHH:MM, now, today, tomorrow or yesterday)\n"
    )


def test_add_splits_titles_and_suffixes_off_the_name_or_takes_the_parts_given(
    core: Core, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Dr. Martin Luther King Jr. III" was filed under the family name "III"."""
    king = int(run_command(core, capsys, "add", "--name", "Dr. Martin Luther King Jr. III"))
    stored = core.contacts.get(king)
    assert stored is not None
    assert (stored.prefix, stored.given_name, stored.family_name, stored.suffix) == (
        "Dr.",
        "Martin Luther",
        "King",
        "Jr. III",
    )
    maria = int(
        run_command(core, capsys, "add", "--given", " María José", "--family", "García López")
    )
    stored = core.contacts.get(maria)
    assert stored is not None
    assert (stored.given_name, stored.family_name) == ("María José", "García López")
    assert stored.display_name == "María José García López"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["add"], "the contact's name is required: --name NAME"),
        (["add", "--name", "Ana Gil", "--family", "Gil"], "give --name, or --given and --family"),
    ],
)
def test_add_needs_a_name_or_its_parts_not_both(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from netdesk.cli_args import parse_args

    with pytest.raises(SystemExit) as exited:
        parse_args(argv)
    assert exited.value.code == 2
    assert capsys.readouterr().err.startswith(f"netdesk-cli add: error: {message}")


def test_due_says_keep_in_touch_once(core: Core, capsys: pytest.CaptureFixture[str]) -> None:
    """Every keep-in-touch line read "Keep in touch  (keep in touch)"."""
    core.contacts.create(Contact(given_name="Ana", family_name="Gil", keep_in_touch_days=7))
    bo = core.contacts.create(Contact(given_name="Bo"))
    deck = core.follow_ups.add(bo, dt.datetime(2026, 3, 5), "Send the deck", has_time=False)
    listed = run_command(core, capsys, "due", "--at", "2026-03-10")
    assert [line.strip().split("  ", 1)[1] for line in listed.splitlines()] == [
        "2026-03-05  Bo  Send the deck",
        "2026-03-09  Ana Gil  Keep in touch",
    ]
    assert listed.splitlines()[0] == f"{deck:>6}  2026-03-05  Bo  Send the deck"


def test_add_says_who_has_the_same_e_mail_already(
    core: Core, capsys: pytest.CaptureFixture[str]
) -> None:
    """A script run twice added everyone twice without a word."""
    ana = core.contacts.create(Contact(given_name="Ana", emails=[EmailAddress("ana@acme.es")]))
    core.contacts.set_archived([ana], True)
    args = build_parser().parse_args(["add", "--name", "Ana Muñoz", "--email", "ANA@acme.es"])
    assert FileCommands(core, False).cmd_add(args) == 0
    said = capsys.readouterr()
    assert said.out == f"{ana + 1}\n"  # added all the same: stdout is only its id
    assert said.err == f"netdesk-cli: Ana ({ana}) has the e-mail ANA@acme.es too\n"
    args = build_parser().parse_args(["add", "--name", "Bo", "--email", "bo@acme.es"])
    assert FileCommands(core, False).cmd_add(args) == 0
    assert capsys.readouterr().err == ""


def test_an_e_mail_add_refuses_is_named_by_its_option(core: Core) -> None:
    from netdesk.cli_output import CliError

    args = build_parser().parse_args(["add", "--name", "Bo", "--email", "bo.acme.es"])
    with pytest.raises(CliError) as refused:
        FileCommands(core, False).cmd_add(args)
    assert str(refused.value) == (
        "--email 'bo.acme.es' is not an e-mail address (expected name@example.org)."
    )


def test_netdesk_cli_alone_says_where_the_commands_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """It said "the following arguments are required: COMMAND", and no more."""
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args([])
    assert exited.value.code == 2
    assert capsys.readouterr().err == (
        "netdesk-cli: error: a command is required; netdesk-cli --help lists them\n"
    )


def test_show_tells_the_notes_open_follow_ups_and_latest_journal(
    core: Core, capsys: pytest.CaptureFixture[str]
) -> None:
    """show said who and how they were met, but not the notes, what is next nor what was
    said last: `netdesk-cli show 12` before a call told nothing of the last one."""
    ana = core.contacts.create(
        Contact(given_name="Ana", family_name="Gil", notes="Two kids.\nRuns marathons.")
    )
    for day in (1, 2, 3):
        core.journal.log([ana], "call", f"Call {day}", at=dt.datetime(2026, 2, day, 10, 0))
    core.follow_ups.add(ana, dt.datetime(2026, 3, 9), "Send the deck", has_time=False)
    text = run_command(core, capsys, "show", str(ana), "--journal", "2")
    assert text.splitlines()[-7:] == [
        "  notes: Two kids.",
        "    Runs marathons.",
        "  follow-ups:",
        "    2026-03-09  Send the deck",
        "  journal (latest 2):",
        "    2026-02-03 10:00  call  Call 3",
        "    2026-02-02 10:00  call  Call 2",
    ]
    shown = json.loads(run_command(core, capsys, "--json", "show", str(ana)))
    assert shown["notes"] == "Two kids.\nRuns marathons."
    assert [(f["due"], f["note"]) for f in shown["follow_ups"]] == [("2026-03-09", "Send the deck")]
    assert [(i["at"], i["summary"]) for i in shown["journal"]] == [
        ("2026-02-03T10:00:00", "Call 3"),
        ("2026-02-02T10:00:00", "Call 2"),
        ("2026-02-01T10:00:00", "Call 1"),
    ]


def test_log_in_the_future_is_kept_and_said(core: Core, capsys: pytest.CaptureFixture[str]) -> None:
    """--at 2062-03-02 for 2026-03-02 held Ana's keep-in-touch reminders back for 36 years
    without a word (the app's dialog asks once)."""
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    argv = ["log", str(ana), "--kind", "call", "--summary", "x", "--at", "2062-03-02T10:00"]
    args = build_parser().parse_args(argv)
    assert FileCommands(core, False).cmd_log(args) == 0
    assert capsys.readouterr().err == (
        "netdesk-cli: logged for 2062-03-02 10:00, in the future: until then it counts as the "
        "last talk, and keep-in-touch reminders wait for it\n"
    )
    args = build_parser().parse_args(["log", str(ana), "--kind", "call", "--summary", "y"])
    assert FileCommands(core, False).cmd_log(args) == 0
    assert capsys.readouterr().err == ""
    args = build_parser().parse_args(
        ["log", str(ana), "--kind", "call", "--summary", "z", "--at", "2026-03-03T08:00"]
    )
    assert FileCommands(core, False).cmd_log(args) == 0
    assert capsys.readouterr().err == ""  # tomorrow morning: within the day allowed


def test_done_closes_a_follow_up_and_logs_it_as_today_does(
    core: Core, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """`due` listed what was due, but nothing on the command line could say it was done."""
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=7))
    deck = core.follow_ups.add(ana, dt.datetime(2026, 3, 1), "Send the deck", has_time=False)
    logged = int(run_command(core, capsys, "done", str(deck)))
    entry = core.journal.get(logged)
    assert entry is not None
    assert (entry.summary, entry.kind, entry.occurred_at) == ("Send the deck", "call", clock.now())
    (rhythm,) = core.follow_ups.of_contact(ana)  # the deck is closed; the logged talk
    assert rhythm.from_cadence and rhythm.due == dt.datetime(2026, 3, 9)  # restarted the rhythm
    clock.advance(days=8)
    run_command(core, capsys, "done", str(rhythm.id), "--summary", "Coffee", "--kind", "meeting")
    assert core.journal.for_contact(ana)[0].summary == "Coffee"
    assert core.follow_ups.of_contact(ana)[0].due == dt.datetime(2026, 3, 17)


@pytest.mark.parametrize("which", ["closed", "missing", "not due"])
def test_done_refuses_what_is_not_open_and_due(
    core: Core, which: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second `done` on a keep-in-touch item (the same id, a cycle later) logged a
    second talk."""
    from netdesk.cli_output import CliError

    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=7))
    deck = core.follow_ups.add(ana, dt.datetime(2026, 3, 1), "Send the deck", has_time=False)
    core.follow_ups.mark_done(deck)
    (rhythm,) = core.follow_ups.of_contact(ana)
    target = {"closed": deck, "missing": 999, "not due": rhythm.id}[which]
    args = build_parser().parse_args(["done", str(target)])
    with pytest.raises(CliError) as refused:
        FileCommands(core, False).cmd_done(args)
    assert str(refused.value) == (
        "keeping in touch with Ana is not due until 2026-03-09; a talk since is logged with "
        "netdesk-cli log"
        if which == "not due"
        else f"no open follow-up with id {target} (netdesk-cli due lists them)"
    )
    assert core.journal.for_contact(ana) == []


def test_out_takes_a_tilde_as_the_shell_would(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`--out=~/contacts.vcf` (no shell expands a ~ after "=") wrote into a folder named ~."""
    monkeypatch.setenv("HOME", str(tmp_path))
    export = build_parser().parse_args(["export", "--out=~/contacts.vcf"])
    assert export.out == str(tmp_path / "contacts.vcf")
    backup = build_parser().parse_args(["backup", "--out=~/saved.sqlite3"])
    assert backup.out == str(tmp_path / "saved.sqlite3")
    assert build_parser().parse_args(["export", "--out", "-"]).out == "-"


def test_export_to_a_tsv_name_is_refused_rather_than_written_with_commas(
    core: Core, tmp_path: Path
) -> None:
    """contacts.tsv was written comma-separated: a spreadsheet opening it by its name split
    at tabs and showed each row in one cell."""
    from netdesk.cli_output import CliError

    core.contacts.create(Contact(given_name="Ana"))
    out = tmp_path / "contacts.tsv"
    args = build_parser().parse_args(["export", "--out", str(out)])
    with pytest.raises(CliError) as refused:
        FileCommands(core, False).cmd_export(args)
    assert str(refused.value) == (
        f"{out}: netdesk writes CSV with commas, not tabs; name the file .csv (or give "
        "--format csv)"
    )
    assert not out.exists()
    args = build_parser().parse_args(["export", "--out", str(out), "--format", "csv"])
    assert FileCommands(core, False).cmd_export(args) == 0  # asked for by name
    assert out.read_text(encoding="utf-8-sig").startswith("First Name,")
