"""An e-mail or phone given twice to `add` is stored once: `--email ana@x.org --email
Ana@x.org` (a script joining two sources) stored both, listed twice on the card."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import ok


def test_an_email_or_phone_given_twice_is_stored_once(tmp_data_dir: Path) -> None:
    ana = ok(
        tmp_data_dir, "add", "--name", "Ana Muñoz",
        "--email", "ana@x.org", "--email", " Ana@X.org", "--email", "ana.m@y.org",
        "--phone", "+34 612 34 56 78", "--phone", "+34612345678", "--phone", "+34-612-345-678",
        "--phone", "+44 20 7946 0958",
    ).strip()  # fmt: skip
    shown = json.loads(ok(tmp_data_dir, "--json", "show", ana))
    assert shown["emails"] == ["ana@x.org", "ana.m@y.org"]  # the first as written
    assert shown["phones"] == ["+34612345678", "+442079460958"]
    assert (
        ok(tmp_data_dir, "show", ana).splitlines()[2]
        == "  phones: +34 612 34 56 78, +44 20 7946 0958"
    )
