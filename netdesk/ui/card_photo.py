"""A contact's photo read from an image file for the card, or why it cannot be."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QImageReader

from netdesk.ui.settings import Setting, Settings
from netdesk.ui.widgets import fill, tr

PHOTO_FOLDER = Setting[str]("card/photo_folder", "", "where Choose photo… last found a photo")


def photo_folder(settings: Settings) -> str:
    """Where Choose photo… opens: the folder of the last photo chosen, else Pictures (else
    home); it opened in whatever folder netdesk was started from."""
    for folder in (
        settings.get(PHOTO_FOLDER),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation),
    ):
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def read_photo(path: str) -> tuple[bytes | None, str | None]:
    """The photo to store from this image file (made small enough), else None and why not."""
    from netdesk.core import photos

    name = Path(path).name
    limit = 20 * photos.MAX_PHOTO_BYTES  # what prepare_photo takes in
    try:
        size = Path(path).stat().st_size
        if size > limit:  # said before reading gigabytes into memory
            return None, fill(
                tr("“%1” is too large for a photo: %2 MB, at most %3 MB."),
                name,
                str(round(size / 1024 / 1024)),
                str(limit // 1024 // 1024),
            )
        data = Path(path).read_bytes()
    except OSError as error:
        return None, fill(tr("Could not read “%1”: %2"), name, error.strerror or "")
    try:
        stored, _thumb = photos.prepare_photo(data)
    except photos.PhotoError:
        return None, _photo_problem(path, photos.MAX_PHOTO_PIXELS)
    return stored, None


def _photo_problem(path: str, max_pixels: int) -> str:
    """Why core refused the image, in the user's language (its own message is English)."""
    name = Path(path).name
    reader = QImageReader(path)
    size = reader.size() if reader.canRead() else None
    if size is not None and size.width() * size.height() > max_pixels:
        return fill(
            tr("“%1” is too large for a photo: %2 × %3 pixels."),
            name,
            str(size.width()),
            str(size.height()),
        )
    return tr("“%1” is not an image netdesk can read (use PNG, JPEG, GIF, WebP or BMP).").replace(
        "%1", name
    )
