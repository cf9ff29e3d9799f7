"""Bulk delete and its undo (restore), bulk tagging and its undo (untag), and bulk archive and
its undo (unarchive), on a copy of the generated 100,000-contact database.

Usage: python -m bench.bench_bulk [--contacts N] [--interactions N] [--sizes 1000,10000]
                                  [--tag-sizes 10000,100000] [--archive-sizes 10000,100000]
The cached database (bench.generate.cached) is copied to a temporary folder first and never
modified. Deletes take a random sample of contacts; tags and archives the first ones by name, as
a selection in the list gives them (``--sizes 100000`` deletes everyone: minutes, and memory for
the records of all their journals). Every change runs on a worker with progress and Cancel;
the figures say how long a user waits. Each line checks that the undo left the tables as before.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.generate import cached
from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.store.database import open_database
from netdesk.store.models import db


def _counts() -> tuple[int, ...]:
    tables = ("contact", "email", "phone", "contact_tag", "interaction", "interaction_contact")
    tables += ("follow_up", "contact_fts")
    return tuple(db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)


def _archived() -> list[int]:
    return [r[0] for r in db.execute_sql("SELECT id FROM contact WHERE archived = 1 ORDER BY id")]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_bulk", description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--tag-sizes", default="10000,100000")
    parser.add_argument("--archive-sizes", default="10000,100000")
    options = parser.parse_args(argv)
    source = cached(options.contacts, options.interactions, progress=print)
    with tempfile.TemporaryDirectory(prefix="netdesk-bench-") as folder:
        path = Path(folder) / source.name
        shutil.copyfile(source, path)
        core = Core.over(open_database(path), FixedClock(dt.datetime(2026, 3, 2, 9)))
        all_ids = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY id")]
        before = _counts()
        rng = random.Random(7)
        print(f"{len(all_ids):,} contacts; counts {before}")
        for size in (int(s) for s in options.sizes.split(",")):
            ids = rng.sample(all_ids, size)
            start = time.perf_counter()
            cpu = time.process_time()
            records = core.contacts.delete(ids)
            deleted_s, deleted_cpu = time.perf_counter() - start, time.process_time() - cpu
            journal = sum(len(r.interactions) for r in records)
            follow_ups = sum(len(r.follow_ups) for r in records)
            start = time.perf_counter()
            cpu = time.process_time()
            core.contacts.restore(records)
            restored_s, restored_cpu = time.perf_counter() - start, time.process_time() - cpu
            print(
                f"{size:>6,} contacts ({journal:,} journal links, {follow_ups:,} follow-ups): "
                f"delete {deleted_s:.3f} s ({deleted_cpu:.3f} s CPU), "
                f"restore {restored_s:.3f} s ({restored_cpu:.3f} s CPU)"
            )
            after = _counts()
            if after != before:
                print(f"  MISMATCH after restore: {after}")
                return 1
        by_name = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY sort_key, id")]
        for size in (int(s) for s in options.tag_sizes.split(",")):
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
