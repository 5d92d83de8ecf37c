"""The demo's local central API: the reference server's own command line, as a child process.

`python -m central_api serve` on 127.0.0.1 (frozen: `<shopapp> -m central_api serve`,
which installer/entry.py routes to the same command line), with its database and its log
in the demo folder. The app imports nothing of the server: it talks to it as it talks to
the carrier's, over HTTP (the shop's routes, and the admin routes, with the demo's own
admin token, to create the demo shop and its manifest).

Start-up: on POSIX the socket is bound here (port 0: a free port) and handed to the
server (`--fd`), so no other program can take the port in between; on Windows a free
port is chosen and the server binds it (`--host`, `--port`). Ready when `GET /v1/health`
answers 200; if the server exits first, or is not ready in time, the error quotes the end
of its log. Stop: SIGTERM (uvicorn finishes the requests under way), then a kill after
`STOP_TIMEOUT_S`; also at interpreter exit, and the server stops by itself within a
second if the app is killed outright (`--exit-with-parent`).
"""

from __future__ import annotations

import atexit
import importlib.util
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from shopapp.errors import ShopAppError

log = logging.getLogger(__name__)

ADMIN_TOKEN_ENV = "CENTRAL_ADMIN_TOKEN"  # where the server reads its admin token (DESIGN.md)
HOST = "127.0.0.1"
LOG_FILE = "server.log"
START_TIMEOUT_S = 60.0  # a first start on a busy laptop imports FastAPI, SQLAlchemy, ...
STOP_TIMEOUT_S = 10.0


class DemoServerError(ShopAppError):
    """The demo's local server did not start, or did not do what the demo asked."""


@dataclass
class DemoServer:
    """The running server process and what the demo needs of its admin routes."""

    base_url: str
    admin_token: str
    process: subprocess.Popen[bytes]
    log_path: Path
    http: requests.Session = field(default_factory=lambda: _loopback_session(), repr=False)
    _stopped: bool = field(default=False, repr=False)

    def stop(self) -> None:
        """Stop the server (SIGTERM, a kill after STOP_TIMEOUT_S); safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        atexit.unregister(self.stop)
        self.http.close()
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            log.warning("the demo server did not stop within %.0f s: killed", STOP_TIMEOUT_S)
            self.process.kill()
            self.process.wait(timeout=STOP_TIMEOUT_S)

    def create_shop(
        self, name: str, lat: float, lon: float, time_zone: str | None = None
    ) -> tuple[int, str]:
        """`POST /v1/admin/shops`; returns (shop_id, token). `time_zone`: IANA, or the
        server's default (UTC) when None."""
        shop: dict[str, Any] = {"name": name, "lat": lat, "lon": lon}
        if time_zone:
            shop["time_zone"] = time_zone
        body = self._admin("/v1/admin/shops", shop)
        return int(body["shop_id"]), str(body["token"])

    def assign(self, shop_id: int, parcels: Sequence[dict[str, Any]]) -> dict[str, Any]:
        """`POST /v1/admin/parcels`: put parcels on the shop's manifest."""
        return self._admin("/v1/admin/parcels", {"shop_id": shop_id, "parcels": list(parcels)})

    def _admin(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        answer = self.http.post(
            self.base_url + path,
            json=payload,
            headers={"Authorization": f"Bearer {self.admin_token}"},
            timeout=60,
        )
        answer.raise_for_status()
        body = answer.json()
        if not isinstance(body, dict):
            raise DemoServerError(f"The demo's local server answered {path} with {body!r}.")
        return body


def server_command() -> list[str]:
    """The reference server's command line, as this interpreter (or frozen app) runs it."""
    # Frozen, sys.executable is the shopapp program, which routes `-m central_api`.
    return [sys.executable, "-m", "central_api"]


def _check_server_installed() -> None:
    """The demo runs the reference server, which is the `server` extra: say so plainly
    rather than let the child die with a traceback (a frozen app bundles it)."""
    if getattr(sys, "frozen", False):
        return
    missing = [name for name in ("fastapi", "uvicorn") if importlib.util.find_spec(name) is None]
    if missing:
        raise DemoServerError(
            f"The demo needs the carrier's reference server, which is not installed here "
            f"(missing: {', '.join(missing)}). Install it with: pip install \"shopapp[server]\""
        )


def start_server(
    database_url: str, admin_token: str, log_dir: Path, timeout_s: float = START_TIMEOUT_S
) -> DemoServer:
    """Start `central_api serve` on 127.0.0.1 and wait until it answers /v1/health."""
    _check_server_installed()
    env = dict(os.environ)
    env[ADMIN_TOKEN_ENV] = admin_token
    log_path = log_dir / LOG_FILE
    command = [*server_command(), "serve", "--database", database_url]
    command += ["--log-level", "warning", "--exit-with-parent"]
    listener: socket.socket | None = None
    if os.name == "posix":
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, 0))
        listener.listen(128)
        port = int(listener.getsockname()[1])
        command += ["--fd", str(listener.fileno())]
    else:
        port = _free_port()
        command += ["--host", HOST, "--port", str(port)]
    try:
        with log_path.open("wb") as output:
            process = subprocess.Popen(
                command,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                pass_fds=(listener.fileno(),) if listener else (),
            )
    except OSError as error:
        raise DemoServerError(f"The demo's local server did not start: {error}.") from error
    finally:
        if listener is not None:
            listener.close()  # the server has its own copy
    server = DemoServer(f"http://{HOST}:{port}", admin_token, process, log_path)
    atexit.register(server.stop)
    _wait_ready(server, timeout_s)
    return server


def _wait_ready(server: DemoServer, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    url = f"{server.base_url}/v1/health"
    while True:
        code = server.process.poll()
        if code is not None:
            server.stop()
            raise DemoServerError(
                f"The demo's local server exited ({code}) before it was ready. "
                f"The end of its log ({server.log_path}):\n{_log_tail(server.log_path)}"
            )
        try:
            if server.http.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise DemoServerError(
                f"The demo's local server did not answer {url} within {timeout_s:.0f} s. "
                f"The end of its log ({server.log_path}):\n{_log_tail(server.log_path)}"
            )
        time.sleep(0.05)


def _loopback_session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # 127.0.0.1 never through a proxy from the environment
    return session


def _log_tail(path: Path, size: int = 2000) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[-size:]
    except OSError:
        return "(no log)"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])
