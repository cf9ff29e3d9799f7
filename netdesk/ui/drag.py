"""Dragging contacts out of the list: a .vcf file (for file managers and mail clients) plus the
vCard text itself (for apps that take text/vcard)."""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import re
import shutil
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QMetaType, QMimeData, QPoint, QRect, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap

from netdesk.core.exporting import contacts_in_order, render
from netdesk.core.types import IMPORT_SUFFIXES, Contact
from netdesk.ui.context import AppContext
from netdesk.ui.widgets import tr

log = logging.getLogger("netdesk.ui")

_folder: Path | None = None


def may_import(path: str) -> bool:
    """Whether a path dragged in may be imported: a contact file (.vcf, .vcard, .csv, .tsv)
    or a name with no suffix, which may be a folder (the import's worker finds out), told by
    its name alone; any other, only if it is a folder ("Contacts.2024", "ana.lopez"). Decided
    on the window's thread as a drag enters: a look at the disk for every path (is it a
    folder?) froze the window on a network folder that does not answer; a .png or a .txt
    costs one look, and is refused, so the pointer does not offer a drop it would refuse."""
    suffix = Path(path).suffix.lower()
    return suffix == "" or suffix in IMPORT_SUFFIXES or os.path.isdir(path)


_PREFIX = "netdesk-drag-"
_STALE_SECONDS = 24 * 3600


def _drag_folder() -> Path:
    """One private temporary folder per run, removed at exit (drop targets copy the file)."""
    global _folder
    if _folder is None or not _folder.is_dir():
        _remove_stale_folders()
        _folder = Path(tempfile.mkdtemp(prefix=_PREFIX))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def _remove_stale_folders() -> None:
    """Earlier runs' drag folders a day old: a run that crashed or was killed left its
    dragged contacts in the temporary folder (on tmpfs, in memory) until the next reboot."""
    cutoff = time.time() - _STALE_SECONDS
    user = getattr(os, "getuid", lambda: None)()  # Windows: the temporary folder is the user's
    try:
        for folder in Path(tempfile.gettempdir()).glob(f"{_PREFIX}*"):
            with contextlib.suppress(OSError):
                info = folder.lstat()  # a link someone else put there is not followed
                mine = user is None or info.st_uid == user
                if stat.S_ISDIR(info.st_mode) and mine and info.st_mtime < cutoff:
                    shutil.rmtree(folder, ignore_errors=True)
    except OSError:
        pass  # the temporary folder cannot be listed: nothing to tidy


def dragged_out(path: str) -> bool:
    """True for a file this run wrote for a drag out of the list: dropped back onto the window
    (a drag that ended over the card), it is the user's own contacts, not an import."""
    if _folder is None:
        return False
    try:
        return Path(path).resolve().is_relative_to(_folder.resolve())
    except OSError:
        return False


# names Windows keeps for devices, with any extension: "Con.vcf" (Connor's nickname) is the
# console there, and the file a drop asks for is never written
_DEVICE_NAME = re.compile(r"(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?", re.IGNORECASE)
_NAME_OCTETS = 200  # a file name holds 255 bytes: 80 emoji (320) made the drop fail


def file_base_name(text: str, fallback: str) -> str:
    """``text`` (a contact's or a tag's name) as a file's name before its suffix, one every
    system can write; ``fallback`` when nothing of it is left."""
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .") or fallback
    if _DEVICE_NAME.fullmatch(base):
        base += "_"
    base = base[:80]
    while len(base.encode()) > _NAME_OCTETS:
        base = base[:-1]
    return base


def _file_name(names: list[str]) -> str:
    if len(names) == 1:
        return file_base_name(names[0], tr("contact")) + ".vcf"
    return file_base_name(tr("%Ln contacts", "", len(names)), "contacts") + ".vcf"


def with_count_badge(
    row: QPixmap, count: int, palette: QPalette, font: QFont
) -> tuple[QPixmap, int]:
    """``row`` (a dragged contact's row) with "12 contacts" in a badge over its top right
    corner when ``count`` is more than one, and how far down the row then starts.

    A drag of many showed one row and nothing else: dropped on a mail, a file manager, it
    looked like one contact was going.
    """
    if count <= 1:
        return row, 0
    ratio = row.devicePixelRatio()
    width, height = round(row.width() / ratio), round(row.height() / ratio)
    badge_font = QFont(font)
    badge_font.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(badge_font)
    text = tr("%Ln contacts", "", count)
    badge = QRect(0, 0, metrics.horizontalAdvance(text) + 16, metrics.height() + 6)
    top = badge.height() // 2
    badge.moveTopRight(QPoint(width - 6, 0))
    if badge.left() < 0:  # a narrow list: at its left edge rather than cut
        badge.moveLeft(0)
    image = QPixmap(QSize(max(width, badge.width()), height + top) * ratio)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.drawPixmap(0, top, row)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
    painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
    radius = badge.height() / 2
    painter.drawRoundedRect(QRectF(badge).adjusted(0.75, 0.75, -0.75, -0.75), radius, radius)
    painter.setFont(badge_font)
    painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image, top


# More contacts than this are read and rendered on a thread of their own from the moment the
# drag starts (~0.3-0.5 ms a contact): the drop waits only for what is left, if anything.
READ_AHEAD_MIN = 100
_AHEAD_CHUNK = 500  # contacts read between two looks at whether the drag was given up


class _ReadAhead:
    """The dragged contacts and their vCards, made on a thread while the drag goes on: made
    when the drop asked, on the window's thread, 3,594 contacts (a tag's) held the window
    ~1.5 s at the drop, and 97,519 over 30 s. A drag given up stops it at the next chunk."""

    def __init__(self, ids: list[int], close: Callable[[], None]) -> None:
        self.ids = ids
        self.close = close  # the thread's own database connection, once done
        self.stop = threading.Event()
        self.ready = threading.Event()
        self.made: tuple[list[Contact], bytes] | None = None
        threading.Thread(target=self._run, name="netdesk-drag", daemon=True).start()

    def _run(self) -> None:
        try:
            contacts: list[Contact] = []
            for start in range(0, len(self.ids), _AHEAD_CHUNK):
                if self.stop.is_set():
                    return
                contacts += contacts_in_order(self.ids[start : start + _AHEAD_CHUNK])
            self.made = contacts, render(contacts, "vcard3").encode("utf-8")
        except Exception:  # the drop reads them itself, as it did before
            log.exception("the dragged contacts were not read ahead")
        finally:
            try:
                self.close()
            finally:
                self.ready.set()

    def wait(self) -> tuple[list[Contact], bytes] | None:
        self.ready.wait()
        return self.made


class _DraggedContacts(QMimeData):
    """The dragged contacts' formats, known at once; the vCards are rendered, and the file
    written, only when a drop target asks for them (many: read ahead, on a thread). Made up
    front, 30,000 contacts froze the window for ~1.9 s before the drag could even start,
    dropped somewhere or not."""

    from_contact_list = True  # main_window.droppable_paths: not an import
    _VCARD = ("text/vcard", "text/x-vcard")
    _URIS = "text/uri-list"
    _TEXT = "text/plain"

    def __init__(self, ids: Sequence[int], close: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._ids = list(ids)
        self._contacts: list[Contact] | None = None
        self._payload: bytes | None = None
        self._path: Path | None = None
        self._ahead: _ReadAhead | None = None
        if close is not None and len(self._ids) > READ_AHEAD_MIN:
            self._ahead = _ReadAhead(self._ids, close)
            self.destroyed.connect(self._ahead.stop.set)  # the drag is over, dropped or not

    def formats(self) -> list[str]:
        return [self._URIS, *self._VCARD, self._TEXT]

    def hasFormat(self, mime_type: str) -> bool:
        return mime_type in self.formats()

    def retrieveData(self, mime_type: str, preferred_type: QMetaType | QMetaType.Type) -> object:
        if mime_type in self._VCARD:
            return QByteArray(self._vcards())
        if mime_type == self._URIS:
            url = QUrl.fromLocalFile(str(self._file()))
            if QMetaType(preferred_type).id() == QMetaType.Type.QByteArray.value:  # X11: bytes
                return QByteArray(bytes(url.toEncoded().data()) + b"\r\n")
            return [url]  # urls() asks for a list
        if mime_type.split(";")[0] == self._TEXT:
            return "\n".join(c.display_name for c in self._read())
        return None

    def _read(self) -> list[Contact]:
        self._take_ahead()
        if self._contacts is None:
            self._contacts = list(contacts_in_order(self._ids))
        return self._contacts

    def _vcards(self) -> bytes:
        self._take_ahead()
        if self._payload is None:
            self._payload = render(self._read(), "vcard3").encode("utf-8")
        return self._payload

    def _take_ahead(self) -> None:
        """What the thread made, once it is done (waited for: the drop needs it now)."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None and self._contacts is None:
            made = ahead.wait()
            if made is not None:
                self._contacts, self._payload = made

    def _file(self) -> Path:
        if self._path is None:
            folder = Path(tempfile.mkdtemp(dir=_drag_folder()))  # fresh: names never clash
            path = folder / _file_name([c.display_name for c in self._read()])
            path.write_bytes(self._vcards())
            self._path = path
        return self._path


def vcard_mime_data(context: AppContext, ids: Sequence[int]) -> QMimeData:
    """The dragged contacts as a temporary .vcf (urls) and as text/vcard data (vCard 3.0,
    which every address book and mail client reads), made when a drop target asks."""
    # core's module-level store reads them; many on a thread of their own, whose connection
    # is closed once they are read
    return _DraggedContacts(ids, context.core.store.close)
