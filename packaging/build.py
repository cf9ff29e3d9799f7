"""Build netdesk's packages for the OS this runs on: `python packaging/build.py`.

Linux: PyInstaller one-folder bundle, .deb and .tar.gz. Windows: bundle, .zip and an Inno Setup
installer. macOS: NetDesk.app and a .dmg. Prints each artifact with its size and writes the list
to DIST/artifacts.json. Needs netdesk installed from this checkout with the `package` extra
(`pip install -e .[package]`) and, on Linux, packaging/debian-build-deps.txt.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import bundle_check
from icons import build_icons

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SPEC = HERE / "netdesk.spec"


def checkout_version() -> str:
    """The version in pyproject.toml, which must also be what the installed metadata says."""
    with (REPO / "pyproject.toml").open("rb") as handle:
        version = str(tomllib.load(handle)["project"]["version"])
    try:
        installed = importlib.metadata.version("netdesk")
    except importlib.metadata.PackageNotFoundError:
        sys.exit("netdesk is not installed: run `pip install -e .[package]` in this checkout first")
    if installed != version:
        sys.exit(f"installed netdesk is {installed} but pyproject says {version}: reinstall it")
    return version


def run_pyinstaller(icons_dir: Path, version: str, work: Path) -> tuple[Path, str]:
    """Run PyInstaller on the spec; returns the dist folder and the build log."""
    dist = work / "pyinstaller-dist"
    log_path = work / "pyinstaller.log"
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
        "--distpath", str(dist), "--workpath", str(work / "pyinstaller-work"),
        "--", "--icons", str(icons_dir), "--version", version,
    ]  # fmt: skip
    print("+", " ".join(command), flush=True)
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        assert process.stdout is not None
        for line in process.stdout:
            log.write(line)
            if "Library not found" in line or "ERROR" in line:
                print("  pyinstaller:", line.rstrip(), flush=True)
    if process.wait() != 0:
        sys.exit(f"PyInstaller failed (exit {process.returncode}); full log: {log_path}")
    text = log_path.read_text(encoding="utf-8")
    warn_file = work / "pyinstaller-work" / "netdesk" / "warn-netdesk.txt"
    if warn_file.exists():
        text += warn_file.read_text(encoding="utf-8")
    return dist, text


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def build_linux(bundle: Path, icons, version: str, work: Path, dist: Path) -> dict[str, Path]:
    import linux_deb

    deb = linux_deb.build_deb(bundle, icons, version, work, dist)
    tarball = linux_deb.build_tarball(bundle, version, dist)
    return {"deb": deb, "tarball": tarball}


def build_windows(bundle: Path, icons, version: str, dist: Path) -> dict[str, Path]:
    archive = shutil.make_archive(str(dist / f"netdesk-{version}-windows"), "zip", bundle.parent)
    artifacts = {"zip": Path(archive)}
    iscc = shutil.which("iscc") or shutil.which(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    if iscc is None:
        sys.exit("Inno Setup's iscc is not installed (choco install innosetup)")
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DBundleDir={bundle}",
            f"/DIconFile={icons.ico}",
            f"/O{dist}",
            str(HERE / "windows" / "netdesk.iss"),
        ],
        check=True,
    )
    artifacts["installer"] = dist / f"netdesk-{version}-setup.exe"
    return artifacts


def build_macos(app: Path, version: str, work: Path, dist: Path) -> dict[str, Path]:
    staging = work / "dmg"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    dmg = dist / f"NetDesk-{version}.dmg"
    subprocess.run(
        ["hdiutil", "create", "-volname", "NetDesk", "-srcfolder", str(staging), "-ov",
         "-format", "UDZO", str(dmg)],
        check=True,
    )  # fmt: skip
    return {"dmg": dmg}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where artifacts go")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "packaging")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    version = checkout_version()
    work.mkdir(parents=True, exist_ok=True)
    dist.mkdir(parents=True, exist_ok=True)

    icons = build_icons(work / "icons")
    pyinstaller_dist, log_text = run_pyinstaller(work / "icons", version, work)
    bundle = pyinstaller_dist / "netdesk"
    bundle_check.check_build_log(log_text, bundle)

    artifacts: dict[str, Path] = {"bundle": bundle}
    if sys.platform.startswith("linux"):
        artifacts |= build_linux(bundle, icons, version, work, dist)
    elif sys.platform == "win32":
        artifacts |= build_windows(bundle, icons, version, dist)
    elif sys.platform == "darwin":
        artifacts["app"] = pyinstaller_dist / "NetDesk.app"
        artifacts |= build_macos(artifacts["app"], version, work, dist)

    report = {"version": version, "platform": sys.platform, "artifacts": {}}
    print(f"\nnetdesk {version} artifacts:")
    for kind, path in artifacts.items():
        size = tree_size(path)
        report["artifacts"][kind] = {"path": str(path), "bytes": size}
        print(f"  {kind:9} {size / 1e6:8.1f} MB  {path}")
    (dist / "artifacts.json").write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
