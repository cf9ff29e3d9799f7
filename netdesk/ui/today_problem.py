"""What the Today page says when the database refused its read, and its tries again."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netdesk.ui.context import AppContext
from netdesk.ui.widgets import fill, plain_label, tr

# seconds before each try again by itself, the last one repeated: another program holding
# the database (netdesk-cli importing, a backup tool) lets go within seconds or minutes
RETRY_S = (3, 6, 12, 30, 60)


class ReadProblem(QFrame):
    """In the page, in place of what could not be read: what failed (the store's words,
    naming the file), when it is read again by itself (a pause growing with each refusal),
    and a "Try again" button.

    Signals:
        try_again(): the button was pressed, or the pause is over: read the page again.
    """

    try_again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayProblem")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = plain_label()  # a file name may hold anything: never read as HTML
        self.text.setObjectName("todayProblemText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setObjectName("todayProblemNote")
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.button = QPushButton(tr("&Try again"))
        self.button.setObjectName("todayTryAgain")
        self.button.clicked.connect(self.try_again)
        under = QHBoxLayout()
        under.addWidget(self.button)
        under.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(under)
        self.failures = 0  # refusals in a row: the next pause is longer
        self.retry = QTimer(self)
        self.retry.setObjectName("todayRetry")
        self.retry.setSingleShot(True)
        self.retry.timeout.connect(self.try_again)
        self._tick = QTimer(self)  # the seconds left, said as they go
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._say_when)
        self.retry.timeout.connect(self._tick.stop)  # (a hidden page reads when next shown)
        self.hide()

    def refused(self, problem: str, *, shown_before: bool) -> None:
        """The read failed with ``problem``; ``shown_before``: the page shows an older read."""
        pause = RETRY_S[min(self.failures, len(RETRY_S) - 1)]
        self.failures += 1
        if shown_before:
            said = tr("Today could not be read again; what it shows may be out of date. %1")
        else:
            said = tr("Today could not be read. %1")
        self.text.setText(fill(said, problem))
        self.retry.start(pause * 1000)
        self._tick.start()
        self._say_when()
        self.show()

    def reading(self) -> None:
        """A read began (by itself, the button, or a change elsewhere)."""
        self.retry.stop()
        self._tick.stop()
        self.note.setText(tr("Trying again…"))

    def solved(self) -> None:
        """A read succeeded: nothing to say any more."""
        self.failures = 0
        self.retry.stop()
        self._tick.stop()
        self.hide()

    def _say_when(self) -> None:
        # the seconds left, as the once-a-second tick finds them (it may come a few ms early
        # or late): never "0 s" while the pause goes on
        left = max(round(self.retry.remainingTime() / 1000), 1)
        self.note.setText(fill(tr("netdesk tries again in %1 s."), str(left)))


class _ReadSignals(QObject):
    """Signals:
    read(object, object): the WorkerRead, and what it read or the exception it raised.
    """

    read = Signal(object, object)


class WorkerRead(QRunnable):
    """A read of the page again after a refusal, on a worker thread and its own connection
    (closed when done), as the journal's slices are read: on the window's thread, each try
    while another program still held the database waited its busy timeout (5 s), the window
    frozen. ``answered(self, what)`` comes on the GUI thread with the read or its error.

    Args:
        read: what it reads (core calls only).
        answered: told what was read, or the exception raised.
    """

    def __init__(
        self,
        context: AppContext,
        read: Callable[[], object],
        answered: Callable[[WorkerRead, object], None],
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the view holds it; Qt must not delete it under Python
        self.context = context
        self.read = read
        self.signals = _ReadSignals()  # no parent: the view may be gone when the read ends
        self.signals.read.connect(answered, Qt.ConnectionType.QueuedConnection)
        self.overtaken = False  # a read on the GUI thread came first: this one is dropped
        self.wanted_again = False  # asked again while under way: read again once it ends
        self.done = threading.Event()

    def start(self) -> None:
        # held until it has run: one overtaken is let go by the view while the pool runs it
        _unfinished[:] = [read for read in _unfinished if not read.done.is_set()] + [self]
        QThreadPool.globalInstance().start(self)

    def run(self) -> None:
        said: object
        try:
            said = self.read()
        except Exception as error:  # said on the GUI thread, by the view
            said = error
        try:
            self.signals.read.emit(self, said)
        finally:
            try:
                self.context.core.store.close_own()  # this worker thread's own connection
            finally:
                self.done.set()


_unfinished: list[WorkerRead] = []
