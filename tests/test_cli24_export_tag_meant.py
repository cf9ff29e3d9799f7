"""`netdesk-cli export --tag` with a tag that is not there says which was meant (its accents
differ, as search ignores them) or which tags there are; it said only "no tag named"."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import ok, run


def test_a_tag_typed_without_its_accents_is_told_as_written(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz", "--tag", "Mentorés", "--tag", "madrid")
    result = run(tmp_data_dir, "export", "--out", "-", "--tag", "MENTORES")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        "netdesk-cli: error: no tag named 'MENTORES'; did you mean 'Mentorés'?\n"
    )


def test_an_unknown_tag_lists_the_tags_there_are(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz", "--tag", "Mentorés", "--tag", "madrid")
    result = run(tmp_data_dir, "export", "--out", "-", "--tag", "friends")
    assert result.returncode == 1
    assert result.stderr == (
        "netdesk-cli: error: no tag named 'friends' (the tags: madrid, Mentorés)\n"
    )
