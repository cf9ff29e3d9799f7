"""What an import reports back: the parsed cards, per-card problems, whole-file errors."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from netdesk.core.types import Contact

MAX_IMPORT_BYTES = 64 * 1024 * 1024  # refuse bigger files by os.stat, before reading a byte
MAX_PHOTO_BYTES = 2 * 1024 * 1024  # a bigger decoded photo is dropped with a warning

FORMATS = ("vcard", "csv-google", "csv-outlook", "csv-thunderbird", "csv-linkedin", "csv-custom")


@dataclass(frozen=True)
class ImportProblem:
    """One card or row that was rejected ("error") or kept with something dropped ("warning")."""

    file: str
    line: int | None
    reason: str
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line is not None else self.file
        return f"{where}: {self.severity}: {self.reason}"


class ImportFileError(Exception):
    """The whole file cannot be read; the message names the file and says why."""


@dataclass
class ParsedCard:
    contact: Contact
    line: int  # 1-based line where the card (or CSV row) starts


@dataclass
class ParseResult:
    path: str
    format: str  # one of FORMATS
    cards: list[ParsedCard] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    cancelled: bool = False  # True when the caller's ``cancelled()`` stopped the read early


def read_import_bytes(path: str | os.PathLike[str]) -> bytes:
    """Read a whole import file, refusing what cannot be a contact file before reading it.

    Raises:
        ImportFileError: missing path, a folder, unreadable, too big or empty.
    """
    name = str(path)
    file_path = Path(path)
    try:
        info = file_path.stat()
    except FileNotFoundError:
        raise ImportFileError(f"{name}: no such file") from None
    except OSError as error:
        raise ImportFileError(f"{name}: cannot read the file ({error.strerror})") from None
    if file_path.is_dir():
        raise ImportFileError(f"{name}: is a folder, not a contact file")
    if not stat.S_ISREG(info.st_mode):  # a pipe or /dev/zero: reading would never end
        raise ImportFileError(f"{name}: not a regular file (a device or a pipe)")
    if info.st_size > MAX_IMPORT_BYTES:
        raise ImportFileError(
            f"{name}: file too big to import ({info.st_size // (1024 * 1024)} MB;"
            f" the limit is {MAX_IMPORT_BYTES // (1024 * 1024)} MB)"
        )
    try:
        with file_path.open("rb") as stream:  # it may have grown since stat: read no more
            data = stream.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:
        raise ImportFileError(f"{name}: cannot read the file ({error.strerror})") from None
    if not data.strip(b"\x00\t\r\n \xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(f"{name}: the file is empty")
    return data[: MAX_IMPORT_BYTES + 1]
