"""Make a PyInstaller build fail when it silently left out a library the bundle needs.

PyInstaller only warns ("Library not found: could not resolve ...") when a dependency is missing
on the build host, and ships a bundle that then fails on users' machines. Two checks:

* the build log: every unresolved dependency of a file that is still in the bundle is an error;
* on Linux, `ldd` over every ELF file in the bundle: a "not found" that the bundle does not hold
  either is an error. The libraries resolved from the host are returned, so the .deb can depend
  on their packages.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

NOT_FOUND = re.compile(r"Library not found: could not resolve '([^']+)', dependency of '([^']+)'")
LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|(\S+))")


class MissingLibraryError(RuntimeError):
    """The bundle needs a library that neither it nor the build host has."""


def bundle_files(bundle: Path) -> dict[str, Path]:
    """Basename -> path of every file in the bundle."""
    return {path.name: path for path in bundle.rglob("*") if path.is_file()}


def check_build_log(log_text: str, bundle: Path) -> None:
    """Fail on 'Library not found' warnings about files that made it into the bundle."""
    shipped = bundle_files(bundle)
    problems = sorted(
        f"{missing} (needed by {Path(referrer).name})"
        for missing, referrer in NOT_FOUND.findall(log_text)
        if Path(referrer).name in shipped and missing not in shipped
    )
    if problems:
        raise MissingLibraryError(
            "PyInstaller could not find these libraries on the build host, so the bundle lacks "
            "them; install their packages (packaging/debian-build-deps.txt) and build again:\n  "
            + "\n  ".join(problems)
        )


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def elf_files(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p))


def needed(elf: Path) -> set[str]:
    """The DT_NEEDED entries of an ELF file: the libraries it links to directly."""
    result = subprocess.run(["objdump", "-p", str(elf)], capture_output=True, text=True)
    return set(re.findall(r"^\s*NEEDED\s+(\S+)", result.stdout, flags=re.MULTILINE))


def host_libraries(bundle: Path) -> set[Path]:
    """Host libraries the bundle links to directly; fails on any that ldd cannot find.

    ldd also lists indirect dependencies; those are the business of the direct ones' packages,
    so only DT_NEEDED names count towards Depends (as dpkg-shlibdeps does).
    """
    shipped = bundle_files(bundle)
    env = {**os.environ, "LC_ALL": "C"}
    env.pop("LD_LIBRARY_PATH", None)
    from_host: set[Path] = set()
    problems: set[str] = set()
    for elf in elf_files(bundle):
        direct = needed(elf)
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            match = LDD_LINE.match(line)
            if not match:
                continue
            name, target = match.group(1), match.group(3)
            if name in shipped:
                continue  # found at run time through the bundle's rpath / PyInstaller's loader
            if target is None:
                problems.add(f"{name} (needed by {elf.relative_to(bundle)})")
            elif name in direct:
                from_host.add(Path(target))
    if problems:
        raise MissingLibraryError(
            "libraries needed by the bundle are missing on this host:\n  "
            + "\n  ".join(sorted(problems))
        )
    return from_host


def glibc_floor(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled ELF file asks for."""
    newest = (2, 17)
    for elf in elf_files(bundle):
        result = subprocess.run(["objdump", "-T", str(elf)], capture_output=True, text=True)
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", result.stdout):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"
