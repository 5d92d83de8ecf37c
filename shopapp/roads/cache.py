"""A store for road pairs already computed, so a re-plan asks Valhalla only for new ones.

The key holds the map's fingerprint (the .osm.pbf's SHA-256): a new map never reuses
an old map's figures. Points are rounded to 1e-6 degree (about 0.1 m) and kept as
integers, ready for an SQLite table's primary key.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple, Protocol


class PairKey(NamedTuple):
    """One ordered pair of points on one map; coordinates in micro-degrees."""

    map_sha: str
    from_lat_e6: int
    from_lon_e6: int
    to_lat_e6: int
    to_lon_e6: int


class PairCost(NamedTuple):
    """The road figures of one pair; both None when Valhalla could not route it."""

    distance_m: int | None
    time_s: int | None


def point_e6(lat: float, lon: float) -> tuple[int, int]:
    """A point rounded to 1e-6 degree, as integers."""
    return round(lat * 1e6), round(lon * 1e6)


def pair_key(map_sha: str, src: tuple[float, float], dst: tuple[float, float]) -> PairKey:
    return PairKey(map_sha, *point_e6(*src), *point_e6(*dst))


class PairCache(Protocol):
    """What RoadMap.matrix needs from a cache (an SQLite table, a dict...)."""

    def get_many(self, keys: Iterable[PairKey]) -> dict[PairKey, PairCost]:
        """The cached figures of those keys that are known (unknown keys are left out)."""
        ...

    def put_many(self, items: Mapping[PairKey, PairCost]) -> None:
        """Remember these figures (replacing any old ones for the same keys)."""
        ...


class MemoryPairCache:
    """A PairCache in a dict: for tests and for one session without a database."""

    def __init__(self) -> None:
        self.pairs: dict[PairKey, PairCost] = {}
        self.hits = 0
        self.misses = 0

    def get_many(self, keys: Iterable[PairKey]) -> dict[PairKey, PairCost]:
        found: dict[PairKey, PairCost] = {}
        for key in keys:
            cost = self.pairs.get(key)
            if cost is None:
                self.misses += 1
            else:
                self.hits += 1
                found[key] = cost
        return found

    def put_many(self, items: Mapping[PairKey, PairCost]) -> None:
        self.pairs.update(items)

    def __len__(self) -> int:
        return len(self.pairs)


def plan_blocks(
    needed: set[tuple[int, int]], ok: Sequence[int]
) -> list[tuple[list[int], list[int]]]:
    """Few rectangular (sources, targets) blocks that together hold every needed pair.

    Either one block (the rows and columns with something missing), or, when some points
    are wholly new, their full rows plus a block for what the known points still lack
    (the usual re-plan: a few new addresses among yesterday's); the cheaper one wins.
    """
    if not needed:
        return []
    rows = sorted({i for i, _ in needed})
    cols = sorted({j for _, j in needed})
    best = [(rows, cols)]
    best_cost = len(rows) * len(cols)
    per_row = Counter(i for i, _ in needed)
    full = [i for i in rows if per_row[i] >= len(ok) - 1]  # every pair from i is missing
    if full:
        full_set = set(full)
        rest = [(i, j) for i, j in needed if i not in full_set]
        blocks = [(full, list(ok))]
        cost = len(full) * len(ok)
        if rest:
            rest_rows = sorted({i for i, _ in rest})
            rest_cols = sorted({j for _, j in rest})
            blocks.append((rest_rows, rest_cols))
            cost += len(rest_rows) * len(rest_cols)
        if cost < best_cost:
            best, best_cost = blocks, cost
    return best
