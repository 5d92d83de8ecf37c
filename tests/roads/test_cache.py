"""The pair cache and how a matrix is cut into blocks of missing pairs."""

from __future__ import annotations

from shopapp.roads.cache import MemoryPairCache, PairCost, pair_key, plan_blocks


def test_keys_are_rounded_to_a_micro_degree() -> None:
    a = pair_key("sha", (42.5347001, 1.58), (42.5, 1.5))
    b = pair_key("sha", (42.5346999, 1.5800004), (42.5, 1.5))
    assert a == b == ("sha", 42534700, 1580000, 42500000, 1500000)
    assert pair_key("other", (42.5347, 1.58), (42.5, 1.5)) != a


def test_memory_cache_returns_known_keys_only() -> None:
    cache = MemoryPairCache()
    k1 = pair_key("s", (1.0, 1.0), (2.0, 2.0))
    k2 = pair_key("s", (2.0, 2.0), (1.0, 1.0))
    cache.put_many({k1: PairCost(100, 10), k2: PairCost(None, None)})
    k3 = pair_key("s", (3.0, 3.0), (1.0, 1.0))
    assert cache.get_many([k1, k2, k3]) == {k1: PairCost(100, 10), k2: PairCost(None, None)}
    assert (cache.hits, cache.misses) == (2, 1)


def test_plan_blocks_asks_for_new_points_only() -> None:
    ok = list(range(10))
    new = {8, 9}
    needed = {(i, j) for i in ok for j in ok if i != j and (i in new or j in new)}
    blocks = plan_blocks(needed, ok)
    covered = {(i, j) for rows, cols in blocks for i in rows for j in cols}
    assert needed <= covered
    assert sum(len(r) * len(c) for r, c in blocks) == 2 * 10 + 8 * 2  # not 10 x 10


def test_plan_blocks_everything_missing_is_one_block() -> None:
    ok = [0, 1, 2]
    needed = {(i, j) for i in ok for j in ok if i != j}
    assert plan_blocks(needed, ok) == [(ok, ok)]
    assert plan_blocks(set(), ok) == []
