"""`netdesk-cli add` says on stderr who has the new contact's name already (case, accents and
spacing aside), as it says who has its e-mail: a script that adds names alone, run twice,
doubled everyone without a word. The contact is still added (namesakes exist)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import ok, run


def test_a_namesake_is_told_and_the_contact_still_added(tmp_data_dir: Path) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    ok(tmp_data_dir, "add", "--name", "Ana María Muñoz")  # another Ana: not the same name
    result = run(tmp_data_dir, "add", "--name", "ana  munoz")
    assert result.returncode == 0
    second = result.stdout.strip()
    assert result.stderr == f"netdesk-cli: Ana Muñoz ({ana}) has this name too\n"
    found = json.loads(ok(tmp_data_dir, "--json", "search", "munoz"))
    assert {c["id"] for c in found} == {int(ana), int(second), int(ana) + 1}


def test_a_namesake_with_the_same_email_is_told_once(tmp_data_dir: Path) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz", "--email", "ana@acme.es").strip()
    result = run(tmp_data_dir, "add", "--name", "Ana Muñoz", "--email", "ana@acme.es")
    assert result.returncode == 0
    assert result.stderr == f"netdesk-cli: Ana Muñoz ({ana}) has the e-mail ana@acme.es too\n"


def test_someone_else_is_not_told(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    result = run(tmp_data_dir, "add", "--name", "Ana Gil")
    assert result.returncode == 0
    assert result.stderr == ""


def test_several_namesakes_are_told_on_one_line(tmp_data_dir: Path) -> None:
    ids = [ok(tmp_data_dir, "add", "--name", "Ana García").strip() for _ in range(7)]
    result = run(tmp_data_dir, "add", "--name", "Ana Garcia")
    assert result.returncode == 0
    assert result.stderr.startswith("netdesk-cli: 7 others have this name too (ids ")
    assert result.stderr.endswith(" and 2 more)\n")
    listed = result.stderr.split("(ids ")[1].split(" and ")[0].split(", ")
    assert len(listed) == 5 and set(listed) <= set(ids)
