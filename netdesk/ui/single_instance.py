"""One netdesk per data folder: a second launch hands its files to the running one and exits.

Only one process ever writes a database. The first instance listens on a QLocalServer named
after the data folder; a later ``netdesk FILE...`` connects, sends the files as one JSON line,
waits for "ok" and exits 0.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from netdesk.core.paths import Paths
from netdesk.running import server_name

log = logging.getLogger("netdesk.ui")

CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 3000


class SingleInstance(QObject):
    """Signals:
    files_received(list): absolute paths another launch handed over (may be empty: the
        user launched netdesk again, so the window should come to the front).
    """

    files_received = Signal(list)

    def __init__(self, paths: Paths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(paths)
        self.server: QLocalServer | None = None

    def hand_over(self, files: list[str]) -> bool:
        """Give ``files`` to a running instance; True when it took them (then exit 0)."""
        socket = QLocalSocket()
        loop = QEventLoop()
        reply = bytearray()
        outcome = {"ok": False}
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)

        def connected() -> None:
            message = {"files": [str(Path(f).expanduser().resolve()) for f in files]}
            socket.write(json.dumps(message).encode() + b"\n")
            socket.flush()
            timer.start(REPLY_TIMEOUT_MS)

        def ready() -> None:
            reply.extend(bytes(socket.readAll().data()))
            if reply.endswith(b"\n"):
                outcome["ok"] = reply.strip() == b"ok"
                loop.quit()

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
        socket.abort()
        if outcome["ok"]:
            log.info("handed %d file(s) to the running netdesk", len(files))
        return outcome["ok"]

    def listen(self) -> bool:
        """Start answering later launches. A socket left by a crashed instance is removed.

        Returns False when the name cannot be taken (the app then runs without hand-over).
        """
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
                # hand_over() failed before we got here, so nobody answers on it: stale
                QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning(
                    "single instance: cannot listen on %s: %s", self.name, server.errorString()
                )
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    def _accept(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if not buffer.endswith(b"\n"):
                    return
                try:
                    files = [str(f) for f in json.loads(bytes(buffer))["files"]]
                except (ValueError, KeyError, TypeError):
                    log.warning("single instance: ignoring a malformed message")
                    socket.abort()
                    return
                socket.write(b"ok\n")
                socket.flush()
                socket.disconnectFromServer()
                self.files_received.emit(files)

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
