"""Build the Linux packages once, then install the .deb into a temporary root and use it.

Slow (PyInstaller on two cores takes minutes): one build per test session, shared by every test.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging_helpers import APP_ID, PACKAGING, REPO, load_packaging_module, require_tool
from xserver import start_xvfb, stop_xvfb

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is built on Linux"),
]

smoke = load_packaging_module("smoke_test")
icons = load_packaging_module("icons")

MAX_DEB_BYTES = 60 * 1024 * 1024
MAX_BUNDLE_BYTES = 150 * 1024 * 1024
REQUIRED_DEPENDS = {
    "libgl1", "libegl1", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-image0", "libxcb-render-util0", "libxcb-cursor0", "libxcb-shape0",
    "libxcb-xinerama0", "libxcb-randr0", "libdbus-1-3", "libfontconfig1", "fontconfig-config",
    "fonts-dejavu-core",
}  # fmt: skip


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Run packaging/build.py into temporary folders; kind -> path of what it built."""
    for tool in ("objdump", "ldd", "dpkg-deb"):
        require_tool(tool)
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--dist", str(dist), "--work", str(work)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=1800,
    )
    print(result.stdout[-3000:])  # the artifact list and sizes, shown with -s or on failure
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-5000:]
    report = json.loads((dist / "artifacts.json").read_text())
    return {kind: Path(entry["path"]) for kind, entry in report["artifacts"].items()}


@pytest.fixture(scope="module")
def installed_root(artifacts: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb unpacked with `dpkg -x` into a temporary root, as dpkg would install it."""
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg", "-x", str(artifacts["deb"]), str(root)], check=True)
    return root


@pytest.fixture
def vcard(tmp_path: Path) -> Path:
    return smoke.write_sample_vcard(tmp_path / "ada smoketest.vcf")


@pytest.fixture(scope="module")
def xvfb_display() -> Iterator[str]:
    """One real X server for the module's launches of the installed package."""
    server, name = start_xvfb()
    yield name
    stop_xvfb(server)


def _project_version() -> str:
    with (REPO / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def _tree_bytes(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def _imported(root: Path, data_dir: Path, env: dict[str, str]) -> list[str]:
    rows = smoke.search([str(root / "usr/bin/netdesk-cli")], data_dir, "Smoketest", env)
    return [row["display_name"] for row in rows]


def test_sizes_within_targets(artifacts: dict[str, Path]) -> None:
    deb = artifacts["deb"].stat().st_size
    bundle = _tree_bytes(artifacts["bundle"])
    tarball = artifacts["tarball"].stat().st_size
    mib = 2**20
    print(f"bundle {bundle / mib:.1f} MiB, .deb {deb / mib:.1f} MiB, .tar.gz {tarball / mib:.1f}")
    assert deb <= MAX_DEB_BYTES, f".deb is {deb / 2**20:.1f} MiB, target 60"
    assert bundle <= MAX_BUNDLE_BYTES, f"bundle is {bundle / 2**20:.1f} MiB, target 150"
    assert tarball < bundle


def test_bundle_has_both_executables(artifacts: dict[str, Path]) -> None:
    gui, cli = smoke.executables(artifacts["bundle"])
    assert os.access(gui, os.X_OK)
    assert os.access(cli, os.X_OK)


def test_deb_control_fields(artifacts: dict[str, Path]) -> None:
    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "-f", str(artifacts["deb"]), name],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip

    info = subprocess.run(
        ["dpkg-deb", "-I", str(artifacts["deb"])], capture_output=True, text=True, check=True
    ).stdout
    assert "Package: netdesk" in info
    assert field("Version") == _project_version()
    depends = {item.split()[0] for item in field("Depends").split(", ")}
    assert not REQUIRED_DEPENDS - depends, "missing from Depends"
    assert "libc6" in depends  # with the glibc floor worked out from the bundle


def test_deb_contents(artifacts: dict[str, Path]) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(artifacts["deb"])], capture_output=True, text=True, check=True
    ).stdout
    lines = listing.splitlines()
    paths = {line.split()[5] for line in lines}
    expected = {  # every installed path the desktop integration relies on
        "./usr/lib/netdesk/netdesk",
        "./usr/lib/netdesk/netdesk-cli",
        "./usr/bin/netdesk",
        "./usr/bin/netdesk-cli",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"./usr/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in icons.PNG_SIZES),
    }
    assert not expected - paths, "missing from the .deb"
    assert all(" root/root " in line for line in lines), "files must be owned by root"


def test_installed_app_imports_offscreen(installed_root: Path, vcard: Path, tmp_path: Path) -> None:
    env = smoke.qt_env("offscreen")
    data_dir = tmp_path / "data"
    app = installed_root / "usr/lib/netdesk/netdesk"
    smoke.run_smoke([str(app)], data_dir, [vcard], env)
    assert smoke.SAMPLE_NAME in _imported(installed_root, data_dir, env)


def test_installed_app_imports_under_xvfb(
    installed_root: Path, vcard: Path, tmp_path: Path, xvfb_display: str
) -> None:
    env = smoke.qt_env("native", DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    data_dir = tmp_path / "data"
    app = installed_root / "usr/lib/netdesk/netdesk"
    smoke.run_smoke([str(app)], data_dir, [vcard], env)
    assert smoke.SAMPLE_NAME in _imported(installed_root, data_dir, env)


def test_desktop_exec_line_opens_a_vcard(installed_root: Path, vcard: Path, tmp_path: Path) -> None:
    """What a file manager does with "Open with netdesk": expand Exec's %F, run it from PATH."""
    desktop = installed_root / f"usr/share/applications/{APP_ID}.desktop"
    exec_line = next(
        line.split("=", 1)[1]
        for line in desktop.read_text(encoding="utf-8").splitlines()
        if line.startswith("Exec=")
    )
    argv: list[str] = []
    for word in shlex.split(exec_line):
        argv.extend([str(vcard)] if word == "%F" else [word])
    assert argv == ["netdesk", str(vcard)]
    env = smoke.qt_env("offscreen", PATH=f"{installed_root / 'usr/bin'}{os.pathsep}/usr/bin:/bin")
    data_dir = tmp_path / "data"
    # The smoke-test flags stand in for the user closing the window; the command is Exec's.
    smoke.run_smoke(argv, data_dir, [], env)
    assert smoke.SAMPLE_NAME in _imported(installed_root, data_dir, env)
