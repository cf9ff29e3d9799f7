"""netdesk-cli's text output writes moments one way, as the journal's lines do
("2026-03-09 10:00", a day alone as its date); `show` mixed "2026-03-09T10:00:00" (JSON's
form) for follow-ups with "2026-02-03 10:00" for the journal, and a day's next due read
"2026-03-09T00:00:00". JSON keeps ISO."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import ok


def test_show_and_due_write_moments_as_the_journal_does(tmp_data_dir: Path) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    ok(tmp_data_dir, "log", ana, "--kind", "call", "--summary", "Café", "--at", "2026-02-03T10:00")
    ok(tmp_data_dir, "followup", ana, "--due", "2026-03-09", "--note", "Send the deck")
    ok(tmp_data_dir, "followup", ana, "--due", "2026-03-10T09:30", "--note", "Call")
    shown = ok(tmp_data_dir, "show", ana).splitlines()
    assert "  last interaction: 2026-02-03 10:00" in shown
    assert "  next due: 2026-03-09" in shown
    assert shown[shown.index("  follow-ups:") + 1 :][:2] == [
        "    2026-03-09  Send the deck",
        "    2026-03-10 09:30  Call",
    ]
    due = ok(tmp_data_dir, "due", "--at", "2026-03-10").splitlines()
    assert [line.strip().split("  ")[1] for line in due] == ["2026-03-09", "2026-03-10 09:30"]
    as_json = json.loads(ok(tmp_data_dir, "--json", "show", ana))
    assert as_json["next_due"] == "2026-03-09T00:00:00"
    assert [f["due"] for f in as_json["follow_ups"]] == ["2026-03-09", "2026-03-10T09:30:00"]
