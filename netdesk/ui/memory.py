"""What the process's C heap keeps: one malloc arena for every thread, and what a big job
freed given back to the system once it is done (glibc on Linux; elsewhere nothing to do).

Python's objects live in pymalloc's arenas, which go back to the system as they empty; SQLite's
page caches, Qt's buffers and Python's larger strings come from glibc's malloc, whose heap only
shrinks from its top. A job that allocates a lot while the window keeps allocating (the daily
backup copies 500 MB through SQLite's caches) leaves its freed memory below the window's
newer blocks: 8 MiB of a 100,000-contact start-up stayed resident, free, for the rest of
the day.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

log = logging.getLogger(__name__)

_M_ARENA_MAX = -8  # glibc's mallopt() parameter (malloc.h)
_libc: Any = None  # ctypes' handle on the C library, once glibc was found


def _glibc() -> Any:
    """The process's own C library through ctypes when it is glibc, else None."""
    global _libc
    if _libc is None:
        if not sys.platform.startswith("linux"):
            return None
        try:
            if not os.confstr("CS_GNU_LIBC_VERSION"):  # musl has no such name
                return None
        except (ValueError, OSError):
            return None
        import ctypes  # ~2 ms, on Linux only

        _libc = ctypes.CDLL(None)  # the process's own symbols: its libc
    return _libc


def one_arena() -> None:
    """Let every thread allocate from glibc's main arena (``MALLOC_ARENA_MAX=1``).

    glibc gives each thread that calls malloc an arena of its own, up to 8 per core, and each
    keeps what its thread freed. netdesk's threads are short jobs (the list's reads, imports,
    backups) whose SQLite and Qt allocations then stay resident as free memory in arenas
    nobody uses: 5-6 MiB after a day's start-up, search and scrolling on 100,000 contacts.
    Python's own objects are allocated under the GIL, so one arena costs next to no waiting.
    Called before the first thread starts (an arena is bound to its thread for good); a
    user's own MALLOC_ARENA_MAX or GLIBC_TUNABLES wins.
    """
    if "MALLOC_ARENA_MAX" in os.environ or "GLIBC_TUNABLES" in os.environ:
        return
    libc = _glibc()
    if libc is None:
        return
    try:
        libc.mallopt(_M_ARENA_MAX, 1)
    except AttributeError:  # pragma: no cover - a libc without mallopt
        log.debug("mallopt unavailable: one arena per thread")


def give_back(*_finished: object) -> None:
    """Return the free pages of the C heap to the system (``malloc_trim(0)``), after a job
    that allocated much and is done: under a millisecond when little was freed, 40-70 ms
    after a bulk change's 256 MiB page cache, during which every other thread's malloc
    waits (one arena): call it before the window is told the job ended. Takes and ignores
    what the job's ``finished`` signal carries, to be connected to it directly."""
    libc = _glibc()
    if libc is None:
        return
    try:
        libc.malloc_trim(0)
    except AttributeError:  # pragma: no cover - a libc without malloc_trim
        log.debug("malloc_trim unavailable")
