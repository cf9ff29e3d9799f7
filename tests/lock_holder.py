"""Another program holding a database: a subprocess in BEGIN IMMEDIATE (the write lock), or
holding the file to itself (exclusive locking mode, BEGIN EXCLUSIVE)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


class LockHolder:
    """Holds ``database``'s write lock from another process until ``release()``.

    ``write`` (SQL) is run inside the held transaction; ``end`` ("ROLLBACK" or "COMMIT")
    finishes it at release. ``alone`` holds the file to itself, readers too (in WAL mode a
    plain BEGIN EXCLUSIVE lets readers through); no connection of the test's may be open then.
    """

    def __init__(
        self, database: Path, *, write: str = "", end: str = "ROLLBACK", alone: bool = False
    ) -> None:
        begin = (
            "c.execute('PRAGMA locking_mode=EXCLUSIVE')\nc.execute('BEGIN EXCLUSIVE')\n"
            if alone
            else "c.execute('BEGIN IMMEDIATE')\n"
        )
        script = (
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(database)!r}, isolation_level=None)\n"
            + begin
            + (f"c.execute({write!r})\n" if write else "")
            + "print('locked', flush=True)\n"
            "sys.stdin.readline()\n"
            f"c.execute({end!r})\n"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline() == "locked\n"

    def release(self) -> int:
        """End the other program's transaction; its exit code."""
        if self.process.returncode is None:
            self.process.communicate("\n", timeout=30)
        return self.process.returncode


def busy_timeout(monkeypatch: pytest.MonkeyPatch, ms: int) -> None:
    """How long a connection this process opens from now on waits for a lock (the app's 5 s
    made short, or long enough to see the window stay free meanwhile)."""
    from netdesk.store.models import db

    pragmas = [(k, ms if k == "busy_timeout" else v) for k, v in db._pragmas]  # type: ignore[attr-defined]
    monkeypatch.setattr(db, "_pragmas", pragmas)
