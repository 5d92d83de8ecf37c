"""Photos for proof of delivery: downscaled JPEG with every piece of metadata left behind.

Photos are personal data (RELIABILITY.md): a phone or tablet camera writes GPS
coordinates, the device's make, model and serial number, thumbnails, XMP and
comments into the file. Only the pixels are kept: the image is turned upright
(EXIF orientation), converted to RGB, shrunk so that its long side is at most
1024 px, copied into a brand-new image (so nothing from the source's `info`
can ride along) and saved as a baseline JPEG at quality 60 without EXIF, ICC, XMP
or comment.

Sized for the link (issue 18): a proof photo goes over rural links of 32 kbit/s
(4 kB/s), where the old 1600 px at quality 85 (200-400 kB) took 50-100 s and never
finished between drops. Measured on a 12 MP doorstep picture
(`benchmarks/sync_link.py`'s `doorstep`, calibrated to real photos: 311 kB at
1600 px q85), with tesseract reading the house number cropped from the result:

    long side  JPEG q85  q75  q65  q55  q45 | WebP q80  q70  q60   digit height
    1600 px       311   222  180  151  131 |     119   89   79   22-44 px
    1280 px       217   158  129  109   96 |      85   64   56   18-35 px
    1024 px       153   112   92   79   70 |      67   51   46   14-28 px
                                                      (kB; every cell read right)

Every setting kept 4-digit numbers legible down to 14 px tall digits (a 5 cm number
seen from 2.5 m): the digits are not what limits. 1024 px at JPEG quality 60 (about
85 kB here; 29-35 kB for the real nature photos of Debian's mate-backgrounds, which
weigh 110-150 kB at 1600/q85) is 3.5-4x smaller than before, about 20 s at 32 kbit/s,
and keeps the parcel, the door and the number readable. WebP (Pillow writes it) would
be 40 % smaller again at quality 70, but proof photos are JPEG files for the carrier
and the reports (`shopapp.delivery.proofs.PHOTO`), so JPEG stays. The legibility is
tested in tests/delivery/test_photos.py.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from shopapp.delivery.errors import PhotoError

MAX_LONG_SIDE = 1024
JPEG_QUALITY = 60
MAX_INPUT_BYTES = 40 * 1024 * 1024  # no camera writes bigger photos
MAX_INPUT_PIXELS = 80_000_000  # about 10,000 x 8,000; beyond that, a decompression bomb


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo already through `prepare_photo` (e.g. off the UI thread), kept as is."""

    jpeg: bytes


def prepare(content: bytes | PreparedPhoto) -> PreparedPhoto:
    """`prepare_photo` unless it was done already."""
    if isinstance(content, PreparedPhoto):
        return content
    return PreparedPhoto(prepare_photo(content))


def prepare_photo(content: bytes) -> bytes:
    """JPEG bytes of the photo in `content`: upright, long side <= 1024 px, no metadata.

    Raises:
        PhotoError: `content` is empty, too large or not an image Pillow can read.
    """
    if not content:
        raise PhotoError("the file is empty", "empty")
    if len(content) > MAX_INPUT_BYTES:
        raise PhotoError(f"the file is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB",
                         "too_large", mb=MAX_INPUT_BYTES // (1024 * 1024))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as source:
                if source.width * source.height > MAX_INPUT_PIXELS:
                    raise PhotoError("the picture has too many pixels", "too_many_pixels")
                if source.format == "JPEG":
                    # Decode at 1/2, 1/4 or 1/8 scale when that still covers the target
                    # size: a 12 MP phone photo then takes a tenth of the time.
                    source.draft("RGB", _fitted(source.size))
                source.load()
                upright = ImageOps.exif_transpose(source)
                pixels = _to_rgb(upright)
    except PhotoError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError("it is not a picture the app can read (use JPEG or PNG)",
                         "unreadable") from None
    except (OSError, ValueError, SyntaxError) as error:
        raise PhotoError(f"the picture is damaged ({error})", "damaged") from error
    pixels.thumbnail((MAX_LONG_SIDE, MAX_LONG_SIDE), Image.Resampling.LANCZOS)
    # A fresh image from raw pixels: no `info` (EXIF, XMP, ICC, comment) survives.
    clean = Image.frombytes("RGB", pixels.size, pixels.tobytes())
    out = io.BytesIO()
    clean.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def _fitted(size: tuple[int, int]) -> tuple[int, int]:
    """`size` shrunk to fit MAX_LONG_SIDE, keeping its shape (never enlarged)."""
    width, height = size
    scale = min(1.0, MAX_LONG_SIDE / max(width, height, 1))
    return (max(1, int(width * scale)), max(1, int(height * scale)))


def prepare_photo_file(path: str | Path) -> bytes:
    """`prepare_photo` of a file; a file that cannot be read is a PhotoError."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_INPUT_BYTES:
            raise PhotoError(f"the file is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB",
                             "too_large", mb=MAX_INPUT_BYTES // (1024 * 1024))
        content = Path(path).read_bytes()
    except OSError as error:
        raise PhotoError(f"the file cannot be read ({error.strerror or error})",
                         "file_unreadable") from error
    return prepare_photo(content)


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image.copy()
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")
