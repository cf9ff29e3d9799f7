"""Smoke-test a built netdesk: import a vCard with `netdesk --smoke-test`, find it with the CLI.

    python packaging/smoke_test.py [--bundle DIR | --gui EXE --cli EXE] [--platform offscreen]

Without arguments it takes the bundle listed in dist/artifacts.json (written by build.py).
Exits non-zero with the reason when the app fails to start, import or find the contact.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE_NAME = "Ada Smoketest"


def write_sample_vcard(path: Path, name: str = SAMPLE_NAME) -> Path:
    given, family = name.split(" ", 1)
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:{name}\r\nN:{family};{given};;;\r\n"
        "EMAIL;TYPE=INTERNET:ada.smoketest@example.org\r\nORG:Analytical Engines Ltd\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    return path


def executables(bundle: Path) -> tuple[Path, Path]:
    """The window and CLI executables inside a one-folder bundle or a macOS .app."""
    if bundle.suffix == ".app":
        bundle = bundle / "Contents" / "MacOS"
    suffix = ".exe" if sys.platform == "win32" else ""
    return bundle / f"netdesk{suffix}", bundle / f"netdesk-cli{suffix}"


def qt_env(platform: str = "offscreen", **extra: str) -> dict[str, str]:
    """This process's environment with QT_QPA_PLATFORM set; 'native' lets Qt pick the display."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    if platform != "native":
        env["QT_QPA_PLATFORM"] = platform
    return env | extra


def run_smoke(
    gui: list[str], data_dir: Path, files: list[Path], env: dict[str, str], timeout: float = 180
) -> float:
    """Run `gui --data-dir D --smoke-test FILES`; returns wall seconds, raises on failure."""
    started = time.perf_counter()
    result = subprocess.run(
        [*gui, "--data-dir", str(data_dir), "--smoke-test", *map(str, files)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(gui)} --smoke-test exited {result.returncode}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        )
    return elapsed


def search(cli: list[str], data_dir: Path, text: str, env: dict[str, str]) -> list[dict]:
    """`netdesk-cli --data-dir D --json search TEXT`, parsed."""
    result = subprocess.run(
        [*cli, "--data-dir", str(data_dir), "--json", "search", text],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if result.returncode != 0:
        raise RuntimeError(f"netdesk-cli search exited {result.returncode}: {result.stderr}")
    return json.loads(result.stdout)


def check(gui: Path, cli: Path, platform: str) -> None:
    env = qt_env(platform)
    with tempfile.TemporaryDirectory(prefix="netdesk-smoke-") as tmp:
        data_dir = Path(tmp) / "data"
        vcard = write_sample_vcard(Path(tmp) / "ada.vcf")
        seconds = run_smoke([str(gui)], data_dir, [vcard], env)
        print(f"{gui} --smoke-test: ok in {seconds:.1f} s")
        names = [row["display_name"] for row in search([str(cli)], data_dir, "Smoketest", env)]
        if SAMPLE_NAME not in names:
            raise RuntimeError(f"imported contact not found by netdesk-cli search: {names}")
        print(f"{cli} search: found {SAMPLE_NAME}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, help="one-folder bundle or NetDesk.app")
    parser.add_argument("--gui", type=Path)
    parser.add_argument("--cli", type=Path)
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM, or 'native'")
    args = parser.parse_args(argv)
    if args.gui and args.cli:
        gui, cli = args.gui, args.cli
    else:
        bundle = args.bundle
        if bundle is None:
            report = json.loads((REPO / "dist" / "artifacts.json").read_text())
            found = report["artifacts"].get("app") or report["artifacts"]["bundle"]
            bundle = Path(found["path"])
        gui, cli = executables(bundle)
    try:
        check(gui, cli, args.platform)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"smoke test FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
