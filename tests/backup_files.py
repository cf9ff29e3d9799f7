"""Backup and database files that cannot be used, made from a real one."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damaged_copy(source: Path, target: Path) -> Path:
    """A copy whose header and schema read fine but whose later pages are overwritten."""
    data = bytearray(source.read_bytes())
    for start in range(len(data) // 2, len(data) - 200, 4096):
        data[start + 100 : start + 164] = b"\xff" * 64
    target.write_bytes(bytes(data))
    return target


def malformed_copy(source: Path, target: Path) -> Path:
    """A copy of the self-contained database ``source`` (a backup) whose contact table's first
    page is overwritten: the schema reads fine, reading any contact says "database disk image
    is malformed", as a disk that lost a page does."""
    with sqlite3.connect(source) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'contact'"
        ).fetchone()[0]
    connection.close()
    data = bytearray(source.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\x0d" + b"\xa5" * (page_size - 1)
    target.write_bytes(bytes(data))
    return target
