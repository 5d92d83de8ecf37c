"""Photos: downscaled to 1024 px, JPEG quality 60, a house number still legible, and no
metadata left (GPS, serial, XMP, comment)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from shopapp.delivery.errors import PhotoError
from shopapp.delivery.photos import MAX_LONG_SIDE, prepare_photo, prepare_photo_file
from tests.delivery.conftest import jpeg_with_gps


def test_downscaled_to_1024_on_the_long_side_keeping_the_shape() -> None:
    out = Image.open(io.BytesIO(prepare_photo(jpeg_with_gps((4000, 3000)))))
    assert out.format == "JPEG" and out.mode == "RGB"
    assert out.size == (1024, 768)
    tall = Image.open(io.BytesIO(prepare_photo(jpeg_with_gps((1000, 2400)))))
    assert tall.size == (427, 1024)
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


def _tesseract() -> str:
    """The tesseract binary; installed from Debian's tesseract-ocr when it can be (root,
    apt-get), else the test is skipped."""
    import os
    import shutil
    import subprocess

    found = shutil.which("tesseract")
    if found:
        return found
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (
            ["apt-get", "install", "-y", "-q", "--no-install-recommends", "tesseract-ocr"],
            ["apt-get", "update", "-q"],
            ["apt-get", "install", "-y", "-q", "--no-install-recommends", "tesseract-ocr"],
        ):
            try:
                subprocess.run(command, env=env, capture_output=True, timeout=300, check=False)
            except (OSError, subprocess.TimeoutExpired):
                break
            found = shutil.which("tesseract")
            if found:
                return found
    pytest.skip("tesseract (Debian's tesseract-ocr) is not installed and could not be")


def _read_digits(tesseract: str, image: Image.Image, folder: Path) -> str:
    import subprocess

    file = folder / "plate.png"
    image.save(file)
    answer = subprocess.run(
        [tesseract, str(file), "-", "--psm", "7", "-c", "tessedit_char_whitelist=0123456789"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return answer.stdout.strip()


@pytest.mark.parametrize(
    ("number", "digit_height_px"),
    [("47", 110), ("3816", 55)],  # 9 cm and 4.5 cm digits seen from about 2.5 m
)
def test_a_house_number_stays_legible_at_the_chosen_size(
    tmp_path: Path, number: str, digit_height_px: int
) -> None:
    """A 12 MP doorstep photo with a house-number plate, through prepare_photo: the
    digits cropped from the result are read right by tesseract (a stand-in for a
    person), and the photo is a fraction of the old 1600 px / quality 85 one."""
    from benchmarks.sync_link import camera_jpeg, doorstep

    tesseract = _tesseract()
    picture, box = doorstep(number, digit_height_px=digit_height_px, seed=3)
    camera = camera_jpeg(picture)
    prepared = prepare_photo(camera)
    image = Image.open(io.BytesIO(prepared)).convert("RGB")
    assert max(image.size) == MAX_LONG_SIDE
    scale = image.width / picture.width
    crop = image.crop(tuple(round(v * scale) for v in box))  # type: ignore[arg-type]
    assert crop.height >= 14  # the plate is small in the picture, as from the street
    assert _read_digits(tesseract, crop, tmp_path) == number

    old = picture.copy()
    old.thumbnail((1600, 1600), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    old.save(out, format="JPEG", quality=85, optimize=True)
    assert 200_000 < len(out.getvalue()) < 400_000  # the test picture weighs like a photo
    assert len(prepared) < len(out.getvalue()) / 3
    print(f"\n{number}: {len(prepared):,} bytes at {image.size} (was {len(out.getvalue()):,})")
