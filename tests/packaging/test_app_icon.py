"""The SVG master renders with QtSvg to every icon size and format netdesk ships."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from packaging_helpers import load_packaging_module
from PySide6.QtGui import QImage, QImageReader

icons = load_packaging_module("icons")


@pytest.fixture(scope="module")
def icon_set(qapp, tmp_path_factory: pytest.TempPathFactory):
    """Render once for the module; `qapp` (pytest-qt) provides the QApplication QtSvg needs."""
    return icons.build_icons(tmp_path_factory.mktemp("icons"))


@pytest.mark.parametrize("size", icons.PNG_SIZES)
def test_png_rendered_at_size(icon_set, size: int) -> None:
    image = QImage(str(icon_set.pngs[size]))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # The badge is opaque in the middle and the corners stay transparent.
    assert image.pixelColor(size // 2, size * 3 // 4).alpha() == 255
    assert image.pixelColor(0, size - 1).alpha() == 0


def _sizes_read_back(path: Path, fmt: bytes) -> list[int]:
    reader = QImageReader(str(path), fmt)
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        sizes.append(image.width())
    return sizes


def test_ico_holds_every_windows_size(icon_set) -> None:
    assert sorted(_sizes_read_back(icon_set.ico, b"ico")) == list(icons.ICO_SIZES)


def test_icns_holds_every_macos_size(icon_set) -> None:
    data = icon_set.icns.read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    assert sorted(_sizes_read_back(icon_set.icns, b"icns")) == list(icons.ICNS_SIZES)


def test_svg_master_is_copied(icon_set) -> None:
    assert icon_set.svg.read_bytes() == icons.SVG_MASTER.read_bytes()
