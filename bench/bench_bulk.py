"""Bulk delete and its undo (restore), bulk tagging and its undo (untag), and bulk archive and
its undo (unarchive), on a copy of the generated 100,000-contact database.

Usage: python -m bench.bench_bulk [--contacts N] [--interactions N] [--sizes 1000,10000]
                                  [--tag-sizes 10000,100000] [--archive-sizes 10000,100000]
                                  [--rss-sizes 10000,active]
The cached database (bench.generate.cached) is copied to a temporary folder first and never
modified. Deletes take a random sample of contacts; tags and archives the first ones by name, as
a selection in the list gives them (``--sizes 100000`` deletes everyone: minutes). Every change
runs on a worker with progress and Cancel; the figures say how long a user waits. Each line
checks that the undo left the tables as before.

``--rss-sizes``: each delete and its undo again in a process of its own, with that process's peak
resident memory (the undo record of a delete is held in memory until the undo); ``active`` is
every contact not archived, as Select all in the list takes them (~97,500 of 100,000).

``--row-by-row``: deletes and undoes them row by row even when they are most of the contacts
(``most`` of ContactService.delete and restore), to compare with the tables' indexes made
again after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.generate import cached
from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.contacts import MOST_GO
from netdesk.store.database import open_database
from netdesk.store.models import db


def _counts() -> tuple[int, ...]:
    tables = ("contact", "email", "phone", "contact_tag", "interaction", "interaction_contact")
    tables += ("follow_up", "contact_fts")
    return tuple(db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)


def _archived() -> list[int]:
    return [r[0] for r in db.execute_sql("SELECT id FROM contact WHERE archived = 1 ORDER BY id")]


def _peak_case(
    path: Path, size: str, answer: multiprocessing.Queue[str], most: float = MOST_GO
) -> None:
    """Delete ``size`` contacts (``active``: all not archived, by name) and undo it, in a
    process of its own: its peak resident memory is that of this case alone."""
    core = Core.over(open_database(path), FixedClock(dt.datetime(2026, 3, 2, 9)))
    before = _counts()
    if size == "active":
        sql = "SELECT id FROM contact WHERE archived = 0 ORDER BY sort_key, id"
        ids = [r[0] for r in db.execute_sql(sql)]
    else:
        all_ids = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY id")]
        ids = random.Random(11).sample(all_ids, int(size))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu = time.perf_counter(), time.process_time()
    records = core.contacts.delete(ids, most=most)
    deleted_s, deleted_cpu = time.perf_counter() - start, time.process_time() - cpu
    rss_deleted = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    held = sum(len(step) for step in records.rows.steps)
    side = records.rows.side  # a delete of most of them: the rows in a file of their own
    on_disk = side.stat().st_size if side is not None else 0
    start, cpu = time.perf_counter(), time.process_time()
    core.contacts.restore(records, most=most)
    restored_s, restored_cpu = time.perf_counter() - start, time.process_time() - cpu
    rss_restored = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    same = _counts() == before
    core.store.close()
    answer.put(
        f"{len(ids):>6,} contacts: delete {deleted_s:.1f} s ({deleted_cpu:.1f} s CPU), "
        f"restore {restored_s:.1f} s ({restored_cpu:.1f} s CPU); peak RSS "
        f"{rss_before / 1024:,.0f} MiB before, {rss_deleted / 1024:,.0f} MiB after the delete, "
        f"{rss_restored / 1024:,.0f} MiB after the undo; the undo record {held / 2**20:,.1f} MiB"
        + (f" in memory, {on_disk / 2**20:,.0f} MiB on disk" if side is not None else "")
        + ("" if same else f"\n  MISMATCH after restore: {_counts()}")
    )


def _peak_cases(path: Path, sizes: Sequence[str], most: float) -> bool:
    """Run each case of ``--rss-sizes`` in a new process; False if an undo left a mismatch."""
    spawn = multiprocessing.get_context("spawn")
    for size in sizes:
        answer: multiprocessing.Queue[str] = spawn.Queue()
        child = spawn.Process(target=_peak_case, args=(path, size, answer, most))
        child.start()
        said = answer.get()
        child.join()
        print(said)
        if "MISMATCH" in said:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_bulk", description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--tag-sizes", default="10000,100000")
    parser.add_argument("--archive-sizes", default="10000,100000")
    parser.add_argument("--rss-sizes", default="10000,active")
    parser.add_argument("--row-by-row", action="store_true")
    options = parser.parse_args(argv)
    most = float("inf") if options.row_by_row else MOST_GO
    source = cached(options.contacts, options.interactions, progress=print)
    with tempfile.TemporaryDirectory(prefix="netdesk-bench-") as folder:
        path = Path(folder) / source.name
        shutil.copyfile(source, path)
        rss_sizes = [s for s in options.rss_sizes.split(",") if s]
        if rss_sizes and not _peak_cases(path, rss_sizes, most):
            return 1
        core = Core.over(open_database(path), FixedClock(dt.datetime(2026, 3, 2, 9)))
        all_ids = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY id")]
        before = _counts()
        rng = random.Random(7)
        print(f"{len(all_ids):,} contacts; counts {before}")
        for size in (int(s) for s in options.sizes.split(",") if s):
            ids = rng.sample(all_ids, size)
            start = time.perf_counter()
            cpu = time.process_time()
            records = core.contacts.delete(ids, most=most)
            deleted_s, deleted_cpu = time.perf_counter() - start, time.process_time() - cpu
            journal, follow_ups = records.rows.interactions, records.rows.follow_ups
            start = time.perf_counter()
            cpu = time.process_time()
            core.contacts.restore(records, most=most)
            restored_s, restored_cpu = time.perf_counter() - start, time.process_time() - cpu
            print(
                f"{size:>6,} contacts ({journal:,} journal entries, {follow_ups:,} follow-ups): "
                f"delete {deleted_s:.3f} s ({deleted_cpu:.3f} s CPU), "
                f"restore {restored_s:.3f} s ({restored_cpu:.3f} s CPU)"
            )
            after = _counts()
            if after != before:
                print(f"  MISMATCH after restore: {after}")
                return 1
        by_name = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY sort_key, id")]
        for size in (int(s) for s in options.tag_sizes.split(",") if s):
            ids = by_name[:size]  # as a selection in the list gives them
            start, cpu = time.perf_counter(), time.process_time()
            core.contacts.add_tag(ids, "Bench tag")
            tagged_s, tagged_cpu = time.perf_counter() - start, time.process_time() - cpu
            start, cpu = time.perf_counter(), time.process_time()
            core.contacts.remove_tag(ids, "Bench tag", forget_if_unused=True)  # the undo
            untagged_s, untagged_cpu = time.perf_counter() - start, time.process_time() - cpu
            print(
                f"{len(ids):>7,} contacts: tag {tagged_s:.2f} s ({tagged_cpu:.2f} s CPU), "
                f"untag {untagged_s:.2f} s ({untagged_cpu:.2f} s CPU)"
            )
            if _counts() != before:
                print(f"  MISMATCH after untag: {_counts()}")
                return 1
        archived_before = _archived()
        for size in (int(s) for s in options.archive_sizes.split(",") if s):
            ids = by_name[:size]
            contacts = core.contacts
            was = {s.id: s.archived for s in contacts.summaries(ids)}  # as ArchiveContacts reads
            start, cpu = time.perf_counter(), time.process_time()
            contacts.set_archived(ids, True)
            archived_s, archived_cpu = time.perf_counter() - start, time.process_time() - cpu
            start, cpu = time.perf_counter(), time.process_time()
            contacts.set_each(was, contacts.set_archived)  # the undo
            back_s, back_cpu = time.perf_counter() - start, time.process_time() - cpu
            print(
                f"{len(ids):>7,} contacts: archive {archived_s:.2f} s ({archived_cpu:.2f} s CPU), "
                f"its undo {back_s:.2f} s ({back_cpu:.2f} s CPU)"
            )
            if _archived() != archived_before:
                print("  MISMATCH after the undo of archive")
                return 1
        core.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
