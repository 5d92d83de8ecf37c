"""Photos for proof of delivery: downscaled JPEG with every piece of metadata left behind.

Photos are personal data (RELIABILITY.md): a phone or tablet camera writes GPS
coordinates, the device's make, model and serial number, thumbnails, XMP and
comments into the file. Only the pixels are kept: the image is turned upright
(EXIF orientation), converted to RGB, shrunk so that its long side is at most
1600 px, copied into a brand-new image (so nothing from the source's `info`
can ride along) and saved as a baseline JPEG without EXIF, ICC, XMP or comment.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from shopapp.delivery.errors import PhotoError

MAX_LONG_SIDE = 1600
JPEG_QUALITY = 85
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
    """JPEG bytes of the photo in `content`: upright, long side <= 1600 px, no metadata.

    Raises:
        PhotoError: `content` is empty, too large or not an image Pillow can read.
    """
    if not content:
        raise PhotoError("the file is empty")
    if len(content) > MAX_INPUT_BYTES:
        raise PhotoError(f"the file is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as source:
                if source.width * source.height > MAX_INPUT_PIXELS:
                    raise PhotoError("the picture has too many pixels")
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
        raise PhotoError("it is not a picture the app can read (use JPEG or PNG)") from None
    except (OSError, ValueError, SyntaxError) as error:
        raise PhotoError(f"the picture is damaged ({error})") from error
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
            raise PhotoError(f"the file is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
        content = Path(path).read_bytes()
    except OSError as error:
        raise PhotoError(f"the file cannot be read ({error.strerror or error})") from error
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
