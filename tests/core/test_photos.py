"""Photos: small ones kept byte for byte, big ones scaled, broken ones and bombs refused."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from netdesk.core import photos


def _image(mode: str, size: tuple[int, int], fmt: str, colour: object = None) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, colour).save(out, fmt)
    return out.getvalue()


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_small_jpeg_is_kept_as_it_is_with_a_decoded_thumbnail() -> None:
    original = _image("RGB", (480, 360), "JPEG", (10, 120, 200))
    stored, thumbnail = photos.prepare_photo(original)
    assert stored is original
    small = _open(thumbnail)
    assert (small.format, small.size) == ("JPEG", (64, 48))
    assert small.getpixel((32, 24)) == pytest.approx((10, 120, 200), abs=6)  # type: ignore[arg-type]


def test_a_small_grey_jpeg_is_kept_and_its_thumbnail_is_rgb() -> None:
    original = _image("L", (100, 200), "JPEG", 90)
    stored, thumbnail = photos.prepare_photo(original)
    assert stored is original
    assert (_open(thumbnail).mode, _open(thumbnail).size) == ("RGB", (32, 64))


def test_a_small_png_with_transparency_is_kept_and_has_a_png_thumbnail() -> None:
    original = _image("RGBA", (200, 200), "PNG", (0, 0, 0, 0))
    stored, thumbnail = photos.prepare_photo(original)
    assert stored is original
    small = _open(thumbnail)
    assert (small.format, small.mode, small.size) == ("PNG", "RGBA", (64, 64))


@pytest.mark.parametrize(("mode", "fmt"), [("RGB", "JPEG"), ("L", "JPEG"), ("RGBA", "PNG")])
def test_a_tiny_photo_is_its_own_thumbnail(mode: str, fmt: str) -> None:
    original = _image(mode, (96, 128), fmt)
    stored, thumbnail = photos.prepare_photo(original)
    assert stored is original and thumbnail is original


def test_a_tiny_photo_with_exif_is_re_encoded_and_gets_a_64_px_thumbnail() -> None:
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    Image.new("RGB", (120, 120), (1, 2, 3)).save(out, "JPEG", exif=exif)
    stored, thumbnail = photos.prepare_photo(out.getvalue())
    assert "exif" not in _open(stored).info
    assert _open(thumbnail).size == (64, 64)


@pytest.mark.parametrize(("fmt", "cut"), [("JPEG", 2), ("JPEG", 3), ("PNG", 2)])
def test_a_truncated_tiny_photo_is_refused(fmt: str, cut: int) -> None:
    # noise, so the entropy-coded data is most of the file and the cut lands inside it
    image = Image.frombytes("RGB", (100, 100), bytes(range(256)) * 117 + bytes(48))
    out = io.BytesIO()
    image.save(out, fmt)
    data = out.getvalue()
    assert len(data) <= photos.OWN_THUMBNAIL_BYTES  # the path that skips the 64 px copy
    with pytest.raises(photos.PhotoError, match="Not an image"):
        photos.prepare_photo(data[: len(data) * (cut - 1) // cut])


def test_a_big_photo_is_scaled_to_512_and_re_encoded() -> None:
    stored, thumbnail = photos.prepare_photo(_image("RGB", (1200, 900), "JPEG"))
    assert _open(stored).size == (512, 384)
    assert _open(thumbnail).size == (64, 48)


def test_a_cmyk_jpeg_is_re_encoded_as_rgb_even_when_small() -> None:
    stored, _ = photos.prepare_photo(_image("CMYK", (100, 100), "JPEG"))
    assert _open(stored).mode == "RGB"


def test_a_small_gif_is_re_encoded_not_kept() -> None:
    original = _image("P", (50, 50), "GIF")
    stored, _ = photos.prepare_photo(original)
    assert _open(stored).format == "PNG"


def test_a_truncated_small_jpeg_is_refused() -> None:
    original = _image("RGB", (300, 300), "JPEG", (200, 30, 30))
    with pytest.raises(photos.PhotoError, match="Not an image"):
        photos.prepare_photo(original[: len(original) // 2])


def test_a_decompression_bomb_is_refused_from_its_header() -> None:
    bomb = _image("1", (9000, 9000), "PNG")  # tiny file, 81 million pixels
    with pytest.raises(photos.PhotoError, match="too large"):
        photos.prepare_photo(bomb)


def test_not_an_image_is_refused() -> None:
    with pytest.raises(photos.PhotoError, match="Not an image"):
        photos.prepare_photo(b"certainly not a picture")


@pytest.mark.parametrize(
    ("size", "stored"), [((2400, 1800), (512, 384)), ((700, 3000), (119, 512))]
)
def test_a_big_jpeg_is_decoded_at_a_reduced_scale_and_still_fills_512(
    size: tuple[int, int], stored: tuple[int, int]
) -> None:
    scaled, thumbnail = photos.prepare_photo(_image("RGB", size, "JPEG", (30, 160, 90)))
    image = _open(scaled)
    assert image.size == stored
    assert image.getpixel((stored[0] // 2, stored[1] // 2)) == pytest.approx(  # type: ignore[arg-type]
        (30, 160, 90), abs=6
    )
    assert max(_open(thumbnail).size) == 64


def test_a_big_png_with_transparency_is_scaled_and_stays_png() -> None:
    stored, thumbnail = photos.prepare_photo(_image("RGBA", (1000, 800), "PNG", (0, 0, 255, 128)))
    assert (_open(stored).format, _open(stored).size) == ("PNG", (512, 410))
    assert (_open(thumbnail).mode, _open(thumbnail).size) == ("RGBA", (64, 51))


def test_exif_metadata_such_as_gps_is_not_kept() -> None:
    import io

    from PIL import Image

    from netdesk.core.photos import prepare_photo

    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (40.0, 25.0, 0.0)}  # GPSInfo: where the photo was taken
    exif[0x010F] = "PhoneMaker"
    out = io.BytesIO()
    Image.new("RGB", (200, 200), (10, 120, 200)).save(out, "JPEG", exif=exif.tobytes())
    original = out.getvalue()
    assert "exif" in Image.open(io.BytesIO(original)).info
    stored, _thumbnail = prepare_photo(original)
    assert "exif" not in Image.open(io.BytesIO(stored)).info
    assert Image.open(io.BytesIO(stored)).size == (200, 200)


def test_a_phone_photo_turned_by_its_exif_orientation_is_stored_upright() -> None:
    # as a phone held upright saves it: 800 x 400 pixels, left half green, and Orientation 6
    # ("turn 90° clockwise to view"); upright it is 400 x 800 with the green half on top
    image = Image.new("RGB", (800, 400), (200, 30, 30))
    image.paste((30, 200, 30), (0, 0, 400, 400))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    stored, thumbnail = photos.prepare_photo(out.getvalue())
    upright = _open(stored)
    assert upright.size == (256, 512)
    assert upright.getpixel((128, 100)) == pytest.approx((30, 200, 30), abs=12)  # type: ignore[arg-type]
    assert upright.getpixel((128, 400)) == pytest.approx((200, 30, 30), abs=12)  # type: ignore[arg-type]
    assert _open(thumbnail).size == (32, 64)


@pytest.mark.parametrize("size", [(100, 100), (600, 600)])
def test_a_16_bit_grey_png_keeps_its_grey(size: tuple[int, int]) -> None:
    # 20000 of 65535 is a dark grey (78 of 255): converted straight to RGB it came out white
    stored, thumbnail = photos.prepare_photo(_image("I;16", size, "PNG", 20000))
    for data in (stored, thumbnail):
        assert _open(data).convert("L").getpixel((5, 5)) == pytest.approx(78, abs=3)


@pytest.mark.parametrize("size", [(200, 200), (700, 700)])
def test_a_png_with_one_colour_marked_transparent_stays_see_through(
    size: tuple[int, int],
) -> None:
    # a logo saved as RGB with a tRNS colour (white here): the thumbnail the list paints, and a
    # scaled photo, showed that colour as a solid block
    logo = Image.new("RGB", size, (255, 255, 255))
    logo.paste((0, 0, 200), (0, 0, size[0] // 2, size[1]))
    out = io.BytesIO()
    logo.save(out, "PNG", transparency=(255, 255, 255))
    stored, thumbnail = photos.prepare_photo(out.getvalue())
    for data in (stored, thumbnail):
        image = _open(data).convert("RGBA")
        width, height = image.size
        assert image.getpixel((width - 2, height // 2))[3] == 0  # type: ignore[index]
        assert image.getpixel((1, height // 2)) == (0, 0, 200, 255)


def test_a_48_megapixel_phone_jpeg_is_taken_and_scaled() -> None:
    # over the 40 MP kept for other formats: phones take 48 and 50 MP photos, and a JPEG is
    # decoded at 1/8 scale (grey here only to keep the test's own image small)
    original = _image("L", (8000, 6000), "JPEG", 90)
    stored, thumbnail = photos.prepare_photo(original)
    assert (_open(stored).size, _open(thumbnail).size) == ((512, 384), (64, 48))


def _jpeg_claiming(width: int, height: int) -> bytes:
    """A small JPEG whose header says it is ``width`` x ``height`` pixels."""
    data = bytearray(_image("RGB", (64, 64), "JPEG", (1, 2, 3)))
    frame = data.index(b"\xff\xc0")  # baseline frame header: length, precision, height, width
    data[frame + 5 : frame + 9] = height.to_bytes(2, "big") + width.to_bytes(2, "big")
    return bytes(data)


@pytest.mark.parametrize(("width", "height"), [(14_000, 13_000), (20_000, 10_000)])
def test_a_jpeg_claiming_too_many_pixels_is_refused_from_its_header(
    width: int, height: int
) -> None:
    with pytest.raises(photos.PhotoError) as refused:
        photos.prepare_photo(_jpeg_claiming(width, height))
    assert refused.value.kind in ("pixels", "bomb")
