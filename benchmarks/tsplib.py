"""TSPLIB gaps of the one-van tour, through `plan_problem` (the code path of `shopapp plan`).

    python benchmarks/tsplib.py --seconds 2 --repeat 3       # the default solver (PyVRP)
    SHOPAPP_TSP_SOLVER=lkh python benchmarks/tsplib.py      # LKH-3, if elkai is installed

Each instance of ../shared/benchmarks/tsplib (node 1 the depot, nint-Euclidean matrix)
is planned --repeat times; per instance the median gap to the proven optimum, the
range and the median wall time; then the mean and worst of the medians, and the load
average before and after (the machine is shared: repeat and read medians).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from planner_instances import SHARED, TSPLIB_OPTIMA, tsplib_problem  # noqa: E402

from shopapp.planning import plan_problem, validate_plan  # noqa: E402
from shopapp.planning.tsp import chosen_solver  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default=",".join(TSPLIB_OPTIMA))
    args = parser.parse_args()
    folder = SHARED / "tsplib"
    if not folder.is_dir():
        raise SystemExit(f"{folder} is missing")
    print(f"solver {chosen_solver()}, --seconds {args.seconds:g}, {args.repeat} runs each, "
          f"load {os.getloadavg()[0]:.2f}", flush=True)
    medians = []
    for name in args.only.split(","):
        problem = tsplib_problem(folder / f"{name}.tsp")
        optimum = TSPLIB_OPTIMA[name]
        gaps, walls, lengths = [], [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            plan = plan_problem(problem, args.seconds)
            walls.append(time.perf_counter() - start)
            if validate_plan(problem, plan) or plan["unassigned"]:
                raise SystemExit(f"{name}: invalid plan")
            lengths.append(plan["distance_m"])
            gaps.append(100.0 * (plan["distance_m"] - optimum) / optimum)
        med = statistics.median(gaps)
        medians.append(med)
        print(f"{name:9} n={len(problem['stops']) + 1:3}  optimum {optimum:6}  median "
              f"{int(statistics.median(lengths)):6} {med:+.2f}%  (runs "
              + " ".join(f"{g:+.2f}%" for g in gaps)
              + f")  wall {statistics.median(walls):.2f}s", flush=True)
    print(f"mean of medians {statistics.mean(medians):+.2f}%, worst {max(medians):+.2f}%, "
          f"at optimum {sum(1 for m in medians if m == 0)}/{len(medians)}; "
          f"load {os.getloadavg()[0]:.2f}", flush=True)


if __name__ == "__main__":
    main()
