"""netdesk-cli export --out /dev/stdout (or /dev/fd/N) writes through the shell's descriptor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _export(data_dir: Path, out: str, **streams: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), "export",
         "--out", out],
        stderr=subprocess.PIPE, text=True, timeout=60, check=False, **streams,  # type: ignore[call-overload]
    )  # fmt: skip


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    added = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(folder), "add", "--name",
         "Ana Gil"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return folder


def test_an_export_to_dev_stdout_appended_to_a_file_keeps_what_it_held(
    data_dir: Path, tmp_path: Path
) -> None:
    """`netdesk-cli export --out /dev/stdout >> all.vcf` emptied all.vcf first: the name was
    opened anew (truncating the file behind it) instead of written through the shell's >>."""
    target = tmp_path / "all.vcf"
    target.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Earlier\nEND:VCARD\n", encoding="utf-8")
    with target.open("a") as out:
        result = _export(data_dir, "/dev/stdout", stdout=out)
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCARD\nVERSION:3.0\nFN:Earlier\nEND:VCARD\n")
    assert "FN:Ana Gil" in text


def test_what_the_shell_writes_around_an_export_to_dev_stdout_stays_around_it(
    data_dir: Path, tmp_path: Path
) -> None:
    """`{ echo HEAD; netdesk-cli export --out /dev/stdout; echo TAIL; } > f`: the export,
    written by an open of its own, lost HEAD and had TAIL written over its first bytes."""
    target = tmp_path / "f.vcf"
    with target.open("w") as out:
        out.write("HEAD\n")
        out.flush()
        result = _export(data_dir, "/dev/stdout", stdout=out)
        out.write("TAIL\n")
    assert result.returncode == 0, result.stderr
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "HEAD" and lines[-1] == "TAIL"
    assert lines[1] == "BEGIN:VCARD" and lines[-2] == "END:VCARD"
    assert "FN:Ana Gil" in lines


def test_an_export_to_dev_fd_n_appends_through_that_descriptor(
    data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "three.vcf"
    target.write_text("kept\n", encoding="utf-8")
    with target.open("a") as out:
        result = subprocess.run(
            [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), "export",
             "--out", f"/dev/fd/{out.fileno()}"],
            capture_output=True, text=True, timeout=60, check=False, pass_fds=(out.fileno(),),
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith("kept\nBEGIN:VCARD\n")
    assert "FN:Ana Gil" in text
