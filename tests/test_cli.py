"""netdesk-cli as a black box: real processes over a temporary data folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def ok(data_dir: Path, *args: str) -> str:
    result = run(data_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def archive(data_dir: Path, contact_id: int) -> None:
    """Archive one contact as the window does (the CLI has no command for it)."""
    from netdesk.core import Core
    from netdesk.core.paths import Paths

    core = Core.open(Paths(data_dir))
    core.contacts.set_archived([contact_id], True)
    core.close()


def test_add_show_search_log_followup_due_stats(tmp_data_dir: Path) -> None:
    ana = ok(
        tmp_data_dir,
        "add",
        "--name",
        "Ana Muñoz",
        "--email",
        "ana@acme.es",
        "--phone",
        "+34 612 34 56 78",
        "--org",
        "Acme",
        "--tag",
        "mentors",
        "--every",
        "30",
        "--met-on",
        "2023-05",
        "--met-at",
        "PyCon",
    ).strip()
    bob = ok(tmp_data_dir, "add", "--name", "Bob", "--met-through", ana).strip()
    shown = json.loads(ok(tmp_data_dir, "--json", "show", ana))
    assert shown["display_name"] == "Ana Muñoz"
    assert shown["emails"] == ["ana@acme.es"]
    assert shown["phones"] == ["+34612345678"]
    assert shown["tags"] == ["mentors"]
    assert shown["met_on"] == "2023-05"
    found = json.loads(ok(tmp_data_dir, "--json", "search", "munoz"))
    assert [c["id"] for c in found] == [int(ana)]
    assert {
        "id",
        "display_name",
        "organization",
        "emails",
        "phones",
        "tags",
        "last_interaction",
        "next_due",
    } <= set(found[0])
    ok(
        tmp_data_dir,
        "log",
        ana,
        bob,
        "--kind",
        "meeting",
        "--summary",
        "Lunch",
        "--at",
        "2026-01-10T13:00",
    )
    shown = json.loads(ok(tmp_data_dir, "--json", "show", ana))
    assert shown["last_interaction"] == "2026-01-10T13:00:00"
    assert shown["next_due"] == "2026-02-09T00:00:00"
    ok(tmp_data_dir, "followup", bob, "--due", "2026-02-01T10:00", "--note", "Send deck")
    due = json.loads(ok(tmp_data_dir, "--json", "due", "--at", "2026-02-10T00:00"))
    assert [(d["display_name"], d["from_cadence"]) for d in due] == [
        ("Bob", False),
        ("Ana Muñoz", True),
    ]
    assert due[0]["due"] == "2026-02-01T10:00:00"
    assert due[1]["due"] == "2026-02-09"
    assert {"contact_id", "display_name", "due", "note"} <= set(due[0])
    stats = json.loads(ok(tmp_data_dir, "--json", "stats"))
    # both items fell due in February 2026, before any "now" this test can run at
    assert stats == {"contacts": 2, "archived": 0, "interactions": 1, "due": 2, "tags": 1}
    assert "Lunch" not in ok(tmp_data_dir, "due", "--at", "2026-01-01")


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["add"],
        ["add", "--name", "X", "--every", "-3"],
        ["log", "1", "--kind", "telepathy", "--summary", "x"],
        ["due", "--at", "last tuesday"],
        ["search"],
    ],
)
def test_usage_errors_exit_2_with_one_line(tmp_data_dir: Path, args: list[str]) -> None:
    result = run(tmp_data_dir, *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["show", "42"],
        ["log", "42", "--kind", "call", "--summary", "x"],
        ["restore", "/nope.db"],
        ["followup", "7", "--due", "2026-01-01"],
    ],
)
def test_other_errors_exit_1_with_one_line(tmp_data_dir: Path, args: list[str]) -> None:
    result = run(tmp_data_dir, *args)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("netdesk-cli: error:")


def test_newer_database_is_a_one_line_error(tmp_data_dir: Path) -> None:
    import sqlite3

    with sqlite3.connect(tmp_data_dir / "netdesk.sqlite3") as connection:
        connection.execute("PRAGMA user_version = 999")
    result = run(tmp_data_dir, "stats")
    assert result.returncode == 1
    assert "newer netdesk" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_backup_and_restore(tmp_data_dir: Path, tmp_path: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Keep Me")
    saved = tmp_path / "saved.sqlite3"
    ok(tmp_data_dir, "backup", "--out", str(saved))
    ok(tmp_data_dir, "add", "--name", "Added Later")
    restored = json.loads(ok(tmp_data_dir, "--json", "restore", str(saved)))
    assert Path(restored["previous_saved_as"]).exists()
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 1
    auto = json.loads(ok(tmp_data_dir, "--json", "backup"))
    assert Path(auto["backup"]).parent == tmp_data_dir / "backups"


def test_env_variable_chooses_the_data_folder(tmp_path: Path) -> None:
    import os

    env = dict(os.environ, NETDESK_DATA_DIR=str(tmp_path / "via-env"))
    result = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "add", "--name", "Env"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "via-env" / "netdesk.sqlite3").exists()


VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Peña;Lucía;;;\r\nFN:Lucía Peña\r\nORG:Acme\r\n"
    "EMAIL;TYPE=WORK:lucia@acme.es\r\nTEL;TYPE=CELL:+34 612 000 111\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Brok"  # cut in its only name: not imported
)


def test_import_reports_counts_and_errors_and_is_idempotent(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    card = tmp_path / "people.vcf"
    card.write_text(VCARD, encoding="utf-8")
    first = json.loads(ok(tmp_data_dir, "--json", "import", str(card)))
    assert (first["new"], first["merged"], first["unchanged"]) == (1, 0, 0)
    assert len(first["problems"]) == 1
    problem = first["problems"][0]
    assert problem["file"].endswith("people.vcf")
    assert problem["line"] == 9  # where the truncated card begins
    assert problem["reason"]
    again = json.loads(ok(tmp_data_dir, "--json", "import", str(card)))
    assert (again["new"], again["merged"], again["unchanged"]) == (0, 0, 1)
    human = ok(tmp_data_dir, "import", str(card))
    assert human.startswith("0 new, 0 merged, 1 unchanged, 1 problem\n")
    assert "people.vcf:9" in human


def test_import_of_nothing_readable_exits_1(tmp_data_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.vcf"
    empty.write_bytes(b"")
    result = run(tmp_data_dir, "import", str(empty), str(tmp_path / "missing.vcf"))
    assert result.returncode == 1
    assert "empty.vcf" in result.stdout
    assert "missing.vcf" in result.stdout
    # the exit-1 contract: one line on stderr too, for scripts that only look there
    assert result.stderr.strip().splitlines() == ["netdesk-cli: error: nothing was imported"]
    assert "2 problems" in result.stdout


def test_import_of_a_pipe_or_device_is_refused_without_reading_it(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    import os

    pipe = tmp_path / "contacts.vcf"
    os.mkfifo(pipe)  # reading it would wait for a writer forever
    result = run(tmp_data_dir, "--json", "import", str(pipe), "/dev/zero")
    assert result.returncode == 1
    problems = json.loads(result.stdout)["problems"]
    assert [(p["file"], p["severity"]) for p in problems] == [
        (str(pipe), "error"),
        ("/dev/zero", "error"),
    ]
    assert all("not a regular file" in p["reason"] for p in problems)


def test_export_formats_and_tag(tmp_data_dir: Path, tmp_path: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Tagged", "--tag", "vip", "--email", "ana@x.es")
    ok(tmp_data_dir, "add", "--name", "Bob Plain")
    out4 = tmp_path / "all.vcf"
    assert json.loads(ok(tmp_data_dir, "--json", "export", "--out", str(out4)))["exported"] == 2
    assert "VERSION:4.0" in out4.read_text(encoding="utf-8")
    out3 = tmp_path / "vip.vcf"
    ok(tmp_data_dir, "export", "--out", str(out3), "--format", "vcard3", "--tag", "vip")
    text3 = out3.read_text(encoding="utf-8")
    assert "VERSION:3.0" in text3
    assert "Ana Tagged" in text3
    assert "Bob Plain" not in text3
    csv_out = tmp_path / "all.csv"
    ok(tmp_data_dir, "export", "--out", str(csv_out), "--format", "csv")
    assert "ana@x.es" in csv_out.read_text(encoding="utf-8")
    assert run(tmp_data_dir, "export", "--out", str(out3), "--tag", "nope").returncode == 1


def test_export_to_an_unwritable_place_names_the_file(tmp_data_dir: Path, tmp_path: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana")
    target = tmp_path / "no such folder" / "all.vcf"
    result = run(tmp_data_dir, "export", "--out", str(target))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"netdesk-cli: error: cannot write {target}: the folder {target.parent} does not exist"
    ]
    result = run(tmp_data_dir, "export", "--out", str(tmp_path))  # a folder, not a file
    assert result.returncode == 1
    assert ".part" not in result.stderr
    assert f"cannot write {tmp_path}: " in result.stderr


def test_demo_fills_an_empty_folder_once(tmp_data_dir: Path) -> None:
    created = json.loads(ok(tmp_data_dir, "--json", "demo", "--count", "40"))["created"]
    assert created == 40
    stats = json.loads(ok(tmp_data_dir, "--json", "stats"))
    assert stats["contacts"] + stats["archived"] == 40
    assert stats["interactions"] > 40
    again = run(tmp_data_dir, "demo")
    assert again.returncode == 1
    assert again.stderr.strip().splitlines() == [
        f"netdesk-cli: error: {tmp_data_dir} already holds 40 contacts; the demo fills only an"
        " empty data folder (give a new one with --data-dir)"
    ]


def test_import_of_an_unknown_csv_takes_its_columns_from_map(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    crm = tmp_path / "crm.csv"
    crm.write_text("Contact,Mail,Firm\nAna Gil,ana@x.org,ACME\n", encoding="utf-8")
    unmapped = run(tmp_data_dir, "import", str(crm))
    assert unmapped.returncode == 1
    assert "--map HEADER=FIELD" in unmapped.stdout  # not "choose", which only the app can ask
    result = json.loads(
        ok(tmp_data_dir, "--json", "import", str(crm), "--map", "Contact=full_name",
           "--map", "Mail=email", "--map", "Firm=organization")
    )  # fmt: skip
    assert (result["new"], result["problems"]) == (1, [])
    shown = ok(tmp_data_dir, "show", str(result["contact_ids"][0]))
    assert "Ana Gil" in shown and "ana@x.org" in shown and "ACME" in shown
    bad = run(tmp_data_dir, "import", str(crm), "--map", "Mail=mail")
    assert bad.returncode == 2
    assert "unknown field 'mail'" in bad.stderr
    # a column the file does not have (a typo, another case) is named, and nothing imported
    typo = run(tmp_data_dir, "import", str(crm), "--map", "mail=email", "--map", "Nope=notes")
    assert typo.returncode == 1
    assert typo.stderr.strip() == (
        f"netdesk-cli: error: --map names 'mail', 'Nope', not a column of {crm} "
        "(its columns: Contact, Mail, Firm)"
    )


def test_import_reads_an_unknown_csv_as_it_was_mapped_in_the_app(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    """The app remembers the columns it was told for a CSV; the command line used to say
    'unknown CSV layout' for the very file the app imports without asking."""
    from netdesk.ui import settings as s
    from netdesk.ui.csv_mapping import remember_mapping

    headers = ["Contact", "Mail", "Firm", "Remarks"]
    mapping = {"Contact": "full_name", "Mail": "email", "Firm": "organization"}
    mapping["Remarks"] = "ignore"

    class _Context:  # what remember_mapping uses of the app's context
        settings = s.Settings(tmp_data_dir / "settings.ini")

    remember_mapping(_Context(), headers, mapping)  # type: ignore[arg-type]
    crm = tmp_path / "crm.csv"
    crm.write_text("Contact,Mail,Firm,Remarks\nAna Gil,ana@x.org,ACME,skip me\n", encoding="utf-8")
    result = run(tmp_data_dir, "--json", "import", str(crm))
    assert result.returncode == 0, result.stdout + result.stderr
    imported = json.loads(result.stdout)
    assert (imported["new"], imported["problems"]) == (1, [])
    assert "crm.csv: reading its columns as they were mapped in netdesk" in result.stderr
    shown = json.loads(ok(tmp_data_dir, "--json", "show", str(imported["contact_ids"][0])))
    assert (shown["display_name"], shown["emails"], shown["organization"]) == (
        "Ana Gil",
        ["ana@x.org"],
        "ACME",
    )
    # --map still says it for this run
    other = tmp_path / "other.csv"
    other.write_text("Contact,Mail,Firm,Remarks\nBo Li,bo@x.org,Initech,x\n", encoding="utf-8")
    mapped = json.loads(
        ok(tmp_data_dir, "--json", "import", str(other), "--map", "Mail=email")
    )  # fmt: skip
    shown = json.loads(ok(tmp_data_dir, "--json", "show", str(mapped["contact_ids"][0])))
    assert (shown["display_name"], shown["organization"]) == ("bo@x.org", "")


def test_backup_goes_where_the_apps_preferences_say(tmp_data_dir: Path, tmp_path: Path) -> None:
    from netdesk.ui import settings as s

    elsewhere = tmp_path / "my backups"
    elsewhere.mkdir()  # Preferences chooses a folder that is there
    preferences = s.Settings(tmp_data_dir / "settings.ini")  # what Preferences writes
    preferences.set(s.BACKUP_FOLDER, str(elsewhere))
    preferences.set(s.BACKUPS_TO_KEEP, 3)
    ok(tmp_data_dir, "add", "--name", "Keep Me")
    made = Path(json.loads(ok(tmp_data_dir, "--json", "backup"))["backup"])
    assert made.parent == elsewhere
    assert not (tmp_data_dir / "backups").exists()


def test_backup_to_a_chosen_folder_that_is_gone_goes_to_the_default_one(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    """The chosen folder's drive unplugged: it was made again on the local disk, under the
    empty mount point, where the backup hid once the drive was back."""
    from netdesk.ui import settings as s

    gone = tmp_path / "usb" / "netdesk backups"
    s.Settings(tmp_data_dir / "settings.ini").set(s.BACKUP_FOLDER, str(gone))
    ok(tmp_data_dir, "add", "--name", "Keep Me")
    result = run(tmp_data_dir, "--json", "backup")
    assert result.returncode == 0, result.stderr
    made = Path(json.loads(result.stdout)["backup"])
    assert made.parent == tmp_data_dir / "backups"
    assert not gone.exists()
    assert str(gone) in result.stderr and "not there" in result.stderr


def test_due_says_when_more_are_due_than_it_lists(tmp_data_dir: Path) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana").strip()
    for day in ("2026-01-01", "2026-01-02", "2026-01-03"):
        ok(tmp_data_dir, "followup", ana, "--due", day, "--note", f"on {day}")
    result = run(tmp_data_dir, "--json", "due", "--at", "2026-02-01", "--limit", "2")
    assert result.returncode == 0, result.stderr
    assert [d["note"] for d in json.loads(result.stdout)] == ["on 2026-01-01", "on 2026-01-02"]
    assert result.stderr == "netdesk-cli: showing 2 of 3 due; --limit N shows more\n"
    assert run(tmp_data_dir, "due", "--at", "2026-02-01").stderr == ""  # all 3 shown


def test_due_gives_the_time_an_item_due_on_a_day_was_snoozed_to(tmp_data_dir: Path) -> None:
    """Snoozed "later today" (to 15:00), a keep-in-touch item was listed by its day alone."""
    import datetime as dt

    from netdesk.core import Core
    from netdesk.core.paths import Paths

    ana = ok(tmp_data_dir, "add", "--name", "Ana").strip()
    ok(tmp_data_dir, "followup", ana, "--due", "2026-01-05", "--note", "Call")
    core = Core.open(Paths(tmp_data_dir))
    try:
        (item,) = core.follow_ups.of_contact(int(ana))
        assert item.id is not None and not item.has_time
        core.follow_ups.snooze(item.id, dt.datetime(2026, 1, 5, 15, 0))
    finally:
        core.close()
    due = json.loads(ok(tmp_data_dir, "--json", "due", "--at", "2026-01-06"))
    assert [d["due"] for d in due] == ["2026-01-05T15:00:00"]


def test_search_says_when_there_are_more_and_finds_archived_on_request(tmp_data_dir: Path) -> None:
    for name in ("Ana Gil", "Ana Paz", "Ana Ros"):
        ok(tmp_data_dir, "add", "--name", name)
    result = run(tmp_data_dir, "search", "ana", "--limit", "2")
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr == "netdesk-cli: showing the first 2 matches; --limit N shows more\n"
    assert run(tmp_data_dir, "search", "ana", "--limit", "3").stderr == ""
    nobody = run(tmp_data_dir, "search", "nobody")  # exit code 1, as grep
    assert (nobody.returncode, nobody.stdout) == (1, "")  # no blank line for `wc -l` to count
    archive(tmp_data_dir, 1)
    assert "Ana Gil" not in run(tmp_data_dir, "search", "gil").stdout
    assert "Ana Gil" in ok(tmp_data_dir, "search", "gil", "--archived")


def test_json_and_data_dir_may_follow_the_command(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    result = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "stats", "--json", "--data-dir", str(tmp_data_dir)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert json.loads(result.stdout)["contacts"] == 1


def test_a_time_with_an_offset_is_stored_as_local_time(tmp_data_dir: Path) -> None:
    import os

    env = dict(os.environ, TZ="Europe/Madrid")  # UTC+1 in January
    ana = ok(tmp_data_dir, "add", "--name", "Ana").strip()
    logged = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(tmp_data_dir), "log", ana,
         "--kind", "call", "--summary", "x", "--at", "2026-01-10T12:00+00:00"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert logged.returncode == 0, logged.stderr
    shown = json.loads(ok(tmp_data_dir, "--json", "show", ana))
    assert shown["last_interaction"] == "2026-01-10T13:00:00"


def test_export_to_stdout_and_the_format_from_the_name(tmp_data_dir: Path, tmp_path: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz", "--email", "ana@x.es")
    result = run(tmp_data_dir, "export", "--out", "-", "--format", "vcard3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("BEGIN:VCARD\nVERSION:3.0\n")
    assert "Muñoz" in result.stdout
    assert result.stderr == "Exported 1 contact to standard output\n"
    ok(tmp_data_dir, "export", "--out", str(tmp_path / "all.csv"))
    assert "ana@x.es" in (tmp_path / "all.csv").read_text(encoding="utf-8-sig").splitlines()[1]


def test_export_into_a_named_pipe_writes_through_it(tmp_data_dir: Path, tmp_path: Path) -> None:
    """A pipe (or /dev/stdout) is written into: the rename that makes a file's export atomic
    replaced the pipe with a plain file (as root, /dev/stdout or /dev/full too)."""
    import os
    import threading

    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    pipe = tmp_path / "contacts.fifo"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = run(tmp_data_dir, "export", "--out", str(pipe))
    if reader.is_alive():  # the export never opened the pipe: let the reader go
        with open(pipe, "wb"):
            pass
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert pipe.is_fifo()
    assert received and b"FN:Ana Gil" in received[0]


@pytest.mark.parametrize(
    "command",
    ["add", "show", "search", "log", "followup", "due", "done", "stats", "backup", "restore",
     "import", "export", "demo"],
)  # fmt: skip
def test_every_command_has_help(tmp_data_dir: Path, command: str) -> None:
    result = run(tmp_data_dir, command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: netdesk-cli {command} ")
    assert "--data-dir DIR" in result.stdout and "--json" in result.stdout


def test_the_command_line_loads_no_qt(tmp_data_dir: Path, tmp_path: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    exported = str(tmp_path / "a.vcf")
    for args in (
        ["search", "ana"],
        ["stats"],
        ["export", "--out", exported],
        ["import", exported],
        ["backup", "--out", str(tmp_path / "b")],
    ):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "netdesk.cli", "--data-dir",
             str(tmp_data_dir), *args],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-500:]
        assert "PySide6" not in result.stderr, args


def test_import_json_names_a_file_whose_name_is_not_utf8(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    """It failed with "'utf-8' codec can't encode": storing the name, then printing it."""
    import os

    path = os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.vcf")
    Path(path).write_text(VCARD.replace("N:Brok", "BDAY:someday\r\nEND:VCARD\r\n"), "utf-8")
    result = run(tmp_data_dir, "--json", "import", path)
    assert result.returncode == 0, result.stderr
    imported = json.loads(result.stdout)
    assert imported["new"] == 1
    assert [p["file"] for p in imported["problems"]] == [path, path]  # the very name


def test_a_pipe_that_takes_only_part_of_the_output_is_a_broken_pipe() -> None:
    """A reader gone away can take part of a large block and say so by the count alone:
    `export --out - | head` exited 0 and said 'Exported 1500 contacts'."""
    import io

    from netdesk.cli_output import write_all

    class ClosingPipe(io.RawIOBase):
        def __init__(self) -> None:
            self.taken = 0

        def writable(self) -> bool:
            return True

        def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
            took = min(len(data), 65536 - self.taken)
            self.taken += took
            return took

    pipe = ClosingPipe()
    with pytest.raises(BrokenPipeError):
        write_all(pipe, b"x" * 1_600_000)  # type: ignore[arg-type]
    assert pipe.taken == 65536
    whole = io.BytesIO()
    write_all(whole, b"y" * 200_000)
    assert whole.getvalue() == b"y" * 200_000


def test_export_to_dev_stdout_keeps_the_summary_out_of_the_data(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana   Muñoz", "--every", "30")
    shown = json.loads(ok(tmp_data_dir, "--json", "show", "1"))
    assert (shown["given_name"], shown["family_name"]) == ("Ana", "Muñoz")  # spaces closed up
    for options in ([], ["--json"], ["--format", "csv"]):
        result = run(tmp_data_dir, "export", "--out", "/dev/stdout", *options)
        assert result.returncode == 0, result.stderr
        assert "Exported" not in result.stdout and "exported" not in result.stdout
        assert "Exported 1 contact" in result.stderr or '"exported": 1' in result.stderr
    too_long = run(tmp_data_dir, "add", "--name", "Bo", "--every", "9999999999")
    assert too_long.returncode == 2
    assert "at most 3650 days" in too_long.stderr


def test_a_follow_up_for_an_archived_contact_says_it_will_not_come_due(
    tmp_data_dir: Path,
) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    archive(tmp_data_dir, 1)
    result = run(tmp_data_dir, "followup", "1", "--due", "2026-03-02", "--note", "Call")
    assert result.returncode == 0
    assert result.stderr.strip() == (
        "netdesk-cli: Ana Gil is archived: the follow-up comes due once unarchived"
    )


def test_control_characters_from_a_card_do_not_reach_the_terminal(tmp_data_dir: Path) -> None:
    """An imported name holding an escape sequence cleared the screen or retitled the
    terminal when listed; JSON output escapes it as JSON does."""
    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact

    core = Core.open(Paths(tmp_data_dir))
    core.contacts.create(Contact(given_name="Eve\x1b[2J\x1b]0;owned\x07", family_name="Gil"))
    core.close()
    listed = run(tmp_data_dir, "search", "gil")
    assert listed.returncode == 0
    assert "\x1b" not in listed.stdout and "\x07" not in listed.stdout
    assert "Eve\ufffd[2J\ufffd]0;owned\ufffd" in listed.stdout
    as_json = json.loads(ok(tmp_data_dir, "--json", "search", "gil"))
    assert as_json[0]["given_name"].startswith("Eve\x1b[2J")


def test_control_characters_in_an_error_do_not_reach_the_terminal(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    crm = tmp_path / "crm.csv"
    crm.write_text("Nombre,\x1b]0;retitled\x07Correo\x1b[2J\nAna,a@x.org\n", encoding="utf-8")
    result = run(tmp_data_dir, "import", str(crm), "--map", "Mail=email")
    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    # (the CSV reader leaves the BEL out of the header itself since 15a23e1)
    assert "\ufffd]0;retitledCorreo\ufffd[2J" in result.stderr


def test_export_to_dev_stdout_redirected_to_a_file_writes_through_it(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    """/dev/stdout is then a link to a regular file: the export was written beside it (in
    /dev) and renamed over the link."""
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    target = tmp_path / "out.vcf"
    with target.open("w") as out:
        result = subprocess.run(
            [sys.executable, "-m", "netdesk.cli", "--data-dir", str(tmp_data_dir), "export",
             "--out", "/dev/stdout"],
            stdout=out, stderr=subprocess.PIPE, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "FN:Ana Gil" in target.read_text(encoding="utf-8")
    assert Path("/dev/stdout").is_symlink() or not Path("/dev/stdout").is_file()


def test_import_reads_standard_input_as_export_writes_standard_output(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    """`export --out -` had no `import -`: '-:-: error: no such file'."""
    ok(tmp_data_dir, "add", "--name", "Ana Gil", "--email", "ana@gil.example")
    exported = ok(tmp_data_dir, "export", "--out", "-")
    other = tmp_path / "other"

    def piped(*args: str, data: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "netdesk.cli", "--data-dir", str(other), *args],
            input=data, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip

    first = piped("--json", "import", "-", data=exported)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["new"] == 1
    crm = piped("import", "-", "--map", "Correo=email", "--map", "Nombre=full_name",
                data="Nombre,Correo\nBo Lind,bo@lind.example\n")  # fmt: skip
    assert crm.stdout.startswith("1 new, 0 merged"), crm.stderr
    problem = piped("import", "-", data=VCARD)
    assert problem.stdout.splitlines()[1:] == [  # the file is named as it was given
        "-:9: error: card has no END:VCARD (file cut short?); not imported"
    ]
    found = json.loads(ok(other, "--json", "search", "example"))
    assert sorted(c["display_name"] for c in found) == ["Ana Gil", "Bo Lind"]
