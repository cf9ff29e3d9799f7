"""Probe: peak RSS of planning the import of a contact file, by step of the plan.

Run: PYTHONPATH=. /tmp/nv/bin/python bench/probe_import_memory.py FILE [DATA_DIR]
Without DATA_DIR the plan runs against an empty database in a temporary folder. A file of
100,000 realistic cards: `netdesk-cli --data-dir COPY export --out all.vcf --format vcard3`
over a copy of the benchmark database; of empty cards: bench/probe_empty_cards.py writes one.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from netdesk.core import Core, importing
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths


def _rss_mib() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 // (1024 * 1024)


def main(path: str, data_dir: str | None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="netdesk-import-memory-"))
    data = Path(data_dir) if data_dir else folder / "data"
    data.mkdir(exist_ok=True)
    core = Core.open(Paths(data), FixedClock(dt.datetime(2026, 1, 1, tzinfo=dt.UTC)))
    step = ["reading"]
    peaks: dict[str, int] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peaks[step[0]] = max(peaks.get(step[0], 0), _rss_mib())
            time.sleep(0.005)

    for name in ("_match", "_prepare_photos"):
        real = getattr(importing, name)

        def stepped(*args: object, _real: object = real, _name: str = name) -> object:
            step[0] = _name.strip("_")
            found = _real(*args)  # type: ignore[operator]
            step[0] = "after"
            return found

        setattr(importing, name, stepped)
    before = _rss_mib()
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.process_time()
    plan = importing.plan_import(core, [path])
    cpu = time.process_time() - start
    time.sleep(0.05)
    done.set()
    sampler.join()
    print(
        f"{Path(path).name}: {plan.new} new, {plan.merged} merged, {plan.unchanged} unchanged, "
        f"{len(plan.problems)} problems kept; plan CPU {cpu:.1f} s"
    )
    print(f"RSS before the plan {before} MiB; peak by step (MiB): {peaks}; held after {_rss_mib()}")
    core.close()
    shutil.rmtree(folder)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
