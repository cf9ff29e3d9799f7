"""A folder this process may not list, for root too (CI runs as root, and chmod 0 does not
stop root): listing a folder of that name fails as a permission would make it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def refuse_to_list(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """os.scandir (what os.walk lists with) refuses every folder called ``name``."""
    real = os.scandir

    def denied(path: object = ".") -> object:
        if Path(str(path)).name == name:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", denied)
