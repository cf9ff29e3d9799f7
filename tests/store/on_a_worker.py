"""Store calls on a thread of their own, as the app's worker makes them (its own connection)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from netdesk.store.models import db


def in_a_thread(work: Callable[[], object]) -> object:
    """Run ``work`` on a new thread (its own connection, closed after); returns what it
    raised or returned."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except Exception as error:
            outcome.append(error)
        finally:
            db.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return outcome[0]
