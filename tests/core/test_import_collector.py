"""The cyclic collector and a headless import (netdesk-cli import): held off from the plan to
the end, so it never walks the plan's hundreds of thousands of objects in between."""

from __future__ import annotations

import gc
from pathlib import Path

from bench import gen_vcards
from netdesk.core import Core
from netdesk.core.importing import import_files


def test_no_collection_runs_during_a_headless_import(core: Core, tmp_path: Path) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text(gen_vcards.generate(1500), encoding="utf-8")
    walked: list[int] = []  # the objects each collection that ran had to look at

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            younger = range(info["generation"] + 1)
            walked.append(sum(len(gc.get_objects(generation)) for generation in younger))

    few = tmp_path / "few.vcf"
    few.write_text(gen_vcards.generate(3), encoding="utf-8")
    import_files(core, [str(few)])  # the modules an import needs, imported (they stay)
    gc.collect()  # nothing pending from earlier tests
    gc.callbacks.append(watch)
    try:
        summary = import_files(core, [str(cards)])
    finally:
        gc.callbacks.remove(watch)
    assert summary.new == 1500 - 3
    # the plan of 1,500 cards is ~35,000 objects; a collection may start, on what is left
    assert max(walked, default=0) < 2000, walked
    assert gc.isenabled()
