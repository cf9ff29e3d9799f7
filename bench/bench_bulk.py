"""Bulk delete and its undo (restore), and bulk tagging and its undo (untag), on a copy of the
generated 100,000-contact database.

Usage: python -m bench.bench_bulk [--contacts N] [--interactions N] [--sizes 1000,10000]
                                  [--tag-sizes 10000,100000]
The cached database (bench.generate.cached) is copied to a temporary folder first and never
modified. Target: deleting 10,000 contacts in about 0.5 s or less, else it runs off the GUI thread.
Tagging runs on a worker with progress and Cancel; its figures say how long a user waits.
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_bulk", description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--tag-sizes", default="10000,100000")
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
        core.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
