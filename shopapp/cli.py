"""The `shopapp` command line: opens the app, or runs one job headless and prints JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from shopapp import __version__
from shopapp.errors import ShopAppError
from shopapp.paths import DataPaths, data_paths


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="folder of the shop's database, logs and files (default: the OS user data folder)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="shopapp", description="Partner-shop parcel app.", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"shopapp {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="open the window, run start-up checks, exit"
    )
    parser.add_argument("--demo", action="store_true", help="open a demo shop with demo data")
    parser.add_argument(
        "--no-err-windows", action="store_true", help="report crashes on stderr, not in a dialog"
    )
    sub = parser.add_subparsers(dest="command")

    plan = sub.add_parser("plan", parents=[common], help="plan routes for a problem file")
    plan.add_argument("--problem", required=True, type=Path)
    plan.add_argument("--seconds", type=float, default=2.0)

    roadmap = sub.add_parser("map", parents=[common], help="the offline road map")
    map_sub = roadmap.add_subparsers(dest="map_command", required=True)
    map_import = map_sub.add_parser(
        "import", parents=[common], help="build the road map from an OpenStreetMap extract"
    )
    map_import.add_argument("file", type=Path, help="an OpenStreetMap extract (.osm.pbf)")
    map_sub.add_parser("info", parents=[common], help="the road map in use")

    restore = sub.add_parser("restore", parents=[common], help="restore a database backup")
    restore.add_argument("file", type=Path)

    sub.add_parser("backups", parents=[common], help="list the database backups")

    pair = sub.add_parser("pair", parents=[common], help="pair with the carrier's server")
    pair.add_argument("--server", required=True, help="the central API's base URL")
    pair.add_argument("--token", required=True, help="the shop's token from the carrier")

    sub.add_parser("sync", parents=[common], help="push events and pull the manifest once")

    scans = sub.add_parser(
        "import-scans", parents=[common], help="check in the codes of a file, one per line"
    )
    scans.add_argument("file", type=Path)

    report = sub.add_parser(
        "report", parents=[common], help="write the end-of-day report of a day as PDF"
    )
    report.add_argument("--date", required=True, help="the local day, YYYY-MM-DD")
    report.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    report.add_argument("--csv", type=Path, help="also write the same rows as CSV")
    return parser


def _print_json(payload: object) -> None:
    json.dump(payload, sys.stdout, indent=2)
    sys.stdout.write("\n")


def cmd_plan(args: argparse.Namespace, paths: DataPaths) -> int:
    from shopapp.planning.onroads import plan_on_roads

    try:
        problem = json.loads(args.problem.read_text(encoding="utf-8"))
    except OSError as error:
        raise ShopAppError(f"Cannot read the problem file {args.problem}: {error}") from error
    except json.JSONDecodeError as error:
        raise ShopAppError(f"{args.problem} is not valid JSON: {error}") from error
    roads, cache = _road_map(paths)
    _print_json(plan_on_roads(problem, roads, cache=cache, seconds=args.seconds))
    return 0


def cmd_restore(args: argparse.Namespace, paths: DataPaths) -> int:
    from shopapp.instance import EXIT_IN_USE, ShopInUse
    from shopapp.store.backup import restore

    try:
        kept = restore(paths, args.file)
    except ShopInUse as error:  # the app (or a sync) has the shop open: nothing changed
        print(f"shopapp: nothing was restored. {error}", file=sys.stderr)
        return EXIT_IN_USE
    note = f"; the replaced database was kept as {kept}" if kept else ""
    print(f"Restored {args.file} to {paths.database}{note}.")
    return 0


def cmd_backups(_args: argparse.Namespace, paths: DataPaths) -> int:
    from shopapp.store.backup import list_backups

    _print_json([str(p) for p in list_backups(paths)])
    return 0


def cmd_pair(args: argparse.Namespace, paths: DataPaths) -> int:
    from shopapp.sync.commands import pair_command

    _print_json(pair_command(paths, args.server, args.token))
    return 0


def cmd_sync(_args: argparse.Namespace, paths: DataPaths) -> int:
    from shopapp.sync.commands import EXIT_SYNC_RUNNING, sync_command

    report = sync_command(paths)
    _print_json(report)
    if report.get("error_code") == "busy":  # another sync holds the data dir's lock
        print(f"shopapp: {report.get('error')}", file=sys.stderr)
        return EXIT_SYNC_RUNNING
    return 0 if report.get("ok") else 1


def cmd_import_scans(args: argparse.Namespace, paths: DataPaths) -> int:
    from shopapp.counter.batch import import_scans_command

    _print_json(import_scans_command(paths, args.file))
    return 0


def cmd_report(args: argparse.Namespace, paths: DataPaths) -> int:
    import datetime as dt

    try:
        day = dt.date.fromisoformat(args.date)
    except ValueError as error:
        raise ShopAppError(f"--date must be YYYY-MM-DD, not {args.date!r}") from error
    from shopapp.ui.report_command import write_report  # Qt is loaded only for the PDF

    _print_json(write_report(paths, day, args.out, args.csv))
    return 0


def _road_map(paths: DataPaths) -> tuple[Any, Any]:
    """The data dir's road map and its pair cache in the store; (None, None) without a map."""
    from shopapp.roads import RoadMap, RoadsError

    try:
        roads = RoadMap.open(paths.roads)
    except RoadsError as error:  # a map that cannot be read: plan on the estimate
        print(
            f"shopapp: the road map is not usable ({error}); distances are estimates",
            file=sys.stderr,
        )
        return None, None
    if roads is None:
        return None, None
    from shopapp.store import open_store
    from shopapp.store.roadcache import StorePairCache

    return roads, StorePairCache(open_store(paths.create(), daily_backup="skip"))


def cmd_map(args: argparse.Namespace, paths: DataPaths) -> int:
    from shopapp.roads import RoadMap

    if args.map_command == "info":
        roads = RoadMap.open(paths.roads)
        if roads is None:
            raise ShopAppError("No road map is loaded: run shopapp map import FILE.osm.pbf.")
        _print_json({"ok": True, **roads.info.to_json()})
        return 0
    from shopapp.roads import import_map

    shop = _shop_location(paths)
    info = import_map(paths.create().roads, args.file, must_cover=shop)
    _print_json({"ok": True, "in_use": True, **info.to_json()})
    return 0


def _shop_location(paths: DataPaths) -> tuple[float, float] | None:
    """The shop's location when it has a profile (no profile: any extract will do)."""
    if not paths.database.exists():
        return None
    from shopapp.shop import get_profile
    from shopapp.store import open_store

    store = open_store(paths, daily_backup="skip")
    try:
        with store.read() as session:
            profile = get_profile(session)
            return None if profile is None else (profile.lat, profile.lon)
    finally:
        store.close()


COMMANDS: dict[str, Callable[[argparse.Namespace, DataPaths], int]] = {
    "plan": cmd_plan,
    "map": cmd_map,
    "restore": cmd_restore,
    "backups": cmd_backups,
    "pair": cmd_pair,
    "sync": cmd_sync,
    "import-scans": cmd_import_scans,
    "report": cmd_report,
}


# Commands that only read a file or list one: they leave the data dir as it is.
_NO_LOG = frozenset({"plan", "backups"})


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = getattr(args, "data_dir", None)
    if args.demo and data_dir is None:  # the demo never touches the shop's real data
        from shopapp.paths import default_data_dir

        data_dir = default_data_dir() / "demo"
    paths = data_paths(data_dir)
    try:
        if args.command:
            if args.command not in _NO_LOG:
                # A log per command, never the app's rotating one (shopapp.logs).
                from shopapp.logs import setup_logging

                setup_logging(paths.logs, command=args.command)
            return COMMANDS[args.command](args, paths)
        from shopapp.instance import APP, InstanceLock, ShopInUse

        lock = InstanceLock(paths.root, APP)  # one app per data dir (shopapp.instance)
        try:
            lock.acquire()
        except ShopInUse as in_use:  # shopapp.ui.app imports the window's modules lazily
            from shopapp.ui.app import second_start

            return second_start(
                paths, in_use, self_test=args.self_test, no_err_windows=args.no_err_windows
            )
        from shopapp.ui.app import run_app  # Qt is loaded only for the window

        return run_app(
            paths,
            self_test=args.self_test,
            demo=args.demo,
            no_err_windows=args.no_err_windows,
            lock=lock,
        )
    except ShopAppError as error:
        print(f"shopapp: {error}", file=sys.stderr)
        return 2
