"""The HTTP client of the sync: a requests session with timeouts, TLS checks and retries.

Every call has (connect, read) timeouts (requests has none by default), TLS verification
stays on, the token rides in an `Authorization: Bearer` header set by an auth object
(so a ~/.netrc cannot replace it and its repr never shows it), redirects are not
followed (they could carry the token elsewhere), and our own loop retries connection
failures, timeouts, cut answers, 5xx, 408 and 429 with backoff and Retry-After.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.auth import AuthBase

from shopapp import __version__
from shopapp.sync.errors import (
    ApiError,
    BadAnswer,
    Cancelled,
    NetworkError,
    TlsError,
    Unauthorized,
)
from shopapp.sync.retry import RetryPolicy, next_delay, parse_retry_after, retryable_status

log = logging.getLogger(__name__)

# requests' own exceptions that mean "the exchange did not complete": all worth a retry.
_TRANSIENT = (
    requests.ConnectionError,  # refused, reset, RemoteDisconnected, DNS
    requests.Timeout,  # connect or read timeout
    requests.exceptions.ChunkedEncodingError,  # answer cut short
    requests.exceptions.ContentDecodingError,
)


class BearerAuth(AuthBase):
    """Adds the shop's token; never shows it in a repr or a log line."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "BearerAuth(<hidden>)"


def normalise_server_url(url: str) -> str:
    """'https://host[:port][/prefix]' without a trailing slash; ValueError when unusable."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"{url!r} is not a server address: it must start with https:// (or http:// for a "
            "server on this computer or the local network) and name a host."
        )
    if parts.query or parts.fragment:
        raise ValueError(f"{url!r}: a server address has no '?' or '#' part.")
    if parts.username or parts.password:
        raise ValueError("Put the token in the token field, not in the server address.")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


@dataclass
class Answer:
    """A completed HTTP exchange that is an answer (2xx, or a 4xx the caller wants to see)."""

    status: int
    body: Any
    headers: Mapping[str, str]
    elapsed_s: float
    sent_at: float  # the shop's clock (POSIX seconds) when the successful try started
    received_at: float  # the shop's clock when its answer was read


@dataclass
class ClientStats:
    requests: int = 0
    retries: int = 0
    failures: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.failures[kind] = self.failures.get(kind, 0) + 1


class ApiClient:
    """One shop's connection to the central API (use one per thread; not thread-safe)."""

    def __init__(
        self,
        base_url: str,
        token: str | None,
        *,
        policy: RetryPolicy | None = None,
        cancel: threading.Event | None = None,
        rng: random.Random | None = None,
        session: requests.Session | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.base_url = normalise_server_url(base_url)
        self.policy = policy or RetryPolicy()
        self.cancel = cancel or threading.Event()
        self.rng = rng or random.Random()
        self.stats = ClientStats()
        # The shop's clock, for measuring the offset to the server's (injectable in tests).
        self.clock = clock
        self.session = session or requests.Session()
        self.session.verify = True
        self.session.headers["User-Agent"] = f"shopapp/{__version__}"
        if token is not None:
            self.session.auth = BearerAuth(token)

    def __repr__(self) -> str:
        return f"ApiClient({self.base_url!r})"

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _sleep(self, seconds: float) -> None:
        if self.cancel.wait(max(0.0, seconds)):
            raise Cancelled()

    def request(
        self,
        method: str,
        path: str,
        what: str,
        *,
        json_body: Any = None,
        data: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        answer_4xx: Callable[[int], bool] | None = None,
        retry: bool = True,
    ) -> Answer:
        """Send one request until it gets an answer; returns the decoded JSON answer.

        Args:
            what: words for messages ("the events batch", "the manifest").
            answer_4xx: statuses (besides 2xx) the caller handles itself.
            retry: False for probes: one try, no waiting.
        Raises:
            Unauthorized (401/403), ApiError (another 4xx), NetworkError (retries spent),
            Cancelled, BadAnswer (a 2xx that is not JSON, after the retries).
        """
        policy = self.policy
        url = self.base_url + path
        started = time.monotonic()
        headers = {"Accept": "application/json"}
        body: bytes | None = data
        if json_body is not None:
            body = json.dumps(json_body, separators=(",", ":")).encode("utf-8")
            headers["Content-Type"] = "application/json"
        elif data is not None:
            headers["Content-Type"] = "application/octet-stream"
        attempts = policy.max_attempts if retry else 1
        last = "no try made"
        undecodable = False
        attempt = 0
        for attempt in range(1, attempts + 1):
            if self.cancel.is_set():
                raise Cancelled()
            retry_after: float | None = None
            undecodable = False
            self.stats.requests += 1
            sent_at = self.clock()
            try:
                response = self.session.request(
                    method,
                    url,
                    params=params,
                    data=body,
                    headers=headers,
                    timeout=policy.timeout,
                    allow_redirects=False,
                )
                received_at = self.clock()
            except requests.exceptions.SSLError as error:
                # Not a hiccup: a wrong or forged certificate. Never retried, never bypassed.
                raise TlsError(what, _short(error)) from error
            except _TRANSIENT as error:
                kind = type(error).__name__
                self.stats.count(kind)
                last = f"{kind}: {_short(error)}"
            else:
                status = response.status_code
                if 200 <= status < 300 or (answer_4xx is not None and answer_4xx(status)):
                    decoded = _decode(response)
                    if decoded is not _UNDECODABLE:
                        return Answer(
                            status,
                            decoded,
                            response.headers,
                            response.elapsed.total_seconds(),
                            sent_at,
                            received_at,
                        )
                    self.stats.count("undecodable")
                    undecodable = True
                    last = f"HTTP {status} with an answer that is not JSON"
                elif retryable_status(status):
                    self.stats.count(f"http_{status}")
                    last = f"HTTP {status}"
                    retry_after = parse_retry_after(response.headers.get("Retry-After"))
                elif status in (401, 403):
                    raise Unauthorized(status, _detail(response), what)
                elif 300 <= status < 400:
                    raise ApiError(
                        status,
                        f"the server points elsewhere ({response.headers.get('Location', '?')}); "
                        "check the server address",
                        what,
                    )
                else:
                    raise ApiError(status, _detail(response), what)
            if attempt == attempts:
                break
            elapsed = time.monotonic() - started
            delay = next_delay(attempt, policy, retry_after, self.rng)
            if retry_after is not None and retry_after > policy.max_retry_after_s:
                last += f"; the server asked to wait {retry_after:.0f} s"
                break
            if elapsed + delay >= policy.total_s:
                last += f"; gave up after {elapsed:.0f} s"
                break
            self.stats.retries += 1
            log.info("%s %s: %s; try %d in %.2f s", method, path, last, attempt + 1, delay)
            self._sleep(delay)
        log.warning("%s %s failed: %s", method, path, last)
        if undecodable:
            raise BadAnswer(f"The carrier's server sent an answer for {what} that is not JSON.")
        raise NetworkError(what, attempt, last)


_UNDECODABLE = object()


def _decode(response: requests.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:  # JSONDecodeError: cut in half or not ours
        return _UNDECODABLE


def _detail(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:300] or response.reason or "no reason given"
    if isinstance(body, dict) and "detail" in body:
        detail = body["detail"]
        if isinstance(detail, str):
            return detail[:500]
        return json.dumps(detail)[:500]
    return json.dumps(body)[:300]


def _short(error: BaseException) -> str:
    text = str(error)
    return text if len(text) <= 200 else text[:200] + "…"
