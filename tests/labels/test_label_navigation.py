"""Navigation links for stop QR codes."""

from __future__ import annotations

import math
from urllib.parse import parse_qs, urlsplit

import pytest

from shopapp.labels import LabelContentError, geo_uri, maps_link


def test_geo_uri_is_rfc_5870() -> None:
    assert geo_uri(52.520008, 13.404954) == "geo:52.520008,13.404954"
    assert geo_uri(-33.8567844, 151.213108) == "geo:-33.856784,151.213108"


def test_maps_link_gives_driving_directions() -> None:
    link = maps_link(52.520008, 13.404954)
    parts = urlsplit(link)
    assert parts.scheme == "https" and parts.netloc == "www.google.com"
    query = parse_qs(parts.query)
    assert query["destination"] == ["52.520008,13.404954"]
    assert query["api"] == ["1"] and query["travelmode"] == ["driving"]


@pytest.mark.parametrize(
    ("lat", "lon"), [(91, 0), (0, 181), (-90.0001, 0), (math.nan, 0), (0, math.inf)]
)
def test_impossible_coordinates_are_refused(lat: float, lon: float) -> None:
    with pytest.raises(LabelContentError):
        geo_uri(lat, lon)
    with pytest.raises(LabelContentError):
        maps_link(lat, lon)
