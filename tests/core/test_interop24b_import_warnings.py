"""What an import says of a card: a "met through" link to no one it knows, and which of two
files of the same name in a dropped folder an earlier card was in."""

from __future__ import annotations

from pathlib import Path

from netdesk.core import Core
from netdesk.core.importing import plan_import

BEA = "urn:uuid:b85b7ab1-ccf9-4fd7-80e2-7cfd94adf196"
ANA_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Met\r\nN:Met;Ana;;;\r\n"
    "EMAIL:ana@x.org\r\nUID:urn:uuid:ac1f531e-193f-4085-a8ec-4e649bda0836\r\n"
    f"X-NETDESK-MET-THROUGH:{BEA}\r\nEND:VCARD\r\n"
)
BEA_CARD = (
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bea Intro\r\nN:Intro;Bea;;;\r\nUID:{BEA}\r\nEND:VCARD\r\n"
)
PLAIN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carl Plain\r\nEND:VCARD\r\n"


def test_a_met_through_link_to_no_one_known_is_said_naming_the_card(
    core: Core, tmp_path: Path
) -> None:
    path = tmp_path / "ana.vcf"
    path.write_text(PLAIN + ANA_CARD, encoding="utf-8")
    plan = plan_import(core, [str(path)])
    said = [(p.file, p.line, p.severity, p.reason) for p in plan.problems]
    assert said == [
        (
            str(path),
            5,
            "warning",
            "Ana Met: who introduced them is neither in the import nor among your contacts; "
            "'met through' left empty",
        )
    ]
    assert plan.cards[1].contact.met_through_uid == ""


def test_a_met_through_link_to_someone_in_the_file_or_stored_says_nothing(
    core: Core, tmp_path: Path
) -> None:
    path = tmp_path / "both.vcf"
    path.write_text(BEA_CARD + ANA_CARD, encoding="utf-8")
    assert plan_import(core, [str(path)]).problems == []
    alone = tmp_path / "bea.vcf"
    alone.write_text(BEA_CARD, encoding="utf-8")
    from netdesk.core.importing import import_files

    import_files(core, [str(alone)])
    ana = tmp_path / "ana.vcf"
    ana.write_text(ANA_CARD, encoding="utf-8")
    assert plan_import(core, [str(ana)]).problems == []


def test_the_same_person_in_a_file_of_the_same_name_is_named_from_the_dropped_folder(
    core: Core, tmp_path: Path
) -> None:
    dropped = tmp_path / "backups"
    for sub in ("laptop", "phone"):
        (dropped / sub).mkdir(parents=True)
        (dropped / sub / "contacts.vcf").write_text(PLAIN, encoding="utf-8")
    (dropped / "other.vcf").write_text(PLAIN, encoding="utf-8")
    plan = plan_import(core, [str(dropped)])
    said = sorted((Path(p.file).relative_to(dropped).as_posix(), p.reason) for p in plan.problems)
    assert said == [
        (
            "other.vcf",
            f"the same person as {Path('laptop', 'contacts.vcf')}, line 1; merged into one contact",
        ),
        (
            "phone/contacts.vcf",
            f"the same person as {Path('laptop', 'contacts.vcf')}, line 1; merged into one contact",
        ),
    ]


def test_a_file_name_alone_in_the_import_is_named_alone(core: Core, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "laptop.vcf").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "phone.vcf").write_text(PLAIN, encoding="utf-8")
    plan = plan_import(core, [str(tmp_path)])
    assert [p.reason for p in plan.problems] == [
        "the same person as laptop.vcf, line 1; merged into one contact"
    ]
