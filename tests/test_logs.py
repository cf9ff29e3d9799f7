"""The log file: a plain handler from the start, rotating (1 MiB x 5) once rotate() ran."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk import logs
from netdesk.core.paths import Paths


@pytest.fixture
def netdesk_logger() -> Iterator[logging.Logger]:
    root = logging.getLogger("netdesk")
    kept, level = list(root.handlers), root.level
    yield root
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for handler in kept:
        root.addHandler(handler)
    root.setLevel(level)


def test_start_up_logs_to_the_file_and_rotation_follows(
    tmp_data_dir: Path, netdesk_logger: logging.Logger
) -> None:
    log_file = logs.setup(Paths(tmp_data_dir), verbose=True)
    logging.getLogger("netdesk.app").debug("starting")
    assert [type(h) for h in netdesk_logger.handlers] == [logging.FileHandler]
    logs.rotate(log_file)
    logs.rotate(log_file)  # once is enough
    (handler,) = netdesk_logger.handlers
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (1024 * 1024, 5)
    assert netdesk_logger.level == logging.DEBUG  # --verbose is kept
    logging.getLogger("netdesk.ui").info("painted")
    handler.flush()
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert lines[0].endswith("DEBUG netdesk.app: starting")
    assert lines[1].endswith("INFO netdesk.ui: painted")


def test_a_log_folder_that_cannot_be_written_moves_the_log_to_a_private_temporary_folder(
    tmp_data_dir: Path, netdesk_logger: logging.Logger
) -> None:
    paths = Paths(tmp_data_dir)
    paths.logs.parent.mkdir(parents=True, exist_ok=True)
    paths.logs.write_text("a file where the log folder should be", encoding="utf-8")
    log_file = logs.setup(paths)
    assert log_file.parent != paths.logs and log_file.parent.name.startswith("netdesk-log-")
    logging.getLogger("netdesk.app").info("starting anyway")
    logs.rotate(log_file)
    (handler,) = netdesk_logger.handlers
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert f"cannot write the log {paths.logs / 'netdesk.log'}" in text
    assert "INFO netdesk.app: starting anyway" in text


def test_a_log_folder_gone_unwritable_before_rotation_keeps_the_log_it_has(
    tmp_data_dir: Path, netdesk_logger: logging.Logger
) -> None:
    log_file = logs.setup(Paths(tmp_data_dir))
    log_file.unlink()
    log_file.mkdir()  # RotatingFileHandler cannot open it, even as root
    logs.rotate(log_file)
    (handler,) = netdesk_logger.handlers
    assert type(handler) is logging.FileHandler


def test_a_file_name_that_is_not_utf8_is_logged_escaped_not_lost(
    tmp_data_dir: Path, netdesk_logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    """Importing "café" named in Latin-1 lost the import's log line ("--- Logging error ---"
    on stderr instead), before rotation and after."""
    import os

    name = os.fsdecode(b"/home/ana/caf\xe9.vcf")
    log_file = logs.setup(Paths(tmp_data_dir))
    logging.getLogger("netdesk.ui").info("imported %s", name)
    logs.rotate(log_file)
    logging.getLogger("netdesk.ui").info("imported %s again", name)
    for handler in netdesk_logger.handlers:
        handler.flush()
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert lines[0].endswith("INFO netdesk.ui: imported /home/ana/caf\\udce9.vcf")
    assert lines[1].endswith("INFO netdesk.ui: imported /home/ana/caf\\udce9.vcf again")
    assert "Logging error" not in capsys.readouterr().err
