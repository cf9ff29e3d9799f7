"""Read contact CSV files (Google, Outlook, Thunderbird, LinkedIn or mapped by hand)."""

from __future__ import annotations

import csv
import io
import logging
import os
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from netdesk.core.types import (
    Contact,
    CustomField,
    EmailAddress,
    PartialDate,
    PhoneNumber,
    PostalAddress,
    RelatedPerson,
    WebLink,
    cadence_from_text,
)
from netdesk.interop import csv_formats as formats
from netdesk.interop import limits, odd_values
from netdesk.interop.csv_formats import (
    FIELD_KEYS,
    header_key,
    numeric_day_month,
    outlook_day_first,
    parse_csv_date,
)
from netdesk.interop.csv_write import unescape_formula, write_csv
from netdesk.interop.encoding import (
    detect_legacy_charset,
    looks_binary,
    mostly_utf8,
    stray_bytes,
    to_utf8_bytes,
    utf8_with_stray,
    utf16_byte_order,
    without_controls,
)
from netdesk.interop.problems import (
    MAX_IMPORT_BYTES,
    QT_TRANSLATE_NOOP,
    ImportProblem,
    ParsedCard,
    ParseResult,
    binary_file,
    cannot_read,
    controls_left_out,
    empty_file,
    file_error,
    problem,
    read_import_bytes,
    without_zero_padding,
    zero_padding,
)
from netdesk.interop.vcard_read import VCardStream
from netdesk.interop.vcard_values import LABEL_WORDS, label_from_ablabel

log = logging.getLogger("netdesk.interop")

__all__ = [
    "FIELD_KEYS",
    "CsvSniff",
    "column_keys",
    "guess_mapping",
    "has_rows",
    "open_contacts_file",
    "read_contacts_file",
    "read_csv_file",
    "sniff_csv",
    "sniff_csv_head",
    "write_csv",
]

_HEADER_SCAN_ROWS = 20
# a cell may be as long as a file may be: Python's csv refused one over 128 KB (a long note, a
# photo pasted as text) and the whole import failed with "field larger than field limit"
csv.field_size_limit(max(csv.field_size_limit(), MAX_IMPORT_BYTES))
_SYSTEM_GROUPS = {"mycontacts", "starred"}
_MULTI = " ::: "
# Google (and netdesk) write labels as "a ::: b", where a label may hold ";"; Outlook and
# Thunderbird write categories as "a;b"
_GOOGLE_TAGS = re.compile(r"\s*:::\s*")
_CATEGORIES = re.compile(r"\s*;\s*")
_CREDENTIAL = re.compile(r"[^\W\d_][\w.&()\-]{0,11}")  # Ph.D., MBA, CFA, M.Sc., Jr.
_ADDRESS_FIELDS = ("po_box", "extended", "street", "locality", "region", "postal_code", "country")
_TEXT_FIELDS = {"given_name", "additional_names", "family_name", "prefix", "suffix", "nickname"}
_TEXT_FIELDS |= {"organization", "title", "department", "notes", "met_at"}
_TEXT_FIELDS |= {"what_they_do", "looking_for", "can_offer", "met_through_uid", "uid"}


@dataclass
class CsvSniff:
    """What sniffing found: how to decode and split the file, and where its header row is."""

    encoding: str
    delimiter: str
    header_row: int  # 0-based index of the header among the parsed rows
    headers: list[str] = field(default_factory=list)
    format: str | None = None  # "google", "outlook", "thunderbird", "linkedin" or None
    text: str = field(default="", repr=False)  # the decoded file
    # cells written '"a", "b"': the space after each delimiter is skipped, so the quotes
    # still open a cell (csv.reader's skipinitialspace)
    skip_initial_space: bool = False
    # (line, charset) of each line of a UTF-8 file with bytes of another charset (_decode)
    stray_lines: list[tuple[int, str]] = field(default_factory=list)
    # (line, characters) of each line control characters were left out of (_decode)
    control_lines: list[tuple[int, str]] = field(default_factory=list)


_STRAY_BYTES = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "a character that is not UTF-8, unlike the rest of the file: read as {charset}; check the line",
)


def _decode(data: bytes) -> tuple[str, str, list[tuple[int, str]], list[tuple[int, str]]]:
    """The file's text, its charset, (line, charset) of each line of a UTF-8 file read
    with a few bytes of another charset (said: see encoding.mostly_utf8), and (line,
    characters) of each line control characters were left out of (encoding.without_controls)."""
    converted = to_utf8_bytes(data)  # a new object also for UTF-8 that had BOMs dropped
    encoding = "utf-16" if utf16_byte_order(data) is not None else "utf-8"
    converted, controls = without_controls(converted)
    text, encoding, stray = _decode_text(converted, encoding)
    return text, encoding, stray, controls


def _decode_text(converted: bytes, encoding: str) -> tuple[str, str, list[tuple[int, str]]]:
    """``_decode``'s text, charset and stray lines of the file as UTF-8 or legacy bytes."""
    try:
        return converted.decode("utf-8"), encoding, []
    except UnicodeDecodeError as error:
        # cut in the middle of its last character, UTF-8 all the way there (a legacy file
        # whose one accent is its last byte, "José" in cp1252, is no UTF-8 cut short)
        if error.reason == "unexpected end of data" and not converted[: error.start].isascii():
            return converted.decode("utf-8", errors="replace"), encoding, []
    lines = converted.split(b"\n")
    utf8 = [_utf8(line) for line in lines]
    # lines that are UTF-8 with accents in it: a legacy text almost never makes one
    accented = sum(1 for line, text in zip(lines, utf8, strict=True) if text and not line.isascii())
    mixed = accented >= 3 or accented >= utf8.count(None) > 0
    if mixed or mostly_utf8(converted):
        # mostly UTF-8 with a few rows in another charset (one pasted from an old export):
        # those rows alone are read in it; the whole file was, which garbled every other row
        # ('José' as 'Jos茅'). A row of UTF-8 with a stray byte (a small file has too few
        # rows for the count above) is read as UTF-8 but for that byte.
        legacy = detect_legacy_charset(stray_bytes(converted))
        decoded, stray = [], []
        for number, (line, text) in enumerate(zip(lines, utf8, strict=True), 1):
            if text is None:
                mixed_line = not line.decode("utf-8", errors="ignore").isascii()
                text = (
                    utf8_with_stray(line, legacy) if mixed_line else line.decode(legacy, "replace")
                )
                stray.append((number, legacy))
            decoded.append(text)
        return "\n".join(decoded), "utf-8", stray
    legacy = detect_legacy_charset(converted)
    return converted.decode(legacy, errors="replace"), legacy, []


def _utf8(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _rows(
    text: str, delimiter: str, limit: int | None = None, skip_initial_space: bool = False
) -> list[list[str]]:
    reader = csv.reader(
        io.StringIO(text, newline=""),
        delimiter=delimiter,
        strict=False,
        skipinitialspace=skip_initial_space,
    )
    rows = []
    for row in reader:
        rows.append(row)
        if limit is not None and len(rows) >= limit:
            break
    return rows


def _consistency(rows: list[list[str]]) -> tuple[int, int]:
    """How well a delimiter splits the rows: how many of them share its most common width of
    two cells or more, then that width. The widest single row decided before, so a comma
    file whose note held "a; b; c; d" was split at the semicolons (one column, 'unknown
    layout'), as was a semicolon file (European Excel) at a note's commas."""
    widths: dict[int, int] = {}
    for row in rows:
        if len(row) > 1:
            widths[len(row)] = widths.get(len(row), 0) + 1
    return max(((count, width) for width, count in widths.items()), default=(0, 0))


def sniff_bytes(data: bytes, name: str) -> CsvSniff:
    """Sniff decoded bytes; see ``sniff_csv``."""
    data = without_zero_padding(data)[0]
    if looks_binary(to_utf8_bytes(data)):
        raise binary_file(name, data)
    text, encoding, stray, controls = _decode(data)
    if not text.strip():
        raise empty_file(name)
    split = {d: _rows(text, d, _HEADER_SCAN_ROWS) for d in (",", ";", "\t")}
    # a delimiter that shows a known header wins: counted alone, a netdesk export of one
    # contact whose note held three lines with a ";" each was read as a ";" file (the note's
    # lines, two cells each, outnumbered the header and its one row) of unknown layout
    known = [d for d, rows in split.items() if any(formats.detect_format(row) for row in rows)]
    delimiter = max(known or split, key=lambda d: _consistency(split[d]))
    rows = split[delimiter]
    # '"First Name", "Last Name"': read as written, a quoted cell after a space kept its
    # quotes and split at the commas inside it ('"Gil', ' Jr"' for "Gil, Jr")
    spaced = any(_QUOTE_AFTER_SPACES.match(cell) for row in rows for cell in row[1:])
    if spaced:
        rows = _rows(text, delimiter, _HEADER_SCAN_ROWS, skip_initial_space=True)
    for index, row in enumerate(rows):
        detected = formats.detect_format(row)
        if detected == "outlook" and not _outlook_enough(row):
            detected = None  # a sheet of its own: ask which column holds what
        if detected is not None:
            return CsvSniff(
                encoding, delimiter, index, row, detected, text, spaced, stray, controls
            )
    if Path(name).suffix.lower() not in TABLE_SUFFIXES and not _a_table(rows):
        # notes.txt opened with netdesk was read as a CSV of its lines, and said "no contacts
        # in the file: it has only its column names" (or asked which column holds what)
        raise file_error(name, _NOT_A_CONTACT_FILE)
    for index, row in enumerate(rows):
        if sum(1 for cell in row if cell.strip()) >= 2:
            return CsvSniff(encoding, delimiter, index, row, None, text, spaced, stray, controls)
    first = rows[0] if rows else []
    return CsvSniff(encoding, delimiter, 0, first, None, text, spaced, stray, controls)


_QUOTE_AFTER_SPACES = re.compile(r' +"')
# A file of another name (.txt, none) is read as a CSV when its content shows one: a known
# layout (Outlook's "tab-separated values" export is a .txt), or a table (_a_table)
TABLE_SUFFIXES = (".csv", ".tsv")
_NOT_A_CONTACT_FILE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "not a contact file: netdesk reads vCards (.vcf) and tables of contacts (.csv, .tsv) "
    "whose first line names their columns",
)


def _a_table(rows: list[list[str]]) -> bool:
    """Whether ``rows`` (a file's first rows) look like a table: a first line of two columns
    or more, and as many cells in at least half of the lines after it."""
    lines = [row for row in rows if any(cell.strip() for cell in row)]
    if len(lines) < 2 or len(lines[0]) < 2:
        return False
    return 2 * sum(1 for row in lines[1:] if len(row) == len(lines[0])) >= len(lines) - 1


def _outlook_enough(headers: list[str]) -> bool:
    """Whether Outlook's column names read nearly every column a guess would: a sheet of
    "First Name, Last Name, Email, Phone, Title, City" shares a few names with Outlook's, and
    read as Outlook's it lost the e-mail, phone and city ("Email" is not Outlook's "E-mail
    Address") and made the job title a name prefix ("CTO Ana Gil")."""
    outlook = sum(1 for header in headers if formats.OUTLOOK.get(header_key(header)))
    guessed = sum(1 for field in guess_mapping(headers).values() if field != "ignore")
    return outlook * 5 >= guessed * 4


def sniff_csv(path: str | os.PathLike[str]) -> CsvSniff:
    """Encoding, delimiter, header row, headers and detected format of a CSV file.

    Raises:
        ImportFileError: the file cannot be read, is empty, binary or too big.
    """
    return sniff_bytes(read_import_bytes(path), str(path))


HEAD_BYTES = 64 * 1024


def _complete_head(data: bytes) -> bytes:
    """``data`` cut after its last whole line, so no character or row is cut in half."""
    order = utf16_byte_order(data)
    if order is not None:
        data = data[: len(data) // 2 * 2]
        newline = "\n".encode(order)
        cut = len(data)
        while cut > 0:
            cut = data.rfind(newline, 0, cut)
            if cut % 2 == 0:
                break
        return data[: cut + 2] if cut > 0 else data
    cut = data.rfind(b"\n")
    if cut > 0:
        return data[: cut + 1]
    # one long line: drop a UTF-8 sequence cut at the end (lead byte plus too few followers)
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte < 0x80:
            break
        if byte >= 0xC0:
            needed = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return data[:-back] if back < needed else data
    return data


def sniff_csv_head(path: str | os.PathLike[str], limit: int = HEAD_BYTES) -> CsvSniff:
    """Like ``sniff_csv`` but reads only the first ``limit`` bytes (cut after the last whole
    line): enough for the header row and sample rows of the column-mapping step. ``text`` holds
    that head only.

    Raises:
        ImportFileError: the file cannot be read, is empty, binary or too big.
    """
    name = str(path)
    file_path = Path(path)
    try:
        size = file_path.stat().st_size
        if file_path.is_dir() or size <= limit or size > MAX_IMPORT_BYTES:
            return sniff_csv(path)  # small, or refused with read_import_bytes' message
        with file_path.open("rb") as stream:
            data = stream.read(limit)
    except OSError as error:
        raise cannot_read(name, error) from None
    return sniff_bytes(_complete_head(data), name)


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Propose column key (``column_keys``) -> FIELD_KEYS key for an unknown CSV; unmatched
    columns map to "ignore"."""
    mapping: dict[str, str] = {}
    for header, key in zip(headers, column_keys(headers), strict=True):
        target = _guess(header)
        simple = (target or "ignore").split(":")[0]
        if target and target.startswith("phone:"):
            simple = _PHONE_KEYS.get(target, "phone")  # "Work Phone": work_phone
        mapping[key] = simple if simple in FIELD_KEYS else "ignore"
    return mapping


_LABEL_WORDS = {"type", "label", "kind"}
_PHONE_KEYS = {target: key for key, target in formats.KEY_ALIASES.items()}


def _guess(header: str) -> str | None:
    """A known header, else the longest run of its words that is one, the last words first
    ("Work Email": email, "Date of Birth": birthday). Whole words only: a synonym inside a
    word made "Account Owner" a city ("accoun-town-er") and its owner's name the town."""
    synonyms = formats.GUESS_SYNONYMS
    target = synonyms.get(header_key(header)) or formats.WHOLE_HEADER_SYNONYMS.get(
        header_key(header)
    )
    if target is not None:
        return target
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header)  # workEmail: two words
    words = [header_key(word) for word in re.split(r"[\W_]+", spaced)]
    words = [word for word in words if word]
    if words and words[-1] in _LABEL_WORDS:  # "Email Type": the kind of another column's value
        return None
    if any(word in formats.NOT_THE_PERSONS for word in words):
        return None
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size, -1, -1):
            target = synonyms.get("".join(words[start : start + size]))
            if target is not None:
                return target
    return None


def read_csv_file(
    path: str | os.PathLike[str],
    *,
    mapping: dict[str, str] | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ParseResult:
    """Read a contact CSV; ``mapping`` (header -> field key) overrides format detection.
    ``progress(lines read, lines in the file)`` is called as the reading goes.

    Raises:
        ImportFileError: the file cannot be read, is empty, binary or too big.
    """
    name = str(path)
    data, zeros = without_zero_padding(read_import_bytes(path))
    result = _read_rows(name, sniff_bytes(data, name), mapping, cancelled, progress)
    if zeros:  # where the file was cut: after what is said of its rows
        result.problems.append(zero_padding(name, data, zeros))
    return result


def _read_rows(
    name: str,
    sniff: CsvSniff,
    mapping: dict[str, str] | None,
    cancelled: Callable[[], bool] | None,
    progress: Callable[[int, int], None] | None,
) -> ParseResult:
    """The contacts of the rows of a sniffed CSV (see ``read_csv_file``)."""
    flavour = "custom" if mapping is not None else sniff.format
    result = ParseResult(path=name, format=f"csv-{flavour or 'custom'}")
    result.problems += controls_left_out(name, sniff.control_lines)
    for line, charset in sniff.stray_lines:
        result.problems.append(problem(name, line, _STRAY_BYTES, "warning", charset=charset))
    if flavour is None:
        header_line, rows_below = _below_header(sniff)
        if not rows_below:  # no columns to choose: nothing would come of them
            _check_whole(result, sniff, header_line, 0)
            return result
        result.problems.append(
            problem(
                name,
                None,
                QT_TRANSLATE_NOOP(
                    "ImportProblem", "unknown CSV layout: choose which column holds what"
                ),
            )
        )
        return result
    targets = _targets(sniff.headers, flavour, mapping)
    # a row with several dates (a birthday, an anniversary): what is said of one names it
    dates = sum(target.partition(":")[0] in _DATE_FIELDS for target in targets)
    named = sniff.headers if dates > 1 else []
    source = "linkedin" if flavour == "linkedin" else "csv"
    order = _DateOrder(_date_convention(flavour, sniff.headers))
    source_file = Path(name).name
    stream = io.StringIO(sniff.text, newline="")
    reader = csv.reader(
        stream, delimiter=sniff.delimiter, skipinitialspace=sniff.skip_initial_space
    )
    row_end = 0  # where in the text the row read ends (the reader reads no further)
    line_after = lines = header_line = rows = 0
    last: tuple[int, int, list[str]] = (0, 0, [])
    full_width = False  # the row before the last had a cell for every column
    line_count: int | None = None  # the file's lines, counted when a row may end it
    swallowed = False  # a quote never closed made the rest of the file one cell: not imported
    unterminated = not sniff.text.endswith(("\n", "\r"))
    for index, row in enumerate(reader):
        line = line_after + 1
        line_after = reader.line_num
        row_start, row_end = row_end, stream.tell()
        if index == sniff.header_row:
            header_line = line
        if index <= sniff.header_row or not any(cell.strip() for cell in row):
            continue
        rows += 1
        full_width = len(last[2]) >= len(sniff.headers)
        last = (line, line_after, row)
        # a quoted cell over lines may be open; so may the last one of a file whose last
        # line has no line break (its cell then holds none either)
        if "\n" in row[-1] or "\r" in row[-1] or unterminated:
            if line_count is None:
                line_count = _line_count(sniff.text)
            opened = _quote_opened(sniff, line, row) if line_after == line_count else None
            if opened is not None:
                result.problems.append(
                    problem(name, opened, _NEVER_CLOSED, line=line, end=line_after)
                )
                swallowed = True
                continue
        if index % 200 == 0:
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            if progress is not None:
                # an old Mac's lines end in a lone CR: counted by "\n", the bar was full
                # from the first row on
                text = sniff.text
                lines = lines or max(text.count("\n"), text.count("\r")) + 1
                progress(min(line, lines), lines)
        contact = Contact(source=source, source_file=source_file)
        builder = _RowBuilder(contact, name, line, result.problems, order)
        builder.headers = sniff.headers
        for column, cell in enumerate(row):
            if column < len(targets) and targets[column] and cell.strip():
                builder.cell = column
                builder.put(targets[column], cell, named[column] if column < len(named) else "")
        builder.cell = -1  # what is said next is of the row
        if any(cell.strip() for cell in row[len(sniff.headers) :]):
            builder.warn(_TOO_MANY_CELLS, cells=len(row), columns=len(sniff.headers))
        builder.finish()
        # A row holds no value longer than its text, nor more values of a kind than half its
        # characters ("@,@,@" e-mails, "a,b,c" tags): most need no more look (see may_exceed).
        written = row_end - row_start
        if written > _FEWEST_CHARS and limits.may_exceed(contact, written):
            _keep_within_limits(builder, row, targets, sniff.headers)
        for said, of_cell in builder.said:  # on the line of its cell (rare: most say nothing)
            breaks = sum(len(_LINE_BREAK.findall(before)) for before in row[:of_cell])
            result.problems[said] = replace(result.problems[said], line=line + breaks)
        if builder.is_empty():
            result.problems.append(
                problem(
                    name,
                    line,
                    QT_TRANSLATE_NOOP("ImportProblem", "row has no name, e-mail, phone or company"),
                    "warning",
                )
            )
            continue
        result.cards.append(ParsedCard(contact, line))
    order.settle(name, result.problems)
    if not result.cancelled:
        ends_the_file = last[1] == reader.line_num  # no row, not even an empty one, after it
        _check_whole(result, sniff, header_line, rows)
        columns = len(sniff.headers)
        if not swallowed and ends_the_file and _cut_short(sniff.text, last[2], columns, full_width):
            result.problems.append(
                problem(
                    name,
                    last[0],
                    QT_TRANSLATE_NOOP(
                        "ImportProblem",
                        "the file ends in the middle of this row (cut short?): its last values "
                        "may be missing or incomplete",
                    ),
                    "warning",
                )
            )
    return result


def has_rows(sniff: CsvSniff) -> bool:
    """Whether a row under the header holds a value (in ``sniff.text``, which may be only the
    file's head): a file of column names alone needs no question about them."""
    return _below_header(sniff)[1]


def _below_header(sniff: CsvSniff) -> tuple[int, bool]:
    """The header's line, and whether a row under it holds a value."""
    reader = csv.reader(
        io.StringIO(sniff.text, newline=""),
        delimiter=sniff.delimiter,
        skipinitialspace=sniff.skip_initial_space,
    )
    header_line = 1
    for index, row in enumerate(reader):
        if index == sniff.header_row:
            header_line = reader.line_num
        elif index > sniff.header_row and any(cell.strip() for cell in row):
            return header_line, True
    return header_line, False


def _cut_short(text: str, row: list[str], columns: int, full_width: bool) -> bool:
    """Whether the file, its last ``row`` unended, stops in the middle of that row: in the
    middle of a character, or short of cells where the rows before it had one per column (a
    copy or download cut short, its last contact imported with half a name and no e-mail)."""
    if text.endswith(("\n", "\r")):
        return False
    return text.endswith("\ufffd") or (full_width and len(row) < columns)


def _check_whole(result: ParseResult, sniff: CsvSniff, header_line: int, rows: int) -> None:
    """Say what a file's rows cannot: that it has none, or why (a quote never closed in
    its column names made the rest of the file one of them: "only its column names")."""
    if rows == 0:
        swallowed = _swallowed(sniff)
        if swallowed is not None:
            opened, line, end = swallowed
            result.problems.append(problem(result.path, opened, _NEVER_CLOSED, line=line, end=end))
            return
        result.problems.append(
            problem(
                result.path,
                header_line or 1,
                QT_TRANSLATE_NOOP(
                    "ImportProblem", "no contacts in the file: it has only its column names"
                ),
            )
        )


_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # a line as the csv module counts them (line_num)
_NEVER_CLOSED = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "a quote opened on this line is never closed, so the rest of the file was read as one "
    "value: its row (line {line}) and the lines after it, to line {end}, were not imported",
)


def _line_count(text: str) -> int:
    """How many lines the csv module counts in ``text`` (its last line_num)."""
    breaks = len(_LINE_BREAK.findall(text))
    return breaks + (0 if not text or text.endswith(("\n", "\r")) else 1)


def _swallowed(sniff: CsvSniff) -> tuple[int, int, int] | None:
    """(the line its quote opened on, its first line, the file's last line) of the file's last
    row when a quote never closed made the rest of the file one of its values; else None."""
    reader = csv.reader(
        io.StringIO(sniff.text, newline=""),
        delimiter=sniff.delimiter,
        skipinitialspace=sniff.skip_initial_space,
    )
    line = line_after = 0
    row: list[str] = []
    for cells in reader:  # to the last row, and the lines it began and ended on
        row, line, line_after = cells, line_after + 1, reader.line_num
    unterminated = not sniff.text.endswith(("\n", "\r"))
    if not row or not ("\n" in row[-1] or "\r" in row[-1] or unterminated):
        return None
    if line_after != _line_count(sniff.text):
        return None
    opened = _quote_opened(sniff, line, row)
    return None if opened is None else (opened, line, line_after)


def _quote_opened(sniff: CsvSniff, line: int, row: list[str]) -> int | None:
    """The line where the quote that opens the last cell of ``row`` (the file's last row,
    starting on ``line``) is, if that quote is never closed: the csv module then reads the
    rest of the file into that cell (its rows vanished into a note, or a name of hundreds of
    lines); None when it is closed."""
    starts = [0, *(match.end() for match in _LINE_BREAK.finditer(sniff.text))]
    reader = csv.reader(
        io.StringIO(sniff.text[starts[line - 1] :], newline=""),
        delimiter=sniff.delimiter,
        skipinitialspace=sniff.skip_initial_space,
        strict=True,  # which alone says a quoted value ran into the end of the file
    )
    try:
        next(reader, None)
    except csv.Error as error:
        if "unexpected end of data" not in str(error):
            return None
        # the cells before it end where it begins: the lines their own line breaks took
        return line + sum(len(_LINE_BREAK.findall(cell)) for cell in row[:-1])
    return None


_TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "row has {cells} cells where the file has {columns} columns (a comma inside a value that "
    "is not in quotes?): its values may be in the wrong fields, and those past the last column "
    "were not imported",
)
_READ_BOTH_WAYS = {
    # by what decided: the format's convention (day first), none (month first), or nothing
    # because the file's own dates are written both ways
    "convention": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "dates such as {example} could be day/month or month/day ({count} of them); read as "
        "day/month, as Outlook in this file's language writes them",
    ),
    "guess": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "dates such as {example} could be day/month or month/day ({count} of them) and no "
        "other date in the file tells; read as month/day (US): check them",
    ),
    "mixed": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "this file writes dates both day first and month first; those that could be either "
        "({count}, such as {example}) were read as month/day: check them",
    ),
}


class _DateOrder:
    """Whether the file's NN/NN/YYYY dates are day or month first. Its own dates decide (a
    first number over 12 is a day, a second one over 12 a month), else its format's
    convention (a German, French or Spanish Outlook writes day first), else month first, as in
    the US. The dates that could be either are read month first, then read again once the
    whole file has told; a warning names them when nothing in the file decided, unless the
    format always writes them one way (LinkedIn's "1/8/18, 6:14 PM" is month first)."""

    def __init__(self, day_first_by_convention: bool | None) -> None:
        self.convention = day_first_by_convention  # None: the format does not tell
        self.day_first_seen = self.month_first_seen = False
        self.either_way: list[tuple[str, int, Callable[[PartialDate | None], None]]] = []

    def note(self, value: str, line: int, apply: Callable[[PartialDate | None], None]) -> None:
        found = numeric_day_month(value)
        if found is None:
            return
        first, second = found
        if first > 12 >= second:
            self.day_first_seen = True
        elif second > 12 >= first:
            self.month_first_seen = True
        elif first != second and first <= 12 and second <= 12:
            self.either_way.append((value, line, apply))

    def settle(self, file: str, problems: list[ImportProblem]) -> None:
        if not self.either_way:
            return
        if self.day_first_seen != self.month_first_seen:
            day_first, why = self.day_first_seen, ""  # the file told
        elif self.day_first_seen:
            day_first, why = False, "mixed"
        elif self.convention is None:
            day_first, why = False, "guess"
        else:
            day_first, why = self.convention, "convention" if self.convention else ""
        if day_first:
            for value, _, apply in self.either_way:
                apply(parse_csv_date(value, day_first=True))
        if why:
            value, line, _ = self.either_way[0]
            problems.append(
                problem(
                    file, line, _READ_BOTH_WAYS[why], "warning",
                    count=len(self.either_way), example=repr(value),
                )
            )  # fmt: skip


def _same_column_name(header: str) -> str:
    """A column's name as a mapping matches it: case and runs of spaces aside, as a remembered
    mapping's header signature (``csv_mappings.header_signature``) is taken."""
    return " ".join(header.split()).casefold()


def column_keys(headers: list[str]) -> list[str]:
    """One mapping key per column: its header, or for a name the row already gave, "Phone
    (2)", "Phone (3)"..., so that two columns named alike can go to different fields (a
    mapping keyed by the name alone gave both the field chosen for the last)."""
    keys: list[str] = []
    taken = {_same_column_name(header) for header in headers}
    count: dict[str, int] = {}
    for header in headers:
        name = _same_column_name(header)
        count[name] = count.get(name, 0) + 1
        key = header
        if count[name] > 1:
            key = f"{header} ({count[name]})"
            while _same_column_name(key) in taken:
                key += f" ({count[name]})"
            taken.add(_same_column_name(key))
        keys.append(key)
    return keys


def _mapped_targets(headers: list[str], mapping: dict[str, str]) -> list[str]:
    """Each column's target under a mapping chosen for the file (in the app or by --map).

    A mapping remembered for "Name,Email" is offered for "NAME, EMAIL " (same signature), so
    names match whatever their case and spacing; a second "Phone" takes the field chosen for
    "Phone (2)", else the one for "Phone" (``--map Phone=phone`` maps every "Phone" column).
    """
    chosen = {_same_column_name(key): field for key, field in mapping.items()}
    targets = []
    for header, key in zip(headers, column_keys(headers), strict=True):
        field = chosen.get(_same_column_name(key))
        if field is None:
            field = chosen.get(_same_column_name(header), "")
        field = formats.KEY_ALIASES.get(field, field)
        if field in _LABELLED_BY_HEADER:
            label = _place_in(header)
            field = f"{field}:{label}" if label else field
        targets.append(field)
    return targets


# the field menu has one "Street", "City"...: which address a column is part of is in its name
_LABELLED_BY_HEADER = {*_ADDRESS_FIELDS, "email", "url"}
_PLACE_WORDS = {
    "work": {"work", "business", "office", "job", "geschaftlich", "bureau", "trabajo", "uff"},
    "home": {"home", "private", "personal", "privat", "domicile", "domicilio", "residencia"},
    "other": {"other", "weitere", "weiterer", "autre", "otra", "otro", "altra", "altro"},
}
_PLACE_WORDS["work"] |= {"ufficio", "sluzbowy"}
_PLACE_WORDS["home"] |= {"casa", "abitazione", "ab", "domowy"}


def _place_in(header: str) -> str:
    """ "work", "home" or "other" when a column's name says whose address, e-mail or web page
    it holds ("Work City", "Home ZIP"); two addresses mapped by hand were one before, its
    lines joined ("Madrid\nToledo")."""
    words = {header_key(word) for word in re.split(r"[\W_]+", header)}
    for label, place in _PLACE_WORDS.items():
        if words & place:
            return label
    return ""


def _date_convention(flavour: str, headers: list[str]) -> bool | None:
    """Whether the format writes NN/NN dates day first (True), month first (False), or either
    (None: an English Outlook may be US or British, a spreadsheet anything)."""
    if flavour == "linkedin":
        return False  # its 2018 layout's dates are US ('1/8/18, 6:14 PM') whatever the language
    if flavour == "outlook" and outlook_day_first(headers):
        return True
    return None


def _targets(headers: list[str], flavour: str, mapping: dict[str, str] | None) -> list[str]:
    if mapping is not None:
        return _mapped_targets(headers, mapping)
    table = {
        "outlook": formats.OUTLOOK,
        "thunderbird": formats.THUNDERBIRD,
        "linkedin": formats.LINKEDIN,
        "google": formats.GOOGLE_SIMPLE,
    }[flavour]
    targets = []
    seen: set[str] = set()
    for header in headers:
        group = formats.GOOGLE_GROUP.match(header.strip()) if flavour == "google" else None
        key = header_key(header)
        if group:
            kind, number, part = group.groups()
            target = f"google:{header_key(kind)}:{number}:{header_key(part)}"
        elif flavour == "outlook" and key in seen and key in formats.OUTLOOK_SECOND:
            target = formats.OUTLOOK_SECOND[key]  # a French Outlook's second "Titre"
        else:
            target = table.get(key, "")
        if target == "custom:":  # a field labelled as the file names the column
            target += header.strip()
        seen.add(key)
        targets.append(target)
    return targets


# what a spreadsheet's cell puts between two e-mails or phones (a line break is Excel's
# Alt+Enter); a cell is split only when every piece is one (a phone holds spaces)
_BETWEEN_EMAILS = re.compile(r"[\s;,]+")
_BETWEEN_PHONES = re.compile(r"\s*[;\n]\s*")


def _several(value: str, between: re.Pattern[str], is_one: Callable[[str], bool]) -> list[str]:
    """The values of one cell: Google's "a ::: b", or a sheet's "a; b" or "a, b" when each
    piece is a value of its own (a cell "ana@x.org, ana@y.org" was one e-mail address that
    no mail program takes, and matched neither address of the person)."""
    values: list[str] = []
    for piece in value.split(_MULTI):
        parts = [part for part in between.split(piece.strip()) if part]
        values += parts if len(parts) > 1 and all(map(is_one, parts)) else [piece.strip()]
    return values


_FEWEST_CHARS = 2 * limits.VALUES_OF_A_KIND  # a value and its separator: 2 characters at least
# The Contact field a column's cells go to, by its target's key (the key itself for a text
# field: "notes", "given_name"), or by a Google group's kind ("google:email:1:value").
_FIELD_OF_KEY = {"email": "emails", "phone": "phones", "url": "urls", "tags": "tags"}
_FIELD_OF_KEY |= {"related": "related", "custom": "custom_fields", "full_name": "formatted_name"}
_FIELD_OF_KEY |= dict.fromkeys(_ADDRESS_FIELDS, "addresses")
_FIELD_OF_GOOGLE = {"email": "emails", "phone": "phones", "website": "urls", "address": "addresses"}
_FIELD_OF_GOOGLE |= {
    "relation": "related",
    "customfield": "custom_fields",
    "event": "custom_fields",
}
_FIELD_OF_GOOGLE |= {"organization:name": "organization", "organization:title": "title"}
_FIELD_OF_GOOGLE |= {"organization:department": "department"}


def _field_of(target: str) -> str:
    key, _, label = target.partition(":")
    if key != "google":
        return _FIELD_OF_KEY.get(key, key)
    kind, _, part = label.split(":", 2) if label.count(":") >= 2 else (label, "", "")
    return _FIELD_OF_GOOGLE.get(kind) or _FIELD_OF_GOOGLE.get(f"{kind}:{part}", kind)


def _keep_within_limits(
    builder: _RowBuilder, row: list[str], targets: list[str], headers: list[str]
) -> None:
    """Cut or drop what a broken or hostile row holds beyond ``limits`` (a 5 MB name, 10,000
    phones in one cell), each said of the column it was read from (on its cell's line)."""
    for item in limits.trim(builder.contact):
        columns = [
            column
            for column, target in enumerate(targets[: len(row)])
            if target and row[column].strip() and _field_of(target) == item.field
        ]
        # a value too long: its cell is longer than the limit (or, for notes over several
        # columns, the one where they pass it together)
        column, total = (columns[0] if columns else -1), 0
        for candidate in columns if item.how != "many" else ():
            total += len(row[candidate])
            if total > item.limit:
                column = candidate
                break
        builder.cell = column
        name = headers[column] if 0 <= column < len(headers) else item.field
        template, args = limits.said(item)
        builder.warn(template, field=" ".join(name[:200].split())[:60], **args)
    builder.cell = -1


def _looks_like_a_number(text: str) -> bool:
    return sum(char.isdigit() for char in text) >= 6


_DATE_FIELDS = ("birthday", "anniversary", "met_on")


class _RowBuilder:
    """Fills one Contact from the cells of one row."""

    headers: list[str] = []  # noqa: RUF012 (the file's header row, replaced, never changed)

    def __init__(
        self,
        contact: Contact,
        name: str,
        line: int,
        problems: list[ImportProblem],
        order: _DateOrder | None = None,
    ):
        self.order = order or _DateOrder(None)
        self.contact = contact
        self.name = name
        self.line = line
        self.problems = problems
        self.addresses: dict[str, PostalAddress] = {}
        self.google: dict[tuple[str, str], dict[str, str]] = {}
        # a group's "Value" header and cell
        self.google_columns: dict[tuple[str, str], tuple[str, int]] = {}
        self.birth: dict[str, str] = {}
        self.full_name = ""
        self.column = ""  # the header of the cell read, for what is said of it
        # the cell read, and what was said of each cell (the problem's index, the cell's):
        # the row's loop moves those to the cell's line, after the line breaks of the quoted
        # cells before it (a note over lines), once the row is read
        self.cell = -1
        self.said: tuple[tuple[int, int], ...] = ()  # a tuple: no list made for every row

    def warn(self, template: str, **args: object) -> None:
        if self.cell > 0:
            self.said += ((len(self.problems), self.cell),)
        self.problems.append(problem(self.name, self.line, template, "warning", **args))

    def put(self, target: str, cell: str, header: str = "") -> None:
        self.column = " ".join(header.split())
        value = unescape_formula(cell.strip())
        if "\r" in value:  # one kind of line break, as a vCard and the card's editors keep
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        key, _, label = target.partition(":")
        contact = self.contact
        if key in _TEXT_FIELDS:
            old = getattr(contact, key)
            setattr(contact, key, f"{old}\n{value}" if old and key == "notes" else old or value)
        elif key == "full_name":
            self.full_name = self.full_name or value
        elif key == "email":
            for email in _several(value, _BETWEEN_EMAILS, lambda part: "@" in part):
                self.email(email, label)
        elif key == "phone":
            for phone in _several(value, _BETWEEN_PHONES, _looks_like_a_number):
                self.phone(phone, label)
        elif key == "url":
            for url in value.split(_MULTI):
                self.link(url.strip(), label)
        elif key in _ADDRESS_FIELDS:
            address = self.addresses.setdefault(label, PostalAddress(label=label))
            old = getattr(address, key)
            setattr(address, key, f"{old}\n{value}" if old else value)
        elif key in _DATE_FIELDS:
            setattr(contact, key, self.date(value, lambda date: setattr(contact, key, date)))
        elif key in ("birth_year", "birth_month", "birth_day"):
            self.birth[key] = value
        elif key == "tags":
            self.tags(value)
        elif key == "related":
            contact.related.append(RelatedPerson(label=label, name=value))
        elif key == "custom":
            contact.custom_fields.append(CustomField(label, value))
        elif key == "google":
            kind, number, part = label.split(":")
            self.google.setdefault((kind, number), {})[part] = value
            if part == "value":
                self.google_columns[(kind, number)] = (self.column, self.cell)
        elif key == "photo_url" and re.match(r"https?://", value, re.IGNORECASE):
            contact.photo_url = contact.photo_url or value
        elif key == "keep_in_touch_days":
            self.keep_in_touch(value)
        elif key == "archived":
            contact.archived = value.casefold() in ("1", "true", "yes")

    def keep_in_touch(self, value: str) -> None:
        days = cadence_from_text(value)
        if days is not None:  # 0 included: "never", whatever the contact's tags say
            self.contact.keep_in_touch_days = days
            return
        self.warn(
            QT_TRANSLATE_NOOP(
                "ImportProblem", "{value} is not a keep-in-touch rhythm in days; rhythm dropped"
            ),
            value=repr(value),
        )

    def email(self, value: str, label: str, preferred: bool = False) -> None:
        """An e-mail cell; one without an "@" (a column mapped to E-mail by mistake, an
        Exchange X.500 path) is kept as a custom field, with a warning, not as an address."""
        if not value:
            return
        if "@" in value:
            self.contact.emails.append(EmailAddress(value, label, preferred))
            return
        self.warn(
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "{value} is not an e-mail address; kept as the field 'E-mail (as written)'",
            ),
            value=repr(value),
        )
        self.contact.custom_fields.append(CustomField("E-mail (as written)", value))

    def phone(self, value: str, label: str, preferred: bool = False) -> None:
        if not self.odd(value, odd_values.not_a_phone, odd_values.PHONE_FIELD):
            self.contact.phones.append(PhoneNumber(value, label, preferred))

    def link(self, value: str, label: str, preferred: bool = False) -> None:
        if not self.odd(value, odd_values.not_a_link, odd_values.LINK_FIELD):
            self.contact.urls.append(WebLink(value, label, preferred))

    def odd(self, value: str, test: Callable[[str], bool], field: str) -> bool:
        """Whether ``value`` is not what its column holds (see odd_values) and was kept as
        the custom field ``field`` instead (none: kept where it was); it is said naming the
        column, as a vCard's property."""
        if not test(value):
            return False
        shown = value if len(value) <= 60 else value[:59] + "…"
        column = self.column
        if not column and 0 <= self.cell < len(self.headers):
            column = " ".join(self.headers[self.cell].split())
        self.warn(odd_values.SAID[field], property=column, value=repr(shown))
        if not field:  # a phone: kept as one
            return False
        self.contact.custom_fields.append(CustomField(field, value))
        return True

    def date(
        self, value: str, read_again: Callable[[PartialDate | None], None] | None = None
    ) -> PartialDate | None:
        """``value`` as a date; one that could be day or month first is read month first,
        and ``read_again`` with the other reading if the rest of the file says so."""
        try:
            found = parse_csv_date(value)
            if read_again is not None:
                self.order.note(value, self.line, read_again)
            return found
        except ValueError as error:  # its English text ("month out of range: 13") is logged
            log.info("%s, line %d: %s", self.name, self.line, error)
            shown = value if len(value) <= 60 else value[:59] + "…"
            if self.column:  # a row's birthday, anniversary or date met: which one
                self.warn(
                    QT_TRANSLATE_NOOP(
                        "ImportProblem", "{column}: {value} is not a date; date dropped"
                    ),
                    column=self.column,
                    value=repr(shown),
                )
                return None
            self.warn(
                QT_TRANSLATE_NOOP("ImportProblem", "{value} is not a date; date dropped"),
                value=repr(shown),
            )
            return None

    def tags(self, value: str) -> None:
        google = ":::" in value
        for tag in (_GOOGLE_TAGS if google else _CATEGORIES).split(value):
            marked = tag.strip().startswith("* ")
            tag = tag.strip().removeprefix("* ").strip()
            # "* myContacts ::: Starred": Google marks its own groups, and a label of the
            # user's named so is theirs (netdesk's export of a tag "Starred" lost it)
            system = header_key(tag) in _SYSTEM_GROUPS and (marked or not google)
            if tag and not system and tag not in self.contact.tags:
                self.contact.tags.append(tag)

    def finish(self) -> None:
        contact = self.contact
        for group, parts in sorted(self.google.items(), key=lambda item: int(item[0][1])):
            # an event's date is said with its own column, not the last cell read ("Notes")
            self.column, self.cell = self.google_columns.get(group, ("", -1))
            self.google_group(group[0], parts)
        self.cell = -1
        for address in self.addresses.values():
            if not address.is_empty():
                contact.addresses.append(address)
        self.column = ""  # a birthday from three columns (Thunderbird's year, month, day)
        if self.birth.get("birth_month") and self.birth.get("birth_day"):
            text = "-".join(
                (self.birth.get("birth_year") or "--", self.birth["birth_month"].zfill(2))
            )
            contact.birthday = self.date(f"{text}-{self.birth['birth_day'].zfill(2)}")
        if self.full_name:
            contact.formatted_name = self.full_name
        if contact.source == "linkedin":
            self.credentials()

    def credentials(self) -> None:
        """LinkedIn members write their degrees after their last name ("Leong, Ph.D.",
        "Smith, MBA, PMP"): those go to the name suffix, so the card is not filed as
        "Leong, Ph.D." nor greeted so."""
        contact = self.contact
        family, comma, after = contact.family_name.partition(",")
        pieces = [piece.strip() for piece in after.split(",")]
        if comma and family.strip() and all(_CREDENTIAL.fullmatch(p) for p in pieces):
            contact.family_name = family.strip()
            contact.suffix = ", ".join(filter(None, [contact.suffix, *pieces]))

    def google_group(self, kind: str, parts: dict[str, str]) -> None:
        contact = self.contact
        raw_label = parts.get("label") or parts.get("type") or ""
        # Google marks the primary value's label with "* " ("* Home"; "*" alone: no label)
        preferred = raw_label == "*" or raw_label.startswith("* ")
        raw_label = raw_label.removeprefix("*").strip() if preferred else raw_label
        label = label_from_ablabel(raw_label, as_written=True) if raw_label else ""
        words = label.lower().split()
        if label[1:] == label[1:].lower() or all(LABEL_WORDS.get(word) for word in words):
            # Google capitalises a label ("Blog" for netdesk's "blog", as the export writes it
            # too) and each word of its own types ("Home Fax", "Work Mobile": netdesk's "home
            # fax", which a vCard writes as TYPE=HOME,FAX, not as a label of its own); one
            # with capitals of its own ("LinkedIn") is kept as written
            label = " ".join(LABEL_WORDS.get(word) or word for word in words)
        value = parts.get("value", "")
        values = [item.strip() for item in value.split(_MULTI) if item.strip()]
        if kind == "email":
            for item in values:
                self.email(item, label, preferred)
        elif kind == "phone":
            for item in values:
                self.phone(item, label, preferred)
        elif kind == "website":
            for item in values:
                self.link(item, label, preferred)
        elif kind == "relation":
            contact.related += [RelatedPerson(label=label, name=item) for item in values]
        elif kind == "customfield" and value:
            contact.custom_fields.append(CustomField(raw_label, value))
        elif kind == "event" and value:
            event = CustomField(raw_label or "event", "")

            def read_again(date: PartialDate | None) -> None:
                if label.lower() == "anniversary":
                    contact.anniversary = date
                elif date is not None:
                    event.value = date.to_iso()

            date = self.date(value, read_again)
            if label.lower() == "anniversary" and date is not None:
                contact.anniversary = date
            elif date is not None:
                event.value = date.to_iso()
                contact.custom_fields.append(event)
        elif kind == "organization":
            contact.organization = contact.organization or parts.get("name", "")
            contact.title = contact.title or parts.get("title", "")
            contact.department = contact.department or parts.get("department", "")
        elif kind == "address":
            self.google_address(label, parts, preferred)

    def google_address(self, label: str, parts: dict[str, str], preferred: bool = False) -> None:
        address = PostalAddress(
            label=label,
            preferred=preferred,
            po_box=parts.get("pobox", ""),
            extended=parts.get("extendedaddress", ""),
            street=parts.get("street", ""),
            locality=parts.get("city", ""),
            region=parts.get("region", ""),
            postal_code=parts.get("postalcode", ""),
            country=parts.get("country", ""),
        )
        if address.is_empty() and parts.get("formatted"):
            address.street = parts["formatted"]
        if not address.is_empty():
            self.contact.addresses.append(address)

    def is_empty(self) -> bool:
        """Nothing to call the row's contact by. A note, web page, address or job title will
        do: the import names the contact after it (netdesk.core.importing._stand_in_name)."""
        contact = self.contact
        return not (
            contact.given_name
            or contact.family_name
            or contact.formatted_name
            or contact.nickname
            or contact.organization
            or contact.emails
            or contact.phones
            or contact.notes.strip()
            or contact.urls
            or any(not address.is_empty() for address in contact.addresses)
            or contact.title.strip()
        )


def read_contacts_file(
    path: str | os.PathLike[str],
    *,
    cancelled: Callable[[], bool] | None = None,
    known: Callable[[list[str]], Collection[str]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ParseResult:
    """Read a vCard or CSV contact file, chosen by content (BEGIN:VCARD) then by extension.

    ``known``: for a vCard file, see ``vcard_read.VCardStream``. ``progress(done, total)``
    as the reading goes (cards or lines).

    Raises:
        ImportFileError: the file cannot be read or is no contact file.
    """
    found = open_contacts_file(path, cancelled=cancelled, known=known, progress=progress)
    return found if isinstance(found, ParseResult) else found.parse_result()


def open_contacts_file(
    path: str | os.PathLike[str],
    *,
    problems: list[ImportProblem] | None = None,
    cancelled: Callable[[], bool] | None = None,
    known: Callable[[list[str]], Collection[str]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ParseResult | VCardStream:
    """As ``read_contacts_file``, but a vCard file's cards are read as they are iterated
    (``VCardStream``, its problems going to ``problems``)."""
    name = str(path)
    data = read_import_bytes(path)
    head = to_utf8_bytes(without_zero_padding(data)[0][:8192])
    suffix = Path(name).suffix.lower()
    if re.search(rb"(?im)^begin:vcard", head) or suffix in (".vcf", ".vcard"):
        return VCardStream(
            data, name, problems=problems, cancelled=cancelled, known=known, progress=progress
        )
    if suffix in (".csv", ".tsv", ".txt") or not looks_binary(head):
        return read_csv_file(path, cancelled=cancelled, progress=progress)
    raise binary_file(name, data)
