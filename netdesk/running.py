"""Whether a netdesk window already runs on a data folder, asked without Qt (netdesk-cli).

The window listens on a QLocalServer named after its data folder (ui.single_instance): on
Unix a socket in Qt's temporary folder ($TMPDIR, else /tmp), on Windows a named pipe.
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
    crashed one does not)."""
    name = server_name(paths)
    if os.name == "nt":
        return Path(rf"\\.\pipe\{name}").exists()
    path = Path(os.environ.get("TMPDIR") or "/tmp") / name
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
