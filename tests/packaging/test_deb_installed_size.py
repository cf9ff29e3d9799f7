"""The .deb's Installed-Size is what the installed files take (a small stand-in bundle)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from packaging_helpers import load_packaging_module, require_tool

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the .deb is built on Linux"
)

icons = load_packaging_module("icons")
linux_deb = load_packaging_module("linux_deb")

MIB = 1024 * 1024


def test_a_library_linked_from_two_places_is_counted_once(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """PyInstaller links Qt's libraries into _internal/: following the links counted 87 MiB
    twice, and apt said the package would take 241 MB instead of 150."""
    require_tool("dpkg-deb")
    bundle = tmp_path / "netdesk"
    qt_lib = bundle / "_internal/PySide6/Qt/lib"
    qt_lib.mkdir(parents=True)
    (qt_lib / "libQt6Gui.so.6").write_bytes(b"\0" * 8 * MIB)
    (bundle / "_internal/libQt6Gui.so.6").symlink_to("PySide6/Qt/lib/libQt6Gui.so.6")
    for name in ("netdesk", "netdesk-cli"):
        (bundle / name).write_text("#!/bin/sh\n", encoding="utf-8")
        (bundle / name).chmod(0o755)
    icon_set = icons.build_icons(tmp_path / "icons")
    deb = linux_deb.build_deb(bundle, icon_set, "0.1.0", tmp_path / "work", tmp_path / "dist")
    declared = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Installed-Size"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
    files = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    assert files // 1024 <= int(declared) < files // 1024 + 200  # the files, rounded per file
