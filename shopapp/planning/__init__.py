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
from shopapp.planning.planner import PlanCancelled, plan_problem
from shopapp.planning.problem import Problem, ProblemError, parse_problem

__all__ = [
    "DEFAULT_ROAD_FACTOR",
    "DistanceSource",
    "GreatCircleDistances",
    "MatrixDistances",
    "Place",
    "PlanCancelled",
    "PlanCheckError",
    "Problem",
    "ProblemError",
    "haversine_m",
    "parse_problem",
    "plan_problem",
    "validate_plan",
]
