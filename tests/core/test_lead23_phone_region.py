"""Numbers written without their country code are read in the user's country, found by the
window from Qt's system locale where Python's locale names none (macOS's and Windows' own
settings, a locale set but not installed in the C library: Python reads C there)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netdesk.core import names

ROOT = Path(__file__).resolve().parents[2]


def test_a_region_given_where_the_locale_names_none_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(names, "DEFAULT_REGION", "")
    assert names.normalize_phone("020 7946 0958") == ""  # kept as written: no country
    names.region_if_none("GB")
    assert names.DEFAULT_REGION == "GB"
    assert names.normalize_phone("020 7946 0958") == "+442079460958"
    assert names.phone_problem("020 7946 09") is not None  # checked in GB now


def test_the_locales_own_region_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names, "DEFAULT_REGION", "ES")
    names.region_if_none("GB")
    names.region_if_none("")  # Qt's "C" locale has no country
    assert names.DEFAULT_REGION == "ES"


def test_the_window_takes_the_country_of_qts_system_locale(tmp_path: Path) -> None:
    """LANG names a locale the C library has not on a bare machine (Python reads C, and no
    country), while Qt reads LANG itself: the window reads numbers in GB. (Where en_GB is
    installed, Python's locale says GB on its own.)"""
    script = (
        "import sys\n"
        "from netdesk import app\n"
        "from netdesk.core import names\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def painted(window):\n"
        "    print('REGION', repr(names.DEFAULT_REGION), flush=True)\n"
        "    QApplication.instance().quit()\n"
        "app.main(['--data-dir', sys.argv[1]], first_paint=painted)\n"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    env.update(LANG="en_GB.UTF-8", QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    done = subprocess.run(
        [sys.executable, "-c", script, str(data)],
        env=env, capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
    )  # fmt: skip
    assert "REGION 'GB'" in done.stdout, done.stdout + done.stderr
