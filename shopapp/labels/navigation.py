"""Navigation links for a stop's QR code: an RFC 5870 `geo:` URI and a maps directions link."""

from __future__ import annotations

import math
from urllib.parse import urlencode

from shopapp.labels.errors import LabelContentError
from shopapp.messages import message


def _check(lat: float, lon: float) -> None:
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise LabelContentError(
            message(
                "label.no_such_place",
                f"No such place: latitude {lat}, longitude {lon}.",
                lat=lat,
                lon=lon,
            )
        )


def _coordinates(lat: float, lon: float) -> str:
    # Six decimals is about 10 cm: plenty for a front door, and short in a QR code.
    return f"{lat:.6f},{lon:.6f}"


def geo_uri(lat: float, lon: float) -> str:
    """An RFC 5870 URI, e.g. "geo:52.520008,13.404954", that phone map apps open.

    Raises:
        LabelContentError: the coordinates are not on Earth.
    """
    _check(lat, lon)
    return f"geo:{_coordinates(lat, lon)}"


def maps_link(lat: float, lon: float) -> str:
    """A Google Maps directions link (driving) to the point, for phones without geo: support.

    Raises:
        LabelContentError: the coordinates are not on Earth.
    """
    _check(lat, lon)
    query = urlencode(
        {"api": "1", "destination": _coordinates(lat, lon), "travelmode": "driving"}, safe=","
    )
    return f"https://www.google.com/maps/dir/?{query}"
