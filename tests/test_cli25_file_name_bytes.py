"""A file name holding a byte that is not UTF-8 (a Latin-1 "café.vcf" from an old disk) is
written in what netdesk-cli says as that byte, "caf\\xe9.vcf", as the shell writes it: it was
"caf\\udce9.vcf", Python's own name for it. JSON keeps its escape, which reads back whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.test_cli import ok


def _cli(data_dir: Path, folder: Path, *args: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable.encode(), b"-m", b"netdesk.cli", b"--data-dir", os.fsencode(data_dir),
         *args],
        capture_output=True, cwd=folder, timeout=60, check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )  # fmt: skip


def test_the_byte_is_said_as_the_shell_writes_it(tmp_data_dir: Path, tmp_path: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    exported = _cli(tmp_data_dir, tmp_path, b"export", b"--out", b"caf\xe9.vcf")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == b"Exported 1 contact to caf\\xe9.vcf\n"
    assert (tmp_path / os.fsdecode(b"caf\xe9.vcf")).is_file()
    missing = _cli(tmp_data_dir, tmp_path, b"import", b"nad\xe9.vcf")
    assert b"nad\\xe9.vcf:-: error: no such file\n" in missing.stdout
    # names keep their letters: only the bytes that are no text are escaped
    found = _cli(tmp_data_dir, tmp_path, b"search", "muñoz".encode())
    assert found.stdout == "     1  Ana Muñoz\n".encode()


def test_json_keeps_the_name_it_reads_back(tmp_data_dir: Path, tmp_path: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    exported = _cli(tmp_data_dir, tmp_path, b"--json", b"export", b"--out", b"caf\xe9.vcf")
    assert exported.returncode == 0, exported.stderr
    assert os.fsencode(json.loads(exported.stdout)["file"]) == b"caf\xe9.vcf"
