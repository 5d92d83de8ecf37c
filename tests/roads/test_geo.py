"""Geometry helpers: great circle, Douglas-Peucker and polyline6."""

from __future__ import annotations

import math

from shopapp.roads.geo import decode_polyline6, encode_polyline6, haversine_m, simplify


def test_haversine_one_degree_of_latitude() -> None:
    assert math.isclose(haversine_m(45.0, 5.0, 46.0, 5.0), 111_195, rel_tol=1e-3)
    assert haversine_m(42.5, 1.5, 42.5, 1.5) == 0.0


def test_simplify_drops_points_on_a_straight_line_and_keeps_the_ends() -> None:
    line = [(45.0, 5.0 + k * 0.001) for k in range(50)]
    assert simplify(line, 1.0) == [line[0], line[-1]]


def test_simplify_keeps_a_corner_bigger_than_the_tolerance() -> None:
    line = [(45.0, 5.0), (45.0, 5.001), (45.001, 5.001), (45.001, 5.002)]
    assert simplify(line, 5.0) == line  # 111 m steps: every corner stays
    wiggle = [(45.0, 5.0), (45.000005, 5.0005), (45.0, 5.001)]  # a 0.5 m bump
    assert simplify(wiggle, 2.0) == [wiggle[0], wiggle[-1]]


def test_simplify_a_long_line_does_not_recurse() -> None:
    line = [(45.0 + 0.0001 * math.sin(k / 3), 5.0 + k * 1e-4) for k in range(5_000)]
    out = simplify(line, 1.0)
    assert out[0] == line[0] and out[-1] == line[-1] and 2 < len(out) < len(line)


def test_polyline6_round_trip_and_a_known_value() -> None:
    points = [(42.534655, 1.580087), (42.5347, 1.58), (-33.9, 151.2)]
    assert decode_polyline6(encode_polyline6(points)) == points
    # Google's documented example (precision 5) read at precision 6: the same digits / 10.
    google = "_p~iF~ps|U_ulLnnqC_mqNvxq`@"
    assert decode_polyline6(google) == [(3.85, -12.02), (4.07, -12.095), (4.3252, -12.6453)]
