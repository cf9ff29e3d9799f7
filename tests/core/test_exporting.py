"""Export to vCard 4.0 / 3.0 and CSV, atomically; import(export(x)) gives x back through the db."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import io
import re
from pathlib import Path

import pytest
from PIL import Image

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.exporting import FORMATS, ExportCancelled, export_contacts
from netdesk.core.importing import apply_import, import_files, plan_import
from netdesk.core.paths import Paths
from netdesk.core.types import (
    Contact,
    CustomField,
    EmailAddress,
    PartialDate,
    PhoneNumber,
    PostalAddress,
    RelatedPerson,
    WebLink,
)


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (10, 120, 200)).save(out, "JPEG")
    return out.getvalue()


def full_contact() -> Contact:
    return Contact(
        given_name="Ana",
        family_name="García Núñez",
        additional_names="María",
        prefix="Dr.",
        suffix="PhD",
        nickname="Anita",
        organization="Acme; Ibérica",
        department="R&D",
        title="CTO, Europe",
        birthday=PartialDate(None, 4, 5),
        anniversary=PartialDate(2015, 6, 20),
        photo=_jpeg(),
        notes='Met at the fair.\nLikes jazz, hates "small talk"; call after 10.',
        what_they_do="Builds robots",
        looking_for="Investors",
        can_offer="Hardware advice",
        met_on=PartialDate(2023, 5),
        met_at="Mobile World Congress",
        keep_in_touch_days=60,
        archived=True,
        uid="urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
        raw_properties=[
            "X-SOCIALPROFILE;TYPE=twitter:https://twitter.example/ana",
            "GEO:geo:41.4,2.1",
        ],
        emails=[
            EmailAddress("ana@acme.example", "work", True),
            EmailAddress("ana@home.example", "home"),
        ],
        phones=[
            PhoneNumber("+34 612 34 56 78", "mobile", True),
            PhoneNumber("+34 91 123 45 67", "work"),
        ],
        addresses=[
            PostalAddress(
                "home", True, "", "2º B", "Calle Mayor 1", "Madrid", "Madrid", "28013", "Spain"
            )
        ],
        urls=[WebLink("https://ana.example", "homepage")],
        related=[RelatedPerson("spouse", "Luis Pérez")],
        custom_fields=[CustomField("Shoe size", "38")],
        tags=["Clients", "Madrid"],
    )


IGNORED = {
    "id", "created_at", "updated_at", "source", "source_file", "source_date", "display_name",
    "next_due", "last_interaction", "photo", "formatted_name", "met_through_id",
}  # fmt: skip


def comparable(contact: Contact) -> dict[str, object]:
    values = {f.name: getattr(contact, f.name) for f in dataclasses.fields(Contact)}
    result = {k: v for k, v in values.items() if k not in IGNORED}
    result["phones"] = [(p.raw, p.label, p.preferred, p.e164) for p in contact.phones]
    result["photo_size"] = Image.open(io.BytesIO(contact.photo)).size if contact.photo else None
    return result


@pytest.mark.parametrize("fmt", ["vcard4", "vcard3"])
def test_round_trip_through_a_fresh_database_keeps_every_field(
    core: Core, tmp_path: Path, clock: FixedClock, fmt: str
) -> None:
    first = core.contacts.create(full_contact())
    second = core.contacts.create(  # met through Ana: the export names her by her UID
        Contact(given_name="Ben", emails=[EmailAddress("ben@x.org")], met_through_id=first)
    )
    originals = [core.contacts.get(first), core.contacts.get(second)]
    out = tmp_path / "everyone.vcf"
    assert export_contacts(core, out, fmt=fmt) == 2
    text = out.read_text(encoding="utf-8")
    assert f"VERSION:{fmt[-1]}.0" in text
    core.close()

    fresh = Core.open(Paths(tmp_path / "fresh"), clock)
    try:
        summary = import_files(fresh, [str(out)])
        assert (summary.new, summary.problems) == (2, [])
        imported = {
            c.given_name: c for c in (fresh.contacts.get(i) for i in summary.contact_ids) if c
        }
        for original in originals:
            assert original is not None
            assert comparable(imported[original.given_name]) == comparable(original)
        assert imported["Ana"].source_file == "everyone.vcf"
        assert imported["Ben"].met_through_id == imported["Ana"].id  # who introduced him
        again = import_files(fresh, [str(out)])
        assert (again.new, again.merged, again.unchanged) == (0, 0, 2)
    finally:
        fresh.close()


def test_csv_export_is_google_style_and_reads_back(core: Core, tmp_path: Path) -> None:
    original = core.contacts.create(full_contact())
    out = tmp_path / "contacts.csv"
    assert export_contacts(core, out, fmt="csv") == 1
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("First Name,Middle Name,Last Name")
    core.contacts.delete([original])
    summary = import_files(core, [str(out)])
    assert summary.problems == []
    ana = core.contacts.get(summary.contact_ids[0])
    assert ana is not None
    assert (ana.given_name, ana.family_name, ana.organization) == (
        "Ana",
        "García Núñez",
        "Acme; Ibérica",
    )
    assert {e.value for e in ana.emails} == {"ana@acme.example", "ana@home.example"}
    assert set(ana.tags) == {"Clients", "Madrid"}


@pytest.mark.parametrize("fmt", ["vcard4", "vcard3", "csv"])
def test_an_export_of_a_note_pasted_from_word_imports_back(
    core: Core, tmp_path: Path, clock: FixedClock, fmt: str
) -> None:
    """Word's manual line breaks are vertical tabs: a note with a dozen made an export that
    netdesk's own import refused whole as "binary data" (the CSV too, the vCard with three)."""
    core.contacts.create(
        Contact(given_name="Ana", title="CTO\x00", notes="Agenda:" + "\x0b- item" * 12)
    )
    out = tmp_path / f"all.{FORMATS[fmt][1:]}"
    export_contacts(core, out, fmt=fmt)
    assert re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", out.read_text("utf-8")) is None
    fresh = Core.open(Paths(tmp_path / "fresh"), clock)
    try:
        summary = import_files(fresh, [str(out)])
        assert (summary.new, summary.problems) == (1, [])
        ana = fresh.contacts.get(summary.contact_ids[0])
        assert ana is not None
        assert (ana.title, ana.notes) == ("CTO", "Agenda:" + "\n- item" * 12)
    finally:
        fresh.close()


@pytest.mark.parametrize("fmt", ["vcard4", "vcard3", "csv"])
def test_importing_an_export_of_the_corpus_adds_and_changes_nothing(
    core: Core, tmp_path: Path, corpus_dir: Path, fmt: str
) -> None:
    """Export everything, import the file back: a backup or a move to another machine must not
    add '(no name)' photo cards, company cards or FN-only people again, nor change anyone."""
    first = import_files(core, [str(corpus_dir)])
    assert first.new > 60
    out = tmp_path / f"everyone.{fmt}"
    assert export_contacts(core, out, fmt=fmt) == first.new
    plan = plan_import(core, [str(out)])
    changed = [
        (card.contact.display_name, card.changes, [c.field for c in card.conflicts])
        for card in plan.cards
        if card.action != "unchanged"
    ]
    assert plan.new == 0
    # the CSV too: its UID column tells apart vcard10.vcf's two cards both just 'Broken'
    assert changed == []
    assert plan.unchanged == first.new


@pytest.mark.parametrize("fmt", ["csv", "vcard4"])
def test_an_export_moves_its_progress_as_it_reads_with_the_collector_paused(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """The CSV export said nothing until it was done (a busy bar for 6-12 s on 100,000
    contacts); collections among the loaded contacts held the interpreter lock meanwhile."""
    import gc

    from netdesk.core import exporting

    monkeypatch.setattr(exporting, "_CHUNK", 2)  # read, and a CSV written, 2 at a time
    for name in ("Ana", "Ben", "Cleo", "Dora", "Eli"):
        core.contacts.create(Contact(given_name=name))
    seen: list[tuple[int, int, bool]] = []
    out = tmp_path / f"everyone.{fmt}"
    assert gc.isenabled()
    export_contacts(
        core, out, fmt=fmt, progress=lambda done, total: seen.append((done, total, gc.isenabled()))
    )
    assert gc.isenabled()  # on again afterwards
    assert not any(enabled for *_, enabled in seen)
    steps = [(done, total) for done, total, _ in seen]
    # a CSV too is read and written in one pass: 5 in all, not 10 (its columns are counted
    # by the database first)
    assert steps == [(2, 5), (4, 5), (5, 5), (5, 5)]
    text = out.read_text(encoding="utf-8")
    assert text.startswith("\ufeffFirst Name," if fmt == "csv" else "BEGIN:VCARD")
    assert all(name in text for name in ("Ana", "Ben", "Cleo", "Dora", "Eli"))


def test_selected_ids_and_a_tag(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Ana", tags=["VIP"]))
    core.contacts.create(Contact(given_name="Ben"))
    cara = core.contacts.create(Contact(given_name="Cara", tags=["vip"], archived=True))
    out = tmp_path / "x.vcf"
    assert export_contacts(core, out, contact_ids=[cara]) == 1
    assert "FN:Cara" in out.read_text()
    assert "FN:Ana" not in out.read_text()
    assert export_contacts(core, out, tag="VIP") == 2
    assert out.read_text().count("BEGIN:VCARD") == 2
    assert export_contacts(core, out) == 3


def test_cancel_leaves_the_old_file_and_no_temporary(core: Core, tmp_path: Path) -> None:
    for n in range(1500):
        core.contacts.create(Contact(given_name=f"P{n}"))
    out = tmp_path / "old.vcf"
    out.write_text("previous export")
    calls = iter([False, True])
    with pytest.raises(ExportCancelled):
        export_contacts(core, out, cancelled=lambda: next(calls))
    assert out.read_text() == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "old.vcf"]


def test_a_csv_export_hears_a_cancel_while_it_writes(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once read, the CSV was written as one string: at 100,000 contacts seconds with the bar
    at its end and Cancel unheard."""
    from netdesk.core import exporting

    monkeypatch.setattr(exporting, "_CHUNK", 2)
    for name in ("Ana", "Ben", "Cleo", "Dora", "Eli"):
        core.contacts.create(Contact(given_name=name))
    out = tmp_path / "old.csv"
    out.write_text("previous export")
    seen: list[int] = []
    with pytest.raises(ExportCancelled):
        export_contacts(
            core,
            out,
            fmt="csv",
            progress=lambda done, _total: seen.append(done),
            cancelled=lambda: bool(seen) and seen[-1] > 2,  # two pieces written
        )
    assert seen == [2, 4]
    assert out.read_text() == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "old.csv"]


@pytest.mark.parametrize("outcome", ["written", "cancelled"])
def test_a_csv_export_holds_a_chunk_of_contacts_not_all_of_them(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, outcome: str
) -> None:
    """The CSV's columns fit the widest contact: every contact was held until all were read
    (~350 MB for 100,000). Only their cells are put aside now, a chunk at a time."""
    import weakref

    from netdesk.core import exporting

    monkeypatch.setattr(exporting, "_CHUNK", 2)
    made: list[weakref.ref[Contact]] = []

    class Read(Contact):
        pass

    def read(ids: list[int]) -> object:
        for n in ids:
            contact = Read(given_name=f"P{n}")
            made.append(weakref.ref(contact))
            yield contact

    monkeypatch.setattr(exporting, "contacts_in_order", read)
    for n in range(7):
        core.contacts.create(Contact(given_name=f"P{n}"))
    held: list[int] = []

    def progress(_done: int, _total: int) -> None:
        held.append(sum(ref() is not None for ref in made))

    out = tmp_path / "all.csv"
    if outcome == "written":
        assert export_contacts(core, out, fmt="csv", progress=progress) == 7
        assert out.read_bytes().count(b"\r\nP") == 7
    else:
        with pytest.raises(ExportCancelled):
            export_contacts(core, out, fmt="csv", progress=progress, cancelled=lambda: held[1:])
        assert not out.exists()
    assert len(held) >= 2  # two pieces read and written
    assert max(held) <= 2  # at most the chunk being read
    assert (
        sorted(p.name for p in tmp_path.iterdir()) == (["all.csv", "data"][outcome != "written" :])
    )


def test_a_csv_export_in_chunks_is_the_csv_of_everyone_at_once(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The columns sized while reading a chunk at a time are those of all contacts at once:
    the widest contacts and netdesk's own fields come last, in the last chunk."""
    from netdesk.core import exporting
    from netdesk.interop.csv_write import write_csv

    monkeypatch.setattr(exporting, "_CHUNK", 2)
    for n in range(4):
        core.contacts.create(Contact(given_name=f"P{n}", emails=[EmailAddress(f"p{n}@x.org")]))
    core.contacts.create(full_contact())
    widest = Contact(
        given_name="Wide", custom_fields=[CustomField("a", "1"), CustomField("b", "2")]
    )
    widest.phones = [PhoneNumber(f"+34 612 34 56 7{n}") for n in range(3)]
    core.contacts.create(widest)
    out = tmp_path / "all.csv"
    assert export_contacts(core, out, fmt="csv") == 6
    everyone = list(exporting.contacts_in_order(exporting.export_ids(core)))
    assert out.read_bytes() == ("\ufeff" + write_csv(everyone)).encode("utf-8")
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert "Phone 3 - Value" in header
    assert "Custom Field 2 - Value" in header
    assert header.endswith("Keep In Touch Days,Archived,UID")


def test_unknown_format_is_refused(core: Core, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export_contacts(core, tmp_path / "x", fmt="ldif")


@pytest.mark.parametrize("outcome", ["written", "cancelled"])
def test_an_export_reads_through_a_memory_map_and_drops_it_after(
    core: Core, tmp_path: Path, outcome: str
) -> None:
    from netdesk.store.models import db

    for n in range(3):
        core.contacts.create(Contact(given_name=f"Mapped {n}"))
    during: list[int] = []
    maps = Path("/proc/self/maps")

    def mapped() -> list[str]:  # Linux: lines mapping the database file (not its -shm)
        lines = maps.read_text().splitlines() if maps.exists() else []
        return [line for line in lines if line.endswith(str(db.database))]

    def cancelled() -> bool:
        during.append(db.execute_sql("PRAGMA mmap_size").fetchone()[0])
        return outcome == "cancelled"

    if outcome == "cancelled":
        with pytest.raises(ExportCancelled):
            export_contacts(core, tmp_path / "all.vcf", cancelled=cancelled)
    else:
        assert export_contacts(core, tmp_path / "all.vcf", cancelled=cancelled) == 3
    assert during and all(size > 0 for size in during)  # mapped while the contacts are read
    assert db.execute_sql("PRAGMA mmap_size").fetchone()[0] == 0  # and not a page longer
    assert mapped() == []


def test_who_introduced_them_is_found_by_uid_or_left_alone(core: Core, tmp_path: Path) -> None:
    iris = core.contacts.create(Contact(given_name="Iris"))
    zoe = core.contacts.create(Contact(given_name="Zoe", emails=[EmailAddress("zoe@x.org")]))
    iris_uid = core.contacts.get(iris).uid
    card = tmp_path / "zoe.vcf"

    def zoe_card(through: str) -> str:
        return (
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoe\r\nN:;Zoe;;;\r\nEMAIL:zoe@x.org\r\n"
            f"X-NETDESK-MET-THROUGH:{through}\r\nEND:VCARD\r\n"
        )

    card.write_text(zoe_card("urn:uuid:nobody-we-know"), encoding="utf-8")
    summary = import_files(core, [str(card)])  # an unknown UID changes nothing
    assert (summary.merged, summary.unchanged, core.contacts.get(zoe).met_through_id) == (
        0,
        1,
        None,
    )
    card.write_text(zoe_card(iris_uid), encoding="utf-8")
    plan = plan_import(core, [str(card)])
    assert plan.cards[0].changes == ["met_through"]
    apply_import(core, plan)
    assert core.contacts.get(zoe).met_through_id == iris


def test_who_introduced_them_is_found_when_the_introducer_is_here_already(
    core: Core, tmp_path: Path, clock: FixedClock
) -> None:
    """Exported from one netdesk into another where Ana is already (found by e-mail, under
    her own UID there): Bob, whom she introduced, is met through her."""
    ana = core.contacts.create(Contact(given_name="Ana", emails=[EmailAddress("ana@x.org")]))
    core.contacts.create(Contact(given_name="Bob", met_through_id=ana))
    out = tmp_path / "theirs.vcf"
    export_contacts(core, out)
    core.close()
    other = Core.open(Paths(tmp_path / "other"), clock)
    try:
        mine = other.contacts.create(Contact(given_name="Ana", emails=[EmailAddress("ana@x.org")]))
        summary = import_files(other, [str(out)])
        assert (summary.new, summary.merged) == (1, 0)
        [bob] = [i for i in summary.contact_ids if i != mine]
        assert other.contacts.get(bob).met_through_id == mine
    finally:
        other.close()


@pytest.mark.parametrize("fmt", ["vcard4", "csv"])
def test_an_export_never_replaces_the_database_or_a_backup(
    core: Core, tmp_path: Path, fmt: str
) -> None:
    """An export renamed over netdesk.sqlite3 (picked in the save dialog, or completed by the
    shell after --out) put a vCard where every contact, talk and follow-up was."""
    from netdesk.core import backups
    from netdesk.core.exporting import ExportOverDatabase

    core.contacts.create(Contact(given_name="Ana"))
    database = Path(core.store.path)
    kept = backups.backup_to(tmp_path / "monday.sqlite3")
    before = kept.read_bytes()
    link = tmp_path / "link.sqlite3"
    link.symlink_to(database)
    for target in (database, Path(f"{database}-wal"), Path(f"{database}-journal"), link, kept):
        with pytest.raises(ExportOverDatabase, match="never replaces"):
            export_contacts(core, target, fmt=fmt)
    assert kept.read_bytes() == before
    assert database.read_bytes().startswith(b"SQLite format 3")
    assert core.contacts.count() == 1
    assert not list(tmp_path.rglob("*.part"))
    (tmp_path / "notes.vcf").write_text("last week's")  # an export of last week: replaced
    assert export_contacts(core, tmp_path / "notes.vcf", fmt=fmt) == 1


@pytest.mark.parametrize("fmt", ["vcard3", "csv"])
def test_an_export_over_a_link_replaces_the_file_it_names(
    core: Core, tmp_path: Path, fmt: str
) -> None:
    """~/contacts.vcf linked to a synced folder's file: the export was renamed over the
    link, which became a file of its own, and the synced file kept last week's contacts."""
    core.contacts.create(Contact(given_name="Ana"))
    synced = tmp_path / "Nextcloud" / "contacts.export"
    synced.parent.mkdir()
    synced.write_text("last week's")
    link = tmp_path / "contacts.export"
    link.symlink_to(Path("Nextcloud") / "contacts.export")
    assert export_contacts(core, link, fmt=fmt) == 1
    assert link.is_symlink()
    assert "Ana" in synced.read_text(encoding="utf-8")
    assert not list(tmp_path.rglob("*.part"))


def test_a_tag_is_found_case_aside_accented_letters_too(core: Core, tmp_path: Path) -> None:
    """The database compares ASCII case alone: netdesk-cli export --tag émigré, a tag it
    said exists (case aside), wrote none of "Émigré"'s contacts, and said so: 0, exit 0."""
    core.contacts.create(Contact(given_name="Ana", tags=["Émigré"]))
    core.contacts.create(Contact(given_name="Ben", tags=["Other"]))
    out = tmp_path / "x.vcf"
    for typed in ("Émigré", "émigré", "ÉMIGRÉ"):
        assert export_contacts(core, out, tag=typed) == 1, typed
        assert "FN:Ana" in out.read_text(encoding="utf-8")
    assert export_contacts(core, out, tag="emigre") == 0  # accents are not case


def _columns_of_the_contacts(ids: list[int]) -> object:
    """The columns as sized from the contacts themselves, read whole (as the CSV of them
    all at once is)."""
    from netdesk.core import exporting
    from netdesk.interop.csv_write import CsvColumns, row_parts

    columns = CsvColumns()
    columns.widen([row_parts(c) for c in exporting.contacts_in_order(ids)])
    return columns


_ONE_OF_EACH = {
    "emails": {"emails": [EmailAddress(f"{n}@x.org") for n in "abc"]},
    "phones": {"phones": [PhoneNumber("+34 612 34 56 78"), PhoneNumber("+34 91 123 45 67")]},
    "addresses": {"addresses": [PostalAddress("home", street="Mayor 1"), PostalAddress("work")]},
    "urls": {"urls": [WebLink("https://a.example"), WebLink("https://b.example")]},
    "related": {"related": [RelatedPerson("spouse", "Luis"), RelatedPerson("boss", "Eva")]},
    "customs": {"custom_fields": [CustomField("Shoe size", "38"), CustomField("Pet", "Rex")]},
    "anniversary": {"anniversary": PartialDate(2015, 6, 20)},
    "met_on": {"met_on": PartialDate(2023, 5)},
    "met_at": {"met_at": "PyCon"},
    "what_they_do": {"what_they_do": "Builds robots"},
    "looking_for": {"looking_for": "Investors"},
    "can_offer": {"can_offer": "Advice"},
    "keep_in_touch_days": {"keep_in_touch_days": 0},  # never: still written ("0")
    "archived": {"archived": True},
    "uid": {"uid": "urn:uuid:1"},
}


@pytest.mark.parametrize("feature", [*_ONE_OF_EACH, "met_through_uid", "nothing"])
def test_the_csv_columns_counted_by_the_database_are_those_of_the_contacts(
    core: Core, tmp_data_dir: Path, feature: str
) -> None:
    """A CSV is written in one pass, its columns counted by SQLite before any contact is
    read: they must be exactly those the contacts' own cells need, for every numbered group
    and every netdesk column, and only for the contacts exported."""
    import sqlite3

    from netdesk.core.exporting import _csv_columns

    def without_uid(contact_id: int) -> int:  # as contacts stored before netdesk gave each one
        with contextlib.closing(sqlite3.connect(tmp_data_dir / "netdesk.sqlite3")) as other:
            other.execute("UPDATE contact SET uid = '' WHERE id = ?", (contact_id,))
            other.commit()
        return contact_id

    plain = [
        without_uid(
            core.contacts.create(Contact(given_name=f"P{n}", emails=[EmailAddress("p@x.org")]))
        )
        for n in range(3)
    ]
    if feature == "met_through_uid":  # introduced by someone the CSV names by UID
        introducer = without_uid(core.contacts.create(Contact(given_name="Intro")))
        quiet = without_uid(
            core.contacts.create(Contact(given_name="Q", met_through_id=introducer))
        )
        assert _csv_columns([*plain, quiet]) == _columns_of_the_contacts([*plain, quiet])
        assert not _csv_columns([*plain, quiet]).netdesk[2]  # the introducer has no UID
        known = core.contacts.create(Contact(given_name="Known"))
        special = without_uid(core.contacts.create(Contact(given_name="S", met_through_id=known)))
    elif feature == "nothing":
        special = plain[0]
    else:
        special = core.contacts.create(Contact(given_name="S", **_ONE_OF_EACH[feature]))  # type: ignore[arg-type]
        if feature != "uid":
            without_uid(special)
    everyone = [*plain, special]
    assert _csv_columns(everyone) == _columns_of_the_contacts(everyone)
    assert _csv_columns(plain) == _columns_of_the_contacts(plain)  # the one left out
    if feature != "nothing":
        assert _csv_columns(everyone) != _csv_columns(plain)


def test_a_csv_export_is_one_snapshot_while_a_contact_changes_meanwhile(
    core: Core, tmp_path: Path, tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The columns are counted first, the contacts read after: an e-mail added by another
    connection in between would make a row wider than its columns (every cell after it in
    the wrong column). The export reads one snapshot: the file is the database as it was."""
    import sqlite3

    from netdesk.core import exporting

    monkeypatch.setattr(exporting, "_CHUNK", 2)
    ids = [core.contacts.create(Contact(given_name=f"P{n}")) for n in range(5)]
    other = sqlite3.connect(tmp_data_dir / "netdesk.sqlite3", isolation_level=None)

    def meanwhile(done: int, _total: int) -> None:
        if done == 2:  # the last contact, not read yet, gets two e-mails elsewhere
            for n in range(2):
                other.execute(
                    "INSERT INTO email (contact_id, position, label, value, value_folded, "
                    "preferred) VALUES (?, ?, '', ?, ?, 0)",
                    (ids[-1], n, f"late{n}@x.org", f"late{n}@x.org"),
                )

    out = tmp_path / "all.csv"
    assert export_contacts(core, out, fmt="csv", progress=meanwhile) == 5
    other.close()
    text = out.read_text(encoding="utf-8")
    assert "late0@x.org" not in text and "E-mail 1" not in text
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 6 and {len(row) for row in rows} == {len(rows[0])}
    assert len(core.contacts.get(ids[-1]).emails) == 2  # written, and exported next time
    assert "late1@x.org" in (export_contacts(core, out, fmt="csv") and out.read_text("utf-8"))


def test_a_row_wider_than_its_columns_is_refused_not_shifted() -> None:
    from netdesk.interop.csv_write import CsvColumns, row_parts

    two = [EmailAddress("a@x.org"), EmailAddress("b@x.org")]
    wide = row_parts(Contact(given_name="W", emails=two))
    with pytest.raises(ValueError, match="4 cells where the CSV has 2"):
        CsvColumns(emails=1).row(wide)
    assert CsvColumns(emails=2).row(wide)[17:21] == ["", "a@x.org", "", "b@x.org"]


def test_a_row_with_a_value_the_columns_have_no_room_for_is_refused() -> None:
    """An anniversary or a value of netdesk's own columns where none was counted (a contact
    changed after the columns were, in a database not in WAL mode) stops the row, as a
    numbered group too wide does: it was dropped without a word."""
    from netdesk.core.types import PartialDate
    from netdesk.interop.csv_write import CsvColumns, row_parts

    plain = CsvColumns()
    plain.widen([row_parts(Contact(given_name="P"))])
    dated = row_parts(Contact(given_name="D", anniversary=PartialDate(2020, 5, 1)))
    with pytest.raises(ValueError, match="anniversary"):
        plain.row(dated)
    met = row_parts(Contact(given_name="M", met_at="Conference 2026"))
    with pytest.raises(ValueError, match="column the CSV does not have"):
        plain.row(met)
    roomy = CsvColumns()
    roomy.widen([dated, met])
    assert "Conference 2026" in roomy.row(met) and "2020-05-01" in roomy.row(dated)
    assert len(roomy.row(row_parts(Contact(given_name="P")))) == len(roomy.headers())


@pytest.mark.parametrize("change", ["a note", "two e-mails", "a place met"])
def test_a_csv_export_of_a_database_not_in_wal_mode_holds_no_read_over_the_saves(
    core: Core, tmp_path: Path, tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    """Where WAL cannot be used, one read held over the export would stop every save until it
    ends (each failing as "database is locked"): the contacts are read as they come, and a
    contact that grew a column meanwhile makes the export stop and say so, the old file
    kept."""
    import sqlite3

    from netdesk.core import exporting
    from netdesk.core.exporting import ExportChanged
    from netdesk.store.models import db

    monkeypatch.setattr(exporting, "_CHUNK", 2)
    ids = [core.contacts.create(Contact(given_name=f"P{n}")) for n in range(5)]
    db.execute_sql("PRAGMA journal_mode=delete")
    other = sqlite3.connect(tmp_data_dir / "netdesk.sqlite3", timeout=0, isolation_level=None)

    def meanwhile(done: int, _total: int) -> None:
        if done != 2:
            return
        if change == "a note":  # a save while the export runs: not refused as locked
            other.execute("UPDATE contact SET notes = 'saved meanwhile' WHERE id = ?", (ids[0],))
            return
        if change == "a place met":  # a column of netdesk's own no contact had
            other.execute("UPDATE contact SET met_at = 'Conference' WHERE id = ?", (ids[-1],))
            return
        for n in range(2):
            other.execute(
                "INSERT INTO email (contact_id, position, label, value, value_folded, "
                "preferred) VALUES (?, ?, '', ?, ?, 0)",
                (ids[-1], n, f"late{n}@x.org", f"late{n}@x.org"),
            )

    out = tmp_path / "all.csv"
    out.write_text("previous export")
    try:
        if change == "a note":
            assert export_contacts(core, out, fmt="csv", progress=meanwhile) == 5
            assert out.read_bytes().count(b"\r\n") == 6
        else:
            with pytest.raises(ExportChanged, match="changed while they were being exported"):
                export_contacts(core, out, fmt="csv", progress=meanwhile)
            assert out.read_text() == "previous export"
            assert sorted(p.name for p in tmp_path.iterdir()) == ["all.csv", "data"]
    finally:
        other.close()
    assert core.contacts.get(ids[0]).notes == ("saved meanwhile" if change == "a note" else "")
