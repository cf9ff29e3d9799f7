"""The undo file of a delete of most contacts (store.contacts.set_aside, keep_most): a write
failure at either commit leaves every contact stored and no file behind."""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_bulk17_delete_record import _everything, people  # noqa: F401 (a fixture)

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact, EmailAddress
from netdesk.store import contacts as contact_rows
from netdesk.store.database import StoreError
from netdesk.store.models import db

_ROOT = Path(__file__).resolve().parents[2]


def _side_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("netdesk.sqlite3-undo-*"))


def _delete_most_in(folder: Path, limit: int) -> subprocess.CompletedProcess[str]:
    """Delete every contact of ``folder`` as most of them (a file of their own for the undo),
    in a process whose files may not grow past ``limit`` bytes (RLIMIT_FSIZE, as a full disk
    stops a write): exit 3 with the StoreError's message on stdout."""
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from netdesk.core import Core\n"
        "from netdesk.core.paths import Paths\n"
        "from netdesk.store.database import StoreError\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"core = Core.open(Paths(Path({str(folder)!r})))\n"
        "ids = sorted(core.contacts.list_ids())[:-1]  # all but Stays\n"
        "_, hard = resource.getrlimit(resource.RLIMIT_FSIZE)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, hard))\n"
        "try:\n"
        "    core.contacts.delete(ids, most=0.3, at_least=1)\n"
        "except StoreError as error:\n"
        "    print(error)\n"
        "    sys.exit(3)\n"
        "finally:\n"
        "    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))\n"
        "    core.close()\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script], cwd=_ROOT, capture_output=True, text=True, timeout=120
    )


def test_a_delete_of_most_whose_undo_file_cannot_be_written_at_its_commit_keeps_them_all(
    tmp_data_dir: Path, clock: FixedClock
) -> None:
    """The undo file's pages are written when its copy commits (they fit its page cache):
    when one transaction spanned the database and that file, SQLite committed the database
    first, then failed to write the file: the contacts were gone, the user read that nothing
    was changed, and nothing was left to undo it with."""
    core = Core.open(Paths(tmp_data_dir), clock)
    ids = [
        core.contacts.create(
            Contact(given_name=f"P{n}", emails=[EmailAddress(f"p{n}@example.org")])
        )
        for n in range(6)
    ]
    stays = core.contacts.create(Contact(given_name="Stays"))
    core.journal.log([ids[0], stays], "call", "Together")
    # an entry shared with someone who stays: copied to the undo file, left in the database
    with core.store.transaction():
        db.execute_sql("UPDATE interaction SET body = ?", ("x" * 1_400_000,))
    core.close()
    done = _delete_most_in(tmp_data_dir, 900_000)
    assert done.returncode == 3, (done.stdout, done.stderr)
    assert "nothing was changed" in done.stdout
    assert _side_files(tmp_data_dir) == []
    with sqlite3.connect(tmp_data_dir / "netdesk.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM contact").fetchone() == (7,)
        assert connection.execute("SELECT count(*) FROM interaction").fetchone() == (1,)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_delete_of_most_whose_database_cannot_be_written_at_its_commit_leaves_no_file(
    tmp_data_dir: Path, clock: FixedClock
) -> None:
    """The copy committed, the delete's own commit fails (the indexes of the journal of
    someone who stays, made again over 30,000 entries, do not fit): every contact stays,
    and the undo file goes."""
    core = Core.open(Paths(tmp_data_dir), clock)
    for n in range(6):
        core.contacts.create(Contact(given_name=f"P{n}"))
    stays = core.contacts.create(Contact(given_name="Stays"))
    with core.store.transaction():
        db.execute_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) "
            "INSERT INTO interaction (id, occurred_at, kind, summary, body, created_at) "
            "SELECT i, printf('2026-01-01 %05d', i), printf('kind %05d', i), '', '', "
            "'2026-01-01' FROM n"
        )
        db.execute_sql(
            "INSERT INTO interaction_contact (interaction_id, contact_id) "
            "SELECT id, ? FROM interaction",
            (stays,),
        )
    core.close()
    done = _delete_most_in(tmp_data_dir, 700_000)
    assert done.returncode == 3, (done.stdout, done.stderr)
    assert "nothing was changed" in done.stdout
    assert [p.name for p in tmp_data_dir.iterdir() if "-undo-" in p.name] == []
    with sqlite3.connect(tmp_data_dir / "netdesk.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM contact").fetchone() == (7,)
        assert connection.execute("SELECT count(*) FROM interaction").fetchone() == (30000,)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_delete_of_most_another_connection_wrote_before_keeps_its_rows_in_memory(
    core: Core,
    people: list[int],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Between the copy's transaction and the delete's, a worker adds a contact: the copy
    may not be what goes, so the delete keeps the rows in memory as a smaller one does."""
    before = _everything()
    real = core.store.transaction
    begun: list[int] = []
    added: list[int] = []

    def add_on_a_worker() -> None:
        added.append(core.contacts.create(Contact(given_name="Added meanwhile")))
        core.store.close_own()

    @contextlib.contextmanager
    def transaction() -> Iterator[None]:
        begun.append(1)
        if len(begun) == 2:  # the delete's, after the copy's
            worker = threading.Thread(target=add_on_a_worker)
            worker.start()
            worker.join()
        with real():
            yield

    monkeypatch.setattr(core.store, "transaction", transaction)
    records = core.contacts.delete(people, most=0.3, at_least=1)
    monkeypatch.undo()
    assert added  # (begun: the copy's, the worker's, the delete's rolled back, the one kept)
    assert records.rows.side is None and records.rows.steps
    assert _side_files(core.store.path.parent) == []
    assert all(core.contacts.get(i) is None for i in people)
    core.contacts.restore(records)
    core.contacts.delete(added)
    assert _everything() == before


@pytest.mark.parametrize("how", ["removed", "emptied"])
def test_an_undo_of_deleting_most_whose_file_is_gone_says_so_and_makes_none(
    core: Core,
    people: list[int],  # noqa: F811
    how: str,
) -> None:
    """The undo file removed (another program's clean-up) or left empty: ATTACH made it
    anew, empty, and the undo failed with "no such table: taken_rows.related"."""
    records = core.contacts.delete(people, most=0.3, at_least=1)
    side = records.rows.side
    assert side is not None
    deleted = _everything()
    if how == "removed":
        side.unlink()
    else:
        side.write_bytes(b"")
    for _ in range(2):  # and again, the same
        with pytest.raises(StoreError, match=r"kept for this undo .* is gone"):
            core.contacts.restore(records)
        assert not side.exists()
        assert _everything() == deleted
        assert "taken_rows" not in [row[1] for row in db.execute_sql("PRAGMA database_list")]


def test_a_delete_of_most_in_a_folder_where_no_file_can_be_made_keeps_its_rows_in_memory(
    core: Core,
    people: list[int],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The data folder takes writes to its files but no new file (read-only for making them):
    the delete failed with a raw PermissionError; it keeps the rows in memory instead."""
    before = _everything()
    folder = core.store.path.parent
    folder.chmod(0o500)
    if os.name == "posix" and os.geteuid() == 0:  # (root's writes are not refused)

        def refused(path: Path, *_args: object, **_kwargs: object) -> None:
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setattr(Path, "touch", refused)
    try:
        records = core.contacts.delete(people, most=0.3, at_least=1)
    finally:
        monkeypatch.undo()
        folder.chmod(0o700)
    assert records.rows.side is None and records.rows.steps
    assert _side_files(folder) == []
    assert all(core.contacts.get(i) is None for i in people)
    core.contacts.restore(records)
    assert _everything() == before


def test_the_file_of_a_record_let_go_is_renamed_at_once_and_unlinked_on_a_thread_of_its_own(
    core: Core,
    people: list[int],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The record goes with its undo command, inside QUndoStack.push on the window's thread:
    unlinking its file there (241 MiB: 120-400 ms) froze the window."""
    records = core.contacts.delete(people, most=0.3, at_least=1)
    side = records.rows.side
    assert side is not None
    unlinked_on: list[threading.Thread] = []
    unlink = Path.unlink

    def noted(path: Path, missing_ok: bool = False) -> None:
        if path.name.endswith(side.name):
            unlinked_on.append(threading.current_thread())
        unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", noted)
    del records
    gc.collect()
    assert not side.exists()  # out of sight at once
    assert threading.current_thread() not in unlinked_on
    assert contact_rows.side_files_removed(timeout=60)
    assert unlinked_on and threading.current_thread() not in unlinked_on
    assert [p.name for p in side.parent.iterdir() if side.name in p.name] == []


def test_the_file_of_a_record_held_until_the_app_exits_goes_with_it(tmp_data_dir: Path) -> None:
    script = (
        "from pathlib import Path\n"
        "from netdesk.core import Core\n"
        "from netdesk.core.paths import Paths\n"
        "from netdesk.core.types import Contact\n"
        f"core = Core.open(Paths(Path({str(tmp_data_dir)!r})))\n"
        "ids = [core.contacts.create(Contact(given_name=f'P{n}')) for n in range(5)]\n"
        "held = core.contacts.delete(ids, most=0.3, at_least=1)\n"
        "print(held.rows.side)\n"
        "core.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=_ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "-undo-" in done.stdout
    assert [p.name for p in tmp_data_dir.iterdir() if "-undo-" in p.name] == []


def test_a_file_a_crashed_netdesk_was_removing_goes_with_the_next_delete_of_most(
    core: Core,
    people: list[int],  # noqa: F811
) -> None:
    database = core.store.path
    renamed = database.with_name(f".{database.name}-undo-{2**22 + 1}-0123abcd")  # no such pid
    renamed.write_bytes(b"the rows of a delete whose netdesk was killed while removing them")
    records = core.contacts.delete(people, most=0.3, at_least=1)
    assert records.rows.side is not None
    assert renamed.exists() == (os.name != "posix")  # elsewhere os.kill cannot ask: kept
