"""One van, no binding windows or capacity: the travelling-salesman tour.

By default PyVRP (MIT) searches the tour, tuned for one vehicle: PyVRP's moves (relocate
and swap of one to three stops) have no 2-opt within a route, so its iterated local
search runs in short chunks, and between chunks a 2-opt pass (`two_opt`, correct on
one-way streets too) uncrosses the best tour, which the next chunk starts from. One such
search per core, each with its own seeds; the shorter tour wins. Days of up to
`EXACT_MAX_STOPS` stops are solved exactly (Held-Karp).

LKH-3 (through `elkai`) is an opt-in alternative. Its licence allows research and
non-profit use only, so it is never installed by default: `pip install shopapp[lkh]`,
then choose it with the environment variable SHOPAPP_TSP_SOLVER=lkh. When it is chosen
but not installed, the default search runs (and says so in the log).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from typing import Any

log = logging.getLogger(__name__)

# SHOPAPP_TSP_SOLVER=lkh chooses LKH-3 (elkai, opt-in, non-commercial); anything else, or
# nothing, the default PyVRP search.
SOLVER_ENV = "SHOPAPP_TSP_SOLVER"
# Up to this many stops the tour is exact (Held-Karp: 2^n n^2 steps, ~0.1 s at 10).
EXACT_MAX_STOPS = 10
# PyVRP iterations per chunk between two 2-opt passes (TSPLIB at 2 s: 2,000 and more
# leave crossings for too long; 100-200 restart the search too often).
CHUNK_ITERATIONS = 300
# PyVRP's perturbation: up to this many stops removed and reinserted per iteration.
MAX_PERTURBATIONS = 40
# The search stops early after this many iterations without a shorter tour.
NO_IMPROVEMENT_PER_STOP = 400
NO_IMPROVEMENT_MIN = 20_000
SEEDS = (1, 2)
# Seeds of a search's chunks are seed + CHUNK_SEED_STEP * chunk, apart from other searches'.
CHUNK_SEED_STEP = 1000


def tour_length(dist: Sequence[Sequence[int]], order: Sequence[int]) -> int:
    """Length of the closed tour depot -> order -> depot (order holds location indices)."""
    path = [0, *order, 0]
    return sum(dist[a][b] for a, b in zip(path, path[1:], strict=False))


def is_symmetric(dist: Sequence[Sequence[int]]) -> bool:
    """Whether every way back is as long as the way there (no one-way streets)."""
    n = len(dist)
    return all(dist[i][j] == dist[j][i] for i in range(n) for j in range(i + 1, n))


def chosen_solver() -> str:
    """"lkh" when SHOPAPP_TSP_SOLVER=lkh and elkai is installed, else "pyvrp"."""
    if os.environ.get(SOLVER_ENV, "").strip().lower() != "lkh":
        return "pyvrp"
    try:
        import elkai  # noqa: F401
    except ImportError:
        log.warning("%s=lkh, but elkai is not installed (pip install shopapp[lkh]): "
                    "the tour is searched with PyVRP", SOLVER_ENV)
        return "pyvrp"
    return "lkh"


def solve_tsp(dist: Sequence[Sequence[int]], deadline: float | None = None,
              cancelled: Callable[[], bool] | None = None,
              tick: Callable[[float], None] | None = None,
              seeds: Sequence[int] = SEEDS) -> list[int]:
    """Best tour found from the depot (location 0) over every other location, by `deadline`.

    Args:
        dist: square matrix, location 0 the depot; it may be asymmetric (one-way streets),
            and the tour then has a direction.
        deadline: time.monotonic() by which to answer (default: 2 s from now).
        cancelled: polled during the search; when it returns True, vrp.Cancelled is raised.
        tick: called now and then with time.monotonic(), for progress.
        seeds: one search per seed, side by side on the cores.
    Return:
        the other locations in the order the van visits them.
    """
    n = len(dist)
    if deadline is None:
        deadline = time.monotonic() + 2.0
    if n <= 1:
        return []
    if n - 1 <= EXACT_MAX_STOPS:
        return exact_tour(dist)
    if chosen_solver() == "lkh":
        return _lkh_tour(dist, runs=1 if deadline - time.monotonic() < 1.0 else 2)
    _, order = min(_portfolio(dist, seeds, deadline, cancelled or (lambda: False), tick))
    return order


def exact_tour(dist: Sequence[Sequence[int]]) -> list[int]:
    """The shortest tour (Held-Karp dynamic programme), for a handful of stops."""
    n = len(dist)
    if n <= 1:
        return []
    others = n - 1
    full = (1 << others) - 1
    inf = float("inf")
    # cost[mask][j]: shortest path from the depot over the stops in mask, ending at stop j.
    cost: list[list[float]] = [[inf] * others for _ in range(1 << others)]
    prev: list[list[int]] = [[-1] * others for _ in range(1 << others)]
    for j in range(others):
        cost[1 << j][j] = dist[0][j + 1]
    for mask in range(1, full + 1):
        row = cost[mask]
        for j in range(others):
            here = row[j]
            if here == inf or not mask >> j & 1:
                continue
            dj = dist[j + 1]
            for k in range(others):
                if mask >> k & 1:
                    continue
                nxt = mask | 1 << k
                value = here + dj[k + 1]
                if value < cost[nxt][k]:
                    cost[nxt][k] = value
                    prev[nxt][k] = j
    last = min(range(others), key=lambda j: cost[full][j] + dist[j + 1][0])
    order, mask = [], full
    while last >= 0:
        order.append(last + 1)
        last, mask = prev[mask][last], mask & ~(1 << last)
    return order[::-1]


def _lkh_tour(dist: Sequence[Sequence[int]], runs: int) -> list[int]:
    """LKH-3's tour (opt-in: elkai, non-commercial licence); its seed is fixed."""
    import elkai

    tour: list[int] = elkai.DistanceMatrix([list(row) for row in dist]).solve_tsp(runs=runs)
    tour = tour[:-1]  # elkai repeats the first city at the end
    start = tour.index(0)
    order = tour[start + 1:] + tour[:start]
    back = order[::-1]
    # LKH's symmetric tour has no direction; an ATSP tour has one, and the check keeps it.
    return back if tour_length(dist, back) < tour_length(dist, order) else order


def two_opt(dist: Any, tour: list[int]) -> list[int]:
    """2-opt to a local optimum: reverse a stretch of the tour while that shortens it.

    `dist` is a numpy matrix and `tour` starts at the depot (0). On one-way streets the
    reversed stretch is costed the way it is then driven (prefix sums both ways), so the
    move is right for asymmetric matrices too. Best move per first end, first end that
    improves taken: numpy scores all second ends at once.
    """
    import numpy as np

    t = list(tour)
    n = len(t)
    if n < 4:
        return t
    improved = True
    while improved:
        improved = False
        closed = np.asarray([*t, t[0]])
        legs = dist[closed[:-1], closed[1:]]
        back = dist[closed[1:], closed[:-1]]
        fwd = np.concatenate(([0], np.cumsum(legs)))
        bwd = np.concatenate(([0], np.cumsum(back)))
        for i in range(n - 2):
            a, b = closed[i], closed[i + 1]
            j = np.arange(i + 2, n)
            c, e = closed[j], closed[j + 1]
            delta = (dist[a, c] + dist[b, e] - legs[i] - legs[j]
                     + (bwd[j] - bwd[i + 1]) - (fwd[j] - fwd[i + 1]))
            k = int(np.argmin(delta))
            if delta[k] < 0:
                end = int(j[k])
                t[i + 1:end + 1] = t[i + 1:end + 1][::-1]
                improved = True
                break
    return t


class _Chunk:
    """PyVRP stopping criterion: an iteration budget, the deadline, cancellation."""

    def __init__(self, deadline: float, iterations: int, cancelled: Callable[[], bool],
                 tick: Callable[[float], None] | None) -> None:
        self.deadline = deadline
        self.left = iterations
        self.cancelled = cancelled
        self.tick = tick
        self.calls = 0
        self.expired = False

    def __call__(self, best_cost: float) -> bool:
        from shopapp.planning.vrp import Cancelled

        self.calls += 1
        self.left -= 1
        now = time.monotonic()
        if self.calls % 64 == 0:
            if self.cancelled():
                raise Cancelled
            if self.tick is not None:
                self.tick(now)
        self.expired = now >= self.deadline
        return self.expired or self.left < 0


def _tour_search(dist: Sequence[Sequence[int]], seed: int, deadline: float,
                 cancelled: Callable[[], bool], tick: Callable[[float], None] | None = None
                 ) -> tuple[int, list[int]]:
    """One search: PyVRP chunks from the best tour so far, each followed by 2-opt."""
    import numpy as np
    from pyvrp import (
        Client,
        Depot,
        IteratedLocalSearchParams,
        Location,
        ProblemData,
        Solution,
        SolveParams,
        VehicleType,
        solve,
    )
    from pyvrp.search import NeighbourhoodParams, PerturbationParams

    matrix = np.asarray(dist, dtype=np.int64)
    n = len(matrix)
    # PyVRP's stubs spell the matrix type as ndarray[int], which numpy's typing rejects.
    matrices: list[Any] = [matrix]
    data = ProblemData([Location(0, 0) for _ in range(n)],
                       [Client(location=k) for k in range(1, n)], [Depot(location=0)],
                       [VehicleType(num_available=1)], matrices, matrices)
    params = SolveParams(ils=IteratedLocalSearchParams(),
                         neighbourhood=NeighbourhoodParams(),
                         perturbation=PerturbationParams(1, MAX_PERTURBATIONS))
    patience = max(NO_IMPROVEMENT_MIN, NO_IMPROVEMENT_PER_STOP * (n - 1))
    best: list[int] | None = None
    best_len = 0
    init = None
    stale = 0
    chunk = 0
    while True:
        stop = _Chunk(deadline, CHUNK_ITERATIONS, cancelled, tick)
        found = solve(data, stop, seed=seed + CHUNK_SEED_STEP * chunk, collect_stats=False,
                      display=False, params=params, initial_solution=init).best
        chunk += 1
        routes = found.routes()
        tour = [0] + ([a.idx + 1 for a in routes[0] if a.is_client()] if routes else [])
        tour = two_opt(matrix, tour)
        length = int(matrix[tour, [*tour[1:], 0]].sum())
        if best is None or length < best_len:
            best, best_len, stale = tour, length, 0
        else:
            stale += stop.calls
        if stop.expired or stale >= patience:
            return best_len, best[1:]
        init = Solution(data, [[k - 1 for k in best[1:]]])


def _child(dist: Sequence[Sequence[int]], seed: int, deadline: float, stop_event: Any,
           conn: Any) -> None:
    from shopapp.planning.vrp import Cancelled

    try:
        conn.send(_tour_search(dist, seed, deadline, stop_event.is_set))
    except Cancelled:
        conn.send(None)
    except Exception as exc:  # reported to the parent, which keeps its own tour
        conn.send(repr(exc))
    finally:
        conn.close()


def _portfolio(dist: Sequence[Sequence[int]], seeds: Sequence[int], deadline: float,
               cancelled: Callable[[], bool], tick: Callable[[float], None] | None
               ) -> list[tuple[int, list[int]]]:
    """`_tour_search` once per seed: the first here, the others in child processes (forked
    where that is safe, as vrp.solve_vrp does; else spawned, 0.3-0.7 s later to start)."""
    import pyvrp  # noqa: F401  (imported before forking so the child starts at once)

    from shopapp.planning.vrp import Cancelled, _context, _result

    workers = max(1, min(len(seeds), os.cpu_count() or 1))
    ctx = _context() if workers > 1 else None
    stop_event = ctx.Event() if ctx is not None else None
    children = []
    for seed in seeds[1:workers]:
        assert ctx is not None
        recv, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, daemon=True,
                           args=([list(row) for row in dist], seed, deadline, stop_event, send))
        proc.start()
        send.close()
        children.append((proc, recv))

    def parent_cancelled() -> bool:
        if cancelled():
            if stop_event is not None:
                stop_event.set()
            return True
        return False

    try:
        results = [_tour_search(dist, seeds[0], deadline, parent_cancelled, tick)]
        for _proc, recv in children:
            got = _result(recv, None, max(time.monotonic(), deadline) + 2.0)
            if isinstance(got, tuple):
                results.append(got)
            elif isinstance(got, str):
                log.warning("a tour search failed: %s", got)
    except Cancelled:
        if stop_event is not None:
            stop_event.set()
        raise
    finally:
        for proc, recv in children:
            recv.close()
            proc.join(timeout=0.5)
            if proc.is_alive():
                proc.terminate()
                proc.join()
    return results
