"""Exporting contacts to one .vcf (4.0 or 3.0) or a Google-style CSV, written atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.gcpause import collector_paused
from netdesk.store import bulk
from netdesk.store.database import is_database_file

if TYPE_CHECKING:
    from netdesk.interop.csv_write import CsvColumns, RowParts

FORMATS = {"vcard4": ".vcf", "vcard3": ".vcf", "csv": ".csv"}
_CHUNK = 1000


class ExportCancelled(Exception):  # noqa: N818  (mirrors ImportCancelled)
    """The user cancelled; the target file was left as it was."""


class ExportChanged(Exception):  # noqa: N818  (what happened, as ExportCancelled)
    """A contact gained e-mails, phones... while a CSV of it was written, in a database that
    could not be read as one snapshot (not in WAL mode): its row would not fit the columns
    counted first. Nothing was written; exporting again gives the contacts as they are now."""


class ExportOverDatabase(ValueError):  # noqa: N818  (what the target is, not a failure)
    """The target is a database (netdesk's own, a backup, another program's): an export
    renamed over it would put contacts' text where the data was."""


_SQLITE_HEADER = b"SQLite format 3\x00"


def refuse_a_database(target: Path) -> None:
    """Raise ExportOverDatabase when ``target`` is the open database, one of its journal
    files, or any SQLite database: netdesk-cli export --out DATA/netdesk.sqlite3 (a slip of
    the shell's completion) replaced every contact, journal and follow-up with a vCard."""
    if is_database_file(target):
        raise ExportOverDatabase(
            f"{target} is netdesk's database; an export never replaces it: give another file name"
        )
    if not target.is_file():  # not there, or a named pipe (opening one waits for a writer)
        return
    try:
        with open(target, "rb") as existing:
            header = existing.read(len(_SQLITE_HEADER))
    except OSError:  # not readable: nothing that could be lost to it
        return
    if header == _SQLITE_HEADER:
        raise ExportOverDatabase(
            f"{target} is a database (a netdesk backup?); an export never replaces one: "
            "give another file name"
        )


def export_ids(
    core: Core, contact_ids: Sequence[int] | None = None, tag: str | None = None
) -> list[int]:
    """The contacts an export covers: the given ids, a tag's, or everyone (archived included).

    A tag is found case aside, accented letters too: the database compares ASCII case alone,
    so netdesk-cli export --tag émigré (a tag it said exists) wrote none of "Émigré"'s."""
    if contact_ids is not None:
        return list(dict.fromkeys(contact_ids))
    if tag is not None:
        wanted = tag.casefold()
        names = [t.name for t in core.contacts.tags() if t.name.casefold() == wanted]
        if len(names) <= 1:
            return bulk.ids_with_tag(names[0] if names else tag)
        return list(dict.fromkeys(i for name in names for i in bulk.ids_with_tag(name)))
    return bulk.all_ids()


def export_count(
    core: Core, contact_ids: Sequence[int] | None = None, tag: str | None = None
) -> tuple[int, int | None]:
    """How many contacts an export covers and how many of them are archived (None for given
    ids). A tag's export takes its archived contacts too, which the list's count leaves out."""
    from netdesk.core.contacts import ListFilter

    if contact_ids is not None:
        return len(dict.fromkeys(contact_ids)), None
    archived = core.contacts.count(ListFilter.ARCHIVED, tag=tag)
    return core.contacts.count(ListFilter.ALL, tag=tag) + archived, archived


def contacts_in_order(contact_ids: Sequence[int]) -> Iterator[Contact]:
    """Whole contacts, loaded a chunk at a time so 100,000 never sit in memory together."""
    for start in range(0, len(contact_ids), _CHUNK):
        chunk = contact_ids[start : start + _CHUNK]
        loaded = bulk.load_contacts(chunk)
        # who introduced them, by UID: an import of the export finds them again by it
        through = bulk.uids_of({c.met_through_id for c in loaded.values() if c.met_through_id})
        for contact in loaded.values():
            if contact.met_through_id is not None:
                contact.met_through_uid = through.get(contact.met_through_id, "")
        yield from (loaded[i] for i in chunk if i in loaded)


def render(contacts: Sequence[Contact], fmt: str) -> str:
    """The text of ``contacts`` in ``fmt`` ("vcard4", "vcard3" or "csv")."""
    from netdesk.interop.csvfile import write_csv
    from netdesk.interop.vcard import write_vcards

    if fmt == "csv":
        return write_csv(contacts)
    return write_vcards(contacts, version="3.0" if fmt == "vcard3" else "4.0")


def export_contacts(
    core: Core,
    out_path: str | os.PathLike[str],
    *,
    fmt: str = "vcard4",
    contact_ids: Sequence[int] | None = None,
    tag: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the chosen contacts to ``out_path``; returns how many were written.

    The text goes to a temporary file beside the target, renamed over it only when complete:
    a cancel, a full disk or a crash never leaves a half-written export or a damaged old one.

    Raises:
        ValueError: an unknown ``fmt``.
        ExportOverDatabase: ``out_path`` is a database (netdesk's own, a backup...).
        ExportCancelled: ``cancelled()`` returned True.
        OSError: the folder cannot be written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    refuse_a_database(Path(out_path))
    # Collections among 100,000 loaded contacts walk them all and free nothing: they held the
    # interpreter lock 50 ms every second (the app's window waits for it) and slowed exports.
    with collector_paused():
        return _export(
            core, through_link(Path(out_path)), fmt, contact_ids, tag, progress, cancelled
        )


def through_link(target: Path) -> Path:
    """The file a link names, which the export replaces: renamed over the link itself, the
    export took the link's place and the file it named (in a synced folder, say) kept last
    week's contacts."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _export(
    core: Core,
    target: Path,
    fmt: str,
    contact_ids: Sequence[int] | None,
    tag: str | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    ids = export_ids(core, contact_ids, tag)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    written = 0
    try:
        with bulk.mapped_reads(), os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            if fmt == "csv":
                written = write_csv_pieces(out.write, ids, progress, cancelled)
            else:
                for start in range(0, len(ids), _CHUNK):
                    _check(cancelled)
                    chunk = list(contacts_in_order(ids[start : start + _CHUNK]))
                    out.write(render(chunk, fmt))
                    written += len(chunk)
                    if progress is not None:
                        progress(written, len(ids))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    with contextlib.suppress(OSError):
        target.chmod(0o600)  # contact data is personal: like the database, only the user reads it
    if progress is not None:
        progress(len(ids), len(ids))
    return written


def write_csv_pieces(
    write: Callable[[str], object],
    ids: Sequence[int],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    *,
    bom: bool = True,
) -> int:
    """The contacts ``ids`` as CSV, handed to ``write`` a piece at a time; how many.

    The CSV's numbered columns are sized to the widest contact: SQLite counts each contact's
    e-mails, phones... first (``bulk.csv_widths``), in the same read snapshot as the contacts
    then read and written a chunk at a time. (Holding every contact until all were read took
    ~350 MB for 100,000; putting each chunk's cells aside in a temporary file until then, a
    tenth of an export's time.)
    ``cancelled()`` is heard between contacts (ExportCancelled).
    ``bom``: the byte order mark Excel needs to read UTF-8 (not for a pipe)."""
    from netdesk.interop.csv_write import row_parts

    total = len(ids)
    written = 0
    with bulk.snapshot():
        columns = _csv_columns(ids)
        head = ("\ufeff" if bom else "") + columns.header_text()
        chunk = []
        for contact in contacts_in_order(ids):
            _check(cancelled)
            chunk.append(row_parts(contact))
            if len(chunk) == _CHUNK:
                write(head + _rows_text(columns, chunk))  # each piece encoded in turn
                head = ""
                written += len(chunk)
                chunk = []
                if progress is not None:
                    progress(written, total)
        write(head + _rows_text(columns, chunk))  # the last, maybe only the header
        written += len(chunk)
        if progress is not None:
            progress(written, total)
    return written


def _rows_text(columns: CsvColumns, chunk: list[RowParts]) -> str:
    try:
        return columns.rows_text(chunk)
    except ValueError as error:  # wider than counted: changed meanwhile (see ExportChanged)
        raise ExportChanged(
            "contacts changed while they were being exported; export them again"
        ) from error


def _csv_columns(ids: Sequence[int]) -> CsvColumns:
    """The columns a CSV of ``ids`` needs (see ``bulk.csv_widths``)."""
    from netdesk.interop.csv_formats import NETDESK_HEADERS
    from netdesk.interop.csv_write import CsvColumns

    widths = bulk.csv_widths(ids)
    return CsvColumns(
        emails=widths["email"],
        phones=widths["phone"],
        addresses=widths["address"],
        websites=widths["url"],
        relations=widths["related"],
        customs=widths["custom_field"],
        anniversary=bool(widths["anniversary"]),
        netdesk=[bool(widths[attribute]) for attribute in NETDESK_HEADERS.values()],
    )


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled
