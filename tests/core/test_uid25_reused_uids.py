"""Cards sharing a vCard UID are one person only when nothing says otherwise (core.import_uids)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from netdesk.core import Core
from netdesk.core.importing import apply_import, import_files, plan_import
from netdesk.store.models import db

TABLES = ("contact", "email", "phone", "address", "url", "contact_tag", "tag")


def vcard(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{li}\r\n" for li in lines) + "END:VCARD\r\n"


def write(tmp_path: Path, name: str, *cards: str) -> str:
    path = tmp_path / name
    path.write_text("".join(cards), encoding="utf-8")
    return str(path)


def snapshot() -> dict[str, object]:
    result: dict[str, object] = {}
    for table in (*TABLES, "contact_fts"):
        rows = db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
        result[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return result


ANA = vcard("UID:1", "N:Gil;Ana;;;", "FN:Ana Gil", "EMAIL:ana@x.org")
BEN = vcard("UID:1", "N:Roe;Ben;;;", "FN:Ben Roe", "EMAIL:ben@y.org")


def test_one_uid_on_two_people_of_a_file_makes_two_contacts(core: Core, tmp_path: Path) -> None:
    path = write(tmp_path, "export.vcf", ANA, BEN)
    plan = plan_import(core, [path])
    assert (plan.new, plan.merged) == (2, 0)
    [said] = [p for p in plan.problems if "UID 1" in p.reason]
    assert (Path(said.file).name, said.line) == ("export.vcf", 8)
    assert "line 1" in said.reason and "Ana Gil" in said.reason
    summary = apply_import(core, plan)
    people = [core.contacts.get(i) for i in summary.contact_ids]
    assert sorted(c.display_name for c in people if c) == ["Ana Gil", "Ben Roe"]
    assert len({c.uid for c in people if c}) == 2


def test_the_same_file_imported_again_changes_nothing(core: Core, tmp_path: Path) -> None:
    path = write(tmp_path, "export.vcf", ANA, BEN, vcard("UID:1", "FN:Ben Roe", "TITLE:Chef"))
    first = import_files(core, [path])
    assert first.new == 2
    before = snapshot()
    plan = plan_import(core, [path])
    assert plan.new == 0
    summary = apply_import(core, plan)
    assert summary.new == 0
    assert snapshot() == before
    assert sorted(summary.contact_ids) == sorted(set(first.contact_ids))


def test_a_uid_shared_by_one_person_still_merges(core: Core, tmp_path: Path) -> None:
    """The same person written twice: a nickname, or another name with the same e-mail."""
    path = write(
        tmp_path,
        "export.vcf",
        vcard("UID:7", "N:Stone;Robert;;;", "FN:Robert Stone"),
        vcard("UID:7", "N:Stone;Bob;;;", "FN:Bob Stone", "TITLE:Chef"),
        vcard("UID:8", "N:Gil;Ana;;;", "EMAIL:ana@x.org"),
        vcard("UID:8", "N:Roe;Ana;;;", "EMAIL:ANA@x.org"),  # married: her address kept
        vcard("UID:9", "FN:Lu Wen"),
        vcard("UID:9", "EMAIL:lu@z.org"),  # no name: nothing says otherwise
    )
    plan = plan_import(core, [path])
    assert (plan.new, len(plan.cards)) == (3, 3)


def test_a_stored_contacts_uid_on_someone_else(core: Core, tmp_path: Path) -> None:
    ana = import_files(core, [write(tmp_path, "a.vcf", ANA)]).contact_ids[0]
    path = write(tmp_path, "b.vcf", BEN)
    plan = plan_import(core, [path])
    assert (plan.new, plan.merged) == (1, 0)
    [said] = [p for p in plan.problems if "UID 1" in p.reason]
    assert (Path(said.file).name, said.line) == ("b.vcf", 1)
    assert "Ana Gil" in said.reason
    ben = apply_import(core, plan).contact_ids[0]
    assert ben != ana
    stored = core.contacts.get(ana)
    assert stored is not None and stored.display_name == "Ana Gil"
    before = snapshot()
    again = import_files(core, [path])
    assert (again.new, again.contact_ids) == (0, [ben])
    assert snapshot() == before


def test_a_stored_contacts_uid_with_a_common_phone_merges(core: Core, tmp_path: Path) -> None:
    ana = import_files(
        core, [write(tmp_path, "a.vcf", vcard("UID:1", "FN:Ana Gil", "TEL:+34612345678"))]
    ).contact_ids[0]
    card = vcard("UID:1", "FN:Ana Roe", "TEL:+34 612 34 56 78", "TITLE:Chef")
    plan = plan_import(core, [write(tmp_path, "b.vcf", card)])
    assert plan.new == 0 and plan.cards[0].existing_id == ana


def test_kept_apart_from_its_uid_it_is_still_found_by_its_e_mail(
    core: Core, tmp_path: Path
) -> None:
    """A card whose UID was a stored contact's was matched by that alone: its e-mail was not
    looked up. Kept apart from that contact, it is found by its e-mail like any other."""
    ana = import_files(core, [write(tmp_path, "a.vcf", ANA)]).contact_ids[0]
    ben = import_files(
        core, [write(tmp_path, "b.vcf", vcard("N:Roe;Ben;;;", "EMAIL:ben@y.org"))]
    ).contact_ids[0]
    plan = plan_import(core, [write(tmp_path, "c.vcf", BEN)])
    assert plan.new == 0
    assert [card.existing_id for card in plan.cards] == [ben] != [ana]


def test_a_renamed_contact_is_found_by_their_unique_uid(core: Core, tmp_path: Path) -> None:
    """Review25: one's own export imported again, Ana Gil renamed Ana Ruiz since (married)
    and nothing else in common: her urn:uuid UID is hers, not another person's (a second
    Ana was added, with a warning). A short, counted UID stays weighed by the names."""
    from netdesk.core.types import Contact

    ana = core.contacts.create(Contact(given_name="Ana", family_name="Gil"))
    stored = core.contacts.get(ana)
    assert stored is not None and stored.uid.startswith("urn:uuid:")
    path = write(tmp_path, "mine.vcf", vcard(f"UID:{stored.uid}", "N:Ruiz;Ana;;;", "FN:Ana Ruiz"))
    plan = plan_import(core, [path])
    assert (plan.new, plan.merged) == (0, 1)
    assert [c.existing_id for c in plan.cards] == [ana]  # her name a choice to make (a conflict)
    assert not [p for p in plan.problems if "UID" in p.reason]
    apply_import(core, plan)
    assert len(core.contacts.list_ids()) == 1
    # a UID that an exporter counts up ("7") says nothing against the names
    renamed = core.contacts.get(ana)
    assert renamed is not None
    renamed.uid = "7"
    core.contacts.update(renamed)
    other = write(tmp_path, "counted.vcf", vcard("UID:7", "N:Roe;Ben;;;", "FN:Ben Roe"))
    assert plan_import(core, [other]).new == 1
