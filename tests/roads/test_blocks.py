"""The block solver against a fake Valhalla: refused points and pairs are cornered."""

from __future__ import annotations

from typing import Any

import pytest

from shopapp.roads.blocks import BlockSolver
from shopapp.roads.cache import PairCost
from shopapp.roads.errors import RoadError

POINTS = [(45.0 + k * 0.01, 5.0) for k in range(16)]


class FakeValhalla:
    """Distance |i - j| km, time |i - j| min; refuses requests holding a bad point or pair."""

    def __init__(
        self, bad_points: set[int] | None = None, bad_pairs: set[tuple[int, int]] | None = None
    ) -> None:
        self.bad_points = bad_points or set()
        self.bad_pairs = bad_pairs or set()
        self.calls = 0

    def __call__(self, action: str, request: dict[str, Any]) -> Any:
        assert action == "matrix"
        self.calls += 1
        src = [POINTS.index((p["lat"], p["lon"])) for p in request["sources"]]
        dst = [POINTS.index((p["lat"], p["lon"])) for p in request["targets"]]
        if self.bad_points & (set(src) | set(dst)):
            raise RoadError("No suitable edges near location", code="valhalla_171")
        if any((i, j) in self.bad_pairs for i in src for j in dst):
            raise RoadError("Exceeded max distance", code="valhalla_154")
        return {
            "sources_to_targets": {
                "distances": [[abs(i - j) * 1.0 for j in dst] for i in src],
                "durations": [[abs(i - j) * 60 for j in dst] for i in src],
            }
        }


def _all_pairs(n: int) -> set[tuple[int, int]]:
    return {(i, j) for i in range(n) for j in range(n) if i != j}


def test_one_request_when_all_is_well() -> None:
    fake = FakeValhalla()
    out = BlockSolver(fake, POINTS, "auto").solve(_all_pairs(16), range(16))
    assert fake.calls == 1
    assert out[(3, 7)] == PairCost(4000, 240)


def test_a_refused_point_is_cornered_in_a_few_requests() -> None:
    fake = FakeValhalla(bad_points={5})
    out = BlockSolver(fake, POINTS, "auto").solve(_all_pairs(16), range(16))
    for (i, j), cost in out.items():
        if i != j:
            assert (cost == PairCost(None, None)) == (5 in (i, j)), (i, j)
    assert fake.calls <= 12


def test_a_refused_pair_is_cornered_alone() -> None:
    fake = FakeValhalla(bad_pairs={(2, 9)})
    out = BlockSolver(fake, POINTS, "auto").solve(_all_pairs(16), range(16))
    assert out[(2, 9)] == PairCost(None, None)
    assert out[(9, 2)] == PairCost(7000, 420)
    assert sum(1 for c in out.values() if c.distance_m is None) == 1
    assert fake.calls < 40


def test_a_map_that_refuses_everything_raises() -> None:
    fake = FakeValhalla(bad_points=set(range(16)))
    with pytest.raises(RoadError, match="cannot answer distances"):
        BlockSolver(fake, POINTS, "auto").solve(_all_pairs(16), range(16))
