"""Road questions on an imported map: snaps, the matrix (against the benchmark's
figures), routes with directions in the shop's language, and the pair cache."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from tests.roads.conftest import ENCAMP, benchmark

pytest.importorskip("valhalla")
pytest.importorskip("osmium")

from shopapp.roads import FAR_M, MemoryPairCache, RoadError, RoadMap, import_map  # noqa: E402
from shopapp.roads.geo import haversine_m  # noqa: E402
from tests.roads.osmfiles import write_village  # noqa: E402

# 2.1 km up the mountain south of Encamp, 3.2 km from the shop: no drivable road near.
FIELD = (42.5075, 1.5925)
# Outside Andorra altogether (the Drôme): no road of this map within reach.
NOWHERE = (45.0, 5.0)


def test_no_map_installed(tmp_path: Path) -> None:
    assert RoadMap.open(tmp_path / "roads") is None
    (tmp_path / "roads").mkdir()
    assert RoadMap.open(tmp_path / "roads") is None


def test_matrix_on_encamp_points_matches_the_benchmark(andorra_map: RoadMap) -> None:
    points, ref = benchmark("andorra-60")
    picked = [0, 1, 5, 12, 25, 29, 39, 44]  # the shop and seven stops around Encamp
    result = andorra_map.matrix([points[i] for i in picked])
    for a, i in enumerate(picked):
        for b, j in enumerate(picked):
            want_d, want_t = ref["distance_m"][i][j], ref["time_s"][i][j]
            got_d, got_t = result.distance_m[a][b], result.time_s[a][b]
            assert got_d is not None and got_t is not None
            assert abs(got_d - want_d) <= 0.01 * want_d, (i, j)
            assert abs(got_t - want_t) <= 0.01 * want_t, (i, j)
    assert result.complete
    assert result.distance_m[0][1] != result.distance_m[1][0]  # one-way streets: kept as is
    assert all(s.reachable and not s.far for s in result.snaps)


def test_a_point_in_a_field_is_flagged_far(andorra_map: RoadMap) -> None:
    snap = andorra_map.nearest_road(*FIELD)
    assert snap.reachable and snap.far
    assert 1_800 < (snap.distance_m or 0) < 2_500
    assert snap.road_lat is not None and snap.road_lon is not None
    assert haversine_m(*FIELD, snap.road_lat, snap.road_lon) == pytest.approx(snap.distance_m)
    shop = andorra_map.nearest_road(*ENCAMP)
    assert shop.reachable and not shop.far and (shop.distance_m or 0) < FAR_M
    # Far points are still routed (from where they meet the road): the caller decides.
    result = andorra_map.matrix([ENCAMP, FIELD])
    assert result.snaps[1].far and result.complete


def test_a_point_with_no_road_in_reach_is_unreachable_not_a_crash(andorra_map: RoadMap) -> None:
    result = andorra_map.matrix([ENCAMP, NOWHERE, FIELD, (float("nan"), 1.5)])
    assert [s.reachable for s in result.snaps] == [True, False, True, False]
    assert result.snaps[1].far and result.snaps[1].distance_m is None
    assert result.distance_m[1] == [None] * 4 and result.time_s[3] == [None] * 4
    assert result.distance_m[0][1] is None and result.distance_m[2][1] is None
    assert result.distance_m[0][2] is not None and result.distance_m[2][0] is not None
    assert (0, 1) in result.unroutable_pairs() and not result.routable(1, 0)
    with pytest.raises(RoadError, match="Point 2 .* has no road") as caught:
        andorra_map.route([ENCAMP, NOWHERE])
    assert caught.value.code == "roads.unreachable"


@pytest.fixture(scope="module")
def village_map(tmp_path_factory: pytest.TempPathFactory) -> RoadMap:
    folder = tmp_path_factory.mktemp("village")
    root = folder / "roads"
    import_map(root, write_village(folder / "village.osm.pbf", 45.0, 5.0))
    road_map = RoadMap.open(root)
    assert road_map is not None
    return road_map


def test_roads_that_do_not_connect_give_none_pairs(village_map: RoadMap) -> None:
    grid_a, grid_b, island = (45.0, 5.0), (45.0036, 5.005), (45.004, 5.03)
    result = village_map.matrix([grid_a, grid_b, island])
    assert all(s.reachable for s in result.snaps)
    assert result.distance_m[0][1] is not None and result.distance_m[1][0] is not None
    assert result.distance_m[0][2] is None and result.time_s[2][1] is None
    assert sorted(result.unroutable_pairs()) == [(0, 2), (1, 2), (2, 0), (2, 1)]
    with pytest.raises(RoadError, match="No road route joins these points"):
        village_map.route([grid_a, island])


def test_route_narrates_in_french_and_spanish(andorra_map: RoadMap) -> None:
    points, ref = benchmark("andorra-60")
    stops = [points[0], points[1], points[5]]
    french = andorra_map.route(stops, "fr-FR")
    assert len(french.legs) == 2 and french.language == "fr-FR"
    words = " ".join(m.instruction for leg in french.legs for m in leg.maneuvers)
    assert any(w in words for w in ("Tournez", "Conduisez", "Continuez", "rond-point"))
    assert "Turn" not in words
    leg = french.legs[0]
    assert abs(leg.distance_m - ref["distance_m"][0][1]) <= 0.01 * ref["distance_m"][0][1]
    assert abs(leg.time_s - ref["time_s"][0][1]) <= 0.02 * ref["time_s"][0][1]
    assert haversine_m(*leg.shape[0], *points[0]) < 100
    assert haversine_m(*leg.shape[-1], *points[1]) < 100
    assert sum(m.distance_m for m in leg.maneuvers) == pytest.approx(leg.distance_m, rel=0.01)
    assert french.distance_m == sum(leg.distance_m for leg in french.legs)
    assert french.shape[0] == leg.shape[0] and french.shape[-1] == french.legs[1].shape[-1]
    spanish = andorra_map.route(stops[:2], "es")
    words = " ".join(m.instruction for m in spanish.legs[0].maneuvers)
    assert spanish.language == "es-ES" and any(w in words for w in ("Gire", "Conduzca", "Continúe"))
    english = andorra_map.route(stops[:2], "en-US", units="mi")
    # Metres whatever the narration (Valhalla gives 0.001 mile steps: within 2 m).
    assert abs(english.legs[0].distance_m - leg.distance_m) <= 2
    assert any("Turn" in m.instruction for m in english.legs[0].maneuvers)


def test_the_cache_avoids_a_second_valhalla_call(andorra_root: Path) -> None:
    points, ref = benchmark("andorra-60")
    cache = MemoryPairCache()
    first = RoadMap.open(andorra_root)
    assert first is not None
    day = points[:20]
    one = first.matrix(day, cache=cache)
    assert first.valhalla_calls == {"locate": 1, "matrix": 1}
    assert len(cache) == 20 * 19
    again = first.matrix(day, cache=cache)  # same map object: nothing asked at all
    assert first.valhalla_calls == {"locate": 1, "matrix": 1}
    assert again.distance_m == one.distance_m and again.time_s == one.time_s
    fresh = RoadMap.open(andorra_root)  # as after a restart, with the cache in SQLite
    assert fresh is not None
    fresh.matrix(day, cache=cache)
    assert fresh.valhalla_calls.get("matrix", 0) == 0
    # Three new addresses: only their rows and columns are asked for.
    bigger = points[:23]
    grown = fresh.matrix(bigger, cache=cache)
    assert fresh.valhalla_calls["matrix"] == 2  # the new rows, then the old rows' new columns
    assert len(cache) == 23 * 22
    assert grown.distance_m == [row[:23] for row in ref["distance_m"][:23]]
    assert grown.time_s == [row[:23] for row in ref["time_s"][:23]]


def test_the_cache_is_per_map(andorra_map: RoadMap, village_map: RoadMap) -> None:
    cache = MemoryPairCache()
    andorra_map.matrix([ENCAMP, FIELD], cache=cache)
    assert {key.map_sha for key in cache.pairs} == {andorra_map.info.sha256}
    village_map.matrix([ENCAMP, FIELD], cache=cache)  # neither point is on this map
    assert {key.map_sha for key in cache.pairs} == {andorra_map.info.sha256}


def test_one_road_map_from_several_threads(andorra_map: RoadMap) -> None:
    points, ref = benchmark("andorra-60")
    results: dict[int, Any] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            chunk = points[k * 10 : k * 10 + 10]
            results[k] = (andorra_map.matrix(chunk), andorra_map.route(chunk[:3], "fr-FR"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    for k, (matrix, route) in results.items():
        rows = range(k * 10, k * 10 + 10)
        assert matrix.distance_m == [[ref["distance_m"][i][j] for j in rows] for i in rows]
        assert len(route.legs) == 2


def test_a_point_valhalla_refuses_is_cornered_not_fatal(
    andorra_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    points, ref = benchmark("andorra-60")
    day = points[:12]
    poison = day[7]
    road_map = RoadMap.open(andorra_root)
    assert road_map is not None
    real_call = road_map._call

    def call(action: str, request: dict[str, Any]) -> Any:
        if action == "matrix":
            places = request["sources"] + request["targets"]
            if {"lat": poison[0], "lon": poison[1]} in places:
                raise RoadError("Exceeded max distance", code="valhalla_154")
        return real_call(action, request)

    monkeypatch.setattr(road_map, "_call", call)
    result = road_map.matrix(day)
    bad = {(i, j) for i in range(12) for j in range(12) if i != j and 7 in (i, j)}
    assert set(result.unroutable_pairs()) == bad
    for i in range(12):
        for j in range(12):
            if (i, j) not in bad:
                assert result.distance_m[i][j] == ref["distance_m"][i][j]
    assert road_map.valhalla_calls["matrix"] < 20  # the point is cornered, not every pair


def test_a_map_that_answers_nothing_raises_instead_of_looping(
    andorra_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    points, _ = benchmark("andorra-60")
    road_map = RoadMap.open(andorra_root)
    assert road_map is not None
    real_call = road_map._call

    def call(action: str, request: dict[str, Any]) -> Any:
        if action == "matrix":
            raise RoadError("tile not found", code="valhalla_500")
        return real_call(action, request)

    monkeypatch.setattr(road_map, "_call", call)
    with pytest.raises(RoadError, match="cannot answer distances"):
        road_map.matrix(points)
    assert road_map.valhalla_calls["locate"] == 1
