"""PyVRP search for the general case: several vans, capacity, time windows, optional stops.

Two searches run side by side, one per core (the second in a forked child process):
the first with the whole fleet, the second with as few vans as a valid plan comes
easily with; each is DEEP (short acceptance history) on days of many routes and WIDE
(long history, bigger random jumps) on days of few. Halfway they swap their best plans
and both go on from the better one; the better final plan wins.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyvrp import ProblemData

# Seeds are fixed so the same day plans the same way; one search per core, the better wins.
SEEDS = (1, 2)
# A search stops early after this many iterations without a better plan, scaled by the
# number of stops (tuned on generated rural days: small days converge long before the
# time limit, and a converged search gives the same plan every time).
NO_IMPROVEMENT_PER_STOP = 400
NO_IMPROVEMENT_MIN = 20_000
# Neighbourhood size of PyVRP's granular local search. Its default, 50, is kept: 15 was
# clearly worse, and 25, 40 and 60 differed by less than seed-to-seed noise at 2 s on
# the generated days and Solomon R/RC (tried on a loaded 2-core machine).
NUM_NEIGHBOURS = 50


@dataclass(frozen=True, slots=True)
class VrpInput:
    """A solver-ready instance: location 0 is the depot, client k is location k + 1."""

    dist: list[list[int]]
    dur: list[list[int]]
    demand: list[int]
    service: list[int]
    tw: list[tuple[int, int]]
    required: list[bool]
    vehicles: list[tuple[int, int | None, tuple[int, int]]]  # (count, capacity, shift)
    soft_required: bool = False  # required stops become optional with a very large prize
    warm: list[tuple[int, list[int]]] | None = None
    pins: list[int | None] | None = None  # per client: the vehicle type it is pinned to


@dataclass(frozen=True, slots=True)
class VrpResult:
    """Routes as (vehicle type index, client indices); `key` orders results, lower is better."""

    routes: list[tuple[int, list[int]]]
    key: tuple[int, int, int, int]
    feasible: bool


class Cancelled(Exception):
    """The caller asked the search to stop."""


def _prizes(inp: VrpInput) -> tuple[int, int]:
    # An optional stop is worth more than any detour to it (at most twice the longest
    # leg), so it is left out only when it does not fit; a required one outweighs all
    # optional ones together.
    longest = max((max(row) for row in inp.dist), default=0)
    optional = 2 * longest + 1
    return optional, optional * (len(inp.demand) + 1)


def build_data(inp: VrpInput) -> ProblemData:
    """Translate the instance into PyVRP's ProblemData."""
    import numpy as np
    from pyvrp import Client, Depot, Location, ProblemData, VehicleType

    optional_prize, required_prize = _prizes(inp)
    has_cap = any(cap is not None for _, cap, _ in inp.vehicles)
    total = sum(inp.demand)
    clients = []
    for k, (demand, service, tw, req) in enumerate(
        zip(inp.demand, inp.service, inp.tw, inp.required, strict=True)
    ):
        hard = req and not inp.soft_required
        clients.append(Client(
            location=k + 1,
            delivery=[demand] if has_cap else [],
            service_duration=service,
            tw_early=tw[0],
            tw_late=tw[1],
            prize=0 if hard else (required_prize if req else optional_prize),
            required=hard,
        ))
    starts = [shift[0] for _, _, shift in inp.vehicles]
    ends = [shift[1] for _, _, shift in inp.vehicles]
    depots = [Depot(location=0, tw_early=min(starts), tw_late=max(ends))]
    vehicle_types = [
        VehicleType(
            num_available=count,
            capacity=([total if cap is None else cap] if has_cap else []),
            tw_early=shift[0],
            tw_late=shift[1],
            name=str(i),
        )
        for i, (count, cap, shift) in enumerate(inp.vehicles)
    ]
    locations = [Location(0, 0) for _ in range(len(inp.dist))]
    dist = np.asarray(inp.dist, dtype=np.int64)
    dur = np.asarray(inp.dur, dtype=np.int64)
    # PyVRP's stubs spell the matrix type as ndarray[int], which numpy's typing rejects.
    dists: list[Any] = [dist]
    durs: list[Any] = [dur]
    pins = inp.pins or []
    if any(p is not None for p in pins):
        # A pinned stop is out of reach for every other van: one routing profile per
        # vehicle type, where the way into another van's pinned stops costs more than
        # any prize, so the stop is left out rather than moved when its van is full.
        blocked = 4 * required_prize
        dists, durs = [], []
        for i, vt in enumerate(vehicle_types):
            matrix = dist.copy()
            for k, pin in enumerate(pins):
                if pin is not None and pin != i:
                    column = matrix[:, k + 1]
                    column[:] = blocked
                    matrix[k + 1, k + 1] = 0
            dists.append(matrix)
            durs.append(dur)
            vehicle_types[i] = vt.replace(profile=i)
    return ProblemData(locations, clients, depots, vehicle_types, dists, durs)


# PyVRP's cost of an infeasible solution is the largest 64-bit integer.
_INFEASIBLE = float(2**62)
# A search with hard required stops gives up when it has found no feasible plan after
# this share of its time, so the soft search (required stops may stay out) gets the rest.
GIVE_UP_SHARE = 0.3
# ... and only after this many iterations, so a busy machine does not make it give up
# before the search has really started.
GIVE_UP_MIN_ITERATIONS = 300


class _Stop:
    """Stopping criterion: deadline, convergence, cancellation; reports progress."""

    def __init__(self, deadline: float, patience: int, cancelled: Callable[[], bool],
                 tick: Callable[[float], None] | None, give_up: float | None = None,
                 cpu_seconds: float | None = None) -> None:
        self.deadline = deadline
        self.cpu_end = None if cpu_seconds is None else time.process_time() + cpu_seconds
        self.give_up = give_up
        self.patience = patience
        self.cancelled = cancelled
        self.tick = tick
        self.best = float("inf")
        self.stale = 0
        self.calls = 0

    def __call__(self, best_cost: float) -> bool:
        self.calls += 1
        if best_cost < self.best:
            self.best, self.stale = best_cost, 0
        else:
            self.stale += 1
        now = time.monotonic()
        if self.calls % 64 == 0:
            if self.cancelled():
                raise Cancelled
            if self.tick is not None:
                self.tick(now)
        if (self.give_up is not None and now >= self.give_up and self.best >= _INFEASIBLE
                and self.calls >= GIVE_UP_MIN_ITERATIONS):
            return True  # still no plan with every required stop: the caller goes soft
        if self.cpu_end is not None and time.process_time() >= self.cpu_end:
            return True
        return now >= self.deadline or self.stale >= self.patience

    def expired(self) -> bool:
        """Out of time (or cancelled), whatever the search's progress."""
        if self.cancelled():
            raise Cancelled
        if self.cpu_end is not None:
            return time.process_time() >= self.cpu_end
        return time.monotonic() >= self.deadline


def _key(inp: VrpInput, routes: list[tuple[int, list[int]]], feasible: bool, seed: int
         ) -> tuple[int, int, int, int]:
    served = {c for _, visits in routes for c in visits}
    missing_req = sum(1 for k, r in enumerate(inp.required) if r and k not in served)
    missing_opt = sum(1 for k, r in enumerate(inp.required) if not r and k not in served)
    distance = 0
    for _, visits in routes:
        path = [0, *(c + 1 for c in visits), 0]
        distance += sum(inp.dist[a][b] for a, b in zip(path, path[1:], strict=False))
    if not feasible:
        missing_req += len(inp.required) + 1
    return (missing_req, missing_opt, distance, seed)


@dataclass(frozen=True, slots=True)
class SearchConfig:
    """How one search runs: PyVRP's iterated local search, tuned two ways.

    Attributes:
        history: length of the late-acceptance history (short: greedier, converges
            sooner; long: accepts worse plans for longer and wanders more).
        max_perturbations: most clients moved at random before each local search (more:
            bigger jumps, so the search can leave a poor split of the stops between vans).
    """

    history: int
    max_perturbations: int


# Measured at 1 CPU-s per search (what each of the two searches gets in 2 s on a busy
# 2-core machine), 4-8 seeds each, against PyVRP's defaults (history 300, 25):
# - DEEP takes Solomon R101 from +0.33% to +0.05% and R201 from +0.46% to +0.14% on
#   average: with many routes the search mostly has to tidy up within and between them.
# - WIDE takes the 150-stop Andorra day (2 vans) from +1.7% to +0.1% and the generated
#   capacity-bound days (2-3 full vans) from +0.1-2.2% to +0.1-0.6%: with few routes the
#   hard part is which stops go in which van, and a poor split lasts unless the search
#   makes bigger jumps; DEEP keeps a poor split (+4-6% on some seeds).
DEEP = SearchConfig(history=100, max_perturbations=25)
WIDE = SearchConfig(history=300, max_perturbations=40)
# A first plan with at least this many routes counts as a many-route day (DEEP).
MANY_ROUTES = 8
# A fleet probe gives up after this many iterations without a valid plan.
PROBE_ITERATIONS = 200
# Halfway (this share of the time) the two searches swap their best plans, and each
# goes on from the better one (waiting at most EXCHANGE_WAIT_S for the other's), with
# its seed plus EXCHANGE_SEED.
EXCHANGE_SHARE = 0.5
EXCHANGE_WAIT_S = 0.1
EXCHANGE_SEED = 1000
SWAP_WITH_SPAWNED = False  # also with a spawned child (see solve_vrp: no)
# The fewest vans tried, as a share of the routes of PyVRP's first plan (random, then a
# thorough local search): RC101 19-20 routes -> 15 (its best), R101 21-22 -> 19 (as few
# as come easily), R201 10-11 -> 8-9 (its best is 8).
FEWEST_VANS_SHARE = 0.75


class _Limited:
    """PyVRP stopping criterion: a `_Stop`'s time, and an iteration limit of its own."""

    def __init__(self, stop: _Stop, iterations: int, first_feasible: bool = False) -> None:
        self.stop = stop
        self.left = iterations
        self.first_feasible = first_feasible

    def __call__(self, best_cost: float) -> bool:
        if self.first_feasible and best_cost < _INFEASIBLE:
            return True
        self.left -= 1
        return self.left < 0 or self.stop.expired()


def _params(inp: VrpInput, config: SearchConfig) -> Any:
    from pyvrp import IteratedLocalSearchParams, PenaltyParams, SolveParams
    from pyvrp.search import NeighbourhoodParams, PerturbationParams

    # Penalties must be able to outweigh a required stop's prize, or the search would
    # rather carry an overloaded or late required stop than leave it out.
    penalty = PenaltyParams()
    if inp.soft_required:
        penalty = PenaltyParams(max_penalty=max(100_000.0, 10.0 * _prizes(inp)[1]))
    return SolveParams(
        ils=IteratedLocalSearchParams(history_length=config.history),
        penalty=penalty,
        neighbourhood=NeighbourhoodParams(num_neighbours=NUM_NEIGHBOURS),
        perturbation=PerturbationParams(1, config.max_perturbations),
    )


def _solve(data: Any, stop: Any, seed: int, params: Any, init: Any = None) -> Any:
    from pyvrp import solve
    from pyvrp.exceptions import PenaltyBoundWarning

    with warnings.catch_warnings():
        # WORKAROUND: PyVRP warns when a penalty hits its cap on days where not every
        # required stop fits; that case is handled (soft mode, then the plan's reasons).
        warnings.simplefilter("ignore", PenaltyBoundWarning)
        return solve(data, stop, seed=seed, collect_stats=False, display=False,
                     params=params, initial_solution=init)


def _fewer_vans(inp: VrpInput, data: Any, first: Any, seed: int, params: Any, stop: _Stop
                ) -> tuple[Any, Any]:
    """The fewest vans with which a valid plan comes at once, and that plan.

    With spare vans the search tends to settle on a route too many and cannot empty it
    again: Solomon RC101 ends with 16-17 routes when 25 vans may go, and 1.6% shorter
    with 15 when only 15 may. So from the routes of the first plan, one van fewer at a
    time while a valid plan that serves as many stops turns up within PROBE_ITERATIONS,
    never below the vans the parcels need nor FEWEST_VANS_SHARE of the first plan's
    routes (fewer vans is not always shorter: Solomon R201's first plan has 10-11
    routes, a valid one comes at once with 4 but is 3-10% longer than the best with 8).

    Returns (ProblemData, plan to start from): with fewer vans, None, so that PyVRP
    starts afresh (its random plan and thorough local search); the probe's plan, only
    just valid, was a worse start (RC101 at 1 CPU-s, 6 seeds: +0.64% on average from
    it, +0.29% afresh).
    """
    vehicle_type = data.vehicle_type(0)
    capacity = inp.vehicles[0][1]
    need = max(1, -(-sum(inp.demand) // capacity)) if capacity else 1
    if not first.is_feasible():
        return data, first
    need = max(need, math.ceil(FEWEST_VANS_SHARE * first.num_routes()))
    best_data, best = data, first
    served = first.num_clients()
    count = min(vehicle_type.num_available, first.num_routes()) - 1
    while count >= need and not stop.expired():
        fewer = data.replace(vehicle_types=[vehicle_type.replace(num_available=count)])
        probe = _solve(fewer, _Limited(stop, PROBE_ITERATIONS, first_feasible=True),
                       seed, params).best
        if not probe.is_feasible() or probe.num_clients() < served:
            break
        best_data, best = fewer, None
        count = min(count, probe.num_routes()) - 1
    return best_data, best


class _Until:
    """PyVRP stopping criterion: a `_Stop`, or a moment, whichever comes first."""

    def __init__(self, stop: _Stop, until: float) -> None:
        self.stop = stop
        self.until = until
        self.done = False  # the `_Stop` said so (deadline, convergence, giving up)

    def __call__(self, best_cost: float) -> bool:
        self.done = self.stop(best_cost)
        return self.done or time.monotonic() >= self.until


def _swap(conn: Connection, mine: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """Send this search's best to the other one and take its best (None if it is late)."""
    try:
        conn.send(mine)
        if conn.poll(EXCHANGE_WAIT_S):
            got = conn.recv()
            return got if isinstance(got, tuple) else None
    except (EOFError, OSError):
        pass
    return None


def _routes_of(solution: Any) -> list[tuple[int, list[int]]]:
    return [(route.vehicle_type(), [a.idx for a in route if a.is_client()])
            for route in solution.routes()]


def run_search(inp: VrpInput, seed: int, deadline: float, cancelled: Callable[[], bool],
               tick: Callable[[float], None] | None = None,
               cpu_seconds: float | None = None, config: SearchConfig | None = None,
               fewer_vans: bool = False, exchange: Connection | None = None) -> VrpResult:
    """One PyVRP search with a fixed seed until `deadline` (time.monotonic).

    `config` None picks DEEP or WIDE by the routes of the first plan. `fewer_vans`
    searches with as few vans as `_fewer_vans` finds (one vehicle type, no pins).
    With `exchange` (a pipe to the other search of the portfolio), halfway through its
    time each sends its best plan and takes the other's if it is there within
    EXCHANGE_WAIT_S, and goes on from the better one with its own settings and a new
    seed. `cpu_seconds` instead limits the search's
    own CPU time (for reference runs that must not depend on how busy the machine is).
    """
    started = time.monotonic()
    from pyvrp import Route, Solution
    from pyvrp.stop import MaxIterations

    data = base = build_data(inp)
    init = None
    if inp.warm:
        try:
            init = Solution(data, [Route(data, visits, vt) for vt, visits in inp.warm if visits])
        except (ValueError, RuntimeError):
            init = None  # a stale warm start is just ignored
    if init is None and inp.soft_required:
        init = Solution(data, [])  # nothing planned is feasible: the search starts valid
    patience = max(NO_IMPROVEMENT_MIN, NO_IMPROVEMENT_PER_STOP * len(inp.demand))
    give_up = None if inp.soft_required else started + GIVE_UP_SHARE * (deadline - started)
    stop = _Stop(deadline, patience, cancelled, tick, give_up, cpu_seconds)
    fresh = init is None
    if init is None:  # PyVRP's own start: a random plan, then a thorough local search
        init = _solve(data, MaxIterations(0), seed, _params(inp, DEEP)).best
    if config is None:
        config = DEEP if init.num_routes() >= MANY_ROUTES else WIDE
    params = _params(inp, config)
    if (fewer_vans and fresh and len(inp.vehicles) == 1 and not inp.pins
            and inp.vehicles[0][0] > 1):
        data, init = _fewer_vans(inp, data, init, seed, params, stop)
    if exchange is None or cpu_seconds is not None:
        best = _solve(data, stop, seed, params, init).best
    else:
        halfway = _Until(stop, started + EXCHANGE_SHARE * (deadline - started))
        best = _solve(data, halfway, seed, params, init).best
        if not halfway.done:
            routes = _routes_of(best)
            counts = [vt.num_available for vt in data.vehicle_types()]
            mine = (_key(inp, routes, bool(best.is_feasible()), 0)[:3], routes, counts)
            theirs = _swap(exchange, mine)
            if theirs is not None and theirs[0] < mine[0]:
                _, routes, counts = theirs
                data = base.replace(vehicle_types=[
                    vt.replace(num_available=count)
                    for vt, count in zip(base.vehicle_types(), counts, strict=True)])
                try:
                    best = Solution(data, [Route(data, visits, vt)
                                           for vt, visits in routes if visits])
                except (ValueError, RuntimeError):
                    data = base  # cannot happen (same instance); keep searching anyway
            best = _solve(data, stop, seed + EXCHANGE_SEED, params, best).best
    routes = _routes_of(best)
    feasible = bool(best.is_feasible())
    return VrpResult(routes, _key(inp, routes, feasible, seed), feasible)


def _child(inp: VrpInput, seed: int, deadline: float, stop_event: Event,
           conn: Connection, exchange: Connection | None = None) -> None:
    try:
        conn.send(run_search(inp, seed, deadline, stop_event.is_set, fewer_vans=True,
                             exchange=exchange))
    except Cancelled:
        conn.send(None)
    except Exception as exc:  # reported to the parent, which keeps its own result
        conn.send(repr(exc))
    finally:
        conn.close()


def _os_threads() -> int:
    """Threads of this process, also those `threading` does not know of (Qt's QThreads)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _only_thread_after_fork() -> bool:
    """Whether this process has no other threads once a fork has let go of its own.

    numpy's OpenBLAS keeps a pool of worker threads from its import on, and shuts it down
    itself before every fork (its pthread_atfork handler; it starts again when next
    needed): those threads do not make a fork unsafe. A fork whose child exits at once
    gives OpenBLAS that chance; any thread still there belongs to someone else.
    """
    if "numpy" not in sys.modules:
        return False  # the other threads are not OpenBLAS's
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # "multi-threaded" on 3.12+
        pid = os.fork()
    if pid == 0:
        os._exit(0)
    for _ in range(100):  # the child only exits; should it hang, spawn is the answer
        if os.waitpid(pid, os.WNOHANG)[0]:
            return _os_threads() == 1
        time.sleep(0.005)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return False


def _context() -> Any:
    # Forking is instant and shares the imported solver, but is unsafe once other threads
    # run (a Qt app's worker thread, which threading.active_count() does not count; Python
    # 3.12 warns "use of fork() may lead to deadlocks"); then a fresh interpreter is started,
    # which costs the child 0.3-0.7 s of its search (it imports the planner and PyVRP).
    if sys.platform.startswith("linux") and threading.active_count() == 1 and (
            _os_threads() == 1 or _only_thread_after_fork()):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _result(recv: Connection, exchange: Connection | None, until: float) -> Any:
    """The child's answer on `recv` by `until`, or None; a plan it still wants to swap
    (it was late for the swap) is read and dropped, so its send cannot block it."""
    from multiprocessing.connection import wait

    watched: list[Any] = [recv] + ([exchange] if exchange is not None else [])
    while (left := until - time.monotonic()) > 0:
        ready = wait(watched, timeout=left)
        try:
            if recv in ready:
                return recv.recv()
            if exchange is not None and exchange in ready:
                exchange.recv()
        except (EOFError, OSError):  # the child died (killed, out of memory)
            if recv in ready:
                return None
            watched.remove(exchange)
    return None


def solve_vrp(inp: VrpInput, deadline: float, cancelled: Callable[[], bool],
              tick: Callable[[float], None] | None = None,
              seeds: Sequence[int] = SEEDS) -> VrpResult:
    """Run one search per seed (the first here, the others in child processes); keep the best.

    Both cores of a small laptop, and a portfolio of two different searches rather than
    two alike: the first has the whole fleet, the others as few vans as a valid plan
    comes easily with (`_fewer_vans`); each is DEEP or WIDE by the day's routes.
    """
    import pyvrp  # noqa: F401  (imported before forking so the child starts at once)

    workers = max(1, min(len(seeds), os.cpu_count() or 1))
    ctx = _context() if workers > 1 else None
    stop_event = ctx.Event() if ctx is not None else None
    children = []
    exchange = None
    for seed in seeds[1:workers]:
        assert ctx is not None and stop_event is not None
        recv, send = ctx.Pipe(duplex=False)
        theirs = None
        if exchange is None and (ctx.get_start_method() == "fork" or SWAP_WITH_SPAWNED):
            # The parent swaps plans with its first child halfway, when both started
            # together. A spawned child starts its search 0.3-0.7 s later, and the swap
            # then made the plans no better, only less predictable (2 s, with spawn, 3
            # runs each without -> with: RC101 +0.8-2.2% -> +1.1-1.9%, andorra-150
            # +0.12% -> +0.06-2.59%, rural150 +1.47% -> +0.53-2.50%).
            exchange, theirs = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_child, daemon=True,
                           args=(inp, seed, deadline, stop_event, send, theirs))
        proc.start()
        send.close()
        if theirs is not None:
            theirs.close()
        children.append((proc, recv))

    def parent_cancelled() -> bool:
        if cancelled():
            if stop_event is not None:
                stop_event.set()
            return True
        return False

    try:
        results = [run_search(inp, seeds[0], deadline, parent_cancelled, tick,
                              exchange=exchange)]
        for _proc, recv in children:
            got = _result(recv, exchange, time.monotonic() + max(
                0.0, deadline - time.monotonic()) + 2.0)
            if isinstance(got, VrpResult):
                results.append(got)
    except Cancelled:
        if stop_event is not None:
            stop_event.set()
        raise
    finally:
        if exchange is not None:
            exchange.close()
        for proc, recv in children:
            recv.close()
            proc.join(timeout=0.5)
            if proc.is_alive():
                proc.terminate()
                proc.join()
    return min(results, key=lambda r: r.key)
