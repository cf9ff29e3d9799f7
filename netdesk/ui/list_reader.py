"""Whole contact lists (and the tags' counts) read on a worker thread, handed to the GUI thread.

A reload shows its first page at once and reads the rest here (~75 ms for 100,000 ids), on
one worker thread that waits for reads (starting a thread per read cost the GUI thread up to
10 ms, waiting for the new thread to run). Each read opens its own read-only connection
(``netdesk.core.listing``), so a newer query cancels an older read (interrupted, or skipped
when not begun) rather than waiting behind it. Every read is cancelled, and the thread ended,
when the app quits and before a restore replaces the database file.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from netdesk.core.listing import ConnectionRead, ReadCancelled

T = TypeVar("T")

log = logging.getLogger("netdesk.ui")

JOIN_TIMEOUT_S = 5.0  # a cancelled read ends within ms; never wait for ever at quit


class ListJob(Generic[T]):
    """One read on its way. ``result`` is set (and ``done``) when it succeeded; ``error`` when
    it failed; neither when it was cancelled."""

    def __init__(self, read: ConnectionRead[T]) -> None:
        self.read = read
        self.result: T | None = None
        self.error: Exception | None = None
        self.done = threading.Event()

    def run(self) -> None:
        """On the worker thread."""
        try:
            self.result = self.read.run()
        except ReadCancelled:
            pass
        except Exception as error:  # reported on the GUI thread; the list reads it itself
            self.error = error
        finally:
            self.done.set()
            with _lock:
                _running.discard(self)
            hub = _hub
            if hub is not None:
                hub.finished.emit(self)

    def wait(self, timeout: float = JOIN_TIMEOUT_S) -> T | None:
        """The result once the read ends (the calling thread waits), or None when it did not
        succeed."""
        self.done.wait(timeout)
        return self.result

    def cancel(self) -> None:
        self.read.cancel()


class _Hub(QObject):
    """Lives on the GUI thread for the whole session; reads report through it.

    Signals:
        finished(object): a ListJob ended (its ids, its error, or cancelled).
    """

    finished = Signal(object)


_hub: _Hub | None = None
_lock = threading.Lock()
_running: set[ListJob[Any]] = set()  # queued or being read
_queue: queue.SimpleQueue[ListJob[Any] | None] = queue.SimpleQueue()  # None: the thread ends
_thread: threading.Thread | None = None


def _work() -> None:
    while (job := _queue.get()) is not None:
        job.run()


def hub() -> _Hub:
    """The one reporting object (made on first use, on the GUI thread)."""
    global _hub
    if _hub is None:
        _hub = _Hub()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop_all)
    return _hub


def start(read: ConnectionRead[T]) -> ListJob[T]:
    """Run ``read`` on the worker thread; ``hub().finished`` reports it on the GUI thread."""
    global _thread
    hub()
    job = ListJob(read)
    with _lock:
        _running.add(job)
    if _thread is None:
        # a daemon: quitting stops it (aboutToQuit), and an exit that never quits the app
        # (an error, a test run) must not wait for ever on a thread that waits for reads
        _thread = threading.Thread(target=_work, name="netdesk-list", daemon=True)
        _thread.start()  # once; later reads only queue (no wait for a thread to start)
    _queue.put(job)
    return job


def running() -> list[ListJob[Any]]:
    with _lock:
        return list(_running)


def stop_all() -> None:
    """Cancel every read and end the worker thread: no connection of it is left open."""
    global _thread
    for job in running():
        job.cancel()
    thread, _thread = _thread, None
    if thread is None:
        return
    _queue.put(None)
    thread.join(JOIN_TIMEOUT_S)
    if thread.is_alive():
        log.warning("a contact list read did not stop in %.0f s", JOIN_TIMEOUT_S)
