"""One netdesk per data folder: a second launch hands its files to the running one and exits.

Only one process ever writes a database. A launch first looks for a netdesk answering on a
QLocalServer named after the data folder; finding none, it takes the name at once, before it
opens the database (:meth:`SingleInstance.hand_over`), so a launch made while it starts hands
over to it too. What is handed over before its window is ready waits until
:meth:`SingleInstance.listen`. Looking and taking happen under a lock file: two launches at the
same moment make one netdesk, and a socket is removed as stale only when nobody answers on it.

A later ``netdesk FILE...`` connects, sends the files as one JSON line, waits for "ok" and exits
0. On Wayland the line also carries the launch's activation token (XDG_ACTIVATION_TOKEN, from
the launcher or file manager): the compositor brings a window to the front only with one. A
netdesk too busy to answer in time (starting, or stopped in a debugger) has the files all the
same: they wait in its socket, and it imports them when it reads them.

The usual start (no files, a window to show) finds no socket at the name's place on Unix and
leaves the taking until its first page is on screen (``hand_over(take=False)``): it keeps the
lock until then, so a launch meanwhile waits for it and hands over as before, and QtNetwork
(5-8 ms of libraries and enum classes) is loaded after the first paint. A start slower than
the lock's wait may find another netdesk answering by then (:meth:`take` says so): it hands
over to that one and stops before it opens the database. On Windows (a named pipe, asked
through QLocalSocket) the name is taken at once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QEventLoop, QLockFile, QObject, QTimer, Signal

from netdesk.core.paths import Paths
from netdesk.running import server_name

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("netdesk.ui")

ACTIVATION_TOKEN = "XDG_ACTIVATION_TOKEN"
CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 3000
# longer than one hand-over takes (the other launch's look and take), and than a usual start
# takes to its first paint, when it takes the name: a launch waiting meanwhile then hands over
LOCK_TIMEOUT_MS = 30_000
LOCK_POLL_S = 0.1  # how often a waiting launch tries the lock (Qt's own waits grow to 6.4 s)


class SingleInstance(QObject):
    """Signals:
    files_received(list): absolute paths another launch handed over (may be empty: the
        user launched netdesk again, so the window should come to the front).
    """

    # object, not list: PySide converts a list's strings through QString, which dropped the
    # undecodable bytes of a file name ("caf\udce9.vcf" arrived as "caf.vcf": no such file)
    files_received = Signal(object)

    def __init__(self, paths: Paths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(paths)
        self.server: QLocalServer | None = None
        self.answering = False  # listen() called: handed-over files are passed on
        self._held: QLockFile | None = None  # the look's lock, kept until the name is taken

    @property
    def taking_later(self) -> bool:
        """hand_over(take=False) found nobody and left the name to :meth:`take`."""
        return self._held is not None

    def hand_over(self, files: list[str], *, take: bool = True) -> bool:
        """Give ``files`` to a running instance; True when it has them (then exit 0).

        False: none runs, and this one has taken the name (when it could): launches from now
        on hand over to it, and their files are passed on once :meth:`listen` is called.
        With ``take=False``, when no socket is at the name's place (Unix), the name is taken
        later, by :meth:`take` or :meth:`listen`: the lock is held until then, so launches
        meanwhile wait for it and then hand over.
        """
        # "~old.vcf" names a file: the shell expanded any home folder (expanduser raised).
        # Made absolute, not resolved: a link is named as the user gave it, also in a
        # problem ("a link to a missing file" was said of the file it pointed to)
        handed: dict[str, object] = {"files": [os.path.abspath(f) for f in files]}
        if os.environ.get(ACTIVATION_TOKEN):
            handed["activation_token"] = os.environ[ACTIVATION_TOKEN]
        lock = self._lock()
        if not take and lock is not None and self._nobody_there():
            self._held = lock  # released once the name is taken (take, listen or close)
            return False
        with self._unlocking(lock):
            for _attempt in range(2):
                if self._send(handed):
                    log.info("handed %d file(s) to the running netdesk", len(files))
                    return True
                if self._take_name():
                    return False
            # a netdesk holds the name yet took nothing twice (it is quitting): run without
            log.warning("single instance: a netdesk on %s took nothing; starting", self.name)
            return False

    def listen(self) -> bool:
        """Pass on what later launches hand over, from now on (and what they handed over
        while this one started). Takes the name if :meth:`hand_over` did not.

        Returns False when the name cannot be taken (the app then runs without hand-over).
        """
        if self.server is None:
            self.take()
        if self.server is None:
            return False
        self.answering = True
        self.server.newConnection.connect(self._accept)
        app = QCoreApplication.instance()
        if app is not None:  # a launch made while quitting starts anew instead of waiting
            app.aboutToQuit.connect(self.close)
        self._accept()
        return True

    def take(self) -> bool:
        """Take the name now, if nobody else holds it (under the lock hand_over kept, or a new
        one); listen() passes on what is handed over from then on. Nothing when taken.

        False when another netdesk answers on the name: one started while this one waited
        (its launch gave up on the lock after LOCK_TIMEOUT_MS), and it is the one to run.
        """
        if self.server is not None:
            return True
        lock, self._held = self._held, None
        with self._unlocking(lock if lock is not None else self._lock()):
            if self._take_name():
                return True
        log.warning("single instance: another netdesk answers on %s", self.name)
        return False

    def close(self) -> None:
        if self._held is not None:  # quitting before the name was taken: launches go on
            held, self._held = self._held, None
            held.unlock()
        if self.server is not None:
            self.server.close()
            self.server = None

    # -- the launch that hands over ------------------------------------------------------------

    def _send(self, handed: dict[str, object]) -> bool:
        """True when a running netdesk has ``handed`` (one JSON line): it answered "ok", or it
        was written whole and that netdesk is too busy to answer in time (it reads it when it
        can)."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        loop = QEventLoop()
        reply = bytearray()
        outcome = {"connected": False, "ok": False, "waited": False}
        timer = QTimer()
        timer.setSingleShot(True)

        def connected() -> None:
            outcome["connected"] = True
            # json is imported once a netdesk answers: most starts find none, and its import
            # (three modules, six regular expressions) came before their first paint
            import json

            socket.write(json.dumps(handed).encode() + b"\n")
            socket.flush()
            timer.start(REPLY_TIMEOUT_MS)

        def ready() -> None:
            reply.extend(bytes(socket.readAll().data()))
            if reply.endswith(b"\n"):
                outcome["ok"] = reply.strip() == b"ok"
                loop.quit()

        def timed_out() -> None:
            outcome["waited"] = outcome["connected"]
            loop.quit()

        timer.timeout.connect(timed_out)
        socket.connected.connect(connected)
        socket.readyRead.connect(ready)
        socket.errorOccurred.connect(lambda _error: loop.quit())
        socket.disconnected.connect(loop.quit)
        timer.start(CONNECT_TIMEOUT_MS)
        socket.connectToServer(self.name)
        # a local loop, not waitFor*(): the other end may live in this very thread (tests)
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            loop.exec()
        timer.stop()
        unanswered = (
            outcome["waited"]
            and socket.state() == QLocalSocket.LocalSocketState.ConnectedState
            and socket.bytesToWrite() == 0
        )
        socket.abort()
        if unanswered:
            log.warning("single instance: the running netdesk did not answer in time")
        return outcome["ok"] or unanswered

    # -- the running netdesk -------------------------------------------------------------------

    def _take_name(self) -> bool:
        """Listen on the name. False when another netdesk turns out to hold it; True when this
        one does, or cannot (logged: the app then runs without hand-over)."""
        from PySide6.QtNetwork import QLocalServer

        if self._answers():
            return False
        # a socket left by a netdesk that crashed. Asked first, not left to listen(): with
        # UserAccessOption it binds beside the name and renames over it, so it replaced even
        # a live netdesk's socket without an AddressInUseError
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single instance: cannot listen on %s: %s", self.name, server.errorString())
            server.deleteLater()
            return True
        self.server = server
        return True

    def _answers(self) -> bool:
        """True when something listens on the name (a socket a crash left refuses)."""
        from PySide6.QtNetwork import QLocalSocket

        probe = QLocalSocket()
        probe.connectToServer(self.name)
        alive = probe.waitForConnected(CONNECT_TIMEOUT_MS)
        probe.abort()
        return alive

    def _nobody_there(self) -> bool:
        """No socket at the name's place: nothing runs, nor has crashed (Unix). Asked of the
        file, with no QtNetwork; a named pipe (Windows) is asked through QLocalSocket."""
        if os.name == "nt":
            return False
        return not os.path.lexists(Path(QDir.tempPath()) / self.name)

    def _lock(self) -> QLockFile | None:
        """Looking for a running netdesk and taking the name, one launch at a time: the lock,
        or None when a launch that hangs holds it (then look and take unserialised)."""
        lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.name}.lock"))
        deadline = time.monotonic() + LOCK_TIMEOUT_MS / 1000
        while not lock.tryLock(0):
            if time.monotonic() >= deadline:
                log.warning("single instance: %s.lock is held; going on", self.name)
                return None
            time.sleep(LOCK_POLL_S)
        return lock

    @staticmethod
    @contextlib.contextmanager
    def _unlocking(lock: QLockFile | None) -> Iterator[None]:
        try:
            yield
        finally:
            if lock is not None:
                lock.unlock()

    def _accept(self) -> None:
        if self.server is None or not self.answering:
            return
        from PySide6.QtNetwork import QLocalSocket

        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if not buffer.endswith(b"\n"):
                    return
                import json  # (see _send)

                try:
                    handed = json.loads(bytes(buffer))
                    files = [str(f) for f in handed["files"]]
                except (ValueError, KeyError, TypeError):
                    log.warning("single instance: ignoring a malformed message")
                    socket.abort()
                    return
                buffer.clear()
                if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
                    socket.write(b"ok\n")  # a launch that waited no longer is gone
                    socket.flush()
                    socket.disconnectFromServer()
                self._emit_with_token(files, handed.get("activation_token"))

            # each socket is left to the server (a few hundred bytes a launch): deleted on
            # disconnect (deleteLater), one a launch had left before it was read crashed
            # PySide 6.11 ("shared QObject was deleted directly")
            socket.readyRead.connect(read)
            if socket.bytesAvailable():  # read before this one listened: no readyRead to come
                read()

    def _emit_with_token(self, files: list[str], token: object) -> None:
        """files_received, with the launch's activation token where Qt's Wayland plugin looks
        for it while the window is activated (it takes it from there, once). Without it the
        compositor refuses: GNOME says "netdesk is ready" and leaves the window behind."""
        if not isinstance(token, str) or not token:
            self.files_received.emit(files)
            return
        os.environ[ACTIVATION_TOKEN] = token
        try:
            self.files_received.emit(files)
        finally:  # unused (X11, a window left alone): not handed on to what netdesk starts
            os.environ.pop(ACTIVATION_TOKEN, None)
