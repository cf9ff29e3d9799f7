"""Start-up checked in a Python of its own (offscreen): what a fresh process imports, and probe
scripts that run netdesk.app.main on a data folder and print what they saw."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def python_prints(code: str) -> str:
    """What ``python -c code`` prints (it must succeed)."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_env(), check=True
    )
    return result.stdout.strip()


def run_probe(code: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """``code`` run with ``--data-dir data_dir`` as its arguments; the caller reads the result."""
    return subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(),
        check=False,
    )
