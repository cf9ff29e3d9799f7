"""Ctrl+C pressed while an import's last step is being saved (the commit of a large import
takes seconds, and no check can stop it then): the import is whole, exit 0, and it says so;
it said nothing, and the user who pressed Ctrl+C could not tell what happened."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from tests.test_cli import ok
from tests.test_cli_errors import cli_log_handlers  # noqa: F401  (fixture)


def test_ctrl_c_while_the_import_is_saved_is_said_and_the_import_kept(
    tmp_data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    cli_log_handlers: None,  # noqa: F811
) -> None:
    from netdesk import cli
    from netdesk.core import importing

    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    cards = tmp_path / "friends.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bo Lind\r\nN:Lind;Bo;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    real_apply = importing.apply_import

    def ctrl_c_as_it_commits(*args: object, **options: object) -> object:
        summary = real_apply(*args, **options)  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGINT)  # the user's Ctrl+C, past the last check
        return summary

    monkeypatch.setattr(importing, "apply_import", ctrl_c_as_it_commits)
    code = cli.main(["--data-dir", str(tmp_data_dir), "import", str(cards)])
    said = capsys.readouterr()
    assert code == 0
    assert said.out == "1 new, 0 merged, 0 unchanged, 0 problems\n"
    assert said.err == (
        "netdesk-cli: Ctrl+C came as the import was being saved: it was imported whole\n"
    )
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 2
