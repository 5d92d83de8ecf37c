"""Route planning for the day (Qt-free): problems, distances, solvers, checks."""

from __future__ import annotations

from shopapp.planning.check import PlanCheckError, validate_plan
from shopapp.planning.distances import (
    DEFAULT_ROAD_FACTOR,
    DistanceSource,
    GreatCircleDistances,
    MatrixDistances,
    Place,
    haversine_m,
)
from shopapp.planning.parcels import Parcel, PlanSettings, address_key, build_problem
from shopapp.planning.planner import PlanCancelled, plan_problem
from shopapp.planning.problem import Problem, ProblemError, parse_problem
from shopapp.planning.recompute import recompute_route

__all__ = [
    "DEFAULT_ROAD_FACTOR",
    "DistanceSource",
    "GreatCircleDistances",
    "MatrixDistances",
    "Parcel",
    "Place",
    "PlanSettings",
    "PlanCancelled",
    "PlanCheckError",
    "Problem",
    "ProblemError",
    "address_key",
    "build_problem",
    "haversine_m",
    "parse_problem",
    "plan_problem",
    "recompute_route",
    "validate_plan",
]
