"""A contact's photo read from an image file for the card, or why it cannot be."""

from __future__ import annotations

import logging
import math
import threading
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QObject,
    QRunnable,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

from netdesk.ui.settings import Setting, Settings
from netdesk.ui.widgets import fill, tr

log = logging.getLogger("netdesk.ui")

PHOTO_FOLDER = Setting[str]("card/photo_folder", "", "where Choose photo… last found a photo")


def photo_folder(settings: Settings) -> str:
    """Where Choose photo… opens: the folder of the last photo chosen, else Pictures (else
    home); it opened in whatever folder netdesk was started from."""
    for folder in (
        settings.get(PHOTO_FOLDER),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation),
    ):
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def read_photo(path: str) -> tuple[bytes | None, str | None]:
    """The photo to store from this image file (made small enough), else None and why not."""
    from netdesk.core import photos

    name = Path(path).name
    limit = 20 * photos.MAX_PHOTO_BYTES  # what prepare_photo takes in
    try:
        size = Path(path).stat().st_size
        if size > limit:  # said before reading gigabytes into memory
            return None, fill(
                tr("“%1” is too large for a photo: %2 MB, at most %3 MB."),
                name,
                _megabytes_over(size, limit // 1024 // 1024),
                str(limit // 1024 // 1024),
            )
        data = Path(path).read_bytes()
    except OSError as error:
        return None, fill(tr("Could not read “%1”: %2"), name, error.strerror or "")
    try:
        stored, _thumb = photos.prepare_photo(data)
    except photos.PhotoError:
        return None, _photo_problem(path, photos.MAX_PHOTO_PIXELS)
    return stored, None


def _megabytes_over(size: int, limit: int) -> str:
    """``size`` bytes in MB, more than ``limit`` MB as said: rounded, a file just over the
    limit was "40 MB, at most 40 MB"; such a one is "40.3 MB" (in the user's digits)."""
    megabytes = size / 1024 / 1024
    if round(megabytes) > limit:
        return str(round(megabytes))
    return QLocale().toString(math.ceil(megabytes * 10) / 10, "f", 1)


def _photo_problem(path: str, max_pixels: int) -> str:
    """Why core refused the image, in the user's language (its own message is English)."""
    name = Path(path).name
    reader = QImageReader(path)
    size = reader.size() if reader.canRead() else None
    if size is not None and size.width() * size.height() > max_pixels:
        return fill(
            tr("“%1” is too large for a photo: %2 × %3 pixels."),
            name,
            str(size.width()),
            str(size.height()),
        )
    return tr("“%1” is not an image netdesk can read (use PNG, JPEG, GIF, WebP or BMP).").replace(
        "%1", name
    )


# A read still going after this long is said on the card ("Reading the photo…"): most photos
# are read in a few milliseconds, and the words flashed at each.
SAY_READING_MS = 150


class _Done(QObject):
    """Signals:
    read(int, str, object, object): the request's number, the file, the photo or None, and
    why not or None."""

    read = Signal(int, str, object, object)


class _Outcome:
    """A read's result, for the card to wait for (``PhotoReader.finish``)."""

    def __init__(self, number: int, path: str) -> None:
        self.number = number
        self.path = path
        self.stored: bytes | None = None
        self.problem: str | None = None
        self.ended = threading.Event()
        self._claim = threading.Lock()
        self._claimed = False

    def claim(self) -> bool:
        """True for the first to ask (the worker, or ``finish`` on the window's thread): that
        one reads the file, the other only waits for it."""
        with self._claim:
            first = not self._claimed
            self._claimed = True
            return first

    def read(self) -> None:
        try:
            self.stored, self.problem = read_photo(self.path)
        except Exception as error:  # said on the card, never a read that ends unsaid
            log.exception("reading the photo %s failed", self.path)
            self.problem = fill(tr("Could not read “%1”: %2"), Path(self.path).name, str(error))
        self.ended.set()


class _Read(QRunnable):
    def __init__(self, outcome: _Outcome) -> None:
        super().__init__()
        self.outcome = outcome
        self.done = _Done()  # no parent: the card may be gone when the read ends

    def run(self) -> None:
        outcome = self.outcome
        if not outcome.claim():
            return  # read by finish() on the window's thread, and said there
        outcome.read()
        self.done.read.emit(outcome.number, outcome.path, outcome.stored, outcome.problem)


_pool: QThreadPool | None = None


def photo_pool() -> QThreadPool:
    """The card's photo reads' own threads: on the global pool a read waited behind the
    start-up backup (one thread on a one-core machine; a big database takes up to a minute),
    the photo unsaid meanwhile and Save holding the window until it came."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)  # a read forgotten, still decoding, does not hold the next
    return _pool


class PhotoReader(QObject):
    """Reads an image file for the card on a worker (``read_photo``): a 40-megapixel photo
    took 0.4 s to decode and scale on the window's thread, a 40-megapixel PNG of one colour
    (130 KB) 2.5 s. Only the latest read asked for and not forgotten is said.

    Signals:
        read(str, object, object): the file, the photo to store or None, and why not or None.
        busy(bool): a read has gone on for SAY_READING_MS (True), or ended or was forgotten.
    """

    read = Signal(str, object, object)
    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked = 0  # the number of the latest read asked for
        self._reading = False
        self._outcome: _Outcome | None = None  # of the latest read asked for
        self._said_busy = False
        self._say_busy = QTimer(self)
        self._say_busy.setSingleShot(True)
        self._say_busy.setInterval(SAY_READING_MS)
        self._say_busy.timeout.connect(self._reading_long)

    def start(self, path: str) -> None:
        """Read ``path`` on a worker; a read asked for before is no longer said."""
        self._asked += 1
        self._reading = True
        self._outcome = _Outcome(self._asked, path)
        job = _Read(self._outcome)
        job.done.read.connect(self._done)
        self._say_busy.start()
        photo_pool().start(job)

    def reading(self) -> bool:
        return self._reading

    def finish(self, timeout_s: float = 60.0) -> None:
        """Wait for the read under way and say it now (the card is saved, or left: the photo
        dropped a moment before was lost); the window waits, with a busy cursor."""
        outcome = self._outcome
        if not self._reading or outcome is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if outcome.claim():  # not started yet (behind a forgotten read): read it here
                outcome.read()
            ended = outcome.ended.wait(timeout_s)
        finally:
            QApplication.restoreOverrideCursor()
        if ended:
            self._done(outcome.number, outcome.path, outcome.stored, outcome.problem)

    def forget(self) -> None:
        """The card shows something else: the read under way is not said."""
        self._asked += 1
        self._stop()

    def _stop(self) -> None:
        self._reading = False
        self._say_busy.stop()
        if self._said_busy:
            self._said_busy = False
            self.busy.emit(False)

    def _reading_long(self) -> None:
        if self._reading:
            self._said_busy = True
            self.busy.emit(True)

    def _done(self, number: int, path: str, stored: bytes | None, problem: str | None) -> None:
        if number != self._asked or not self._reading:
            return  # forgotten, another file asked for since, or said already (finish)
        self._stop()
        self.read.emit(path, stored, problem)
