"""The vans of a day: numbering across vehicle types, pinned stops, vans for the routes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from shopapp.planning.problem import Problem, Stop

# A route as the planner handles it: (vehicle type, van number or None, stop positions).
Route = tuple[int, int | None, list[int]]


def van_type(problem: Problem, van: int) -> int:
    """The vehicle type of van number `van` (type 0's vans come first, then type 1's...)."""
    first = 0
    for t, vehicle in enumerate(problem.vehicles):
        if van < first + vehicle.count:
            return t
        first += vehicle.count
    raise ValueError(f"there is no van {van}")


def vans_of_type(problem: Problem, vehicle_type: int) -> range:
    first = sum(v.count for v in problem.vehicles[:vehicle_type])
    return range(first, first + problem.vehicles[vehicle_type].count)


@dataclass(frozen=True, slots=True)
class Fleet:
    """Solver vehicle types: each is (problem vehicle type, pinned van or None).

    A van with pinned stops becomes a type of its own (one van), so the search can keep
    those stops on it; the other vans of its type stay together.
    """

    entries: list[tuple[int, int | None]]

    def vehicles(self, problem: Problem) -> list[tuple[int, int | None, tuple[int, int]]]:
        """(count, capacity, shift) per solver type."""
        out = []
        for t, van in self.entries:
            vehicle = problem.vehicles[t]
            count = 1 if van is not None else vehicle.count - sum(
                1 for t2, v2 in self.entries if t2 == t and v2 is not None)
            out.append((count, vehicle.capacity, vehicle.shift))
        return out

    def pins(self, problem: Problem, stops: Sequence[Stop]) -> list[int | None] | None:
        """Per stop, the solver type it is pinned to (None when no stop is pinned)."""
        if all(s.van is None for s in stops):
            return None
        return [None if s.van is None else self.entries.index((van_type(problem, s.van), s.van))
                for s in stops]


def build_fleet(problem: Problem, stops: Sequence[Stop]) -> Fleet:
    pinned = sorted({s.van for s in stops if s.van is not None})
    entries: list[tuple[int, int | None]] = []
    for t, vehicle in enumerate(problem.vehicles):
        mine = [v for v in pinned if van_type(problem, v) == t]
        if vehicle.count > len(mine):
            entries.append((t, None))
    entries += [(van_type(problem, v), v) for v in pinned]
    return Fleet(entries)


def assign_vans(problem: Problem, routes: Sequence[Route]) -> list[tuple[int, int, list[int]]]:
    """Give each route a van number: pinned routes keep theirs, the rest take the lowest free."""
    taken = {van for _, van, order in routes if van is not None and order}
    out = []
    for t, van, order in routes:
        if not order:
            continue
        if van is None:
            van = next(v for v in vans_of_type(problem, t) if v not in taken)
            taken.add(van)
        out.append((t, van, order))
    return out
