"""Photos: capped, decoded safely (no decompression bombs), with a small thumbnail."""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps

MAX_PHOTO_BYTES = 2 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000  # bigger images are refused before decoding
# A JPEG is decoded at 1/8 scale (draft) when it is this big, a 108 MP phone photo in ~25 MB:
# 40 MP refused the 48 and 50 MP photos phones take. Under Pillow's own bomb limit (~179 MP).
MAX_JPEG_PIXELS = 170_000_000
STORED_SIZE = 512
THUMBNAIL_SIZE = 64
# A kept photo this small (pixels per side, bytes) is its own thumbnail: the list scales it
# smoothly when it paints the avatar, and making a 64 px copy cost more than reading the card.
OWN_THUMBNAIL_SIZE = 2 * THUMBNAIL_SIZE
OWN_THUMBNAIL_BYTES = 8 * 1024
# Photos kept byte for byte when already small enough: formats and modes every viewer shows.
_KEPT_MODES = {"JPEG": ("RGB", "L"), "PNG": ("RGB", "RGBA", "L", "LA", "P")}


class PhotoError(ValueError):
    """A photo netdesk cannot use; ``kind`` and ``args_`` say why, for a message in the user's
    language ("bytes", "pixels", "bomb", "unreadable", "scaled"); str() is English."""

    def __init__(self, message: str, kind: str = "unreadable", **args: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.args_ = {key: str(value) for key, value in args.items()}


def prepare_photo(data: bytes) -> tuple[bytes, bytes]:
    """Return (stored photo, thumbnail), both JPEG or PNG, scaled down.

    A JPEG or PNG already within STORED_SIZE pixels and MAX_PHOTO_BYTES, without EXIF
    metadata, is stored as it is
    (most address-book photos: re-encoding them cost a millisecond each and lost quality);
    it is still decoded, at the thumbnail's scale, so a broken file is refused all the same.
    One within OWN_THUMBNAIL_SIZE pixels is also its own thumbnail (as phones export them).

    Raises:
        PhotoError: too big, not an image, or a decompression bomb.
    """
    if len(data) > 20 * MAX_PHOTO_BYTES:
        raise PhotoError(
            f"The photo is {len(data) // 1024} KiB; the limit is 40 MiB.",
            "bytes",
            kib=len(data) // 1024,
        )
    try:
        with warnings.catch_warnings():
            # the limits are ours, by format (below); Pillow's error beyond ~179 MP stays
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            # open() reads only the header: the size is known before any pixel is decoded
            image: Image.Image = Image.open(io.BytesIO(data))
            width, height = image.size
            limit = MAX_JPEG_PIXELS if image.format == "JPEG" else MAX_PHOTO_PIXELS
            if width * height > limit:
                raise PhotoError(
                    f"The photo is {width}x{height} pixels, too large to use.",
                    "pixels",
                    width=width,
                    height=height,
                )
            if _keep_as_is(image, data):
                if max(width, height) <= OWN_THUMBNAIL_SIZE and len(data) <= OWN_THUMBNAIL_BYTES:
                    _check_decodes(image)
                    return data, data
                return data, _thumbnail_of_small(image)
            if image.format == "JPEG":
                # decode at the smallest DCT scale (1/2 to 1/8) still covering 512 px: a
                # 1200 px photo cost 47 ms decoded whole and scaled with LANCZOS
                image.draft(None, _fitted(image.size, STORED_SIZE))
            image.load()
            # a phone's photo is stored as the sensor saw it, with an EXIF tag saying how to
            # turn it: the tag is not kept (see _keep_as_is), so the pixels are turned here
            image = ImageOps.exif_transpose(image)
    except PhotoError:
        raise
    except Image.DecompressionBombError as error:
        raise PhotoError(f"The photo looks like a decompression bomb: {error}", "bomb") from error
    except (OSError, SyntaxError, ValueError) as error:
        raise PhotoError(f"Not an image netdesk can read: {error}", "unreadable") from error
    has_alpha = _has_alpha(image)
    image = _eight_bit(image).convert("RGBA" if has_alpha else "RGB")
    scaled = _fit(image, STORED_SIZE)
    stored = _encode(scaled, has_alpha)
    if len(stored) > MAX_PHOTO_BYTES:
        raise PhotoError("The photo is still too large after scaling.", "scaled")
    thumbnail = _encode(_fit(scaled, THUMBNAIL_SIZE), has_alpha)  # from 512 px, not the original
    return stored, thumbnail


def _fitted(size: tuple[int, int], box: int) -> tuple[int, int]:
    """``size`` scaled down (never up) to fit in a ``box`` x ``box`` square, as thumbnail()."""
    width, height = size
    scale = min(1.0, box / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _keep_as_is(image: Image.Image, data: bytes) -> bool:
    # A photo carrying EXIF (often the GPS position where it was taken) is re-encoded without
    # it: it would otherwise travel on with every vCard export.
    return (
        "exif" not in image.info
        and max(image.size) <= STORED_SIZE
        and len(data) <= MAX_PHOTO_BYTES
        and image.mode in _KEPT_MODES.get(image.format or "", ())
    )


def _has_alpha(image: Image.Image) -> bool:
    """Whether the image has see-through pixels to keep: an alpha channel, a palette (a logo,
    kept lossless in PNG), or one colour marked transparent (PNG's tRNS: "RGB" or "L" with
    ``transparency``; converted to "RGB", that colour showed as a solid block)."""
    return image.mode in ("RGBA", "LA", "P", "PA") or "transparency" in image.info


def _eight_bit(image: Image.Image) -> Image.Image:
    """A 16- or 32-bit grey image ("I;16", "I") as 8-bit grey: converted straight to "RGB",
    every value above 255 was clipped, and a 16-bit grey portrait came out pure white."""
    if image.mode.startswith("I;16") or image.mode == "I":
        return image.convert("I").point(lambda value: value / 256).convert("L")
    return image


def _check_decodes(image: Image.Image) -> None:
    """Decode the whole file, as cheaply as possible (a JPEG at 1/8 scale still reads every
    block): a truncated or corrupt photo raises here as it would when scaled."""
    if image.format == "JPEG":
        image.draft(image.mode, (1, 1))
    image.load()


def _thumbnail_of_small(image: Image.Image) -> bytes:
    """The thumbnail of a photo kept as it is, decoded once: a JPEG at 1/2 to 1/8 scale
    (``draft``, far cheaper than a full decode), a PNG whole (at most 512 x 512 here)."""
    has_alpha = _has_alpha(image)
    if image.format == "JPEG":
        # the smallest DCT scale still at least twice the thumbnail, for the filter to work from
        image.draft(image.mode, (2 * THUMBNAIL_SIZE, 2 * THUMBNAIL_SIZE))
    image.load()  # raises on a truncated or corrupt file
    if has_alpha:
        image = image.convert("RGBA")
    elif image.mode != "RGB":
        image = image.convert("RGB")
    # BILINEAR (Pillow's is a true triangle filter when shrinking): for these reductions, at
    # most about 2x after draft, it looks like LANCZOS at 64 px and costs half (0.15 ms each)
    image.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE), Image.Resampling.BILINEAR)
    return _encode(image, has_alpha)


def _fit(image: Image.Image, size: int) -> Image.Image:
    copy = image.copy()
    # BICUBIC: after draft() a JPEG is at most ~2x the target, where it looks like LANCZOS and
    # costs half; thumbnail() shrinks anything bigger with reduce() first (reducing_gap)
    copy.thumbnail((size, size), Image.Resampling.BICUBIC)
    return copy


def _encode(image: Image.Image, has_alpha: bool) -> bytes:
    out = io.BytesIO()
    if has_alpha:
        image.save(out, "PNG", optimize=True)
    else:
        image.save(out, "JPEG", quality=88)
    return out.getvalue()
