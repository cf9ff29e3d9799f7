"""Backup files that cannot be restored, made from a real one."""

from __future__ import annotations

from pathlib import Path


def damaged_copy(source: Path, target: Path) -> Path:
    """A copy whose header and schema read fine but whose later pages are overwritten."""
    data = bytearray(source.read_bytes())
    for start in range(len(data) // 2, len(data) - 200, 4096):
        data[start + 100 : start + 164] = b"\xff" * 64
    target.write_bytes(bytes(data))
    return target
