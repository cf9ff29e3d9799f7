"""Start-up time of the frozen netdesk (PyInstaller bundle) against the development install.

Usage: python -m bench.bench_frozen_start [--bundle DIR] [--runs N]
Runs `netdesk --data-dir EMPTY --smoke-test` N times each way (offscreen Qt, a fresh empty data
folder every run) and prints median and min wall time. Without --bundle it takes the one
packaging/build.py left in build/packaging, building it first when there is none.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BUNDLE = ROOT / "build" / "packaging" / "pyinstaller-dist" / "netdesk"


def _frozen_command(bundle: Path) -> list[str]:
    if bundle.suffix == ".app":
        bundle = bundle / "Contents" / "MacOS"
    return [str(bundle / ("netdesk.exe" if sys.platform == "win32" else "netdesk"))]


def time_smoke_test(command: list[str], runs: int) -> list[float]:
    """Wall seconds of `command --data-dir EMPTY --smoke-test`, one fresh data folder per run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="netdesk-bench-") as data_dir:
            started = time.perf_counter()
            result = subprocess.run(
                [*command, "--data-dir", data_dir, "--smoke-test"],
                capture_output=True,
                text=True,
                env=env,
                timeout=300,
            )
            times.append(time.perf_counter() - started)
        if result.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, help="one-folder bundle or NetDesk.app")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    bundle = args.bundle or DEFAULT_BUNDLE
    if not Path(_frozen_command(bundle)[0]).exists():
        if args.bundle is not None:
            sys.exit(f"no netdesk executable in {bundle}")
        print("no bundle yet: running packaging/build.py", flush=True)
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True)

    commands = {
        "development": [sys.executable, "-m", "netdesk"],
        "frozen": _frozen_command(bundle),
    }
    print(f"netdesk --smoke-test, empty data folder, offscreen, {args.runs} runs each")
    for label, command in commands.items():
        time_smoke_test(command, 1)  # warm the page cache: both sides start from warm files
        times = time_smoke_test(command, args.runs)
        print(
            f"  {label:12} median {statistics.median(times) * 1000:7.0f} ms"
            f"   min {min(times) * 1000:7.0f} ms   ({' '.join(command)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
