"""The system asking netdesk to stop: SIGTERM (a shutdown, ``kill``), SIGINT (Ctrl+C in the
terminal it was started from) and SIGHUP (the terminal closed).

Python runs a signal handler only when the interpreter next gets control, and Qt's event loop
may wait in C++ for minutes (hidden in the tray). ``signal.set_wakeup_fd`` makes the C-level
handler write the signal's number to a socket whose notifier wakes the event loop at once, as
qutebrowser does. Without this, SIGTERM ended netdesk on the spot: a card's unsaved edit was
lost and the window's place and the contact shown were not remembered.
"""

from __future__ import annotations

import logging
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger("netdesk.ui")


def stop_signals() -> list[signal.Signals]:
    """The signals that ask netdesk to stop, on this system (Windows has no SIGHUP)."""
    names = ("SIGTERM", "SIGINT", "SIGHUP")
    return [getattr(signal, name) for name in names if hasattr(signal, name)]


class StopSignals(QObject):
    """Turns the stop signals into ``stop_requested(signal number)`` in the GUI thread."""

    stop_requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._previous: dict[int, object] = {}
        self._previous_fd: int | None = None

    def install(self) -> None:
        """Handle the stop signals from now on (the main thread only, as Python requires)."""
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for signum in stop_signals():
            self._previous[signum] = signal.signal(signum, self._handle)

    def stop(self) -> None:
        """The handlers there were before, and the wakeup socket closed (at quit)."""
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        self._previous.clear()
        if self._previous_fd is not None:
            signal.set_wakeup_fd(self._previous_fd)
            self._previous_fd = None
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

    @staticmethod
    def _handle(signum: int, _frame: FrameType | None) -> None:
        """Nothing here: the wakeup socket carries the signal to ``_woken``."""

    def _woken(self) -> None:
        try:
            received = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for signum in dict.fromkeys(received):  # each signal once, in the order it came
            log.info("signal %d received: stopping", signum)
            self.stop_requested.emit(signum)
