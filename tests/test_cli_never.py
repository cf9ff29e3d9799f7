"""netdesk-cli and a contact's own "never" keep in touch, which overrides its tags' rhythm."""

from __future__ import annotations

import json

import pytest

from netdesk.cli_args import build_parser
from netdesk.core import Core
from netdesk.core.types import NEVER_KEEP_IN_TOUCH
from tests.test_cli_commands import run_command


def test_add_every_never_overrides_the_tags_rhythm_and_show_says_so(
    core: Core, capsys: pytest.CaptureFixture[str]
) -> None:
    ana = int(run_command(core, capsys, "add", "--name", "Ana", "--tag", "client"))
    core.tags.set_cadence("client", 30)
    bo = int(
        run_command(core, capsys, "add", "--name", "Bo", "--tag", "client", "--every", "Never")
    )
    assert core.contacts.get(bo).keep_in_touch_days == NEVER_KEEP_IN_TOUCH  # type: ignore[union-attr]
    assert [f for f in core.follow_ups.of_contact(bo) if f.from_cadence] == []
    assert "  every: never (whatever its tags say)\n" in run_command(core, capsys, "show", str(bo))
    assert "  every: 30 days (from its tags)\n" in run_command(core, capsys, "show", str(ana))
    shown = json.loads(run_command(core, capsys, "--json", "show", str(bo)))
    assert shown["keep_in_touch_days"] == NEVER_KEEP_IN_TOUCH and shown["next_due"] is None


def test_every_takes_days_or_never_and_says_what_else(capsys: pytest.CaptureFixture[str]) -> None:
    assert build_parser().parse_args(["add", "--name", "A", "--every", "7"]).every == 7
    with pytest.raises(SystemExit):
        build_parser().parse_args(["add", "--name", "A", "--every", "0"])
    assert "must be over 0: 0" in capsys.readouterr().err
