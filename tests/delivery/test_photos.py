"""Photos: downscaled to 1600 px, JPEG, and no metadata left (GPS, serial, XMP, comment)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from shopapp.delivery.errors import PhotoError
from shopapp.delivery.photos import MAX_LONG_SIDE, prepare_photo, prepare_photo_file
from tests.delivery.conftest import jpeg_with_gps


def test_downscaled_to_1600_on_the_long_side_keeping_the_shape() -> None:
    out = Image.open(io.BytesIO(prepare_photo(jpeg_with_gps((4000, 3000)))))
    assert out.format == "JPEG" and out.mode == "RGB"
    assert out.size == (1600, 1200)
    tall = Image.open(io.BytesIO(prepare_photo(jpeg_with_gps((1000, 2400)))))
    assert tall.size == (667, 1600)
    small = Image.open(io.BytesIO(prepare_photo(jpeg_with_gps((800, 600)))))
    assert small.size == (800, 600)  # never enlarged
    assert max(out.size) <= MAX_LONG_SIDE


def test_gps_serial_and_other_metadata_are_stripped() -> None:
    source = jpeg_with_gps()
    original = Image.open(io.BytesIO(source))
    assert original.getexif().get_ifd(0x8825)  # the test photo does carry GPS
    assert b"SERIAL-12345" in source and b"Secret Lane" in source
    cleaned = prepare_photo(source)
    image = Image.open(io.BytesIO(cleaned))
    assert len(image.getexif()) == 0
    assert not image.getexif().get_ifd(0x8825)
    for key in ("exif", "xmp", "comment", "icc_profile", "photoshop"):
        assert key not in image.info, key
    for needle in (b"Exif", b"SERIAL-12345", b"Acme", b"PocketCam", b"Secret", b"GPS", b"xmpmeta"):
        assert needle not in cleaned, needle


def test_orientation_is_applied_before_the_tag_goes() -> None:
    image = Image.new("RGB", (300, 100), (255, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    upright = Image.open(io.BytesIO(prepare_photo(out.getvalue())))
    assert upright.size == (100, 300)


def test_png_with_transparency_becomes_jpeg_on_white(tmp_path: Path) -> None:
    image = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    file = tmp_path / "clear.png"
    image.save(file)
    out = Image.open(io.BytesIO(prepare_photo_file(file)))
    assert out.format == "JPEG"
    r, g, b = out.getpixel((20, 20))  # type: ignore[misc]
    assert min(r, g, b) > 240


@pytest.mark.parametrize("content", [b"", b"hello, not a picture", jpeg_with_gps((64, 64))[:300]])
def test_bad_files_give_a_clear_error(content: bytes) -> None:
    with pytest.raises(PhotoError, match="photo cannot be used"):
        prepare_photo(content)


def test_missing_file_gives_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PhotoError, match="cannot be read"):
        prepare_photo_file(tmp_path / "nope.jpg")
