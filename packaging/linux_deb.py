"""Turn the PyInstaller one-folder bundle into a .deb and a .tar.gz."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import bundle_check
from icons import APP_ID, IconSet

HERE = Path(__file__).resolve().parent
LINUX = HERE / "linux"

# Loaded at run time (dlopen, fontconfig data, fonts) so ldd cannot see them; the rest of Depends
# is worked out from the bundle with ldd and dpkg -S.
BASE_DEPENDS = (
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-cursor0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-xkb1",
    "libdbus-1-3",
    "libfontconfig1",
    "fontconfig-config",
    "fonts-dejavu-core",
)

DESCRIPTION = """\
personal CRM: look after your professional relationships
 netdesk keeps the people you know, where you met them, what you talked
 about and when you promised to get back to them, in a local database.
 It imports vCard files and reminds you of follow-ups."""


def _package_of(library: Path) -> str | None:
    """Debian package that owns a host library, trying the /usr-merged spellings of its path."""
    candidates = {str(library), str(library.resolve())}
    for path in list(candidates):
        if path.startswith("/usr/"):
            candidates.add(path[4:])
        else:
            candidates.add("/usr" + path)
    for path in sorted(candidates):
        result = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    return None


def compute_depends(bundle: Path) -> list[str]:
    """Depends: the packages listed above plus the owners of every host library ldd finds."""
    packages = set(BASE_DEPENDS)
    for library in bundle_check.host_libraries(bundle):
        owner = _package_of(library)
        if owner is None:
            raise bundle_check.MissingLibraryError(f"no Debian package owns {library}")
        packages.add(owner)
    packages.discard("libc6")
    return [f"libc6 (>= {bundle_check.glibc_floor(bundle)})", *sorted(packages)]


def _normalise_modes(root: Path) -> None:
    """Debian wants 0755 folders and executables, 0644 for everything else."""
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage_tree(bundle: Path, icons: IconSet, root: Path) -> None:
    """Lay out the installed file system of the package under `root`."""
    if root.exists():
        shutil.rmtree(root)
    lib = root / "usr/lib/netdesk"
    shutil.copytree(bundle, lib, symlinks=True)
    bin_dir = root / "usr/bin"
    bin_dir.mkdir(parents=True)
    for name in ("netdesk", "netdesk-cli"):
        (bin_dir / name).symlink_to(f"../lib/netdesk/{name}")
    share = root / "usr/share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for size, png in icons.pngs.items():
        target = share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        target.parent.mkdir(parents=True)
        shutil.copy2(png, target)
    assert icons.svg is not None
    scalable = share / f"icons/hicolor/scalable/apps/{APP_ID}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copy2(icons.svg, scalable)
    doc = share / "doc/netdesk"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: netdesk\n\nFiles: *\nCopyright: netdesk developers\n"
        "License: GPL-3.0-or-later\n On Debian systems, the full text of the GNU General Public\n"
        " License version 3 can be found in /usr/share/common-licenses/GPL-3.\n"
    )


def installed_size_kib(root: Path) -> int:
    """Installed-Size as dpkg-gencontrol counts it: each file rounded up to a KiB, each
    symlink and folder 1 KiB. Following the bundle's symlinks (its Qt libraries are linked
    into _internal/) counted 87 MiB twice: apt said 241 MB for a package of 150."""
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or not path.is_file():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def build_deb(bundle: Path, icons: IconSet, version: str, work: Path, dist: Path) -> Path:
    """Stage, write DEBIAN/control and run dpkg-deb; returns the .deb."""
    root = work / "deb-root"
    stage_tree(bundle, icons, root)
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    installed_kib = installed_size_kib(root)
    control = {
        "Package": "netdesk",
        "Version": version,
        "Architecture": arch,
        "Maintainer": "netdesk developers <dev@netdesk.org>",
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(compute_depends(bundle)),
        "Section": "utils",
        "Priority": "optional",
        "Homepage": "https://netdesk.org",
        "Description": DESCRIPTION,
    }
    (root / "DEBIAN").mkdir()
    text = "".join(f"{key}: {value}\n" for key, value in control.items())
    (root / "DEBIAN/control").write_text(text)
    _normalise_modes(root)
    dist.mkdir(parents=True, exist_ok=True)
    deb = dist / f"netdesk_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(root), str(deb)], check=True
    )
    return deb


def build_tarball(bundle: Path, version: str, dist: Path) -> Path:
    """The bundle as netdesk-VERSION/ in a .tar.gz, for distributions without dpkg."""
    machine = os.uname().machine
    tarball = dist / f"netdesk-{version}-linux-{machine}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(tarball, "w:gz", compresslevel=9) as archive:
        archive.add(bundle, arcname=f"netdesk-{version}", filter=owned_by_root)
    return tarball
