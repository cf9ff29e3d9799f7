"""Parse throughput (cards/s) of netdesk's vCard reader and of vobject on the same file."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import vobject

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_vcards import generate

from netdesk.interop.csvfile import read_contacts_file
from netdesk.interop.vcard import read_vcard_file

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def best_of(runs: int, action: object) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    return min(timings)


def vobject_count(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    return sum(1 for _ in vobject.readComponents(text, ignoreUnreadable=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cards.vcf"
        path.write_bytes(generate(arguments.count).encode())
        size = path.stat().st_size / 1e6
        cards = len(read_vcard_file(path).cards)
        ours = best_of(arguments.runs, lambda: read_vcard_file(path))
        print(f"generated file: {cards} cards, {size:.1f} MB")
        print(f"netdesk reader: {ours:6.3f} s  {cards / ours:9.0f} cards/s")
        theirs = best_of(1, lambda: vobject_count(path))
        print(f"vobject:        {theirs:6.3f} s  {cards / theirs:9.0f} cards/s")
        print(f"speed-up:       {theirs / ours:.1f}x")
    files = sorted(p for p in CORPUS.glob("*/*") if p.suffix in (".vcf", ".csv"))
    total_cards = total_problems = 0
    start = time.perf_counter()
    for file in files:
        result = read_contacts_file(file)
        total_cards += len(result.cards)
        total_problems += len(result.problems)
    elapsed = time.perf_counter() - start
    print(
        f"corpus: {len(files)} files, {total_cards} cards/rows, {total_problems} problems,"
        f" {elapsed * 1000:.0f} ms ({total_cards / elapsed:.0f} cards/s)"
    )


if __name__ == "__main__":
    main()
