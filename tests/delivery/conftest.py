"""Fixtures of the delivery tests: parcels in known states, signatures and photos."""

from __future__ import annotations

import io
import math
from collections.abc import Callable

import pytest
from PIL import Image

from shopapp.delivery.signature import Signature
from shopapp.store import Store
from shopapp.store.models import Parcel
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel

ADDRESSES = ["1 Mill Lane", "Old Forge, Church Rd", "3 Elm Road"]


def add_parcel(store: Store, number: str, *events: str, **fields: object) -> None:
    with store.write() as session:
        row = {
            "tracking_number": number,
            "recipient": f"Recipient {number[-2:]}",
            "address": ADDRESSES[int(number[-1]) % len(ADDRESSES)],
            **fields,
        }
        parcel, _ = upsert_manifest_parcel(session, row)
        for event in events:
            record_event(session, parcel, event)


def parcel(store: Store, number: str) -> Parcel:
    with store.read() as session:
        found = by_tracking_number(session, number)
        assert found is not None
        return found


@pytest.fixture
def out_for_delivery(store: Store) -> Callable[[str], str]:
    def make(number: str, **fields: object) -> str:
        add_parcel(store, number, "received", "out_for_delivery", **fields)
        return number

    return make


def scribble(width: float = 600, height: float = 200, loops: int = 3) -> Signature:
    """A plausible signature: a looping cursive line and an underline."""
    main = [
        (
            60 + i * 4.0,
            height / 2 + 40 * math.sin(i / 3.0) * math.cos(i / 17.0),
            i * 8.0,
        )
        for i in range(loops * 40)
    ]
    underline = [(80 + i * 12.0, height - 30 + (i % 3), 2000 + i * 10.0) for i in range(30)]
    return Signature.from_strokes([main, underline], width, height)


@pytest.fixture
def signature() -> Signature:
    return scribble()


def jpeg_with_gps(size: tuple[int, int] = (4000, 3000)) -> bytes:
    """A camera-like JPEG: EXIF with GPS position, make, model, serial; XMP and a comment."""
    image = Image.new("RGB", size, (200, 120, 40))
    for x in range(0, size[0], 50):  # some structure, so the JPEG is not trivial
        image.paste((20, 60, 200), (x, 0, x + 10, size[1]))
    exif = Image.Exif()
    exif[0x010F] = "Acme Cameras"  # Make
    exif[0x0110] = "PocketCam 9"  # Model
    exif[0x0112] = 1  # Orientation
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0xA431] = "SERIAL-12345-XYZ"  # BodySerialNumber
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (52.0, 7.0, 30.0)
    gps[3] = "W"
    gps[4] = (1.0, 54.0, 12.0)
    out = io.BytesIO()
    image.save(
        out,
        format="JPEG",
        exif=exif,
        comment=b"shot at 12 Secret Lane",
        xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/">GPSLatitude 52,7.5N</x:xmpmeta>',
    )
    return out.getvalue()


@pytest.fixture
def photo() -> bytes:
    return jpeg_with_gps()
