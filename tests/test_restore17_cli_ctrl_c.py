"""netdesk-cli: Ctrl+C while the main thread is inside one long SQLite call (a restore's
check of the backup: one quick_check, seconds on 100,000 contacts) is seen at once."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The main thread runs a query that never ends by itself, in C (Python's handler for the
# signal cannot run until it returns); a watcher interrupts it once Ctrl+C is asked for, as
# the check's own watcher does (store.backup._interrupt_when), again and again in case the
# signal came before the query began.
CHILD = """
import sqlite3, threading
from netdesk.cli_files import _ctrl_c_cancels

connection = sqlite3.connect(":memory:", check_same_thread=False)
with _ctrl_c_cancels() as cancelled:
    ended = threading.Event()

    def watch():
        while not ended.wait(0.05):
            if cancelled():
                connection.interrupt()

    watcher = threading.Thread(target=watch)
    watcher.start()
    print("running", flush=True)
    try:
        connection.execute(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
            "SELECT count(*) FROM n"
        ).fetchall()
    except sqlite3.OperationalError as error:
        print(f"stopped: {error}", flush=True)
    finally:
        ended.set()
        watcher.join()
    print(f"asked: {cancelled()}", flush=True)
print("done", flush=True)
"""


def test_ctrl_c_is_seen_while_the_main_thread_is_in_one_long_sqlite_call() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "running\n"
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=60)  # before: never ended (the query runs on)
    finally:
        child.kill()
        child.wait()
    assert child.returncode == 0, err
    assert out == "stopped: interrupted\nasked: True\ndone\n"
