"""Distance sources: haversine, great-circle x road factor, explicit matrix."""

from __future__ import annotations

import pytest

from shopapp.planning import (
    DEFAULT_ROAD_FACTOR,
    GreatCircleDistances,
    MatrixDistances,
    Place,
    haversine_m,
)


def test_haversine_known_distance() -> None:
    # One degree of latitude is about 111.2 km on the mean-radius sphere.
    assert haversine_m(52.0, -1.0, 53.0, -1.0) == pytest.approx(111_195, abs=5)
    assert haversine_m(52.0, -1.0, 52.0, -1.0) == 0


def test_great_circle_times_road_factor() -> None:
    places = [Place(0, 52.0, -1.0), Place(1, 52.1, -1.0)]
    m = GreatCircleDistances().matrix_m(places)
    assert m[0][1] == m[1][0] == round(haversine_m(52.0, -1.0, 52.1, -1.0) * DEFAULT_ROAD_FACTOR)
    assert 1.3 <= DEFAULT_ROAD_FACTOR <= 1.4
    with pytest.raises(ValueError):
        GreatCircleDistances(0.9)


def test_explicit_matrix_by_index() -> None:
    source = MatrixDistances([[0, 10, 20], [11, 0, 30.4], [21, 31, 0]])
    m = source.matrix_m([Place(0, None, None), Place(2, None, None)])
    assert m == [[0, 20], [21, 0]]
