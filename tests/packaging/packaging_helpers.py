"""Helpers for the packaging tests: load scripts from packaging/ and find the tools they need.

A plain module, not conftest.py: `from conftest import` would be ambiguous next to other
conftest files in tests/.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "org.netdesk.NetDesk"


def load_packaging_module(name: str) -> ModuleType:
    """Import packaging/<name>.py under a private name.

    packaging/ is deliberately not a Python package: `import packaging` must keep meaning the
    PyPI library that pip and PyInstaller use.
    """
    qualified = f"netdesk_packaging_{name}"
    if qualified in sys.modules:
        return sys.modules[qualified]
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))  # the scripts import each other by plain name
    spec = importlib.util.spec_from_file_location(qualified, PACKAGING / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[qualified] = module
    spec.loader.exec_module(module)
    return module


def require_tool(name: str) -> str:
    """Path of a command the test needs; a missing one fails the test instead of skipping it.

    .ci/run installs every package in packaging/debian-build-deps.txt, so a missing tool is a
    broken environment, not a reason to go green.
    """
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: see packaging/debian-build-deps.txt")
    return path
