"""Import planning and applying over real SQLite files: matching, merging, rollback, bad input."""

from __future__ import annotations

import hashlib
import io
import random
from pathlib import Path

import pytest
from PIL import Image
from unlistable import refuse_to_list

from netdesk.core import Core
from netdesk.core.importing import (
    ImportCancelled,
    apply_import,
    import_files,
    merge_card,
    plan_import,
    unknown_csv_headers,
)
from netdesk.core.types import Contact, EmailAddress, PartialDate, PhoneNumber
from netdesk.store import bulk
from netdesk.store.database import StoreError
from netdesk.store.models import db
from netdesk.store.queries import ListFilter

TABLES = ("contact", "email", "phone", "address", "url", "contact_tag", "tag", "follow_up")


def vcard(*lines: str) -> str:
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        + "".join(f"{line}\r\n" for line in lines)
        + "END:VCARD\r\n"
    )


def write(tmp_path: Path, name: str, *cards: str) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(cards), encoding="utf-8")
    return str(path)


ANA = vcard(
    "UID:ana-1",
    "N:García;Ana;;;",
    "FN:Ana García",
    "ORG:Acme",
    "TITLE:Engineer",
    "EMAIL;TYPE=WORK:ana@acme.example",
    "TEL;TYPE=CELL:+34 612 34 56 78",
    "CATEGORIES:Clients",
    "X-CUSTOM-THING:kept raw",
)
BEN = vcard("N:Stone;Ben;;;", "FN:Ben Stone", "EMAIL:ben@example.org")


def snapshot() -> dict[str, object]:
    """Row counts and a checksum of every table's contents."""
    result: dict[str, object] = {}
    for table in (*TABLES, "contact_fts"):
        rows = db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
        result[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return result


def test_new_contacts_record_their_origin(core: Core, tmp_path: Path) -> None:
    path = write(tmp_path, "phone.vcf", ANA, BEN)
    plan = plan_import(core, [path])
    assert (plan.new, plan.merged, plan.unchanged) == (2, 0, 0)
    summary = apply_import(core, plan)
    assert summary.new == 2
    assert len(summary.contact_ids) == 2
    ana = core.contacts.get(summary.contact_ids[0])
    assert ana is not None
    assert ana.display_name == "Ana García"
    assert ana.organization == "Acme"
    assert ana.phones[0].e164 == "+34612345678"
    assert ana.tags == ["Clients"]
    assert "X-CUSTOM-THING:kept raw" in ana.raw_properties
    assert (ana.source, ana.source_file, ana.source_date) == (
        "vcard",
        "phone.vcf",
        core.clock.now(),
    )
    assert core.contacts.list_ids(ListFilter.IMPORTED_TODAY) == sorted(
        summary.contact_ids, key=lambda i: core.contacts.names([i])[i]
    )
    assert core.contacts.search("acme") == [ana.id]  # indexed in the same transaction


def test_reimporting_the_same_file_changes_nothing(core: Core, tmp_path: Path) -> None:
    path = write(tmp_path, "phone.vcf", ANA, BEN)
    import_files(core, [path])
    before = snapshot()
    plan = plan_import(core, [path])
    assert (plan.new, plan.merged, plan.unchanged) == (0, 0, 2)
    summary = apply_import(core, plan)
    assert (summary.new, summary.merged, summary.unchanged) == (0, 0, 2)
    assert snapshot() == before  # updated_at included


@pytest.mark.parametrize(
    ("card", "rule"),
    [
        # (a name that may be hers: another person's name under her UID is kept apart, see
        # test_uid25_reused_uids)
        (vcard("UID:ana-1", "FN:A. García"), "uid"),
        (vcard("FN:A. G.", "EMAIL:ANA@ACME.EXAMPLE"), "email"),
        (vcard("FN:A. G.", "TEL:+34 (612) 34-56-78"), "phone"),
        (vcard("N:Garcia;Ana;;;", "ORG:ACME"), "name+org"),
        # the company as another address book writes it: with its legal form
        (vcard("N:Garcia;Ana;;;", "ORG:ACME, Inc."), "name+org, legal form"),
        (vcard("N:Garcia;Ana;;;", "ORG:Acme S.A.;Sales"), "name+org, legal form, department"),
    ],
)
def test_each_matching_rule_finds_the_existing_contact(
    core: Core, tmp_path: Path, card: str, rule: str
) -> None:
    first = import_files(core, [write(tmp_path, "a.vcf", ANA)]).contact_ids[0]
    plan = plan_import(core, [write(tmp_path, "b.vcf", card)])
    assert plan.new == 0, rule
    assert plan.cards[0].existing_id == first


def test_uid_wins_over_email(core: Core, tmp_path: Path) -> None:
    ana = import_files(core, [write(tmp_path, "a.vcf", ANA)]).contact_ids[0]
    ben = import_files(core, [write(tmp_path, "b.vcf", BEN)]).contact_ids[0]
    plan = plan_import(
        core, [write(tmp_path, "c.vcf", vcard("UID:ana-1", "EMAIL:ben@example.org"))]
    )
    assert plan.cards[0].existing_id == ana != ben


def test_merge_fills_empty_fields_and_adds_new_values(core: Core, tmp_path: Path) -> None:
    existing = core.contacts.create(
        Contact(given_name="Ana", family_name="García", emails=[EmailAddress("ana@acme.example")])
    )
    card = vcard(
        "FN:Ana García",
        "N:García;Ana;;;",
        "EMAIL:ana@acme.example",
        "EMAIL:ana@home.example",
        "TITLE:CTO",
        "BDAY:1990-04-05",
        "CATEGORIES:Friends",
        "X-SOMETHING:raw",
    )
    plan = plan_import(core, [write(tmp_path, "a.vcf", card)])
    planned = plan.cards[0]
    assert planned.action == "merge"
    assert planned.existing_id == existing
    assert set(planned.changes) == {"emails", "title", "birthday", "tags", "raw_properties"}
    assert planned.conflicts == []
    apply_import(core, plan)
    ana = core.contacts.get(existing)
    assert ana is not None
    assert [e.value for e in ana.emails] == ["ana@acme.example", "ana@home.example"]
    assert (ana.title, ana.birthday, ana.tags) == ("CTO", PartialDate(1990, 4, 5), ["Friends"])
    assert ana.raw_properties == ["X-SOMETHING:raw"]
    assert ana.source == "manual"  # the contact's origin is the user's, not the file's
    assert core.contacts.count() == 1


def test_conflicts_keep_mine_by_default_and_take_theirs_on_request(
    core: Core, tmp_path: Path
) -> None:
    existing = core.contacts.create(
        Contact(
            given_name="Ana",
            organization="Acme",
            birthday=PartialDate(1990, 4, 5),
            emails=[EmailAddress("ana@acme.example")],
        )
    )
    card = vcard("N:;Ana;;;", "ORG:Globex", "BDAY:1991-01-01", "EMAIL:ana@acme.example")
    path = write(tmp_path, "a.vcf", card)
    plan = plan_import(core, [path])
    conflicts = {c.field: (c.mine, c.theirs) for c in plan.cards[0].conflicts}
    assert conflicts == {
        "organization": ("Acme", "Globex"),
        "birthday": ("1990-04-05", "1991-01-01"),
    }
    before = snapshot()
    summary = apply_import(core, plan)
    assert summary.merged == 0
    assert summary.unchanged == 1
    assert snapshot() == before  # keeping mine writes nothing

    plan = plan_import(core, [path])
    for conflict in plan.cards[0].conflicts:
        conflict.take_theirs = conflict.field == "organization"
    summary = apply_import(core, plan)
    ana = core.contacts.get(existing)
    assert ana is not None
    assert summary.merged == 1
    assert (ana.organization, ana.birthday) == ("Globex", PartialDate(1990, 4, 5))
    assert core.contacts.search("globex") == [existing]


def test_the_same_person_twice_in_one_import_is_one_contact(core: Core, tmp_path: Path) -> None:
    by_name = vcard("FN:Ben Stone", "TEL:+1 415 555 0100", "TITLE:Chef")
    other = write(tmp_path, "other.vcf", vcard("FN:Ben S.", "EMAIL:BEN@example.org"))
    plan = plan_import(core, [write(tmp_path, "b.vcf", BEN, by_name), other])
    assert (plan.new, plan.merged, plan.unchanged) == (1, 0, 0)
    warnings = [(Path(p.file).name, p.line) for p in plan.problems if p.severity == "warning"]
    assert warnings == [("b.vcf", 7), ("other.vcf", 1)]
    assert "b.vcf, line 1" in plan.problems[1].reason
    summary = apply_import(core, plan)
    assert len(summary.contact_ids) == 1
    ben = core.contacts.get(summary.contact_ids[0])
    assert ben is not None
    assert (ben.display_name, ben.title) == ("Ben Stone", "Chef")
    assert [p.e164 for p in ben.phones] == ["+14155550100"]
    assert core.contacts.count() == 1


def test_a_company_with_or_without_its_legal_form_is_one_company(
    core: Core, tmp_path: Path
) -> None:
    stored = core.contacts.create(
        Contact(given_name="Jürgen", family_name="Müller", organization="Siemens AG")
    )
    plan = plan_import(
        core,
        [
            write(
                tmp_path,
                "b.vcf",
                vcard("N:Müller;Jürgen;;;", "ORG:SIEMENS", "TITLE:CTO"),
                vcard("N:Stone;Ben;;;", "ORG:Initech LLC"),
                vcard("N:Stone;Ben;;;", "ORG:Initech", "EMAIL:ben@initech.example"),
                # another company that only starts alike is someone else
                vcard("N:Stone;Ben;;;", "ORG:Initech Labs"),
            )
        ],
    )
    assert [(c.action, c.existing_id) for c in plan.cards] == [
        ("merge", stored),
        ("new", None),
        ("new", None),
    ]
    assert plan.cards[1].contact.emails[0].value == "ben@initech.example"
    assert plan.cards[2].contact.organization == "Initech Labs"


def test_within_file_duplicate_by_email(core: Core, tmp_path: Path) -> None:
    again = vcard("FN:Ben Stone", "EMAIL:ben@example.org", "TITLE:Chef")
    plan = plan_import(core, [write(tmp_path, "b.vcf", BEN, again)])
    assert plan.new == 1
    assert plan.cards[0].contact.title == "Chef"
    assert [(p.line, p.severity) for p in plan.problems] == [(7, "warning")]
    assert "line 1" in plan.problems[0].reason


def test_cancel_midway_leaves_the_database_as_before(core: Core, tmp_path: Path) -> None:
    import_files(core, [write(tmp_path, "a.vcf", ANA)])
    cards = [vcard(f"FN:Person {i}", f"EMAIL:p{i}@example.org") for i in range(1200)]
    plan = plan_import(
        core, [write(tmp_path, "many.vcf", *cards, vcard("UID:ana-1", "TITLE:Boss"))]
    )
    assert plan.new == 1200
    assert plan.merged == 1
    before = snapshot()
    calls = 0

    def cancel_after_first_chunk() -> bool:
        nonlocal calls
        calls += 1
        return calls > 1

    with pytest.raises(ImportCancelled):
        apply_import(core, plan, cancelled=cancel_after_first_chunk)
    assert calls == 2
    assert snapshot() == before


def test_a_failure_midway_rolls_everything_back(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_files(core, [write(tmp_path, "a.vcf", ANA)])
    cards = [vcard(f"FN:Person {i}", f"EMAIL:p{i}@example.org") for i in range(1200)]
    plan = plan_import(
        core, [write(tmp_path, "many.vcf", *cards, vcard("UID:ana-1", "TITLE:Boss"))]
    )
    before = snapshot()
    real = bulk._Writer.put
    chunks = 0

    def failing(writer: bulk._Writer, batch: list[bulk.Statement]) -> None:
        nonlocal chunks
        chunks += 1
        if chunks == 2:  # the first chunk of 500 contacts is written or being written
            batch.append(("INSERT INTO no_such_table VALUES (1)", []))
        real(writer, batch)

    monkeypatch.setattr(bulk._Writer, "put", failing)
    with pytest.raises(StoreError, match="no such table: no_such_table"):
        apply_import(core, plan)
    assert chunks >= 2
    assert snapshot() == before


def test_cancel_while_planning(core: Core, tmp_path: Path) -> None:
    path = write(tmp_path, "a.vcf", ANA)
    with pytest.raises(ImportCancelled):
        plan_import(core, [path], cancelled=lambda: True)


def test_bad_inputs_are_reported_by_file_and_nothing_crashes(core: Core, tmp_path: Path) -> None:
    empty = tmp_path / "empty.vcf"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.vcf"
    binary.write_bytes(bytes(range(256)) * 40)
    huge = tmp_path / "huge.vcf"
    with huge.open("wb") as out:
        out.truncate(200 * 1024 * 1024)  # sparse: refused by size before anything is read
    truncated = write(tmp_path, "cut.vcf", BEN, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half")
    latin1 = tmp_path / "latin1.vcf"
    latin1.write_bytes(vcard("FN:José Muñoz", "ORG:Peñas").encode("latin-1"))
    missing = tmp_path / "nowhere.vcf"
    paths = [str(p) for p in (empty, binary, huge, missing)] + [truncated, str(latin1)]
    plan = plan_import(core, paths)
    errors = {(Path(p.file).name, p.line) for p in plan.errors}
    assert {("empty.vcf", None), ("binary.vcf", None), ("huge.vcf", None)} <= errors
    assert ("nowhere.vcf", None) in errors
    assert ("cut.vcf", 7) in errors
    reasons = " ".join(p.reason for p in plan.errors)
    assert "empty" in reasons
    assert "too big" in reasons
    assert "binary" in reasons
    summary = apply_import(core, plan)
    assert summary.new == 2
    names = sorted(core.contacts.names(summary.contact_ids).values())
    assert names == ["Ben Stone", "José Muñoz"]


def test_unreadable_file(core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 0 does not stop root (CI runs as root): the read itself fails instead
    path = Path(write(tmp_path, "locked.vcf", ANA))
    real = Path.open

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "locked.vcf":
            raise PermissionError(13, "Permission denied")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", denied)
    plan = plan_import(core, [str(path), write(tmp_path, "ok.vcf", BEN)])
    assert [(Path(p.file).name, p.reason) for p in plan.errors] == [
        ("locked.vcf", "cannot read the file (Permission denied)")
    ]
    assert plan.new == 1


def _jpeg(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


def test_photos_are_scaled_and_a_bomb_is_dropped_with_a_warning(core: Core, tmp_path: Path) -> None:
    import base64

    good = base64.b64encode(_jpeg((1200, 900))).decode()
    bomb = io.BytesIO()
    Image.new("1", (9000, 9000)).save(bomb, "PNG")  # tiny file, 81 million pixels decoded
    bad = base64.b64encode(bomb.getvalue()).decode()
    path = write(
        tmp_path,
        "photos.vcf",
        vcard("FN:With Photo", f"PHOTO;ENCODING=b;TYPE=JPEG:{good}"),
        vcard("FN:Bomb Person", "TITLE:Kept", f"PHOTO;ENCODING=b;TYPE=PNG:{bad}"),
    )
    plan = plan_import(core, [path])
    assert [(p.line, p.severity) for p in plan.problems] == [(10, "warning")]  # its PHOTO line
    assert "photo dropped" in plan.problems[0].reason
    summary = apply_import(core, plan)
    with_photo, bomb_person = (core.contacts.get(i) for i in summary.contact_ids)
    assert with_photo is not None
    assert with_photo.photo is not None
    assert max(Image.open(io.BytesIO(with_photo.photo)).size) == 512
    assert core.contacts.summaries([summary.contact_ids[0]])[0].thumbnail is not None
    assert bomb_person is not None
    assert bomb_person.photo is None
    assert bomb_person.title == "Kept"


def test_folder_import_reads_every_contact_file_recursively(core: Core, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    write(folder, "one.vcf", ANA)
    write(folder / "deeper", "two.VCF", BEN)
    (folder / "deeper" / "three.csv").write_text(
        "First Name,Last Name,E-mail 1 - Value\nCara,Diaz,cara@example.org\n", encoding="utf-8"
    )
    (folder / "notes.txt").write_text("not a contact file")
    summary = import_files(core, [str(folder)])
    assert summary.new == 3
    assert summary.problems == []
    cara = core.contacts.get(core.contacts.search("cara")[0])
    assert cara is not None
    assert cara.source == "csv"
    assert cara.source_file == "three.csv"


def test_unknown_csv_needs_a_mapping(core: Core, tmp_path: Path) -> None:
    path = tmp_path / "crm.csv"
    path.write_text("Person,Mail,Firm\nDana Lee,dana@example.org,Initech\n", encoding="utf-8")
    assert unknown_csv_headers([str(path)]) == {str(path): ["Person", "Mail", "Firm"]}
    plan = plan_import(core, [str(path)])
    assert plan.new == 0
    assert "unknown CSV layout" in plan.errors[0].reason
    mapping = {"Person": "full_name", "Mail": "email", "Firm": "organization"}
    plan = plan_import(core, [str(path)], csv_mapping=mapping)
    assert plan.new == 1
    assert plan.problems == []
    dana = plan.cards[0].contact
    assert (dana.organization, dana.emails[0].value) == ("Initech", "dana@example.org")


def test_a_cadence_from_the_file_schedules_a_follow_up(core: Core, tmp_path: Path) -> None:
    card = vcard("FN:Eve Rhythm", "X-NETDESK-KEEP-IN-TOUCH-DAYS:30")
    summary = import_files(core, [write(tmp_path, "a.vcf", card)])
    (eve_id,) = summary.contact_ids
    eve = core.contacts.get(eve_id)
    assert eve is not None
    assert eve.keep_in_touch_days == 30
    assert eve.next_due is not None
    assert (eve.next_due - core.clock.now()).days == 29


def test_merge_card_never_touches_its_arguments() -> None:
    mine = Contact(given_name="Ana", emails=[EmailAddress("a@x.org")])
    theirs = Contact(given_name="Anna", phones=[PhoneNumber("+34612345678", e164="+34612345678")])
    merged, changes, conflicts = merge_card(mine, theirs)
    assert changes == ["phones"]
    assert [c.field for c in conflicts] == ["given_name"]
    assert mine.phones == []
    assert merged.phones == theirs.phones
    assert merged.given_name == "Ana"


def test_same_name_and_company_with_other_emails_is_someone_else(
    core: Core, tmp_path: Path
) -> None:
    import_files(core, [write(tmp_path, "a.vcf", ANA)])
    namesake = vcard("N:García;Ana;;;", "ORG:Acme", "EMAIL:ana.garcia2@acme.example")
    twin = vcard("N:García;Ana;;;", "ORG:Acme", "UID:other-ana", "EMAIL:third@acme.example")
    plan = plan_import(core, [write(tmp_path, "b.vcf", namesake, twin)])
    assert (plan.new, plan.merged, plan.unchanged) == (2, 0, 0)


def test_a_shared_office_phone_does_not_merge_colleagues(core: Core, tmp_path: Path) -> None:
    first = vcard("FN:Ana García", "EMAIL:ana@acme.example", "TEL;TYPE=WORK:+34 911 234 567")
    second = vcard("FN:Ben Stone", "EMAIL:ben@acme.example", "TEL;TYPE=WORK:+34 911 234 567")
    third = vcard("FN:A. García", "TEL:+34911234567", "TITLE:CTO")  # no e-mail: the same person
    plan = plan_import(core, [write(tmp_path, "office.vcf", first, second, third)])
    assert plan.new == 2
    assert plan.cards[0].contact.title == "CTO"


def test_a_family_landline_does_not_merge_another_given_name(core: Core, tmp_path: Path) -> None:
    ana = core.contacts.create(
        Contact(given_name="Ana", family_name="García", phones=[PhoneNumber("+34 910 000 000")])
    )
    luis = vcard("N:García;Luis;;;", "TEL;TYPE=HOME:+34910000000", "TITLE:Plumber")
    plan = plan_import(core, [write(tmp_path, "luis.vcf", luis)])
    assert (plan.new, plan.merged) == (1, 0)
    # the same person by the first letters of the name still merges ("J." and "John")
    short = vcard("N:García;A.;;;", "TEL:+34 910 000 000", "TITLE:CTO")
    plan = plan_import(core, [write(tmp_path, "a.vcf", short)])
    assert (plan.new, plan.merged, plan.cards[0].existing_id) == (0, 1, ana)


def test_a_shared_email_goes_to_the_holder_of_the_same_given_name(
    core: Core, tmp_path: Path
) -> None:
    """Ana and Luis share a family address: each card goes to its own person. Held by one
    contact only, the address still finds them under another given name ("Bill" for
    "William"), the names shown as a difference in the preview."""
    casa = [EmailAddress("casa@x.example")]
    ana = core.contacts.create(Contact(given_name="Ana", family_name="García", emails=casa))
    luis = core.contacts.create(Contact(given_name="Luis", family_name="García", emails=casa))
    bill = core.contacts.create(
        Contact(given_name="William", family_name="Gates", emails=[EmailAddress("bg@x.org")])
    )
    cards = (
        vcard("N:García;Luis;;;", "EMAIL:casa@x.example", "TITLE:Plumber"),
        vcard("N:García;ANA;;;", "EMAIL:Casa@x.example", "TITLE:Architect"),
        vcard("N:Gates;Bill;;;", "EMAIL:bg@x.org", "TITLE:Chairman"),
    )
    plan = plan_import(core, [write(tmp_path, "family.vcf", *cards)])
    assert [(c.existing_id, c.action) for c in plan.cards] == [
        (luis, "merge"),
        (ana, "merge"),
        (bill, "merge"),
    ]
    assert [c.field for c in plan.cards[2].conflicts] == ["given_name"]


def test_two_cards_of_one_file_sharing_an_email_stay_two_people(core: Core, tmp_path: Path) -> None:
    """Other given names, or the same name under other UIDs (two records where they come
    from), are two contacts; the same name without UIDs is one person written twice."""
    cards = (
        vcard("UID:a", "N:García;Ana;;;", "EMAIL:casa@x.example"),
        vcard("UID:l", "N:García;Luis;;;", "EMAIL:casa@x.example"),
        vcard("UID:a2", "N:García;Ana;;;", "EMAIL:casa@x.example", "NOTE:second record"),
        vcard("N:Stone;Ben;;;", "EMAIL:ben@x.example"),
        vcard("N:Stone;Ben;;;", "EMAIL:ben@x.example", "TITLE:CTO"),
    )
    plan = plan_import(core, [write(tmp_path, "family.vcf", *cards)])
    assert [(c.contact.given_name, c.contact.uid) for c in plan.cards] == [
        ("Ana", "a"),
        ("Luis", "l"),
        ("Ana", "a2"),
        ("Ben", ""),
    ]


@pytest.mark.parametrize("fmt", ["vcard4", "vcard3", "csv"])
def test_importing_an_export_again_changes_nothing_even_for_a_shared_email(
    core: Core, tmp_path: Path, fmt: str
) -> None:
    from netdesk.core.exporting import export_contacts

    shared = [EmailAddress("casa@x.example")]
    for given, phone in (("Ana", "+34 600 000 001"), ("Luis", "+34 600 000 002")):
        core.contacts.create(
            Contact(
                given_name=given,
                family_name="García",
                emails=list(shared),
                phones=[PhoneNumber(phone)],
            )
        )
    out = tmp_path / f"all.{'csv' if fmt == 'csv' else 'vcf'}"
    export_contacts(core, out, fmt=fmt)
    before = snapshot()
    summary = import_files(core, [str(out)])
    assert (summary.new, summary.merged) == (0, 0)
    assert snapshot() == before


def test_contacts_made_here_get_a_uid_that_exports_carry(core: Core, tmp_path: Path) -> None:
    import re

    from netdesk.core.exporting import export_contacts

    ana = core.contacts.create(Contact(given_name="Ana"))
    import_files(core, [write(tmp_path, "ben.vcf", BEN)])  # a card without a UID
    uids = [c.uid for c in (core.contacts.get(i) for i in core.contacts.list_ids()) if c]
    assert len(set(uids)) == 2
    assert all(re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", uid) for uid in uids)
    export_contacts(core, tmp_path / "out.vcf", contact_ids=[ana])
    assert f"UID:{core.contacts.get(ana).uid}" in (tmp_path / "out.vcf").read_text()


def test_a_contact_changed_between_the_preview_and_import_is_not_written_over(
    core: Core, tmp_path: Path
) -> None:
    """The preview is open; netdesk-cli adds a phone and a tag to the contact the import
    merges into. Importing then would write the contact as it was read back over them."""
    from netdesk.core.importing import ImportStale

    ana = core.contacts.create(
        Contact(given_name="Ana", family_name="García", emails=[EmailAddress("ana@acme.example")])
    )
    plan = plan_import(core, [write(tmp_path, "a.vcf", ANA)])
    assert plan.merged == 1
    changed = core.contacts.get(ana)
    changed.phones.append(PhoneNumber("+34 699 000 111"))
    core.contacts.update(changed)
    core.contacts.add_tag([ana], "investor")
    before = snapshot()
    with pytest.raises(ImportStale, match="Ana García changed since the files were read"):
        apply_import(core, plan)
    assert snapshot() == before
    # gone meanwhile: said the same way, not a database error
    plan = plan_import(core, [write(tmp_path, "a.vcf", ANA)])
    core.contacts.delete([ana])
    with pytest.raises(ImportStale):
        apply_import(core, plan)


def test_the_headless_import_reads_a_changed_contact_again(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.core import importing

    ana = core.contacts.create(
        Contact(given_name="Ana", family_name="García", emails=[EmailAddress("ana@acme.example")])
    )
    planned = importing.plan_import
    plans = 0

    def another_program_writes_after_the_first_plan(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal plans
        plan = planned(*args, **kwargs)
        plans += 1
        if plans == 1:
            core.contacts.add_tag([ana], "investor")
        return plan

    monkeypatch.setattr(importing, "plan_import", another_program_writes_after_the_first_plan)
    summary = import_files(core, [write(tmp_path, "a.vcf", ANA)])
    assert (plans, summary.merged) == (2, 1)
    assert sorted(core.contacts.get(ana).tags) == ["Clients", "investor"]


def test_a_card_with_its_own_uid_finds_a_contact_made_here_by_phone_or_name(
    core: Core, tmp_path: Path
) -> None:
    """Contacts made in netdesk carry netdesk's UID: a phone's card (with its own UID) must
    still find them by phone, or by name and company, as before they had one."""
    ana = core.contacts.create(
        Contact(given_name="Ana", family_name="López", phones=[PhoneNumber("+34 612 345 678")])
    )
    bob = core.contacts.create(Contact(given_name="Bob", family_name="Stone", organization="Acme"))
    cards = (
        vcard("UID:phone-1", "N:López;Ana;;;", "TEL:+34612345678", "TITLE:CTO"),
        vcard("UID:phone-2", "N:Stone;Bob;;;", "FN:Bob Stone", "ORG:Acme", "TITLE:CEO"),
    )
    plan = plan_import(core, [write(tmp_path, "phone.vcf", *cards)])
    assert [(c.action, c.existing_id) for c in plan.cards] == [("merge", ana), ("merge", bob)]


def test_one_person_from_two_address_books_in_one_import_is_one_contact(
    core: Core, tmp_path: Path
) -> None:
    """The same e-mail under other UIDs in two files (a phone's export and Google's) is one
    person, as when the files are imported one after the other; in one file, two records."""
    phone = write(tmp_path, "phone.vcf", vcard("UID:p-1", "N:López;Ana;;;", "EMAIL:ana@x.org"))
    google = write(
        tmp_path, "google.vcf", vcard("UID:g-9", "N:López;Ana;;;", "EMAIL:ana@x.org", "ORG:Acme")
    )
    plan = plan_import(core, [phone, google])
    assert [(c.action, len(c.lines)) for c in plan.cards] == [("new", 2)]


@pytest.mark.parametrize("bob_first", [False, True])
def test_a_file_giving_one_address_to_two_people_finds_only_its_holder_by_it(
    core: Core, tmp_path: Path, bob_first: bool
) -> None:
    """Ann is stored with the family's address; one file holds Ann and Bob with it. Bob is
    someone new, in either order (the address held by one contact alone found him as Ann)."""
    ann = core.contacts.create(
        Contact(given_name="Ann", family_name="Lee", emails=[EmailAddress("lees@x.org")])
    )
    cards = [
        vcard("N:Lee;Ann;;;", "EMAIL:lees@x.org"),
        vcard("N:Lee;Bob;;;", "EMAIL:lees@x.org", "TITLE:Pilot"),
    ]
    plan = plan_import(core, [write(tmp_path, "lees.vcf", *(cards[::-1] if bob_first else cards))])
    found = {c.contact.given_name: (c.action, c.existing_id) for c in plan.cards}
    assert found == {"Ann": ("unchanged", ann), "Bob": ("new", None)}


def test_two_records_of_one_file_stay_two_after_the_first_merged_into_a_contact(
    core: Core, tmp_path: Path
) -> None:
    """Two records (other UIDs) sharing a phone: two contacts into an empty database, and so
    when the first one merges into a stored contact."""
    ann = core.contacts.create(
        Contact(
            given_name="Ann",
            emails=[EmailAddress("ann@x.org")],
            phones=[PhoneNumber("+34 600 000 001")],
        )
    )
    cards = (
        vcard("UID:u1", "N:;Ann;;;", "EMAIL:ann@x.org", "TEL:+34600000001"),
        vcard("UID:u2", "N:;Ann;;;", "TEL:+34600000001", "TITLE:Other"),
    )
    plan = plan_import(core, [write(tmp_path, "two.vcf", *cards)])
    assert [(c.action, c.existing_id) for c in plan.cards] == [("unchanged", ann), ("new", None)]


# -- re-imports settled by the card's fingerprint ---------------------------------------------


def _loaded_ids(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every id bulk.load_contacts is asked for from now on."""
    asked: list[int] = []
    real = bulk.load_contacts

    def spy(ids: object) -> dict[int, Contact]:
        wanted = list(ids)  # type: ignore[call-overload]
        asked.extend(wanted)
        return real(wanted)

    monkeypatch.setattr(bulk, "load_contacts", spy)
    return asked


def test_an_unchanged_reimport_loads_merges_and_writes_nothing(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "phone.vcf", ANA, BEN)
    first = import_files(core, [path])
    core.clock.advance(hours=1)  # type: ignore[attr-defined]
    before = snapshot()
    changes = db.execute_sql("SELECT total_changes()").fetchone()[0]
    loaded = _loaded_ids(monkeypatch)
    plan = plan_import(core, [path])
    assert (plan.new, plan.merged, plan.unchanged) == (0, 0, 2)
    assert [card.settled for card in plan.cards] == [True, True]
    assert loaded == []  # neither loaded nor merged
    summary = apply_import(core, plan)
    assert (summary.new, summary.merged, summary.unchanged) == (0, 0, 2)
    assert summary.contact_ids == first.contact_ids
    assert db.execute_sql("SELECT total_changes()").fetchone()[0] == changes
    assert snapshot() == before  # updated_at included


def test_a_card_changed_in_the_file_is_merged(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "phone.vcf", ANA, BEN)
    first = import_files(core, [path])
    changed = BEN.replace("END:VCARD", "TITLE:Chef\r\nEND:VCARD")
    loaded = _loaded_ids(monkeypatch)
    plan = plan_import(core, [write(tmp_path, "phone.vcf", ANA, changed)])
    assert [(c.action, c.changes) for c in plan.cards] == [("unchanged", []), ("merge", ["title"])]
    assert loaded == [first.contact_ids[1]]  # only Ben, whose card changed
    apply_import(core, plan)
    ben = core.contacts.get(first.contact_ids[1])
    assert ben is not None
    assert ben.title == "Chef"
    # the merged card's fingerprint is recorded: the next run settles both again
    plan = plan_import(core, [str(tmp_path / "phone.vcf")])
    assert [card.settled for card in plan.cards] == [True, True]


def test_a_contact_edited_since_the_import_is_compared_field_by_field(
    core: Core, tmp_path: Path
) -> None:
    path = write(tmp_path, "phone.vcf", ANA, BEN)
    ana_id, ben_id = import_files(core, [path]).contact_ids
    # the same second as the import (the clock does not move): the edit must still count
    ana = core.contacts.get(ana_id)
    assert ana is not None
    ana.title = "CTO"
    core.contacts.update(ana)
    core.contacts.remove_tag([ben_id], "Clients")  # no tag on Ben's card: no effect
    # one more tag: a merge of his card would add nothing, he is settled unread (schema 18)
    core.contacts.add_tag([ben_id], "Friends")
    plan = plan_import(core, [path])
    assert [card.settled for card in plan.cards] == [False, True]
    assert [(c.field, c.mine, c.theirs) for c in plan.cards[0].conflicts] == [
        ("title", "CTO", "Engineer")
    ]
    assert (plan.cards[1].action, plan.cards[1].changes) == ("unchanged", [])


def test_a_tag_the_user_removed_comes_back_as_before(core: Core, tmp_path: Path) -> None:
    path = write(tmp_path, "ana.vcf", ANA)
    (ana_id,) = import_files(core, [path]).contact_ids
    core.contacts.remove_tag([ana_id], "Clients")
    plan = plan_import(core, [path])
    assert (plan.cards[0].action, plan.cards[0].changes) == ("merge", ["tags"])


def test_a_conflict_kept_mine_is_asked_again_on_the_next_import(core: Core, tmp_path: Path) -> None:
    core.contacts.create(
        Contact(given_name="Ana", organization="Acme", emails=[EmailAddress("ana@acme.example")])
    )
    card = vcard("N:;Ana;;;", "ORG:Globex", "TITLE:Chef", "EMAIL:ana@acme.example")
    path = write(tmp_path, "a.vcf", card)
    plan = plan_import(core, [path])
    assert (plan.cards[0].changes, [c.field for c in plan.cards[0].conflicts]) == (
        ["title"],
        ["organization"],
    )
    assert apply_import(core, plan).merged == 1  # the title is written, Acme kept
    plan = plan_import(core, [path])
    assert not plan.cards[0].settled
    assert [c.field for c in plan.cards[0].conflicts] == ["organization"]
    plan.cards[0].conflicts[0].take_theirs = True
    apply_import(core, plan)  # now nothing is left to ask: the card settles the contact
    assert plan_import(core, [path]).cards[0].settled


def test_a_contact_made_of_two_cards_is_compared_again(core: Core, tmp_path: Path) -> None:
    again = vcard("FN:Ben Stone", "EMAIL:ben@example.org", "TITLE:Chef")
    path = write(tmp_path, "b.vcf", BEN, again)
    (ben_id,) = import_files(core, [path]).contact_ids
    assert bulk.import_fingerprints([ben_id]) == {ben_id: None}  # no one card describes Ben
    plan = plan_import(core, [path])
    assert not plan.cards[0].settled
    assert (plan.new, plan.merged, plan.unchanged) == (0, 0, 1)


def test_a_dropped_photo_is_reported_again_on_the_next_import(core: Core, tmp_path: Path) -> None:
    import base64

    bomb = io.BytesIO()
    Image.new("1", (9000, 9000)).save(bomb, "PNG")
    card = vcard("UID:bomb-1", "FN:Bomb Person", f"PHOTO;ENCODING=b;TYPE=PNG:"
                 f"{base64.b64encode(bomb.getvalue()).decode()}")  # fmt: skip
    path = write(tmp_path, "bomb.vcf", card)
    import_files(core, [path])
    plan = plan_import(core, [path])
    assert not plan.cards[0].settled
    assert ["photo dropped" in p.reason for p in plan.problems] == [True]


def test_a_second_card_for_a_settled_contact_merges_into_the_stored_one(
    core: Core, tmp_path: Path
) -> None:
    path = write(tmp_path, "ana.vcf", ANA)
    (ana_id,) = import_files(core, [path]).contact_ids
    more = vcard("FN:Ana García", "EMAIL:ana@acme.example", "NOTE:Met at the fair")
    plan = plan_import(core, [path, write(tmp_path, "more.vcf", more)])
    assert len(plan.cards) == 1
    card = plan.cards[0]
    assert (card.action, card.changes, card.settled) == ("merge", ["notes"], False)
    assert card.contact.organization == "Acme"  # the stored contact, loaded after all
    apply_import(core, plan)
    ana = core.contacts.get(ana_id)
    assert ana is not None
    assert (ana.notes, ana.title, ana.tags) == ("Met at the fair", "Engineer", ["Clients"])


def test_a_weak_match_on_a_settled_contact_loads_it_to_check(core: Core, tmp_path: Path) -> None:
    (ana_id,) = import_files(core, [write(tmp_path, "ana.vcf", ANA)]).contact_ids
    colleague = vcard("FN:Bea Ruiz", "EMAIL:bea@acme.example", "TEL:+34 612 34 56 78")
    plan = plan_import(core, [write(tmp_path, "both.vcf", colleague, ANA)])
    assert [(c.action, c.existing_id, c.settled) for c in plan.cards] == [
        ("new", None, False),  # the shared office phone, but other e-mails: someone else
        ("unchanged", ana_id, True),
    ]


def _cards_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The line of every card the vCard reader builds a contact from from now on."""
    from netdesk.interop import vcard_read

    lines: list[int] = []
    real = vcard_read._build

    def spy(decoder, filename, source_file, chunk, problems):  # type: ignore[no-untyped-def]
        lines.append(chunk.line)
        return real(decoder, filename, source_file, chunk, problems)

    monkeypatch.setattr(vcard_read, "_build", spy)
    return lines


def test_an_unchanged_reimport_does_not_even_read_the_cards(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changed = BEN.replace("END:VCARD", "TITLE:Chef\r\nEND:VCARD")
    path = write(tmp_path, "phone.vcf", ANA, BEN)
    ana_id, ben_id = import_files(core, [path]).contact_ids
    read = _cards_read(monkeypatch)
    plan = plan_import(core, [write(tmp_path, "phone.vcf", ANA, changed)])
    assert read == [13]  # only Ben's card, which changed in the file: line 13
    assert [(c.action, c.existing_id, c.settled) for c in plan.cards] == [
        ("unchanged", ana_id, True),
        ("merge", ben_id, False),
    ]
    assert plan.problems == []


def test_a_known_card_after_another_card_for_its_contact_is_read_and_merged(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (ana_id,) = import_files(core, [write(tmp_path, "ana.vcf", ANA)]).contact_ids
    first = vcard("FN:Ana García", "EMAIL:ana@acme.example", "NOTE:Met at the fair")
    read = _cards_read(monkeypatch)
    plan = plan_import(core, [write(tmp_path, "both.vcf", first, ANA)])
    assert read == [1, 7]  # the unchanged card too: the first one already merges into Ana
    assert len(plan.cards) == 1
    card = plan.cards[0]
    assert (card.action, card.existing_id, card.changes) == ("merge", ana_id, ["notes"])
    assert [p.reason for p in plan.problems] == [
        "the same person as line 1; merged into one contact"
    ]
    apply_import(core, plan)
    ana = core.contacts.get(ana_id)
    assert ana is not None
    assert (ana.notes, ana.title, ana.tags) == ("Met at the fair", "Engineer", ["Clients"])
    assert core.contacts.count() == 1


def test_finding_unknown_csv_layouts_reads_only_each_files_head(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.interop import csvfile

    path = tmp_path / "big.csv"
    rows = "".join(f"P{n},p{n}@example.org,Firm {n}\n" for n in range(20_000))  # ~0.6 MB
    path.write_text("Person,Mail,Firm\n" + rows, encoding="utf-8")

    def whole(_path: object) -> bytes:
        raise AssertionError("read the whole file to find its header row")

    monkeypatch.setattr(csvfile, "read_import_bytes", whole)
    assert unknown_csv_headers([str(path)]) == {str(path): ["Person", "Mail", "Firm"]}


def test_small_and_large_photos_each_land_on_their_own_contact_in_file_order(
    core: Core, tmp_path: Path
) -> None:
    import base64

    from netdesk.core import importing

    def jpeg(size: tuple[int, int], colour: tuple[int, int, int], noisy: bool) -> bytes:
        image = Image.new("RGB", size, colour)
        if noisy:  # incompressible: a file above the inline size, prepared in the pool
            image = Image.frombytes("RGB", size, random.Random(7).randbytes(size[0] * size[1] * 3))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=95)
        return out.getvalue()

    big = jpeg((700, 500), (0, 0, 0), True)
    small = jpeg((96, 96), (10, 200, 10), False)
    assert len(big) > importing._INLINE_PHOTO_BYTES >= len(small)
    bomb = io.BytesIO()
    Image.new("1", (9000, 9000)).save(bomb, "PNG")
    cards = []
    for n in range(6):  # large, small, broken-large, bomb, large, small
        data = [big, small, big[: len(big) // 2], bomb.getvalue(), big, small][n]
        kind = "PNG" if n == 3 else "JPEG"
        cards.append(
            vcard(f"FN:P{n}", f"PHOTO;ENCODING=b;TYPE={kind}:{base64.b64encode(data).decode()}")
        )
    plan = plan_import(core, [write(tmp_path, "mixed.vcf", *cards)])
    assert [p.line for p in plan.problems] == sorted(p.line for p in plan.problems)
    assert len(plan.problems) == 2
    summary = apply_import(core, plan)
    sizes = []
    for contact_id in summary.contact_ids:
        contact = core.contacts.get(contact_id)
        assert contact is not None
        sizes.append(
            (
                contact.display_name,
                Image.open(io.BytesIO(contact.photo)).size if contact.photo else None,
            )
        )
    assert sizes == [
        ("P0", (512, 366)),
        ("P1", (96, 96)),
        ("P2", None),
        ("P3", None),
        ("P4", (512, 366)),
        ("P5", (96, 96)),
    ]


def test_the_plan_moves_its_progress_while_a_big_file_is_read(core: Core, tmp_path: Path) -> None:
    """One 10,000-card file went 0 -> 50% -> 100% over seconds: the bar now moves as cards
    and rows are read, then for the matching."""
    cards = tmp_path / "many.vcf"
    cards.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@example.org\r\n"
            "END:VCARD\r\n"
            for i in range(1000)
        ),
        encoding="utf-8",
    )
    rows = tmp_path / "many.csv"
    rows.write_text(
        "First Name,E-mail 1 - Value\n"
        + "".join(f"Row {i},r{i}@example.org\n" for i in range(1000)),
        encoding="utf-8",
    )
    seen: list[tuple[int, int]] = []
    plan = plan_import(core, [str(cards), str(rows)], progress=lambda d, t: seen.append((d, t)))
    assert plan.new == 2000
    assert seen[-1] == (3000, 3000) and {total for _, total in seen} == {3000}
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert len([d for d in done if 0 < d < 1000]) >= 3  # inside the vCard file
    assert len([d for d in done if 1000 < d < 2000]) >= 3  # inside the CSV
    # and while the cards are matched against the stored ones, where it stood still (at 50%
    # for one file in `netdesk-cli import --progress`)
    assert len([d for d in done if 2000 < d < 3000]) >= 3


def test_a_card_with_no_name_is_imported_under_its_note_or_address(
    core: Core, tmp_path: Path
) -> None:
    """A card with nothing to call it by but a note or an address was skipped, and what it
    held was lost with it: it is imported under a name taken from that, and said so."""
    noted = vcard("NOTE:Plumber who fixed the boiler\\nCall before 9", "ADR:;;12 High St;Leeds;;;")
    housed = vcard("ADR;TYPE=home:;;  ;Leeds;;LS1;UK", "BDAY:1990-01-02")
    linked = vcard("URL:https://www.example.org/someone/")
    path = write(tmp_path, "odd.vcf", noted, housed, linked, vcard("BDAY:1980-05-06"))
    plan = plan_import(core, [path])
    assert [card.contact.display_name for card in plan.cards] == [
        "Plumber who fixed the boiler",
        "Leeds",
        "example.org/someone",
    ]
    # (in line order: a card with nothing to import is told as it is read, the others at matching)
    assert sorted((p.line, p.severity, p.reason) for p in plan.problems) == [
        (1, "warning", "no name, e-mail, phone or company; imported as 'Plumber who fixed the "
                       "boiler', the first line of its note"),
        (6, "warning", "no name, e-mail, phone or company; imported as 'Leeds', its address"),
        (11, "warning",
         "no name, e-mail, phone or company; imported as 'example.org/someone', its web page"),
        (15, "warning", "card has no name, e-mail, phone or company; not imported"),
    ]  # fmt: skip
    summary = apply_import(core, plan)
    stored = core.contacts.get(summary.contact_ids[0])
    assert stored is not None
    assert stored.notes == "Plumber who fixed the boiler\nCall before 9"
    assert [a.street for a in stored.addresses] == ["12 High St"]
    again = import_files(core, [path])  # found again by that name: nothing added
    assert (again.new, again.merged, again.unchanged) == (0, 0, 3)


def test_a_csv_row_with_only_a_note_is_imported_and_found_again(core: Core, tmp_path: Path) -> None:
    path = tmp_path / "google.csv"
    path.write_text(
        "Given Name,Family Name,Notes,Birthday\n,,Met at the school gate,\n,,,1990-01-02\n",
        encoding="utf-8",
    )
    first = import_files(core, [str(path)])
    assert first.new == 1
    assert core.contacts.names(first.contact_ids) == {
        first.contact_ids[0]: "Met at the school gate"
    }
    assert [p.reason for p in first.problems] == [
        "row has no name, e-mail, phone or company",  # a birthday alone
        "no name, e-mail, phone or company; imported as 'Met at the school gate', the first "
        "line of its note",
    ]
    again = import_files(core, [str(path)])
    assert (again.new, again.merged, again.unchanged) == (0, 0, 1)


def test_a_file_whose_name_is_not_utf8_imports(core: Core, tmp_path: Path) -> None:
    """'caf\\xe9.vcf' from an old Latin-1 archive failed the whole import: SQLite refused the
    file name's undecodable stand-ins as the contacts' source file."""
    import os

    path = os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.vcf")
    Path(path).write_text(BEN, encoding="utf-8")
    summary = import_files(core, [path])
    assert summary.new == 1
    stored = core.contacts.get(summary.contact_ids[0])
    assert stored is not None
    assert stored.source_file == "caf\ufffd.vcf"


def test_a_file_the_csv_reader_chokes_on_is_that_files_problem(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A csv.Error (a cell past the reader's limit, say) failed the whole import."""
    import csv

    from netdesk.interop import csvfile

    good = tmp_path / "good.vcf"
    good.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n", encoding="utf-8")
    odd = tmp_path / "odd.csv"
    odd.write_text("Name,E-mail\nBob,bob@x.org\n", encoding="utf-8")

    def choke(*_args: object, **_kwargs: object) -> None:
        raise csv.Error("field larger than field limit (131072)")

    monkeypatch.setattr(csvfile, "read_csv_file", choke)
    plan = plan_import(core, [str(good), str(odd)], csv_mappings={str(odd): {"Name": "full_name"}})
    assert plan.new == 1
    assert [str(p) for p in plan.problems] == [
        f"{odd}: error: cannot read the file: field larger than field limit (131072)"
    ]


def test_a_folder_it_may_not_enter_is_named(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unreadable subfolder of a dropped folder was skipped without a word."""
    folder = tmp_path / "exports"
    write(folder, "one.vcf", ANA)
    write(folder / "private", "two.vcf", BEN)
    refuse_to_list(monkeypatch, "private")
    plan = plan_import(core, [str(folder)])
    assert plan.new == 1
    assert [(p.file, p.reason) for p in plan.errors] == [
        (str(folder / "private"), "cannot read the folder: Permission denied")
    ]


def test_a_link_in_a_folder_to_a_contact_file_not_there_is_named(
    core: Core, tmp_path: Path
) -> None:
    """A dropped folder's link to a .vcf moved or deleted since was skipped without a word
    (os.path.isfile is False for it), its contact missing from the import unexplained."""
    folder = tmp_path / "exports"
    write(folder, "one.vcf", ANA)
    (folder / "gone.vcf").symlink_to(tmp_path / "moved" / "gone.vcf")
    plan = plan_import(core, [str(folder)])
    assert plan.new == 1
    assert [(p.file, p.reason) for p in plan.errors] == [
        (
            str(folder / "gone.vcf"),
            f"a link to {tmp_path / 'moved' / 'gone.vcf'}, which is not there",
        )
    ]
    (folder / "one.vcf").unlink()  # nothing else there: the link is named, not "no contact file"
    assert [p.reason for p in plan_import(core, [str(folder)]).errors] == [
        f"a link to {tmp_path / 'moved' / 'gone.vcf'}, which is not there"
    ]


def test_a_folder_import_reads_tab_separated_files_too(core: Core, tmp_path: Path) -> None:
    """A .tsv (a spreadsheet's "Tab-separated values") is read by the CSV reader when named
    alone, but a dropped folder's scan left it out without a word."""
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "people.tsv").write_text(
        "First Name\tLast Name\tE-mail 1 - Value\nCara\tDiaz\tcara@example.org\n", encoding="utf-8"
    )
    summary = import_files(core, [str(folder)])
    assert (summary.new, summary.problems) == (1, [])


def test_a_folder_without_contact_files_names_every_kind_it_looks_for(
    core: Core, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "notes.txt").write_text("call Ana\n", encoding="utf-8")
    plan = plan_import(core, [str(folder)])
    assert [(p.file, p.reason) for p in plan.errors] == [
        (str(folder), "no contact file (.vcf, .vcard, .csv, .tsv) in the folder")
    ]
