"""Probe: plan_import of a file of N empty vCards (each a warning): CPU, peak RSS, problems kept.

Run: PYTHONPATH=. /tmp/nv/bin/python bench/probe_empty_cards.py 300000
"""

from __future__ import annotations

import datetime as dt
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.importing import plan_import
from netdesk.core.paths import Paths


def main(count: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="netdesk-empty-cards-"))
    try:
        (folder / "data").mkdir()
        path = folder / "empty.vcf"
        path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n" * count)
        clock = FixedClock(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        core = Core.open(Paths(folder / "data"), clock)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.process_time()
        plan = plan_import(core, [str(path)])
        cpu = time.process_time() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{count} empty cards: plan CPU {cpu:.2f} s, peak RSS {peak:.0f} MiB "
            f"({before:.0f} MiB before the plan), {len(plan.problems)} problems kept"
        )
        print("last problem:", plan.problems[-1].line, plan.problems[-1].reason)
        core.close()
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300_000)
