"""UI figures on a 100,000-contact database: start, keystroke-to-list latency, memory.

Usage: python -m bench.bench_ui [--contacts N]   (prints figures; not a test)

Start is measured from process launch to the main window painted with the first page of
contacts, next to a bare PySide6 QMainWindow started the same way (the floor), and to the
least a contact list window can be (a QListView over the first page of names, read with
the standard library's sqlite3): how much of the 1.3x budget any list window spends.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    "maria",
    "garc",
    "lopez",
    "acme",
    "jo",
    "smith",
    "ana",
    "núñez",
    "pe",
    "zh",
    "müller",
    "tom",
]


def cpu_s() -> float:
    """CPU seconds (user + system) this process used since it started."""
    times = os.times()
    return times.user + times.system


def rss_mib(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rss_split() -> str:
    """Anonymous (the app's own) and file-backed resident memory: SQLite maps the database
    file (mmap_size), and the clean pages it touched count in VmRSS though the kernel can drop
    them at any time."""
    anon, file, shmem = (rss_mib(f) for f in ("RssAnon", "RssFile", "RssShmem"))
    return f"(anon {anon:.1f}, file {file:.1f}, shmem {shmem:.1f})"


def exec_to_first_paint(app: Any, window: Any) -> None:
    """Run ``app`` until ``window`` has painted, then say when, the RSS and the CPU used."""
    from PySide6.QtCore import QTimer

    def painted() -> None:
        window.grab()
        print(f"PAINTED {time.time():.6f} RSS {rss_mib():.1f} CPU {cpu_s():.3f}", flush=True)
        app.quit()

    QTimer.singleShot(0, painted)
    app.exec()


def child_floor() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("floor"))
    window.resize(1180, 760)
    window.show()
    exec_to_first_paint(app, window)


def child_bare_list(data_dir: str) -> None:
    """A QMainWindow whose only child is a QListView over the first 60 names by sort order:
    no card, search field, toolbar, menus, delegate or avatars."""
    import sqlite3

    from PySide6.QtCore import QAbstractListModel, Qt
    from PySide6.QtWidgets import QApplication, QListView, QMainWindow

    class Names(QAbstractListModel):
        def __init__(self, names: list[str]) -> None:
            super().__init__()
            self.names = names

        def rowCount(self, parent: Any = None) -> int:
            return len(self.names)  # a list: only the root has rows

        def data(self, index: Any, role: int = 0) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.names[index.row()]
            return None

    app = QApplication([])
    database = sqlite3.connect(f"file:{Path(data_dir) / 'netdesk.sqlite3'}?mode=ro", uri=True)
    query = "SELECT display_name FROM contact WHERE NOT archived ORDER BY sort_key LIMIT 60"
    names = [name for (name,) in database.execute(query)]
    window = QMainWindow()
    view = QListView()
    view.setModel(Names(names))
    window.setCentralWidget(view)
    window.resize(1180, 760)
    window.show()
    exec_to_first_paint(app, window)


def child_netdesk(data_dir: str, keystrokes: bool) -> None:
    """netdesk started as the desktop entry starts it (netdesk.app.main, its ordered start-up:
    logs, single instance, database, window, tray, backup), timed to its first page painted."""
    sys.path.insert(0, str(ROOT))
    from netdesk import app as netdesk_app

    def painted(window: Any) -> None:
        from PySide6.QtCore import QThreadPool, QTimer
        from PySide6.QtWidgets import QApplication

        assert window.contacts.model.rowCount() > 0
        print(
            f"PAINTED {time.time():.6f} RSS {rss_mib():.1f} CPU {cpu_s():.3f} "
            f"peewee {'peewee' in sys.modules}",
            flush=True,
        )
        app = QApplication.instance()
        if not keystrokes:
            app.quit()
            return

        def steady() -> None:
            """Typed once start-up is over: the card, the whole list, tray and backup."""
            from netdesk.ui.operations import Operation

            QThreadPool.globalInstance().waitForDone()  # the daily backup (first run only)
            Operation.pool().waitForDone()  # the tray's calendar feed
            print(f"STARTED RSS {rss_mib():.1f} CPU {cpu_s():.3f}", flush=True)
            measure(app, window)
            app.quit()

        window.started_up.connect(lambda: QTimer.singleShot(0, steady))

    code = netdesk_app.main(["--data-dir", data_dir], first_paint=painted)
    if code:
        raise SystemExit(code)


def measure(app: object, window: object) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    search = window.contacts.search  # type: ignore[attr-defined]
    view = window.contacts.view  # type: ignore[attr-defined]
    model = window.contacts.model  # type: ignore[attr-defined]
    search.setFocus()
    times, cpu_times = [], []
    for query in QUERIES * 3:
        for key in [*query, *([Qt.Key.Key_Backspace] * len(query))]:
            start, cpu_start = time.perf_counter(), time.process_time()
            if isinstance(key, str):  # a real key event, also for letters outside ASCII
                press = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, key)
                QApplication.sendEvent(search, press)
            else:
                QTest.keyClick(search, key)
            while model.search_text != search.text():
                QApplication.processEvents()
            view.viewport().repaint()  # the list painted with the new rows
            times.append((time.perf_counter() - start) * 1000)
            cpu_times.append((time.process_time() - cpu_start) * 1000)
    times.sort()
    cpu_times.sort()
    p50 = statistics.median(times)
    p95 = times[int(len(times) * 0.95)]
    cpu50, cpu95 = statistics.median(cpu_times), cpu_times[int(len(cpu_times) * 0.95)]
    print(
        f"KEYS n={len(times)} p50={p50:.2f} p95={p95:.2f} max={times[-1]:.2f} "
        f"cpu_p50={cpu50:.2f} cpu_p95={cpu95:.2f}",
        flush=True,
    )
    model.set_query(search_text="")
    rows = model.rowCount()
    started = time.perf_counter()
    for row in range(0, rows, 40):
        view.scrollTo(model.index(row))
        view.viewport().repaint()
    view.scrollToBottom()
    view.viewport().repaint()
    scrolled = time.perf_counter() - started
    print(f"SCROLLSPLIT {rss_split()}", flush=True)
    print(f"SCROLL rows={rows} seconds={scrolled:.1f} RSS {rss_mib():.1f}", flush=True)
    measure_views(window)


def measure_views(window: Any) -> None:
    """GUI-thread time of opening the other pages and of changing the list's filter or sort:
    each call until the event queue is empty and the window repainted."""
    from PySide6.QtWidgets import QApplication

    from netdesk.core.listing import ListFilter, SortOrder

    def timed(run: Any) -> float:
        start = time.perf_counter()
        run()
        QApplication.processEvents()
        window.repaint()
        return (time.perf_counter() - start) * 1000

    pages = [
        ("Today, first time", window.show_today),
        ("Contacts", window.show_contacts),
        ("Journal, first time", window.show_journal),
        ("Contacts", window.show_contacts),
        ("Today again", window.show_today),
        ("Contacts", window.show_contacts),
    ]
    print("VIEWS " + ", ".join(f"{label} {timed(run):.0f}" for label, run in pages), flush=True)
    model = window.contacts.model
    changes = [
        timed(lambda f=f, o=o: model.set_query(list_filter=f, sort=o))
        for f in (ListFilter.DUE, ListFilter.COBWEBS, ListFilter.ORIGIN_UNKNOWN, ListFilter.ALL)
        for o in SortOrder
    ]
    changes.sort()
    print(
        f"FILTERS n={len(changes)} p50={statistics.median(changes):.0f} max={changes[-1]:.0f}",
        flush=True,
    )
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = window.contacts.view
    view.setFocus()
    select_all = timed(
        lambda: QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    )
    print(f"SELECTALL rows={model.rowCount()} ms={select_all:.0f}", flush=True)
    measure_reloads(window)


SETTLE_S = 0.8  # after a reload, the delayed work it set going (see netdesk.ui.notifier.SOON_MS)


def measure_reloads(window: Any) -> None:
    """A reload until its whole list is known (read on a worker, if it is): the longest
    single step the GUI thread took (its call, then each turn of the event loop while the list
    is read), the wall time to the whole list, and the GUI thread's CPU time for it."""
    import dataclasses
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from netdesk.core.listing import ListFilter, SortOrder

    panel = window.contacts
    model = panel.model

    def reload(run: Any) -> tuple[float, float, float]:
        started, cpu = time.perf_counter(), time.thread_time()
        run()
        QApplication.processEvents()
        window.repaint()
        longest = time.perf_counter() - started
        while model.partial or getattr(model, "reading", False):
            time.sleep(0.001)  # (lets the worker run; not counted)
            step = time.perf_counter()
            QApplication.processEvents()  # the list's arrival, its repaint
            longest = max(longest, time.perf_counter() - step)
        wall, cpu = time.perf_counter() - started, time.thread_time() - cpu
        # what the change set going a little later (the reminders' plan, the tray's count and
        # menu, ~0.3 s after a save) is a step of the GUI thread too: counted in the longest
        settle = time.perf_counter() + SETTLE_S
        while time.perf_counter() < settle:
            time.sleep(0.002)
            step = time.perf_counter()
            QApplication.processEvents()
            longest = max(longest, time.perf_counter() - step)
        return longest * 1000, wall * 1000, cpu * 1000

    def report(label: str, figures: list[tuple[float, float, float]]) -> None:
        stalls, walls, cpus = (sorted(column) for column in zip(*figures, strict=True))
        print(
            f"RELOAD {label}: n={len(figures)} stall_p50={statistics.median(stalls):.0f} "
            f"stall_max={stalls[-1]:.0f} whole_list_p50={statistics.median(walls):.0f} "
            f"gui_cpu_p50={statistics.median(cpus):.0f}",
            flush=True,
        )

    report(
        "filter/sort",
        [
            reload(lambda f=f, o=o: model.set_query(list_filter=f, sort=o))
            for f in (ListFilter.DUE, ListFilter.COBWEBS, ListFilter.ORIGIN_UNKNOWN, ListFilter.ALL)
            for o in SortOrder
        ],
    )
    model.set_query(list_filter=ListFilter.ALL, sort=SortOrder.NAME)
    contacts = window.context.core.contacts
    saves = []
    for row in (10, 5_000, 50_000, 90_000):  # a contact saved on the first page and further down
        panel.select_contact(model.contact_id(row))
        contact = contacts.get(panel.current_id())
        contacts.update(dataclasses.replace(contact, notes=f"{contact.notes} saved"))
        saves.append(reload(lambda c=contact.id: window.context.changes.contacts_changed.emit([c])))
    report("after a save", saves)
    # an import of 10,000 of them today, then "Show imported contacts"
    with sqlite3.connect(window.context.core.store.path) as connection:
        now = window.context.clock.now().isoformat(" ")
        connection.execute("UPDATE contact SET source_date = ? WHERE id % 10 = 0", (now,))
    report("show imported (10,000)", [reload(window._show_imported)])
    report("back to all", [reload(lambda: panel.set_filter(ListFilter.ALL))])


def painted_line(lines: list[str]) -> list[str]:
    return next(line for line in lines if line.startswith("PAINTED")).split()


def run(args: list[str], env: dict[str, str]) -> tuple[float, list[str]]:
    started = time.time()
    out = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, check=False
    )
    if out.returncode:
        raise SystemExit(out.stderr)
    lines = out.stdout.splitlines()
    painted = next(float(line.split()[1]) for line in lines if line.startswith("PAINTED"))
    return painted - started, lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=["floor", "list", "netdesk", "keys"])
    parser.add_argument("--data-dir")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.child == "floor":
        return child_floor()
    if args.child == "list":
        return child_bare_list(args.data_dir)
    if args.child in ("netdesk", "keys"):
        return child_netdesk(args.data_dir, args.child == "keys")

    sys.path.insert(0, str(ROOT))
    from bench.generate import generate

    source = ROOT / "bench" / "out" / f"netdesk-{args.contacts}c-{args.contacts * 10}i-s7.sqlite3"
    if not source.exists():
        print(f"generating {source.name} …", flush=True)
        generate(source, contacts=args.contacts, interactions=args.contacts * 10, seed=7)
    # Migrated once here, as a user's database is after its first start with a new netdesk:
    # every timed start would otherwise migrate its fresh copy, opening the database (and
    # importing peewee) before the first paint.
    from netdesk.store import backup_owner
    from netdesk.store.database import open_database

    opened = open_database(source)
    # and with the id its first daily backup writes (once in its life): written in a timed
    # run, it reads as another program's write and every view reads again mid-measure
    backup_owner.this_database()
    opened.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed netdesk starts from compiled bytecode; so do these runs (after a warm-up).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / "bench" / "out" / "pycache")
    with tempfile.TemporaryDirectory(prefix="netdesk-bench-ui-") as folder:
        shutil.copy(source, Path(folder) / "netdesk.sqlite3")
        # offscreen has no system tray: the one-time notice would open a box over the window
        (Path(folder) / "settings.ini").write_text("[app]\nno_tray_told=true\n")
        me = str(Path(__file__).resolve())
        run([me, "--child", "netdesk", "--data-dir", folder], env)  # warm-up: bytecode, cache
        floors, starts, floor_rss, start_rss, floor_cpu, start_cpu = [], [], [], [], [], []
        lists, list_cpu = [], []
        peewee_at_paint: set[str] = set()
        for _ in range(args.runs):
            seconds, lines = run([me, "--child", "floor"], env)
            floors.append(seconds)
            floor_rss.append(float(painted_line(lines)[3]))
            floor_cpu.append(float(painted_line(lines)[5]))
            seconds, lines = run([me, "--child", "list", "--data-dir", folder], env)
            lists.append(seconds)
            list_cpu.append(float(painted_line(lines)[5]))
            seconds, lines = run([me, "--child", "netdesk", "--data-dir", folder], env)
            starts.append(seconds)
            start_rss.append(float(painted_line(lines)[3]))
            start_cpu.append(float(painted_line(lines)[5]))
            peewee_at_paint.add(painted_line(lines)[7])
        print(f"platform: {env['QT_QPA_PLATFORM']}, {args.contacts:,} contacts, {args.runs} runs")
        for label, f in (("median", statistics.median), ("best", min)):
            floor, start = f(floors), f(starts)
            print(
                f"start ({label}), bare QMainWindow (floor): {floor * 1000:.0f} ms wall, "
                f"{f(floor_cpu) * 1000:.0f} ms CPU, RSS {f(floor_rss):.0f} MiB"
            )
            print(
                f"start ({label}), bare list window (QListView, sqlite3): "
                f"{f(lists) * 1000:.0f} ms wall ({f(lists) / floor:.2f}x floor), "
                f"{f(list_cpu) * 1000:.0f} ms CPU ({f(list_cpu) / f(floor_cpu):.2f}x floor)"
            )
            print(
                f"start ({label}), netdesk to first page painted: {start * 1000:.0f} ms wall "
                f"({start / floor:.2f}x floor), {f(start_cpu) * 1000:.0f} ms CPU "
                f"({f(start_cpu) / f(floor_cpu):.2f}x floor), RSS {f(start_rss):.0f} MiB"
            )
        print(f"peewee imported at the first paint: {', '.join(sorted(peewee_at_paint))}")
        _seconds, lines = run([me, "--child", "keys", "--data-dir", folder], env)
        for line in lines:
            if line.startswith("STARTED"):
                parts = line.split()
                print(
                    f"RSS once start-up is over (card, whole list, tray, backup): {parts[2]} MiB,"
                    f" {float(parts[4]) * 1000:.0f} ms CPU since launch"
                )
            if line.startswith("SCROLLSPLIT"):
                print("  resident memory after scrolling, MiB:", line[12:])
            if line.startswith("KEYS"):
                print("keystroke to list updated and painted (ms):", line[5:])
            if line.startswith("VIEWS"):
                print("opening a page, GUI-thread ms:", line[6:])
            if line.startswith("SELECTALL"):
                print("Ctrl+A in the list, GUI-thread:", line[10:])
            if line.startswith("FILTERS"):
                print("list filter or sort changed, GUI-thread ms:", line[8:])
            if line.startswith("RELOAD"):
                print("reload to its whole list, ms (longest GUI-thread step):", line[7:])
            if line.startswith("SCROLL "):
                parts = line.split()
                print(
                    f"RSS after scrolling to the end of {parts[1][5:]} rows: "
                    f"{parts[-1]} MiB ({parts[2][8:]} s)"
                )


if __name__ == "__main__":
    main()
