"""netdesk-cli export of a CSV when contacts change meanwhile in a database not in WAL mode."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact


class _ChangingMeanwhile(io.StringIO):
    """Standard error that, when the export reports its first chunk, gives a contact two
    e-mails through another connection (another netdesk-cli, the window)."""

    def __init__(self, database: Path, contact_id: int) -> None:
        super().__init__()
        self.database, self.contact_id = database, contact_id

    def write(self, text: str) -> int:
        if text.startswith("exporting 2/"):
            other = sqlite3.connect(self.database, timeout=0, isolation_level=None)
            try:
                for n in range(2):
                    other.execute(
                        "INSERT INTO email (contact_id, position, label, value, value_folded, "
                        "preferred) VALUES (?, ?, '', ?, ?, 0)",
                        (self.contact_id, n, f"late{n}@x.org", f"late{n}@x.org"),
                    )
            finally:
                other.close()
        return super().write(text)


@pytest.mark.parametrize("out_name", ["all.csv", "-"])
def test_an_export_that_saw_contacts_change_says_so_and_to_run_it_again(
    core: Core,
    tmp_path: Path,
    tmp_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
    out_name: str,
) -> None:
    """core.exporting raises ExportChanged (a contact grew a column the CSV had not counted):
    netdesk-cli said "unexpected ExportChanged … (details in netdesk.log)", as for a bug. It
    says what happened and what to do, exits 1, and leaves no file of its own behind."""
    from netdesk import cli
    from netdesk.cli_args import parse_args
    from netdesk.core import exporting
    from netdesk.store.models import db

    monkeypatch.setattr(exporting, "_CHUNK", 2)
    ids = [core.contacts.create(Contact(given_name=f"P{n}")) for n in range(5)]
    db.execute_sql("PRAGMA journal_mode=delete")  # as where WAL cannot be used
    stderr = _ChangingMeanwhile(tmp_data_dir / "netdesk.sqlite3", ids[-1])
    monkeypatch.setattr("sys.stderr", stderr)
    out = tmp_path / out_name if out_name != "-" else None
    if out is not None:
        out.write_text("previous export")
    args = parse_args(
        ["--data-dir", str(tmp_data_dir), "export", "--progress", "--format", "csv",
         "--out", str(out) if out is not None else "-"]
    )  # fmt: skip
    log_file = tmp_path / "netdesk.log"

    assert cli._command(core, args, Paths(tmp_data_dir), log_file) == 1

    said = stderr.getvalue().splitlines()[-1]
    assert "unexpected" not in said and not log_file.exists()
    assert said.startswith("netdesk-cli: error: contacts changed while they were being exported")
    assert said.endswith("run the export again")
    if out is not None:
        assert f"{out} was not written" in said
        assert out.read_text() == "previous export"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["all.csv", "data"]
    else:
        assert "the output is incomplete" in said
        # the header and the four contacts before the one that changed: not the whole export
        assert capsysbinary.readouterr().out.count(b"\r\n") == 5
