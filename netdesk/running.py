"""Whether a netdesk window already runs on a data folder, asked without Qt (netdesk-cli).

The window listens on a QLocalServer named after its data folder (ui.single_instance): on
Unix a socket in Qt's temporary folder ($TMPDIR, else /tmp), on Windows a named pipe. While
it starts (before its first paint) it holds the name's lock file beside the socket instead.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from netdesk.core.paths import Paths


def server_name(paths: Paths) -> str:
    """Per user and per data folder: two users, or two data folders, never meet."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}\0{Path(paths.data_dir).expanduser().resolve()}"
    return "netdesk-" + hashlib.sha256(key.encode()).hexdigest()[:20]


def window_running(paths: Paths) -> bool:
    """True when a netdesk window answers on ``paths``' data folder (a socket left by a
    crashed one does not), or one is starting on it: it holds the name's lock until its
    first page is on screen, and listens from then on."""
    name = server_name(paths)
    if os.name == "nt":
        return Path(rf"\\.\pipe\{name}").exists()
    folder = Path(os.environ.get("TMPDIR") or "/tmp")
    if _lock_held(folder / f"{name}.lock"):
        return True
    path = folder / name
    if not path.exists():
        return False
    # imported here: every start names its server, only a start in the tray asks this
    # (socket makes four enum classes, ~14 million instructions before the first paint)
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(1.0)
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True


def _lock_held(path: Path) -> bool:
    """A live process holds the QLockFile ``path``: Qt keeps an flock on the file while it is
    locked (a file a crash left has none, and is free).

    An empty file is not asked: Qt creates the file, then flocks it, then writes its owner.
    An flock of ours between the first two made that launch fail to lock and leave the empty
    file behind, and every launch for the next 30 s (Qt's stale age) waited on it.
    """
    import fcntl

    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:  # none: nobody looks, takes or starts
        return False
    try:
        if os.fstat(handle).st_size == 0:  # being made (or left so): not ours to touch
            return False
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)  # let go when closed
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(handle)
    return False
