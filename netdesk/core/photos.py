"""Photos: capped, decoded safely (no decompression bombs), with a small thumbnail."""

from __future__ import annotations

import io
import warnings

from PIL import Image

MAX_PHOTO_BYTES = 2 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000  # bigger images are refused before decoding
STORED_SIZE = 512
THUMBNAIL_SIZE = 64


class PhotoError(ValueError):
    """The image cannot be used; the message says why."""


def prepare_photo(data: bytes) -> tuple[bytes, bytes]:
    """Return (stored photo, thumbnail), both JPEG or PNG, scaled down.

    Raises:
        PhotoError: too big, not an image, or a decompression bomb.
    """
    if len(data) > 20 * MAX_PHOTO_BYTES:
        raise PhotoError(f"The photo is {len(data) // 1024} KiB; the limit is 40 MiB.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PHOTO_PIXELS:
                raise PhotoError(f"The photo is {width}x{height} pixels, too large to use.")
            image.load()
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise PhotoError(f"The photo looks like a decompression bomb: {error}") from error
    except (OSError, SyntaxError, ValueError) as error:
        raise PhotoError(f"Not an image netdesk can read: {error}") from error
    has_alpha = image.mode in ("RGBA", "LA", "P")
    image = image.convert("RGBA" if has_alpha else "RGB")
    stored = _encode(_fit(image, STORED_SIZE), has_alpha)
    if len(stored) > MAX_PHOTO_BYTES:
        raise PhotoError("The photo is still too large after scaling.")
    thumbnail = _encode(_fit(image, THUMBNAIL_SIZE), has_alpha)
    return stored, thumbnail


def _fit(image: Image.Image, size: int) -> Image.Image:
    copy = image.copy()
    copy.thumbnail((size, size), Image.Resampling.LANCZOS)
    return copy


def _encode(image: Image.Image, has_alpha: bool) -> bytes:
    out = io.BytesIO()
    if has_alpha:
        image.save(out, "PNG", optimize=True)
    else:
        image.save(out, "JPEG", quality=88)
    return out.getvalue()
