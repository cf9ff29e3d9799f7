"""netdesk-cli under Ctrl+C, closed pipes, a full disk and terminals that are not UTF-8: real
processes, real signals, real pipes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import ok, run
from tests.test_cli_errors import cli_log_handlers  # noqa: F401  (a fixture)

ROOT = Path(__file__).resolve().parents[1]
CARDS = 10_000  # big enough that what follows the first progress line takes seconds


def command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args]


@pytest.fixture(scope="module")
def big_vcf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bench.gen_vcards import generate

    file = tmp_path_factory.mktemp("cards") / "many.vcf"
    file.write_text(generate(CARDS), encoding="utf-8")
    return file


@pytest.fixture(scope="module")
def big_data_dir(tmp_path_factory: pytest.TempPathFactory, big_vcf: Path) -> Path:
    folder = tmp_path_factory.mktemp("big") / "data"
    ok(folder, "import", str(big_vcf))
    return folder


def interrupt_when(process: subprocess.Popen[str], started: str) -> list[str]:
    """Send Ctrl+C's signal once stderr shows ``started`` (a progress line): the work is under
    way, with seconds of it left. Returns the stderr lines."""
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if started in line:
            process.send_signal(signal.SIGINT)
            break
    else:
        raise AssertionError(f"never reported {started!r}: {seen}")
    seen += process.stderr.readlines()
    process.wait(timeout=60)
    return seen


def test_ctrl_c_while_an_import_writes_leaves_the_database_as_it_was(
    tmp_data_dir: Path, big_vcf: Path
) -> None:
    ok(tmp_data_dir, "add", "--name", "Already Here")
    process = subprocess.Popen(
        command(tmp_data_dir, "import", str(big_vcf), "--progress"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    # "writing 600/…": the first two chunks (100, then 500) are in the open transaction already
    said = interrupt_when(process, f"writing 600/{CARDS} contacts")
    assert process.stdout is not None and process.stdout.read() == ""
    assert process.returncode == 130
    assert said[-1] == "netdesk-cli: interrupted; nothing was imported\n"
    assert not any("Traceback" in line for line in said)
    stats = json.loads(ok(tmp_data_dir, "--json", "stats"))
    assert (stats["contacts"], stats["tags"]) == (1, 0)
    assert run(tmp_data_dir, "search", "García").returncode == 1  # found nobody


def test_ctrl_c_during_an_export_leaves_no_file_behind(big_data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "exported"
    out.mkdir()
    target = out / "all.vcf"
    target.write_text("the export of last week\n", encoding="utf-8")
    process = subprocess.Popen(
        command(big_data_dir, "export", "--out", str(target), "--progress"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    said = interrupt_when(process, f"exporting 1000/{CARDS} contacts")
    assert process.returncode == 130
    assert said[-1] == f"netdesk-cli: interrupted; {target} was not written\n"
    assert target.read_text(encoding="utf-8") == "the export of last week\n"
    assert [p.name for p in out.iterdir()] == ["all.vcf"]  # no .part left


def test_ctrl_c_during_a_csv_export_to_stdout_stops_it(big_data_dir: Path) -> None:
    """Read whole and written in one piece, a CSV streamed to stdout heard no Ctrl+C: it wrote
    everything and said it had (exit 0)."""
    process = subprocess.Popen(
        command(big_data_dir, "export", "--out", "-", "--format", "csv", "--progress"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    said = interrupt_when(process, f"exporting 1000/{CARDS} contacts")  # the first piece
    assert process.returncode == 130
    assert said[-1] == "netdesk-cli: interrupted; the output is incomplete\n"


def closed_pipe_run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run with stdout a pipe whose reader has gone (as `| head -1` once head has its line)."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return subprocess.run(
            command(data_dir, *args), stdout=writer, stderr=subprocess.PIPE, cwd=ROOT,
            timeout=60, check=False,
        )  # fmt: skip
    finally:
        os.close(writer)


@pytest.mark.parametrize(
    "args",
    [["search", "a"], ["--json", "stats"], ["show", "1"], ["export", "--out", "-"]],
)
def test_a_closed_output_pipe_ends_quietly(tmp_data_dir: Path, args: list[str]) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil", "--email", "ana@example.org")
    result = closed_pipe_run(tmp_data_dir, *args)
    assert result.stderr == b""  # no "Broken pipe", no "Exception ignored"
    assert result.returncode == 141  # as a tool killed by SIGPIPE reports it under pipefail


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"},
    ],
)
def test_a_terminal_that_is_not_utf8_gets_escapes_and_json_stays_utf8(
    tmp_data_dir: Path, env: dict[str, str]
) -> None:
    ok(tmp_data_dir, "add", "--name", "Zoë Ibáñez 😀", "--org", "Café Olé")
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIO"))}
    environment.update(env)

    def in_that_terminal(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            command(tmp_data_dir, *args), capture_output=True, env=environment, cwd=ROOT,
            timeout=60, check=False,
        )  # fmt: skip

    text = in_that_terminal("search", "zoe")
    assert text.returncode == 0, text.stderr
    assert text.stdout.decode("ascii") == (
        "     1  Zo\\xeb Ib\\xe1\\xf1ez \\U0001f600 (Caf\\xe9 Ol\\xe9)\n"
    )
    shown = in_that_terminal("--json", "show", "1")
    assert shown.returncode == 0, shown.stderr
    assert "Zoë Ibáñez 😀".encode() in shown.stdout  # UTF-8, not \u escapes
    assert json.loads(shown.stdout.decode("utf-8"))["display_name"] == "Zoë Ibáñez 😀"
    missing = in_that_terminal("show", "7")
    assert missing.stderr == b"netdesk-cli: error: no contact with id 7\n"


def no_room_to_grow() -> None:
    """In the child: its files may not grow past 2 MB, as on a full disk (no root needed)."""
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # then a write fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (2_000_000, 2_000_000))


def test_a_full_disk_during_an_import_changes_nothing(tmp_data_dir: Path, big_vcf: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Already Here")
    result = subprocess.run(
        command(tmp_data_dir, "import", str(big_vcf)), capture_output=True, text=True,
        preexec_fn=no_room_to_grow, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    database = tmp_data_dir / "netdesk.sqlite3"
    # SQLite reads a file that may not grow as an I/O error, not as "disk full" (ENOSPC)
    assert result.stderr == (
        f"netdesk-cli: error: netdesk could not write {database} (is the disk full or "
        "failing?); nothing was changed.\n"
    )
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 1


def test_a_full_disk_during_an_export_leaves_no_partial_file(
    big_data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "all.vcf"
    result = subprocess.run(
        command(big_data_dir, "export", "--out", str(target)), capture_output=True, text=True,
        preexec_fn=no_room_to_grow, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == f"netdesk-cli: error: cannot write {target}: File too large\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("cli_log_handlers")
def test_ctrl_c_during_a_backup_leaves_no_partial_file(
    tmp_data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The copy was cut where Ctrl+C found it: an empty or half-copied all.sqlite3.part stayed
    beside the target (a 500 MB database takes seconds to copy)."""
    from netdesk import cli
    from netdesk.core import backups

    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    real_backup_to = backups.backup_to

    def ctrl_c_in_the_copy(target: Path, **options: object) -> Path:
        def progress(done: int, total: int) -> None:
            os.kill(os.getpid(), signal.SIGINT)  # the user's Ctrl+C, while the pages copy

        options["progress"] = progress  # in place of the command's own (--progress)
        return real_backup_to(target, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "backup_to", ctrl_c_in_the_copy)
    out = tmp_path / "out"
    out.mkdir()
    code = cli.main(["--data-dir", str(tmp_data_dir), "backup", "--out", str(out / "all.sqlite3")])
    assert code == 130
    assert capsys.readouterr().err == "netdesk-cli: interrupted; no backup was written\n"
    assert list(out.iterdir()) == []


@pytest.mark.usefixtures("cli_log_handlers")
def test_ctrl_c_during_a_restore_leaves_the_database_as_it_was(
    tmp_data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from netdesk import cli
    from netdesk.core import backups

    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    ok(tmp_data_dir, "backup", "--out", str(tmp_path / "monday.sqlite3"))
    ok(tmp_data_dir, "add", "--name", "Bo Lind")
    real_restore = backups.restore

    def ctrl_c_in_the_restore(core: object, source: Path, **options: object) -> Path:
        def progress(phase: str, done: int, total: int) -> None:
            os.kill(os.getpid(), signal.SIGINT)

        options["progress"] = progress  # in place of the command's own (--progress)
        return real_restore(core, source, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "restore", ctrl_c_in_the_restore)
    code = cli.main(["--data-dir", str(tmp_data_dir), "restore", str(tmp_path / "monday.sqlite3")])
    assert code == 130
    assert capsys.readouterr().err == "netdesk-cli: interrupted; the database was not changed\n"
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 2
