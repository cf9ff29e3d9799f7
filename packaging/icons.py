"""Render the netdesk app icon from its SVG master into PNG, .ico and .icns files."""

from __future__ import annotations

import argparse
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SVG_MASTER = REPO / "resources" / "icons" / "netdesk.svg"
APP_ID = "org.netdesk.NetDesk"

# hicolor sizes installed on Linux; .ico and .icns take the subsets their formats know.
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


@dataclass
class IconSet:
    """Where the rendered icons went.

    Attributes:
        pngs: size in pixels -> PNG file.
        ico: multi-size Windows icon.
        icns: multi-size macOS icon.
        svg: the scalable master, copied beside them.
    """

    pngs: dict[int, Path] = field(default_factory=dict)
    ico: Path | None = None
    icns: Path | None = None
    svg: Path | None = None


def _ensure_gui_app() -> None:
    """Qt's image plugins and QtSvg need a QGuiApplication; offscreen when there's no display."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Kept on the function so it is not garbage-collected while rendering.
        _ensure_gui_app.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]


def render_png(svg: Path, size: int):  # -> QImage
    """Render the SVG into a transparent square QImage of `size` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ensure_gui_app()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG for QtSvg")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def _encode(image, fmt: str) -> bytes:  # image: QImage
    """Encode one image with Qt's writer for `fmt` (needs the ico/icns imageformats plugins)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt.encode())
    if not writer.write(image):
        raise RuntimeError(f"Qt could not write {fmt} ({image.width()} px): {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def merge_ico(singles: list[bytes]) -> bytes:
    """Join single-image .ico files (Qt writes one image per file) into one multi-size icon."""
    entries: list[bytes] = []
    blobs: list[bytes] = []
    for raw in singles:
        _reserved, kind, count = struct.unpack_from("<HHH", raw, 0)
        if kind != 1 or count != 1:
            raise ValueError("expected a single-image .ico from Qt")
        entry = raw[6:22]
        size, offset = struct.unpack_from("<II", entry, 8)
        entries.append(entry[:8])
        blobs.append(raw[offset : offset + size])
    offset = 6 + 16 * len(entries)
    out = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    for head, blob in zip(entries, blobs, strict=True):
        out += head + struct.pack("<II", len(blob), offset)
        offset += len(blob)
    for blob in blobs:
        out += blob
    return bytes(out)


def merge_icns(singles: list[bytes]) -> bytes:
    """Join single-image .icns files into one: an .icns is a list of (type, length, data) blocks."""
    blocks: dict[bytes, bytes] = {}
    for raw in singles:
        if raw[:4] != b"icns":
            raise ValueError("expected an .icns from Qt")
        pos = 8
        while pos < len(raw):
            kind, length = struct.unpack_from(">4sI", raw, pos)
            if kind != b"TOC ":  # a table of contents is optional and would list one image
                blocks.setdefault(kind, raw[pos : pos + length])
            pos += length
    body = b"".join(blocks.values())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build_icons(out_dir: Path, svg: Path = SVG_MASTER) -> IconSet:
    """Render every icon file netdesk ships into `out_dir` (a build folder, never committed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    icons = IconSet()
    images = {}
    for size in sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES)):
        images[size] = render_png(svg, size)
    for size in PNG_SIZES:
        path = out_dir / f"{APP_ID}-{size}.png"
        path.write_bytes(_encode(images[size], "png"))
        icons.pngs[size] = path
    icons.ico = out_dir / "netdesk.ico"
    icons.ico.write_bytes(merge_ico([_encode(images[s], "ico") for s in ICO_SIZES]))
    icons.icns = out_dir / "netdesk.icns"
    icons.icns.write_bytes(merge_icns([_encode(images[s], "icns") for s in ICNS_SIZES]))
    icons.svg = out_dir / f"{APP_ID}.svg"
    icons.svg.write_bytes(svg.read_bytes())
    return icons


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--svg", type=Path, default=SVG_MASTER)
    args = parser.parse_args(argv)
    icons = build_icons(args.out_dir, args.svg)
    for path in [*icons.pngs.values(), icons.ico, icons.icns, icons.svg]:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
