"""What an import reports back: the parsed cards, per-card problems, whole-file errors."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from netdesk.core.types import Contact
from netdesk.interop.encoding import to_utf8_bytes, utf16_byte_order

MAX_IMPORT_BYTES = 64 * 1024 * 1024  # refuse bigger files by os.stat, before reading a byte
MAX_PHOTO_BYTES = 2 * 1024 * 1024  # a bigger decoded photo is dropped with a warning

FORMATS = ("vcard", "csv-google", "csv-outlook", "csv-thunderbird", "csv-linkedin", "csv-custom")

# The translation context of every problem and file-error template (netdesk.ui.import_text).
PROBLEM_CONTEXT = "ImportProblem"
TemplateArgs = tuple[tuple[str, str], ...]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for pyside6-lupdate under ``context``; returns it unchanged.

    interop and core have no Qt: they keep English reasons (the CLI and logs print those) and,
    beside them, the template they came from, which the UI translates (``import_text``).
    """
    return text


@dataclass(frozen=True)
class ImportProblem:
    """One card or row that was rejected ("error") or kept with something dropped ("warning").

    ``reason`` is English; ``template`` (empty for none) and ``template_args`` are what it was
    formatted from, so the UI can show it in the user's language. Build one with ``problem()``.
    """

    file: str
    line: int | None
    reason: str
    severity: str = "error"
    template: str = ""
    template_args: TemplateArgs = ()

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line is not None else self.file
        return f"{where}: {self.severity}: {self.reason}"


class ImportFileError(Exception):
    """The whole file cannot be read; the message names the file and says why.

    Attributes (set by ``file_error()``; empty when raised with a bare message):
        file: the file as named in the message.
        reason: the English message without the file name.
        template, template_args: what ``reason`` was formatted from (see ``ImportProblem``).
    """

    def __init__(
        self,
        message: str,
        *,
        file: str = "",
        reason: str = "",
        template: str = "",
        template_args: TemplateArgs = (),
    ) -> None:
        super().__init__(message)
        self.file = file
        self.reason = reason or message
        self.template = template
        self.template_args = template_args


def _format(template: str, args: dict[str, object]) -> tuple[str, TemplateArgs]:
    pairs = tuple((key, str(value)) for key, value in args.items())
    return template.format_map(dict(pairs)), pairs


def problem(
    file: str, line: int | None, template: str, /, severity: str = "error", **args: object
) -> ImportProblem:
    """A problem whose English reason is ``template.format(**args)`` (arguments as text).

    ``template`` is a ``QT_TRANSLATE_NOOP(PROBLEM_CONTEXT, "...")`` literal with ``{name}``
    placeholders; arguments from the file or the OS go in as they are.
    """
    reason, pairs = _format(template, args)
    return ImportProblem(file, line, reason, severity, template, pairs)


def file_error(file: str, template: str, /, **args: object) -> ImportFileError:
    """An ImportFileError saying "<file>: <template formatted>" (see ``problem``)."""
    reason, pairs = _format(template, args)
    return ImportFileError(
        f"{file}: {reason}", file=file, reason=reason, template=template, template_args=pairs
    )


def file_problem(file: str, error: ImportFileError) -> ImportProblem:
    """The problem of a whole file that could not be read, the file named once (not again
    in the reason)."""
    message = str(error)
    if message.startswith(f"{file}: "):
        reason = message[len(file) + 2 :]
        template, pairs = (error.template, error.template_args) if error.file == file else ("", ())
        return ImportProblem(file, None, reason, "error", template, pairs)
    return ImportProblem(file, None, message)


class ReadPhoto(bytes):
    """A card's photo as read, with the file and line its PHOTO property begins on: what
    the import finds later in its content (not an image, too many pixels) names that line,
    as what the reader says of any field does, not the card's BEGIN line."""

    where: tuple[str, int] | None = None  # (file, line)


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
        raise file_error(name, QT_TRANSLATE_NOOP("ImportProblem", "no such file")) from None
    except OSError as error:
        raise cannot_read(name, error) from None
    if file_path.is_dir():
        raise file_error(
            name, QT_TRANSLATE_NOOP("ImportProblem", "is a folder, not a contact file")
        )
    if not stat.S_ISREG(info.st_mode):  # a pipe or /dev/zero: reading would never end
        raise file_error(
            name, QT_TRANSLATE_NOOP("ImportProblem", "not a regular file (a device or a pipe)")
        )
    if info.st_size > MAX_IMPORT_BYTES:
        raise file_error(
            name,
            QT_TRANSLATE_NOOP(
                "ImportProblem", "file too big to import ({size} MB; the limit is {limit} MB)"
            ),
            # rounded up: a 64.9 MB file read "64 MB; the limit is 64 MB"
            size=-(-info.st_size // (1024 * 1024)),
            limit=MAX_IMPORT_BYTES // (1024 * 1024),
        )
    try:
        with file_path.open("rb") as stream:  # it may have grown since stat: read no more
            data = stream.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:
        raise cannot_read(name, error) from None
    if not data.strip(b"\x00\t\r\n \xef\xbb\xbf\xff\xfe"):
        raise empty_file(name)
    return data[: MAX_IMPORT_BYTES + 1]


_CONTROLS_LEFT_OUT = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "control characters left out ({characters}): no text holds them; check the line",
)
_CONTROLS_ON_MORE_LINES = QT_TRANSLATE_NOOP(
    "ImportProblem", "control characters left out on {count} more lines from here"
)
_CONTROL_LINES_SAID = 20  # lines said one by one; a damaged file may have thousands


def controls_left_out(file: str, lines: list[tuple[int, str]]) -> list[ImportProblem]:
    """The warnings for what ``encoding.without_controls`` left out of ``file``."""
    said = [
        problem(file, line, _CONTROLS_LEFT_OUT, "warning", characters=characters)
        for line, characters in lines[:_CONTROL_LINES_SAID]
    ]
    if len(lines) > _CONTROL_LINES_SAID:
        first, _ = lines[_CONTROL_LINES_SAID]
        more = len(lines) - _CONTROL_LINES_SAID
        said.append(problem(file, first, _CONTROLS_ON_MORE_LINES, "warning", count=more))
    return said


def without_zero_padding(data: bytes) -> tuple[bytes, int]:
    """``data`` without the zero bytes it ends in, and how many: what a crash during a save
    or an interrupted copy leaves on many file systems (the file's length written, not its
    last blocks). The whole file was refused as binary data for them. Text with zero bytes
    of its own (UTF-16, UTF-32, binary data) is left as it is."""
    if not data.endswith(b"\x00"):
        return data, 0
    text = data.rstrip(b"\x00")
    if not text.strip():
        return data, 0
    if utf16_byte_order(text) is not None:
        if len(text) % 2:  # the zero byte of its last character ("\n" is 0A 00 in UTF-16LE)
            text += b"\x00"
    elif b"\x00" in text:
        return data, 0
    count = len(data) - len(text)
    return (text, count) if count else (data, 0)


def zero_padding(file: str, text: bytes, count: int) -> ImportProblem:
    """The warning for the ``count`` zero bytes ``text`` (the file without them) was followed by."""
    text = to_utf8_bytes(text)
    breaks = text.count(b"\n") + text.count(b"\r") - text.count(b"\r\n")  # LF, CR, CRLF
    return problem(
        file,
        breaks + 1,  # the line the zeros begin on
        QT_TRANSLATE_NOOP(
            "ImportProblem",
            "the file ends in {count} zero bytes, as a save or a copy that was interrupted "
            "leaves it: read without them; check that its last contacts are complete",
        ),
        "warning",
        count=count,
    )


# Whole-file errors more than one reader raises.


def cannot_read(file: str, error: OSError) -> ImportFileError:
    """The OS refused to read ``file``; its reason (strerror) stays as the OS wrote it."""
    return file_error(
        file,
        QT_TRANSLATE_NOOP("ImportProblem", "cannot read the file ({os_reason})"),
        os_reason=error.strerror,
    )


def empty_file(file: str) -> ImportFileError:
    return file_error(file, QT_TRANSLATE_NOOP("ImportProblem", "the file is empty"))


# What a file refused as binary data starts with, when it is a kind people drop by mistake: a
# photo, a PDF, an export still in its .zip (Google Takeout's and LinkedIn's come so).
_PICTURES = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
)


def binary_file(file: str, data: bytes = b"") -> ImportFileError:
    """A file that is no text; named for what it is when its first bytes say so."""
    if data.startswith(b"PK\x03\x04"):
        office = _office_kind(data)
        if office == "spreadsheet":  # .xlsx, .ods, .numbers are ZIP archives too
            return file_error(
                file,
                QT_TRANSLATE_NOOP(
                    "ImportProblem",
                    "not a contact file but a spreadsheet: save it as CSV and import that",
                ),
            )
        if office == "document":
            return file_error(
                file, QT_TRANSLATE_NOOP("ImportProblem", "not a contact file but a document")
            )
        return file_error(
            file,
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "not a contact file but a ZIP archive: unpack it and import the files inside",
            ),
        )
    if data.startswith(b"%PDF-"):
        return file_error(
            file, QT_TRANSLATE_NOOP("ImportProblem", "not a contact file but a PDF document")
        )
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        data = b"WEBP"
    for magic, kind in (*_PICTURES, (b"WEBP", "WebP")):
        if data.startswith(magic):
            return file_error(
                file,
                QT_TRANSLATE_NOOP("ImportProblem", "not a contact file but a picture ({kind})"),
                kind=kind,
            )
    return file_error(file, QT_TRANSLATE_NOOP("ImportProblem", "not a contact file (binary data)"))


def _office_kind(data: bytes) -> str | None:
    """ "spreadsheet" or "document" for an office file (Office Open XML, OpenDocument, Apple
    iWork: each a ZIP archive of its parts), None for another ZIP archive."""
    import io
    import zipfile  # only for a file refused: not on the way to the window

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            kind = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, RuntimeError, EOFError):
        return None
    if (
        any(name.startswith("xl/") for name in names)
        or b"opendocument.spreadsheet" in kind
        or any(name.startswith("Index/Tables/") for name in names)
    ):
        return "spreadsheet"
    if "[Content_Types].xml" in names or b"opendocument" in kind or "Index/Document.iwa" in names:
        return "document"
    return None
