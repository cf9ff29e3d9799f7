"""Import and export figures: 10,000 vCard 3.0 cards into a 100,000-contact database, the same
file again (nothing changes), exporting everyone, and the conformance corpus.

Usage: python -m bench.bench_import [--contacts 100000] [--cards 10000] [--import-only]
Targets: import >= 5,000 contacts/s, re-import >= 10,000 contacts/s, export 100,000 <= 10 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench import gen_vcards
from bench.generate import cached
from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.exporting import export_contacts
from netdesk.core.importing import ImportPlan, ImportSummary, plan_import
from netdesk.core.paths import Paths
from netdesk.store.database import open_database
from netdesk.ui import import_flow

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _no_progress(_done: int, _total: int) -> None:
    pass


def _never() -> bool:
    return False


def _timed(label: str, count: int, run: object) -> float:
    """Run once; print wall time and CPU time (less noisy on a shared machine) and rates."""
    start, cpu_start = time.perf_counter(), time.process_time()
    result = run()  # type: ignore[operator]
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    rate = f"{count / seconds:,.0f}/s" if seconds else "-"
    cpu_rate = f"{count / cpu:,.0f}/s" if cpu else "-"
    print(f"{label:<40} {seconds:6.2f} s {rate:>9} wall  {cpu:6.2f} s {cpu_rate:>9} CPU  "
          f"({count:,} contacts)")  # fmt: skip
    return result  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument(
        "--import-only", action="store_true", help="time the import and re-import, no exports"
    )
    options = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="netdesk-bench-import-"))
    try:
        # our own cache path: the bench engineer's runs build bench/out/ at the same time
        mine = Path(tempfile.gettempdir()) / "netdesk-bench-import"
        name = f"netdesk-{options.contacts}c-{options.interactions}i.sqlite3"
        source = cached(options.contacts, options.interactions, path=mine / name, progress=print)
        # Migrated once here, as a user's database is after its first start with a new netdesk:
        # migrated in each run's copy, the upgrade's writes were still being checkpointed into
        # the file in the background while the import was timed.
        open_database(source).close()
        data = work / "data"
        data.mkdir()
        shutil.copy(source, data / "netdesk.sqlite3")
        # the copy's 500 MB on their way to the disk competed with the import being timed
        os.sync()
        cards = work / "cards.vcf"
        cards.write_bytes(gen_vcards.generate(options.cards).encode())
        print(f"file: {cards.stat().st_size / 1e6:.1f} MB, {options.cards:,} cards "
              f"(photos on 10%); database: {options.contacts:,} contacts")  # fmt: skip
        core = Core.open(Paths(data), FixedClock(dt.datetime(2026, 3, 2, 9, 0)))

        # The app's two steps, as its import runs them on a worker: the plan with the
        # preview's lists (planned_preview), then the import with its summary (applied).
        def plan_as_the_app(files: list[str]) -> ImportPlan:
            return import_flow.planned_preview(core, files, {}, _no_progress, _never)[0]

        def apply_as_the_app(plan: ImportPlan) -> ImportSummary:
            summary = import_flow.applied(core, plan, _no_progress, _never)[0]
            gc.unfreeze()  # what the plan froze (as the app thaws it once the import ends)
            return summary

        def first() -> object:
            t0, c0 = time.perf_counter(), time.process_time()
            plan = plan_as_the_app([str(cards)])
            t1, c1 = time.perf_counter(), time.process_time()
            summary = apply_as_the_app(plan)
            t2, c2 = time.perf_counter(), time.process_time()
            print(f"  plan {t1 - t0:.2f} s wall / {c1 - c0:.2f} s CPU (parse, match, photos), "
                  f"apply {t2 - t1:.2f} s / {c2 - c1:.2f} s CPU (write, index, cadences)\n"
                  f"  new {summary.new}, merged {summary.merged}, "
                  f"unchanged {summary.unchanged}, problems {len(summary.problems)}")  # fmt: skip
            return summary

        _timed(f"import {options.cards:,} cards (matching on)", options.cards, first)

        def again() -> object:
            plan = plan_as_the_app([str(cards)])
            settled = sum(card.settled for card in plan.cards)
            summary = apply_as_the_app(plan)
            print(f"  new {summary.new}, merged {summary.merged}, unchanged {summary.unchanged} "
                  f"({settled} settled by fingerprint: not loaded or merged)")  # fmt: skip
            return summary

        _timed("re-import the same file", options.cards, again)
        if options.import_only:
            core.close()
            return 0
        total = core.contacts.stats().contacts + core.contacts.stats().archived
        out = work / "everyone.vcf"
        _timed("export everyone, vCard 4.0", total, lambda: export_contacts(core, out))
        print(f"  {out.stat().st_size / 1e6:.1f} MB")
        _timed(
            "export everyone, CSV", total, lambda: export_contacts(core, work / "e.csv", fmt="csv")
        )
        if CORPUS.is_dir():
            files = [str(p) for p in CORPUS.rglob("*") if p.suffix.lower() in (".vcf", ".csv")]
            plan = _timed(
                f"plan the corpus ({len(files)} files)",
                len(files),
                lambda: plan_import(core, files),
            )
            print(f"  {len(plan.cards)} contacts: new {plan.new}, merge {plan.merged}, "  # type: ignore[attr-defined]
                  f"unchanged {plan.unchanged}, errors {len(plan.errors)}")  # type: ignore[attr-defined]  # fmt: skip
        core.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
