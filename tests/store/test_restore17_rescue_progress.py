"""Putting a backup in place of a damaged database: the progress moves on while the backup
is checked (one SQLite call: seconds on 100,000 contacts, the bar stood at half way)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup, rescue

NOW = dt.datetime(2026, 3, 2, 9, 30)


def test_the_progress_moves_on_while_the_backup_is_checked(
    core: Core, tmp_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(200):
        core.contacts.create(Contact(given_name=f"Person {n:03}", notes="x" * 2000))
    saved = backup.backup_to(tmp_path / "saved.sqlite3")
    core.close()
    database = tmp_data_dir / "netdesk.sqlite3"
    database.write_bytes(b"not a database at all" * 100)
    checking = threading.Event()
    said = threading.Event()
    steps: list[tuple[int, int]] = []
    told_in_time = []
    check = backup.check_backup_file

    def check_once_said(path: Path, **options: object) -> int:
        checking.set()
        told_in_time.append(said.wait(30))  # the real check, once a step was said meanwhile
        return check(path, **options)  # type: ignore[arg-type]

    def progress(done: int, total: int) -> None:
        if checking.is_set() and steps and done > steps[-1][0]:
            said.set()
        steps.append((done, total))

    monkeypatch.setattr(backup, "check_backup_file", check_once_said)
    rescue.restore_over_damaged(saved, database, NOW, progress=progress)
    assert told_in_time == [True]
    done = [d for d, _t in steps]
    total = steps[-1][1]
    assert done == sorted(done) and done[-1] == total
    assert all(t == total for _d, t in steps)
    read = min(d for d in done if d)  # the reading: a small share (a few tenths of a second)
    assert read < total / 10
    assert any(read < d < total / 2 for d in done)  # said during the check, before the copy
