"""What the PyInstaller spec keeps out of the bundle (packaging/bundle_filter.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from packaging_helpers import REPO, load_packaging_module

bundle_filter = load_packaging_module("bundle_filter")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtdeclarative_de.qm", False),
        ("PySide6/Qt/translations/qt_help_de.qm", False),
        ("libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("libQt6Widgets.so.6", True),
        ("libQt6Svg.so.6", True),
        ("netdesk/ui/icons.py", True),
        ("resources/icons/netdesk.svg", True),
    ],
)
def test_is_kept(dest: str, kept: bool) -> None:
    assert bundle_filter.is_kept(dest) is kept


@pytest.mark.parametrize(
    ("name", "system"),
    [
        ("libX11.so.6", True),
        ("libxcb-render-util.so.0", True),
        ("libstdc++.so.6", True),
        ("libfontconfig.so.1", True),
        ("libxcb-9065bb12.so.1.1.0", False),  # Pillow's own copy
        ("libsqlite3.so.0", False),  # FTS5 must match what netdesk was tested with
        ("libQt6Core.so.6", False),
        ("libicudata.so.73", False),
    ],
)
def test_system_libraries_are_left_to_the_distribution(name: str, system: bool) -> None:
    assert bool(bundle_filter.SYSTEM_LIBRARY.match(name)) is system


def test_netdesk_modules_are_all_hidden_imports() -> None:
    modules = bundle_filter.netdesk_submodules(REPO)
    assert "netdesk" in modules
    assert "netdesk.app" in modules
    assert "netdesk.cli" in modules
    assert not [name for name in modules if "__main__" in name]


def test_phonenumbers_data_left_out_only_when_unused(tmp_path: Path) -> None:
    (tmp_path / "netdesk").mkdir()
    source = tmp_path / "netdesk" / "phones.py"
    source.write_text("import phonenumbers\n")
    assert "phonenumbers.geodata" in bundle_filter.excluded_modules(tmp_path)
    source.write_text("from phonenumbers import geocoder\n")
    assert "phonenumbers.geodata" not in bundle_filter.excluded_modules(tmp_path)
    assert "PySide6.QtQml" in bundle_filter.excluded_modules(tmp_path)
