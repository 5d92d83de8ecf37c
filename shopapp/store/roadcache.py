"""The road-pair cache in the shop's database: a re-plan of known addresses asks no engine."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import insert
from sqlalchemy import select as sa_select
from sqlmodel import col

from shopapp.roads.cache import PairCost, PairKey
from shopapp.store.models import RoadPair
from shopapp.store.store import Store

_CHUNK = 500  # SQLite's limit on the parameters of one statement is far above this


class StorePairCache:
    """`shopapp.roads.PairCache` over the `road_pair` table.

    Only routable pairs are kept: a pair the map cannot route is asked again next time
    (a new map version has its own SHA, so old figures are never reused for it).
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def get_many(self, keys: Iterable[PairKey]) -> dict[PairKey, PairCost]:
        wanted = set(keys)
        if not wanted:
            return {}
        by_map: dict[str, set[int]] = {}
        for key in wanted:
            by_map.setdefault(key.map_sha, set()).add(key.from_lat_e6)
        found: dict[PairKey, PairCost] = {}
        with self.store.read() as session:
            for sha, lats in by_map.items():
                ordered = sorted(lats)
                for start in range(0, len(ordered), _CHUNK):
                    # Plain columns, not model objects: a 150-stop day reads 22,650 pairs.
                    rows = session.execute(
                        sa_select(
                            col(RoadPair.from_lat_e6), col(RoadPair.from_lon_e6),
                            col(RoadPair.to_lat_e6), col(RoadPair.to_lon_e6),
                            col(RoadPair.distance_m), col(RoadPair.time_s),
                        ).where(
                            col(RoadPair.map_sha) == sha,
                            col(RoadPair.from_lat_e6).in_(ordered[start : start + _CHUNK]),
                        )
                    )
                    for a_lat, a_lon, b_lat, b_lon, metres, seconds in rows:
                        key = PairKey(sha, a_lat, a_lon, b_lat, b_lon)
                        if key in wanted:
                            found[key] = PairCost(metres, seconds)
        return found

    def put_many(self, items: Mapping[PairKey, PairCost]) -> None:
        rows = [
            {**key._asdict(), "distance_m": cost.distance_m, "time_s": cost.time_s}
            for key, cost in items.items()
            if cost.distance_m is not None and cost.time_s is not None
        ]
        if not rows:
            return
        statement = insert(RoadPair).prefix_with("OR REPLACE")
        with self.store.write() as session:
            for start in range(0, len(rows), 5000):
                session.execute(statement, rows[start : start + 5000])
