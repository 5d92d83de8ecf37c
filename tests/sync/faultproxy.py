"""A loopback HTTP proxy that breaks exchanges on purpose, for the sync's fault tests.

One request per connection (the proxy asks both sides for `Connection: close`). For each
request a `plan(method, path) -> mode` picks what happens:

    pass         forward, answer intact
    reset        RST the connection before reading anything
    drop_before  read the request, close without forwarding (server never sees it)
    drop_after   forward (the server handles and commits it), close without answering
    http500      answer 500 without forwarding
    http429      answer 429 with Retry-After (seconds) without forwarding
    http429_date answer 429 with Retry-After as an HTTP date
    stall        forward, then hold the answer past the client's read timeout, close
    half         forward, send the headers and half the body, close
    slow         forward, dribble the answer in small pieces (within the timeouts)

`refuse_for(seconds)` closes the listening socket for a while: connections are then
truly refused (ECONNREFUSED). Every request is logged with its mode and time.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate

Plan = Callable[[str, str], str]


@dataclass
class Logged:
    at: float
    method: str
    path: str
    mode: str


@dataclass
class FaultProxy:
    upstream_port: int
    plan: Plan = lambda _method, _path: "pass"  # noqa: E731
    stall_s: float = 3.0
    retry_after_s: int = 1
    # Bodies over this (decompressed, when gzipped) get 413, like the server's own limit.
    max_body: int | None = None
    log: list[Logged] = field(default_factory=list)
    port: int = 0
    _listener: socket.socket | None = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._listen()
        threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        with self._lock:
            for entry in self.log:
                found[entry.mode] = found.get(entry.mode, 0) + 1
        return found

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            if self._listener is not None:
                self._listener.close()
                self._listener = None

    def refuse_for(self, seconds: float) -> None:
        """Stop listening for `seconds` (connections refused), then listen again."""
        with self._lock:
            if self._listener is not None:
                self._listener.close()
                self._listener = None
            self.log.append(Logged(time.monotonic(), "-", "-", "refused_window"))

        def reopen() -> None:
            time.sleep(seconds)
            if not self._stop.is_set():
                self._listen()

        threading.Thread(target=reopen, daemon=True).start()

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        listener.settimeout(0.1)
        self.port = listener.getsockname()[1]
        with self._lock:
            self._listener = listener

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                listener = self._listener
            if listener is None:
                time.sleep(0.02)
                continue
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        try:
            request = _read_request(conn)
            if request is None:
                return
            head, body = request
            method, path = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")[:2]
            mode = self.plan(method, path)
            if self.max_body is not None and _body_size(head, body) > self.max_body:
                mode = "http413"
            with self._lock:
                self.log.append(Logged(time.monotonic(), method, path, mode))
            self._act(conn, mode, _with_close(head), body)
        except OSError:
            pass
        finally:
            conn.close()

    def _act(self, conn: socket.socket, mode: str, head: bytes, body: bytes) -> None:
        if mode == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        if mode == "drop_before":
            return
        if mode == "http413":
            conn.sendall(_answer(413, b'{"detail":"The request body is larger than the limit."}'))
            return
        if mode == "http500":
            conn.sendall(_answer(500, b'{"detail":"injected"}'))
            return
        if mode in ("http429", "http429_date"):
            value = (
                str(self.retry_after_s)
                if mode == "http429"
                else formatdate(time.time() + self.retry_after_s + 1, usegmt=True)
            )
            conn.sendall(_answer(429, b'{"detail":"slow down"}', {"Retry-After": value}))
            return
        answer = _forward(self.upstream_port, head + body)
        if mode == "drop_after":
            return
        if mode == "stall":
            time.sleep(self.stall_s)
            return
        if mode == "half":
            split = answer.find(b"\r\n\r\n") + 4
            body_len = len(answer) - split
            conn.sendall(answer[: split + max(1, body_len // 2)] if body_len > 1 else answer[:10])
            return
        if mode == "slow":
            for start in range(0, len(answer), 256):
                conn.sendall(answer[start : start + 256])
                time.sleep(0.002)
            return
        conn.sendall(answer)


def _read_request(conn: socket.socket) -> tuple[bytes, bytes] | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n", body


def _body_size(head: bytes, body: bytes) -> int:
    """The body's size as the server limits it: decompressed when it came gzipped."""
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-encoding" and value.strip().lower() == b"gzip":
            import zlib

            try:
                return len(zlib.decompressobj(wbits=31).decompress(body))
            except zlib.error:
                return len(body)
    return len(body)


def _with_close(head: bytes) -> bytes:
    lines = [
        line
        for line in head.rstrip(b"\r\n").split(b"\r\n")
        if not line.lower().startswith(b"connection:")
    ]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n"


def _forward(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as upstream:
        upstream.sendall(request)
        parts = []
        while True:
            chunk = upstream.recv(65536)
            if not chunk:
                break
            parts.append(chunk)
    return b"".join(parts)


def _answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> bytes:
    reason = {500: "Internal Server Error", 429: "Too Many Requests", 413: "Too Large"}[status]
    lines = [f"HTTP/1.1 {status} {reason}", "Content-Type: application/json"]
    lines += [f"Content-Length: {len(body)}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def scripted(event_modes: list[str], other_modes: list[str] | None = None) -> Plan:
    """A plan that uses up `event_modes` on POST /v1/events and `other_modes` elsewhere."""
    events = list(event_modes)
    others = list(other_modes or [])
    lock = threading.Lock()

    def plan(method: str, path: str) -> str:
        with lock:
            queue = events if (method, path) == ("POST", "/v1/events") else others
            return queue.pop(0) if queue else "pass"

    return plan
