"""`shopapp-central`: serve the reference central API, create a shop and print its token, or
build a shop's map pack from a regional OpenStreetMap extract."""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Sequence

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
    create = commands.add_parser("create-shop", help="create a shop and print its id and token")
    create.add_argument("--name", required=True)
    create.add_argument("--lat", type=float, required=True)
    create.add_argument("--lon", type=float, required=True)
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


def _serve(args: argparse.Namespace) -> int:
    from central_api.app import create_app

    app = create_app(args.database or config.default_database_url())
    if app.state.settings.admin_token is None:
        print(
            f"shopapp-central: {config.ADMIN_TOKEN_ENV} is not set: the admin routes answer 503.",
            file=sys.stderr,
        )
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            # The app sends its own Date header; uvicorn's would make a second one.
            date_header=False,
            timeout_graceful_shutdown=5,
        )
    )
    if args.exit_with_parent:
        _watch_parent(server)
    if args.fd is None:
        server.run()
    else:
        # WORKAROUND: uvicorn's own --fd wraps the socket as AF_UNIX, so asyncio skips
        # TCP_NODELAY and every answer waits ~40 ms for a delayed ACK (Nagle). Wrapping
        # the descriptor ourselves keeps its real family.
        server.run(sockets=[socket.socket(fileno=args.fd)])
    return 0


def _watch_parent(server: uvicorn.Server) -> None:
    """Ask the server to stop once our parent is gone (we are re-parented), e.g. when a
    test run is killed with SIGKILL and cannot stop the servers it started."""
    parent = os.getppid()

    def watch() -> None:
        while not server.should_exit:
            if os.getppid() != parent:
                server.should_exit = True
                return
            time.sleep(0.5)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _create_shop(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from central_api.db import open_database
    from central_api.schemas import ShopIn
    from central_api.shops import create_shop

    try:
        shop = ShopIn(name=args.name, lat=args.lat, lon=args.lon)
    except ValidationError as exc:
        print(f"shopapp-central: invalid shop: {exc}", file=sys.stderr)
        return 2
    database = open_database(args.database or config.default_database_url())
    try:
        shop_id, token = create_shop(database, shop.name, shop.lat, shop.lon)
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
    return _create_shop(args)


if __name__ == "__main__":
    sys.exit(main())
