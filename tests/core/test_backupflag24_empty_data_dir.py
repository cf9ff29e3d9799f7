"""NETDESK_DATA_DIR set but empty is refused, as an empty --data-dir: never the real data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netdesk.core import paths


def test_an_empty_variable_is_refused_not_taken_for_the_usual_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home-data"))
    for empty in ("", "  "):
        monkeypatch.setenv(paths.ENV_DATA_DIR, empty)
        with pytest.raises(paths.EmptyDataDirError, match="NETDESK_DATA_DIR is set but empty"):
            paths.resolve()
    # an unset variable still means the usual folder; a folder given still wins
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    assert paths.resolve().data_dir == tmp_path / "home-data" / "netdesk"
    monkeypatch.setenv(paths.ENV_DATA_DIR, "")
    assert paths.resolve(tmp_path / "given").data_dir == tmp_path / "given"


def test_an_empty_data_dir_given_to_resolve_is_refused(tmp_path: Path) -> None:
    """The window's --data-dir "" (it takes any text) opened the real data folder too."""
    with pytest.raises(paths.EmptyDataDirError, match="--data-dir is empty"):
        paths.resolve("")


@pytest.mark.parametrize("module", ["netdesk.cli", "netdesk"])
def test_the_cli_and_the_window_refuse_it_before_touching_any_folder(
    tmp_path: Path, module: str
) -> None:
    home = tmp_path / "home-data"
    env = dict(
        os.environ, NETDESK_DATA_DIR="", XDG_DATA_HOME=str(home), QT_QPA_PLATFORM="offscreen"
    )
    # (the window also says it in a box, which --smoke-test leaves out: test_app24_...)
    args = ["add", "--name", "X"] if module == "netdesk.cli" else ["--smoke-test"]
    result = subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    name = "netdesk-cli" if module == "netdesk.cli" else "netdesk"
    assert result.stderr.strip().splitlines() == [
        f"{name}: error: NETDESK_DATA_DIR is set but empty: give the data folder's name, or "
        "unset it for the usual one; nothing was read or written"
    ]
    assert result.stdout == ""
    assert not home.exists()  # the real data folder (here a stand-in) never made
