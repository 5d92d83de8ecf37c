"""Ask Valhalla for a matrix block by block, and corner what it refuses.

Pairs on roads that do not connect come back as nulls in a good answer. A whole
request fails only when Valhalla refuses a point (or, rarely, a pair): then the
points that fail even among themselves are found by halving (a few requests per bad
point), their pairs become None, and the rest is asked again without them. Pairs that
still fail are halved down to single pairs. A failure budget stops the search when
the map answers nothing at all (broken tiles): that raises instead of spinning.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from shopapp.roads import engine
from shopapp.roads.answers import matrix_rows
from shopapp.roads.cache import PairCost, plan_blocks
from shopapp.roads.errors import RoadError
from shopapp.roads.geo import LatLon

log = logging.getLogger(__name__)

Call = Callable[[str, dict[str, Any]], Any]
Pair = tuple[int, int]
FAILURE_BUDGET = 64  # plus two per point
UNROUTABLE = PairCost(None, None)


class BlockSolver:
    """Fills `out` with the figures of the needed pairs of `pts` (indices into it)."""

    def __init__(self, call: Call, pts: Sequence[LatLon], costing: str) -> None:
        self._call = call
        self._pts = pts
        self._costing = costing
        self._budget = FAILURE_BUDGET + 2 * len(pts)
        self.out: dict[Pair, PairCost] = {}

    def solve(self, needed: set[Pair], ok: Sequence[int]) -> dict[Pair, PairCost]:
        for sources, targets in plan_blocks(needed, ok):
            per_block = max(1, engine.MAX_MATRIX_PAIRS // max(1, len(targets)))
            for start in range(0, len(sources), per_block):
                self._block(sources[start : start + per_block], targets)
        return self.out

    def _block(self, sources: list[int], targets: list[int]) -> None:
        if self._try(sources, targets):
            return
        group = sorted(set(sources) | set(targets))
        bad = self._bad_points(group, failed=True)
        if len(group) > 1 and len(bad) == len(group):
            raise RoadError("The road map cannot answer distances: it refuses every point.")
        for i in sources:
            for j in targets:
                if i in bad or j in bad:
                    self.out[(i, j)] = UNROUTABLE
        if bad:
            log.info("Valhalla refuses the points %s", [self._pts[i] for i in sorted(bad)])
        good_sources = [i for i in sources if i not in bad]
        good_targets = [j for j in targets if j not in bad]
        if not good_sources or not good_targets:
            return
        if bad and self._try(good_sources, good_targets):
            return
        self._halve(good_sources, good_targets)

    def _bad_points(self, group: list[int], *, failed: bool) -> set[int]:
        """The points of `group` that fail even in a matrix of the group alone."""
        if not failed and self._try(group, group):
            return set()
        if len(group) == 1:
            return set(group)
        half = len(group) // 2
        return self._bad_points(group[:half], failed=False) | self._bad_points(
            group[half:], failed=False
        )

    def _halve(self, sources: list[int], targets: list[int]) -> None:
        """A block that failed: halve its longer side until the failing pairs are alone."""
        if len(sources) == 1 and len(targets) == 1:
            log.info("no road route from %s to %s", self._pts[sources[0]], self._pts[targets[0]])
            self.out[(sources[0], targets[0])] = UNROUTABLE
            return
        if len(sources) >= len(targets):
            half = len(sources) // 2
            parts = [(sources[:half], targets), (sources[half:], targets)]
        else:
            half = len(targets) // 2
            parts = [(sources, targets[:half]), (sources, targets[half:])]
        for part_sources, part_targets in parts:
            if not self._try(part_sources, part_targets):
                self._halve(part_sources, part_targets)

    def _try(self, sources: list[int], targets: list[int]) -> bool:
        """One Valhalla matrix into `out`; False when Valhalla refused it."""
        request = {
            "sources": [{"lat": self._pts[i][0], "lon": self._pts[i][1]} for i in sources],
            "targets": [{"lat": self._pts[j][0], "lon": self._pts[j][1]} for j in targets],
            "costing": self._costing,
            "verbose": False,
        }
        try:
            rows = matrix_rows(self._call("matrix", request), len(sources), len(targets))
        except RoadError as exc:
            self._budget -= 1
            if self._budget < 0:
                raise RoadError(f"The road map cannot answer distances: {exc}") from exc
            return False
        for a, i in enumerate(sources):
            for b, j in enumerate(targets):
                self.out[(i, j)] = rows[a][b]
        return True
