"""A file of very many problems of one kind: the plan keeps the first ones, then a count."""

from __future__ import annotations

from pathlib import Path

from netdesk.core import Core
from netdesk.core.import_problems import SHOWN_OF_A_KIND
from netdesk.core.importing import apply_import, plan_import

EMPTY = "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"  # three lines: nothing to import


def test_past_the_first_of_a_kind_the_plan_counts_them(core: Core, tmp_path: Path) -> None:
    path = tmp_path / "broken.vcf"
    path.write_text(EMPTY * (SHOWN_OF_A_KIND + 5) + "BEGIN:VCARD\r\nFN:Ana Gil\r\nEND:VCARD\r\n")
    plan = plan_import(core, [str(path)])
    *shown, more = plan.problems
    assert len(shown) == SHOWN_OF_A_KIND
    assert [(p.file, p.line) for p in shown] == [
        (str(path), 1 + 3 * n) for n in range(SHOWN_OF_A_KIND)
    ]
    assert all("no name, e-mail, phone or company" in p.reason for p in shown)
    # where the first left out is, how many, and where the last one is
    assert (more.file, more.line, more.severity) == (str(path), 1 + 3 * SHOWN_OF_A_KIND, "warning")
    assert more.reason.startswith("and 5 more like the previous one")
    assert f"broken.vcf, line {1 + 3 * (SHOWN_OF_A_KIND + 4)}" in more.reason
    assert dict(more.template_args)["count"] == "5"
    assert plan.new == 1
    assert apply_import(core, plan).problems == plan.problems


def test_other_kinds_are_kept_apart(core: Core, tmp_path: Path) -> None:
    path = tmp_path / "mixed.vcf"
    named = "".join(f"BEGIN:VCARD\r\nNOTE:call {n}\r\nEND:VCARD\r\n" for n in range(3))
    path.write_text(EMPTY * (SHOWN_OF_A_KIND + 1) + named)  # imported as 'call 0', ...
    plan = plan_import(core, [str(path)])
    assert sum("imported as 'call" in p.reason for p in plan.problems) == 3
    assert sum("more like the previous one" in p.reason for p in plan.problems) == 1
    assert len(plan.problems) == SHOWN_OF_A_KIND + 1 + 3
