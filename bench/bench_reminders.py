"""Reminders at scale: due set and next wake-up time, idle CPU in the tray, memory over an hour.

Usage: python -m bench.bench_reminders [--idle-seconds 60] [--steps 3600] [--skip-idle]

1. planning (100,000 contacts, 20,000 cadences from bench.generate): plan() = the unannounced
   due set + the next wake-up; target <= 20 ms.
2. idle: the real netdesk under Xvfb + trayer for N seconds; CPU time from /proc/PID/stat.
3. memory: the notifier and tray driven in-process by a FixedClock through 3600 one-second
   steps (60 follow-ups falling due during the hour); RSS sampled from /proc/self/statm.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import generate  # noqa: E402
from netdesk.core import Core  # noqa: E402
from netdesk.core.clock import FixedClock  # noqa: E402
from netdesk.core.paths import Paths  # noqa: E402
from netdesk.core.reminders import QuietHours, ReminderPlanner  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")


def own_data(contacts: int = 100_000, cadences: int = 20_000) -> tuple[Path, dt.datetime]:
    """Raw-SQL data when bench.generate gives nothing usable: contacts, cadence follow-ups
    spread over the last and next 90 days, birthdays on every day of the year."""
    import random

    folder = Path(tempfile.mkdtemp(prefix="netdesk-bench-reminders-"))
    now = dt.datetime.now().replace(microsecond=0)
    Core.open(Paths(folder)).close()  # the schema
    rng = random.Random(7)
    with sqlite3.connect(Paths(folder).database) as db:
        db.executemany(
            "INSERT INTO contact (id, given_name, display_name, sort_key, birthday, birthday_md, "
            "keep_in_touch_days, last_interaction, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    i,
                    f"Person {i}",
                    f"Person {i}",
                    f"person {i:06d}",
                    f"1980-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 5 == 0 else None,
                    f"{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 5 == 0 else None,
                    30 if i <= cadences else None,
                    now - dt.timedelta(days=rng.randint(0, 400)),
                    now - dt.timedelta(days=800),
                    now,
                )
                for i in range(1, contacts + 1)
            ),
        )
        rows = []
        for i in range(1, cadences + 1):
            due = (now + dt.timedelta(days=rng.randint(-90, 90))).replace(
                hour=0, minute=0, second=0
            )
            rows.append((i, due, "Keep in touch", 0, 1, due, now))
        db.executemany(
            "INSERT INTO follow_up (contact_id, due, note, has_time, from_cadence, effective_due, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        db.execute(
            "UPDATE contact SET next_due = (SELECT min(effective_due) FROM follow_up f "
            "WHERE f.contact_id = contact.id AND f.done_at IS NULL)"
        )
    return folder, now


def data_copy(source: Path) -> tuple[Path, dt.datetime]:
    folder = Path(tempfile.mkdtemp(prefix="netdesk-bench-reminders-"))
    with sqlite3.connect(source) as origin, sqlite3.connect(Paths(folder).database) as copy:
        origin.backup(copy)  # the WAL's pages included
    facts = generate.facts(source) or {}
    now = (
        dt.datetime.fromisoformat(str(facts.get("now"))) if facts.get("now") else dt.datetime.now()
    )
    return folder, now


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    """(wall ms, CPU ms) of one call: the machine is shared, CPU time is the steadier one."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _line(label: str, runs: Sequence[tuple[float, float]]) -> str:
    walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
    return (
        f"planning: {label}: best {min(walls):.2f} ms wall / {min(cpus):.2f} ms CPU, "
        f"median {statistics.median(walls):.2f} / {statistics.median(cpus):.2f} ms "
        f"({len(runs)} runs; target <= 20 ms)"
    )


def _start_once(database: Path, at: dt.datetime) -> tuple[tuple[float, float], ...]:
    """A start on a fresh copy (nothing announced yet): (first plan, recording it, count)."""
    with tempfile.TemporaryDirectory(prefix="netdesk-bench-start-") as copy:
        shutil.copyfile(database, Paths(Path(copy)).database)
        core = Core.open(Paths(Path(copy)), FixedClock(at))
        planner = ReminderPlanner(core, quiet_hours=QuietHours(dt.time(), dt.time()))
        plans = []
        first = _timed(lambda: plans.append(planner.plan()))
        plan = plans[0]
        total = getattr(plan, "missed_total", len(plan.missed)) + len(plan.notify)

        def announce_backlog() -> None:
            current = plan
            planner.record(current)
            while current.next_wakeup == at and not current.empty:  # batches of 500
                current = planner.take()

        recorded = _timed(announce_backlog)
        core.close()
    return first, recorded, (total, 0)


def bench_planning(folder: Path, now: dt.datetime, repeat: int = 5) -> None:
    """plan() at start over the whole backlog, right after a change, and between changes."""
    at = now.replace(hour=10, minute=0, second=0, microsecond=0)
    clock = FixedClock(at)
    core = Core.open(Paths(folder), clock)
    print(f"planning: {core.contacts.count()} contacts, {core.follow_ups.count_due()} due now")
    core.close()
    starts = [_start_once(Paths(folder).database, at) for _ in range(repeat)]
    first, record = [s[0] for s in starts], [s[1] for s in starts]
    total = int(starts[0][2][0])
    print(_line(f"first plan at start ({total} to announce, one summary)", first))
    print(_line("recording that start summary (a write, once)", record))
    core = Core.open(Paths(folder), clock)
    planner = ReminderPlanner(core, quiet_hours=QuietHours(dt.time(), dt.time()))
    plan = planner.take()
    while not plan.empty:
        plan = planner.take()
    steady = []
    for _minute in range(30):
        clock.advance(minutes=1)
        steady.append(_timed(lambda: planner.record(planner.plan())))
    ids = core.contacts.list_ids(limit=repeat * 4)
    changed = []
    for contact_id in ids:  # one contact's follow-up moved, as the notifier sees it
        item = core.follow_ups.add(contact_id, clock.now() + dt.timedelta(hours=1), "bench")
        core.follow_ups.snooze(item, clock.now() + dt.timedelta(hours=2))
        planner.forget()  # what Notifier.soon() does on follow_ups_changed
        changed.append(_timed(lambda: planner.record(planner.plan())))
    print(_line("plan() right after a change (forget(), whole unannounced set)", changed))
    print(_line(f"steady plan() between changes (next wake-up {plan.next_wakeup})", steady))
    core.close()


def rss_mib() -> float:
    with open("/proc/self/statm") as stream:
        return int(stream.read().split()[1]) * PAGE / 2**20


def bench_memory(folder: Path, now: dt.datetime, steps: int) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from netdesk.ui.context import AppContext
    from netdesk.ui.tray import ReminderTray

    app = QApplication.instance() or QApplication([])
    start = now.replace(hour=10, minute=0, second=0, microsecond=0)
    clock = FixedClock(start)
    core = Core.open(Paths(folder), clock)
    context = AppContext.create(Paths(folder), core, folder / "bench.log")
    ana = core.contacts.list_ids(limit=60)
    for minute, contact_id in enumerate(ana):
        core.follow_ups.add(contact_id, start + dt.timedelta(minutes=minute, seconds=30), "bench")

    class Window(QWidget):
        before_close = None

        def open_contact(self, _contact_id: int) -> None: ...
        def show_today(self) -> None: ...
        def log_interaction(self, *_args: object, **_kwargs: object) -> None: ...

    window = Window()
    tray = ReminderTray(context, window)
    shown: list[str] = []
    tray.post_message = lambda title, _text: shown.append(title)  # type: ignore[method-assign]
    tray.start()
    tray.notifier.planner.quiet_hours = QuietHours(dt.time(), dt.time())
    tray.notifier.planner.record(tray.notifier.planner.plan())  # the backlog, once
    samples = []
    started = time.perf_counter()
    for step in range(steps):
        clock.set(start + dt.timedelta(seconds=step))
        if step % 30 == 0 or clock.now() >= (tray.notifier.next_wakeup or clock.now()):
            tray.notifier.check()  # what the single timer does when it fires
            tray.refresh()  # badge, tooltip, menu
        app.processEvents()
        # outside exec() deleteLater() waits for this; the running app's loop does it itself
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if step % (steps // 10) == 0:
            samples.append(rss_mib())
    samples.append(rss_mib())
    elapsed = time.perf_counter() - started
    print(
        f"memory: {steps} simulated seconds in {elapsed:.1f} s, {len(shown)} notifications; "
        f"RSS MiB {' '.join(f'{s:.1f}' for s in samples)} "
        f"(growth after warm-up {samples[-1] - samples[1]:+.1f} MiB)"
    )
    tray.stop()
    tray.menu.deleteLater()
    tray.deleteLater()
    window.deleteLater()
    app.processEvents()
    core.close()


def _stat_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def bench_idle(folder: Path, seconds: int) -> None:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = f":{pipe.readline().strip()}"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO)}
    trayer = subprocess.Popen(["trayer"], env=env, stderr=subprocess.DEVNULL)
    command = [sys.executable, "-m", "netdesk", "--minimized", "--data-dir", str(folder)]
    app = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(15)  # start-up: opening 100,000 contacts, first plan
        if app.poll() is not None:
            print(f"idle: netdesk exited at start (code {app.returncode}); not measured")
            return
        before = _stat_cpu(app.pid)
        time.sleep(seconds)
        used = _stat_cpu(app.pid) - before
        print(
            f"idle: netdesk in the tray for {seconds} s used {used:.2f} s CPU "
            f"({100 * used / seconds:.2f} %)"
        )
    finally:
        for process in (app, trayer, xvfb):
            process.terminate()
            process.wait(10)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_reminders")
    parser.add_argument("--idle-seconds", type=int, default=60)
    parser.add_argument("--steps", type=int, default=3600)
    parser.add_argument("--skip-idle", action="store_true")
    args = parser.parse_args(argv)
    source = generate.cached(progress=lambda text: print(f"  generate: {text}"))
    folder, now = data_copy(source)
    with sqlite3.connect(Paths(folder).database) as db:
        usable = db.execute("SELECT count(*) FROM contact").fetchone()[0] >= 100_000
    if not usable:
        print("  bench.generate gave too few contacts: building raw-SQL data instead")
        shutil.rmtree(folder, ignore_errors=True)
        folder, now = own_data()
    try:
        bench_planning(folder, now)
        bench_memory(folder, now, args.steps)
        if not args.skip_idle:
            bench_idle(folder, args.idle_seconds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
