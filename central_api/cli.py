"""`shopapp-central`: serve the reference central API (one process or several workers),
bring its database schema up to date, create a shop and print its token, or build a
shop's map pack from a regional OpenStreetMap extract."""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Sequence

import uvicorn

from central_api import config


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shopapp-central", description="Reference central API of the parcel carrier."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP server (uvicorn)")
    serve.add_argument(
        "--database", default=None, help="SQLAlchemy URL (default: ./central.sqlite3)"
    )
    serve.add_argument("--host", default=config.DEFAULT_HOST)
    serve.add_argument("--port", type=int, default=config.DEFAULT_PORT)
    serve.add_argument("--log-level", default="info")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (PostgreSQL only; each has its own connection pool)",
    )
    serve.add_argument(
        "--pool-size",
        type=int,
        default=None,
        help=f"PostgreSQL connections kept per worker (default {config.POOL_SIZE}; "
        f"${config.POOL_SIZE_ENV})",
    )
    serve.add_argument(
        "--max-overflow",
        type=int,
        default=None,
        help=f"extra PostgreSQL connections per worker under load (default "
        f"{config.MAX_OVERFLOW}; ${config.MAX_OVERFLOW_ENV})",
    )
    serve.add_argument(
        "--rate-per-s",
        type=float,
        default=None,
        help=f"requests a second per shop token, sustained (default {config.RATE_PER_S:g}; "
        f"0: no limit; ${config.RATE_PER_S_ENV})",
    )
    serve.add_argument(
        "--rate-burst",
        type=int,
        default=None,
        help=f"requests per shop token at once (default {config.RATE_BURST}; "
        f"${config.RATE_BURST_ENV})",
    )
    serve.add_argument(
        "--admin-rate-per-s",
        type=float,
        default=None,
        help=f"requests a second on the admin routes (default {config.ADMIN_RATE_PER_S:g}; "
        f"${config.ADMIN_RATE_PER_S_ENV})",
    )
    serve.add_argument(
        "--admin-rate-burst",
        type=int,
        default=None,
        help=f"admin requests at once (default {config.ADMIN_RATE_BURST}; "
        f"${config.ADMIN_RATE_BURST_ENV})",
    )
    serve.add_argument(
        "--proxy-headers",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="trust X-Forwarded-For/-Proto from --forwarded-allow-ips (behind a TLS proxy)",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        default=None,
        help="addresses of the reverse proxy whose X-Forwarded-* are trusted "
        "(default 127.0.0.1, or $FORWARDED_ALLOW_IPS)",
    )
    serve.add_argument(
        "--fd",
        type=int,
        default=None,
        help="serve on this already bound socket (used by tests and the demo)",
    )
    serve.add_argument(
        "--exit-with-parent",
        action="store_true",
        help="stop when the process that started the server dies (used by tests and the demo)",
    )
    migrate = commands.add_parser(
        "migrate", help="bring the database's schema to this version's (Alembic)"
    )
    migrate.add_argument(
        "--database", default=None, help="SQLAlchemy URL (default: ./central.sqlite3)"
    )
    migrate.add_argument(
        "--revision", default="head", help="target revision (default: head, the code's)"
    )
    migrate.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 0 if the schema is the code's, 1 if it needs migrating",
    )
    create = commands.add_parser("create-shop", help="create a shop and print its id and token")
    create.add_argument("--name", required=True)
    create.add_argument("--lat", type=float, required=True)
    create.add_argument("--lon", type=float, required=True)
    create.add_argument(
        "--time-zone",
        default=None,
        help="the shop's IANA time zone, e.g. Europe/London (default: UTC); a date-only "
        "deadline is the end of that day there",
    )
    create.add_argument(
        "--database", default=None, help="SQLAlchemy URL (default: ./central.sqlite3)"
    )
    build = commands.add_parser(
        "build-map",
        help="clip a regional .osm.pbf to a shop's area and publish it as the shop's map pack",
    )
    build.add_argument("--shop", type=int, required=True, help="the shop's id")
    build.add_argument("--osm", required=True, help="regional OpenStreetMap extract (.osm.pbf)")
    build.add_argument(
        "--margin-km",
        type=float,
        default=None,
        help="kilometres kept beyond the 10-mile radius (default 5)",
    )
    build.add_argument(
        "--database", default=None, help="SQLAlchemy URL (default: ./central.sqlite3)"
    )
    build.add_argument(
        "--map-dir",
        default=None,
        help="folder of the packs (default: $CENTRAL_MAP_DIR, else maps/ beside an SQLite "
        "database, else ./central-maps)",
    )
    build.add_argument(
        "--no-check",
        action="store_true",
        help="publish without first importing the clip as the app will (not recommended)",
    )
    return parser


_FLAG_ENV = {
    "pool_size": config.POOL_SIZE_ENV,
    "max_overflow": config.MAX_OVERFLOW_ENV,
    "rate_per_s": config.RATE_PER_S_ENV,
    "rate_burst": config.RATE_BURST_ENV,
    "admin_rate_per_s": config.ADMIN_RATE_PER_S_ENV,
    "admin_rate_burst": config.ADMIN_RATE_BURST_ENV,
}
# Connections PostgreSQL keeps for others than this server (psql, backups, migrate).
_PG_SPARE_CONNECTIONS = 5


def _fail(message: str) -> int:
    print(f"shopapp-central: {message}", file=sys.stderr)
    return 2


def _serve(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError

    from central_api.db import normalise_url, open_database
    from central_api.schema import SchemaError

    url = normalise_url(
        args.database or os.environ.get(config.DATABASE_URL_ENV) or config.default_database_url()
    )
    # The workers build their app from the environment: flags go there first.
    os.environ[config.DATABASE_URL_ENV] = url
    for name, variable in _FLAG_ENV.items():
        value = getattr(args, name)
        if value is not None:
            if value < 0:
                return _fail(f"--{name.replace('_', '-')} must not be negative")
            os.environ[variable] = str(value)
    try:
        settings = config.settings_from_env(url)
    except ValueError as exc:
        return _fail(str(exc))
    sqlite = url.startswith("sqlite")
    if args.workers < 1:
        return _fail("--workers must be at least 1")
    if args.workers > 1 and sqlite:
        return _fail(
            "SQLite is served by one process (its writes take one lock for the whole "
            "file); use --workers 1, or PostgreSQL (--database postgresql://...) for more."
        )
    # Check the schema once, here, before any worker starts (an empty database is
    # created at the code's revision; an older one is refused with the command to run).
    try:
        database = open_database(url, pool_size=1, max_overflow=0)
    except SchemaError as exc:
        print(f"shopapp-central: not serving: {exc}", file=sys.stderr)
        return 3
    except OperationalError as exc:
        print(f"shopapp-central: cannot open the database: {exc.orig}", file=sys.stderr)
        return 3
    try:
        problem = None if sqlite else _pool_too_big(database.engine, settings, args.workers)
    finally:
        database.dispose()
    if problem:
        return _fail(problem)
    if settings.admin_token is None:
        print(
            f"shopapp-central: {config.ADMIN_TOKEN_ENV} is not set: the admin routes answer 503.",
            file=sys.stderr,
        )
    options: dict[str, object] = {
        "host": args.host,
        "port": args.port,
        "log_level": args.log_level,
        # The app sends its own Date header; uvicorn's would make a second one.
        "date_header": False,
        "timeout_graceful_shutdown": 5,
        "proxy_headers": args.proxy_headers,
    }
    if args.forwarded_allow_ips is not None:
        options["forwarded_allow_ips"] = args.forwarded_allow_ips
    # WORKAROUND: uvicorn's own --fd wraps the socket as AF_UNIX, so asyncio skips
    # TCP_NODELAY and every answer waits ~40 ms for a delayed ACK (Nagle). Wrapping
    # the descriptor ourselves keeps its real family.
    sockets = None if args.fd is None else [socket.socket(fileno=args.fd)]
    if args.workers == 1:
        from central_api.app import create_app

        server = uvicorn.Server(uvicorn.Config(create_app(settings), **options))  # type: ignore[arg-type]
        if args.exit_with_parent:
            _watch_parent(lambda: server.should_exit, lambda: setattr(server, "should_exit", True))
        server.run(sockets=sockets)
        return 0
    from uvicorn.supervisors import Multiprocess

    uv_config = uvicorn.Config(
        "central_api.app:app_from_env",
        factory=True,
        workers=args.workers,
        **options,  # type: ignore[arg-type]
    )
    supervisor = Multiprocess(uv_config, sockets=sockets or [uv_config.bind_socket()])
    if args.exit_with_parent:
        _watch_parent(supervisor.should_exit.is_set, supervisor.should_exit.set)
    supervisor.run()
    return 0


def _pool_too_big(engine: object, settings: config.Settings, workers: int) -> str | None:
    """Why `workers` pools would not fit in PostgreSQL's max_connections, or None."""
    import sqlalchemy as sa

    assert isinstance(engine, sa.Engine)
    with engine.connect() as connection:
        limit = int(connection.exec_driver_sql("SHOW max_connections").scalar_one())
        reserved = int(
            connection.exec_driver_sql("SHOW superuser_reserved_connections").scalar_one()
        )
    per_worker = settings.pool_size + settings.max_overflow
    wanted = workers * per_worker
    available = limit - reserved - _PG_SPARE_CONNECTIONS
    if wanted <= available:
        return None
    return (
        f"{workers} workers x {per_worker} connections (--pool-size {settings.pool_size} + "
        f"--max-overflow {settings.max_overflow}) = {wanted} is more than PostgreSQL allows "
        f"this server ({limit} max_connections - {reserved} reserved - "
        f"{_PG_SPARE_CONNECTIONS} spare = {available}); lower them, or raise max_connections."
    )


def _migrate(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError

    from central_api import schema
    from central_api.db import normalise_url, open_database

    url = normalise_url(args.database or config.default_database_url())
    try:
        database = open_database(url, check=False, pool_size=1, max_overflow=0)
    except OperationalError as exc:
        print(f"shopapp-central: cannot open the database: {exc.orig}", file=sys.stderr)
        return 3
    try:
        if args.check:
            found = schema.state(database.engine)
            current = found.revision == schema.head()
            print(json.dumps({"revision": found.revision, "head": schema.head(), "ok": current}))
            return 0 if current else 1
        before, after = schema.upgrade(database.engine, args.revision)
    except schema.SchemaError as exc:
        print(f"shopapp-central: {exc}", file=sys.stderr)
        return 1
    except OperationalError as exc:
        print(f"shopapp-central: cannot open the database: {exc.orig}", file=sys.stderr)
        return 3
    finally:
        database.dispose()
    print(json.dumps({"from": before, "to": after, "head": schema.head()}))
    return 0


def _watch_parent(stopping: Callable[[], bool], stop: Callable[[], object]) -> None:
    """Ask the server to stop once our parent is gone (we are re-parented), e.g. when a
    test run is killed with SIGKILL and cannot stop the servers it started."""
    parent = os.getppid()

    def watch() -> None:
        while not stopping():
            if os.getppid() != parent:
                stop()
                return
            time.sleep(0.5)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _create_shop(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from central_api.db import open_database
    from central_api.schemas import ShopIn
    from central_api.shops import create_shop

    try:
        shop = ShopIn(name=args.name, lat=args.lat, lon=args.lon, time_zone=args.time_zone)
    except ValidationError as exc:
        print(f"shopapp-central: invalid shop: {exc}", file=sys.stderr)
        return 2
    database = open_database(args.database or config.default_database_url())
    try:
        shop_id, token = create_shop(database, shop.name, shop.lat, shop.lon, shop.time_zone)
    finally:
        database.dispose()
    print(json.dumps({"shop_id": shop_id, "token": token}))
    return 0


def _build_map(args: argparse.Namespace) -> int:
    from pathlib import Path

    from central_api.db import open_database
    from central_api.mappacks import DEFAULT_MARGIN_KM, PackError, build_pack, default_map_dir
    from central_api.shops import UnknownShop

    url = args.database or config.default_database_url()
    map_dir = Path(args.map_dir).absolute() if args.map_dir else default_map_dir(url)
    margin = DEFAULT_MARGIN_KM if args.margin_km is None else args.margin_km
    database = open_database(url)
    try:
        result = build_pack(
            database, args.shop, Path(args.osm), map_dir, margin_km=margin, check=not args.no_check
        )
    except UnknownShop:
        print(f"shopapp-central: there is no shop {args.shop}.", file=sys.stderr)
        return 2
    except PackError as exc:
        print(f"shopapp-central: no map pack published: {exc}", file=sys.stderr)
        return 1
    finally:
        database.dispose()
    print(json.dumps(result))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `shopapp-central` console script."""
    args = _parser().parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    if args.command == "build-map":
        return _build_map(args)
    if args.command == "migrate":
        return _migrate(args)
    return _create_shop(args)


if __name__ == "__main__":
    sys.exit(main())
