"""Another program holding a database's write lock: a subprocess in BEGIN IMMEDIATE."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


class LockHolder:
    """Holds ``database``'s write lock from another process until ``release()``.

    ``write`` (SQL) is run inside the held transaction; ``end`` ("ROLLBACK" or "COMMIT")
    finishes it at release.
    """

    def __init__(self, database: Path, *, write: str = "", end: str = "ROLLBACK") -> None:
        script = (
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(database)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
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
