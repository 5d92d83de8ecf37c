"""Run the real central API in a uvicorn subprocess on 127.0.0.1, for tests and the demo.

Usage::

    from central_api.testing import running_server

    with running_server("sqlite:///" + str(tmp_path / "central.sqlite3")) as server:
        shop_id, token = server.create_shop("Corner shop", 52.0, -1.0)
        server.assign(shop_id, [{"tracking_number": "JJD1", "recipient": "A", "address": "B"}])
        requests.get(server.base_url + "/v1/manifest",
                     headers={"Authorization": f"Bearer {token}"}, timeout=5)

or, without a `with` block, `base_url, stop = run_server(database_url)` and call
`stop()` when done (it is also called when the interpreter exits).

How it works: the parent binds a socket to 127.0.0.1 on a free port (port=0) and hands
it to `python -m central_api serve --fd N` (POSIX), so no other process can take the
port in between; on Windows a free port is chosen and the server binds it itself. The
helper then polls `GET /v1/health` until it answers 200 (default limit 30 s; if the
process dies first, the error quotes its log). `stop()` sends SIGTERM, waits up to
10 s, then kills; it is idempotent, and also runs at interpreter exit. If the test
process is killed outright (SIGKILL), the server notices it was orphaned and stops
within a second (`--exit-with-parent`). The server's output goes to `server.log_path`.
The admin token is `server.admin_token` (default "test-admin-token"; None starts
the server with the admin API disabled).
"""

from __future__ import annotations

import atexit
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from central_api.config import ADMIN_TOKEN_ENV

DEFAULT_ADMIN_TOKEN = "test-admin-token"
_HOST = "127.0.0.1"


class ServerStartError(RuntimeError):
    """The server process did not come up; the message quotes the end of its log."""


@dataclass
class RunningServer:
    """A started central API process.

    Attributes:
        base_url: "http://127.0.0.1:PORT" (no trailing slash).
        port: the TCP port it listens on.
        database_url: the database it serves.
        admin_token: bearer token of the admin routes (None: admin API disabled).
        process: the uvicorn process.
        log_path: file with the server's stdout and stderr.
    """

    base_url: str
    port: int
    database_url: str
    admin_token: str | None
    process: subprocess.Popen[bytes]
    log_path: Path
    _stopped: bool = field(default=False, repr=False)

    def stop(self) -> None:
        """Terminate the server (SIGTERM, then kill after 10 s); safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        atexit.unregister(self.stop)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def admin_headers(self) -> dict[str, str]:
        if self.admin_token is None:
            raise RuntimeError("this server was started without an admin token")
        return {"Authorization": f"Bearer {self.admin_token}"}

    def create_shop(
        self, name: str, lat: float, lon: float, time_zone: str | None = None
    ) -> tuple[int, str]:
        """Create a shop through the admin API; returns (shop_id, token).

        `time_zone`: an IANA name; left out, the server's default (UTC)."""
        body: dict[str, Any] = {"name": name, "lat": lat, "lon": lon}
        if time_zone is not None:
            body["time_zone"] = time_zone
        answer = requests.post(
            f"{self.base_url}/v1/admin/shops",
            json=body,
            headers=self.admin_headers(),
            timeout=10,
        )
        answer.raise_for_status()
        body = answer.json()
        return int(body["shop_id"]), str(body["token"])

    def assign(self, shop_id: int, parcels: Sequence[dict[str, Any]]) -> dict[str, Any]:
        """Put parcels on a shop's manifest through the admin API; returns the answer."""
        answer = requests.post(
            f"{self.base_url}/v1/admin/parcels",
            json={"shop_id": shop_id, "parcels": list(parcels)},
            headers=self.admin_headers(),
            timeout=60,
        )
        answer.raise_for_status()
        result: dict[str, Any] = answer.json()
        return result

    def audit(self, shop_id: int, include_rejected: bool = False) -> list[dict[str, Any]]:
        """The server's audit listing of the shop's events."""
        answer = requests.get(
            f"{self.base_url}/v1/admin/shops/{shop_id}/events",
            params={"include_rejected": str(include_rejected).lower()},
            headers=self.admin_headers(),
            timeout=60,
        )
        answer.raise_for_status()
        events: list[dict[str, Any]] = answer.json()["events"]
        return events


def _log_tail(path: Path, size: int = 4000) -> str:
    try:
        return path.read_text(errors="replace")[-size:]
    except OSError:
        return "(no log)"


def _wait_healthy(server: RunningServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    url = f"{server.base_url}/v1/health"
    while True:
        if server.process.poll() is not None:
            raise ServerStartError(
                f"central API exited with {server.process.returncode} before answering; "
                f"log:\n{_log_tail(server.log_path)}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise ServerStartError(
                f"central API did not answer {url} within {timeout} s; "
                f"log:\n{_log_tail(server.log_path)}"
            )
        time.sleep(0.05)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((_HOST, 0))
        return int(probe.getsockname()[1])


def start_server(
    database_url: str,
    *,
    port: int = 0,
    admin_token: str | None = DEFAULT_ADMIN_TOKEN,
    timeout: float = 30.0,
    env: dict[str, str] | None = None,
    log_dir: str | os.PathLike[str] | None = None,
    args: Sequence[str] = (),
) -> RunningServer:
    """Start `python -m central_api serve` on 127.0.0.1 and wait until it is healthy.

    Args:
        database_url: SQLAlchemy URL of the server's database (created if missing).
        port: TCP port; 0 picks a free one.
        admin_token: the server's CENTRAL_ADMIN_TOKEN (None: admin API disabled).
        timeout: seconds to wait for /v1/health.
        env: extra environment variables for the server process.
        log_dir: where to write the server log (default: a new temporary directory).
        args: more `serve` options (e.g. ["--workers", "2"]).
    Return:
        The running server; call `stop()` (or use `running_server`).
    """
    child_env = dict(os.environ)
    child_env.pop(ADMIN_TOKEN_ENV, None)
    if admin_token is not None:
        child_env[ADMIN_TOKEN_ENV] = admin_token
    child_env.update(env or {})
    log_path = Path(log_dir or tempfile.mkdtemp(prefix="central-api-")) / "server.log"
    command = [sys.executable, "-m", "central_api", "serve", "--database", database_url]
    command += ["--log-level", "warning", "--exit-with-parent", *args]
    listener: socket.socket | None = None
    if os.name == "posix":
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((_HOST, port))
        listener.listen(128)
        port = int(listener.getsockname()[1])
        command += ["--fd", str(listener.fileno())]
    else:
        port = port or _free_port()
        command += ["--host", _HOST, "--port", str(port)]
    try:
        with open(log_path, "wb") as log:
            process = subprocess.Popen(
                command,
                env=child_env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                pass_fds=(listener.fileno(),) if listener else (),
            )
    finally:
        if listener is not None:
            listener.close()  # the child has its own copy
    server = RunningServer(
        base_url=f"http://{_HOST}:{port}",
        port=port,
        database_url=database_url,
        admin_token=admin_token,
        process=process,
        log_path=log_path,
    )
    atexit.register(server.stop)
    _wait_healthy(server, timeout)
    return server


@contextmanager
def running_server(database_url: str, **kwargs: Any) -> Iterator[RunningServer]:
    """`start_server` as a context manager: the server is stopped when the block ends."""
    server = start_server(database_url, **kwargs)
    try:
        yield server
    finally:
        server.stop()


def run_server(database_url: str, port: int = 0, **kwargs: Any) -> tuple[str, Callable[[], None]]:
    """Start a server; returns (base_url, stop). Same arguments as `start_server`."""
    server = start_server(database_url, port=port, **kwargs)
    return server.base_url, server.stop
