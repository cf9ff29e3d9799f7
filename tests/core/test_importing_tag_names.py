"""An import's tags are the stored tags they name by the rule a tag typed on a card follows
(core.tag_names): beyond ASCII case and runs of spaces, over real SQLite files."""

from __future__ import annotations

from pathlib import Path

from netdesk.core import Core
from netdesk.core.importing import apply_import, plan_import
from netdesk.core.types import Contact, EmailAddress


def vcard(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


def write(tmp_path: Path, *cards: str) -> str:
    path = tmp_path / "cards.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    return str(path)


def tag_names(core: Core) -> list[str]:
    return sorted(tag.name for tag in core.contacts.tags())


def test_a_new_contacts_tags_are_the_stored_tags_beyond_ascii_case_and_spacing(
    core: Core, tmp_path: Path
) -> None:
    core.contacts.create(Contact(given_name="Bob", tags=["Émigré", "Straße", "open source"]))
    card = vcard("N:Ruiz;Ana;;;", "FN:Ana Ruiz", "CATEGORIES:émigré,STRASSE,open  source,ÉMIGRÉ")
    plan = plan_import(core, [write(tmp_path, card)])
    assert [c.contact.tags for c in plan.cards] == [["Émigré", "Straße", "open source"]]
    summary = apply_import(core, plan)
    assert tag_names(core) == ["Straße", "open source", "Émigré"]  # no near-duplicate made
    ana = core.contacts.get(summary.contact_ids[0])
    assert ana is not None
    assert sorted(ana.tags) == ["Straße", "open source", "Émigré"]


def test_a_card_naming_its_stored_tag_in_another_case_changes_nothing(
    core: Core, tmp_path: Path
) -> None:
    core.contacts.create(
        Contact(
            given_name="Ana",
            family_name="Ruiz",
            emails=[EmailAddress("ana@example.org")],
            tags=["Émigré"],
        )
    )
    card = vcard("N:Ruiz;Ana;;;", "FN:Ana Ruiz", "EMAIL:ana@example.org", "CATEGORIES:ÉMIGRÉ")
    plan = plan_import(core, [write(tmp_path, card)])
    assert (plan.new, plan.merged, plan.unchanged) == (0, 0, 1)
    apply_import(core, plan)
    assert tag_names(core) == ["Émigré"]


def test_new_tags_differing_in_spacing_alone_are_one_tag(core: Core, tmp_path: Path) -> None:
    cards = [
        vcard("N:Ruiz;Ana;;;", "FN:Ana Ruiz", "CATEGORIES:open  source"),
        vcard("N:Stone;Ben;;;", "FN:Ben Stone", "CATEGORIES:open source"),
    ]
    apply_import(core, plan_import(core, [write(tmp_path, *cards)]))
    assert tag_names(core) == ["open source"]
