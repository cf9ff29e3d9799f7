"""`show` shows the whole card: its addresses, websites, related people, own fields,
anniversary and what they do, look for and offer were in neither the text nor the JSON, so
"where does she live?" needed the app."""

from __future__ import annotations

import json
from pathlib import Path

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import (
    Contact,
    CustomField,
    PartialDate,
    PostalAddress,
    RelatedPerson,
    WebLink,
)
from tests.test_cli import ok


def _ana(data_dir: Path) -> str:
    core = Core.open(Paths(data_dir))
    try:
        return str(
            core.contacts.create(
                Contact(
                    given_name="Ana", family_name="Gil", organization="Acme", nickname="Anita",
                    department="R&D",
                    addresses=[
                        PostalAddress(label="work", street="Gran Vía 1", postal_code="28013",
                                      locality="Madrid", country="Spain"),
                        PostalAddress(),  # an empty one an import left: not shown
                    ],
                    urls=[WebLink("https://ana.example")],
                    related=[RelatedPerson(label="spouse", name="Luis"), RelatedPerson(name="Bea")],
                    custom_fields=[CustomField("Mastodon", "@ana@x.social"),
                                   CustomField("Fax", "")],
                    anniversary=PartialDate(None, 6, 1),
                    what_they_do="Builds robots", looking_for="Investors\nand hires",
                    can_offer="Intros",
                )
            )
        )  # fmt: skip
    finally:
        core.close()


def test_show_lists_the_whole_card(tmp_data_dir: Path) -> None:
    ana = _ana(tmp_data_dir)
    assert ok(tmp_data_dir, "show", ana).splitlines() == [
        f"{ana:>6}  Ana Gil (Acme)",
        "  nickname: Anita",
        "  department: R&D",
        "  addresses: Gran Vía 1, 28013 Madrid, Spain",
        "  websites: https://ana.example",
        "  anniversary: --06-01",
        "  related: spouse: Luis; Bea",
        "  Mastodon: @ana@x.social",
        "  what they do: Builds robots",
        "  looking for: Investors and hires",
        "  can offer: Intros",
    ]


def test_show_json_holds_the_whole_card(tmp_data_dir: Path) -> None:
    shown = json.loads(ok(tmp_data_dir, "--json", "show", _ana(tmp_data_dir)))
    assert shown["addresses"] == [
        {"label": "work", "preferred": False, "po_box": "", "extended": "",
         "street": "Gran Vía 1", "locality": "Madrid", "region": "", "postal_code": "28013",
         "country": "Spain"},
    ]  # fmt: skip
    assert shown["urls"] == ["https://ana.example"]
    assert shown["related"] == [
        {"label": "spouse", "name": "Luis", "contact_id": None},
        {"label": "", "name": "Bea", "contact_id": None},
    ]
    assert shown["custom_fields"] == [
        {"label": "Mastodon", "value": "@ana@x.social"},
        {"label": "Fax", "value": ""},
    ]
    assert (shown["anniversary"], shown["what_they_do"], shown["looking_for"]) == (
        "--06-01", "Builds robots", "Investors\nand hires",
    )  # fmt: skip
    assert (shown["can_offer"], shown["nickname"], shown["department"]) == (
        "Intros", "Anita", "R&D",
    )  # fmt: skip
    assert shown["uid"].startswith("urn:uuid:")
