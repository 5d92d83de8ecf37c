"""Rate limits per bearer token, as pure ASGI middleware: 429 with Retry-After.

One token bucket per token (kept as a digest, never the token itself): it holds up to
`burst` requests and refills at `rate` per second. A request that finds its bucket
empty is answered at once with 429 and `Retry-After` (whole seconds until the bucket
holds one request again, at least 1), before its body is read or the database is
touched, so one shop sending too much never slows the others. The shop routes and the
admin routes (`/v1/admin/...`) have separate limits. A request without a bearer token is
not counted (it is answered 401 without a database query); `/v1/health` and `/v1/ready`
are never limited.

The buckets live in the worker process: with `serve --workers N` each worker keeps its
own, so a shop whose connections land on several workers may get up to N times the rate
(the app's sync keeps one connection, so it stays on one worker). At most `max_keys`
buckets are kept; the least recently used goes first (a full bucket forgotten is the
same as a full bucket kept).
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections import OrderedDict
from collections.abc import Callable

from starlette.types import ASGIApp, Receive, Scope, Send

ADMIN_PREFIX = "/v1/admin/"
UNLIMITED_PATHS = frozenset({"/v1/health", "/v1/ready"})
MAX_KEYS = 100_000


class TokenBuckets:
    """Buckets of `burst` requests refilled at `rate` a second, one per key."""

    def __init__(
        self,
        rate: float,
        burst: int,
        *,
        max_keys: int = MAX_KEYS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("a rate limit needs rate > 0 and burst >= 1")
        self.rate = rate
        self.burst = float(burst)
        self.max_keys = max_keys
        self.clock = clock
        self._buckets: OrderedDict[bytes, tuple[float, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._buckets)

    def take(self, key: bytes) -> float:
        """Take one request from `key`'s bucket: 0.0 if allowed, else seconds to wait."""
        now = self.clock()
        tokens, stamp = self._buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - stamp) * self.rate)
        if tokens >= 1.0:
            tokens -= 1.0
            wait = 0.0
        else:
            wait = (1.0 - tokens) / self.rate
        self._buckets[key] = (tokens, now)
        while len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
        return wait


def bearer_token(scope: Scope) -> bytes | None:
    """The bearer token of a request, as sent, or None."""
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            scheme, _, token = value.partition(b" ")
            token = token.strip()
            if scheme.lower() == b"bearer" and token:
                return bytes(token)
            return None
    return None


def retry_after(wait_s: float) -> int:
    """Whole seconds for Retry-After (RFC 9110 delta-seconds): at least 1."""
    return max(1, math.ceil(wait_s))


class RateLimit:
    """Answer 429 to a token whose bucket is empty; shop and admin buckets apart."""

    def __init__(self, app: ASGIApp, shop: TokenBuckets | None, admin: TokenBuckets | None) -> None:
        self.app = app
        self.shop = shop
        self.admin = admin

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        buckets = self.admin if path.startswith(ADMIN_PREFIX) else self.shop
        if buckets is None or path in UNLIMITED_PATHS:
            await self.app(scope, receive, send)
            return
        token = bearer_token(scope)
        if token is None:
            await self.app(scope, receive, send)
            return
        wait = buckets.take(hashlib.blake2b(token, digest_size=16).digest())
        if wait <= 0.0:
            await self.app(scope, receive, send)
            return
        await _too_many(send, retry_after(wait), admin=buckets is self.admin)


async def _too_many(send: Send, seconds: int, *, admin: bool) -> None:
    who = "The admin token" if admin else "This shop's token"
    body = json.dumps(
        {"detail": f"{who} has sent too many requests; send again in {seconds} s (Retry-After)."}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 429,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(seconds).encode()),
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def from_settings(rate: float, burst: int) -> TokenBuckets | None:
    """Buckets for a configured limit, or None when it is off (rate 0)."""
    if rate <= 0:
        return None
    return TokenBuckets(rate, max(1, burst))
