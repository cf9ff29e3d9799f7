"""A restore's progress goes with its time: each pass has the share of the bar it takes."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup

NOW = dt.datetime(2026, 3, 2, 9)


def _saved(core: Core, tmp_path: Path) -> Path:
    for n in range(200):
        core.contacts.create(Contact(given_name=f"Person {n:03}", notes="x" * 2000))
    saved = backup.backup_to(tmp_path / "saved.sqlite3")
    core.contacts.create(Contact(given_name="After"))
    core.close()
    return saved


def _first(steps: list[tuple[str, int, int]], phase: str) -> float:
    return next(done / total for p, done, total in steps if p == phase)


def test_each_pass_has_the_share_of_the_bar_it_has_of_the_time(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    """Counted in KiB alike, reading the backup took the bar to a third in a quarter of a
    second (then it stood still for the seconds of the check), and the bar was full for the
    seconds the copy took to be written into the file."""
    saved = _saved(core, tmp_path)
    steps: list[tuple[str, int, int]] = []
    backup.restore(
        saved, tmp_data_dir / "netdesk.sqlite3", tmp_path / "s", NOW,
        progress=lambda *step: steps.append(step),
    )  # fmt: skip
    done = [d for _p, d, _t in steps]
    assert done == sorted(done) and done[-1] == steps[-1][2]
    read = [d / t for p, d, t in steps if p == backup.CHECKING]
    assert read[0] == 0 and 0 < min(r for r in read if r) < 0.05  # the reading: fast
    kept = max(d / t for p, d, t in steps if p == backup.KEEPING)
    assert 0.35 < kept < 0.5  # the check had its fifth before it
    assert 0.8 < _first(steps, backup.OPENING) < 0.9  # the writing, still to come
    assert steps[-1][0] == backup.OPENING


def test_the_progress_moves_on_while_the_backup_is_checked(
    core: Core, tmp_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check is one SQLite call (seconds on 100,000 contacts): nothing was said during
    it. Here the real check begins once a step has been said since it was called."""
    saved = _saved(core, tmp_path)
    checking = threading.Event()
    said = threading.Event()
    steps: list[tuple[str, int, int]] = []
    told_in_time = []
    check = backup.check_backup_file

    def check_once_said(path: Path, **options: object) -> int:
        if options.get("thorough", True):
            checking.set()
            told_in_time.append(said.wait(30))
        return check(path, **options)  # type: ignore[arg-type]

    def progress(phase: str, done: int, total: int) -> None:
        steps.append((phase, done, total))
        if checking.is_set() and phase == backup.CHECKING and done > steps[0][1]:
            said.set()

    monkeypatch.setattr(backup, "check_backup_file", check_once_said)
    backup.restore(saved, tmp_data_dir / "netdesk.sqlite3", tmp_path / "s", NOW, progress=progress)
    assert told_in_time == [True]
    done = [d for _p, d, _t in steps]
    assert done == sorted(done) and done[-1] == steps[-1][2]
    checked = max(d for p, d, _t in steps if p == backup.CHECKING)
    assert checked < min(d for p, d, _t in steps if p == backup.KEEPING)  # never past it
