"""The HTTP client of the sync: a requests session with timeouts, TLS checks and retries.

Every call has (connect, read) timeouts (requests has none by default) that follow the
link's measured rate (`shopapp.sync.link.LinkMeter`), JSON bodies go gzipped and answers
are asked gzipped (`Accept-Encoding: gzip`), TLS verification
stays on, the token rides in an `Authorization: Bearer` header set by an auth object
(so a ~/.netrc cannot replace it and its repr never shows it), redirects are not
followed (they could carry the token elsewhere), and our own loop retries connection
failures, timeouts, cut answers, 5xx, 408 and 429 with backoff and Retry-After.
"""

from __future__ import annotations

import gzip
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
from shopapp.sync.link import HEADER_BYTES, LinkMeter
from shopapp.sync.retry import RetryPolicy, next_delay, parse_retry_after, retryable_status

log = logging.getLogger(__name__)

# requests' own exceptions that mean "the exchange did not complete": all worth a retry.
_TRANSIENT = (
    requests.ConnectionError,  # refused, reset, RemoteDisconnected, DNS
    requests.Timeout,  # connect or read timeout
    requests.exceptions.ChunkedEncodingError,  # answer cut short
    requests.exceptions.ContentDecodingError,
)
# Answers to a gzipped body that may only mean "this server does not take gzip".
_GZIP_REFUSED = frozenset({400, 415, 422})


class LinkFault(Exception):
    """One try that did not get an answer (kind: the exception's name, "http_503",
    "undecodable"); internal to the sync, never shown as it is."""

    def __init__(
        self, kind: str, last: str, retry_after: float | None = None, status: int | None = None
    ) -> None:
        super().__init__(last)
        self.kind = kind
        self.last = last
        self.retry_after = retry_after
        self.status = status

    @property
    def on_the_link(self) -> bool:
        """Cut, reset or timed out (not an answer from the server, like a 503)."""
        return self.status is None and self.kind != "undecodable"


@dataclass(frozen=True)
class Encoded:
    """A JSON body: compact and gzipped."""

    raw: bytes
    gz: bytes


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
    up_bytes: int = 0  # the request body as sent (compressed when gzipped)
    down_bytes: int = 0  # the answer body as received (compressed when gzipped)


@dataclass
class ClientStats:
    requests: int = 0
    retries: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    link_faults: int = 0  # tries cut, reset or timed out on the way
    bytes_up: int = 0  # every try's body and headers (what went on the wire, roughly)
    bytes_down: int = 0

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
        # Answers and manifest pages come gzipped (requests decodes them).
        self.session.headers["Accept-Encoding"] = "gzip"
        self.link = LinkMeter()
        self.gzip_requests = True
        self._gzip_confirmed = False
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

    def encode(self, payload: Any) -> Encoded:
        """A JSON body, ready to send: compact JSON and its gzip (level 6)."""
        raw = json.dumps(payload, separators=(",", ":")).encode("utf-8")
        return Encoded(raw, gzip.compress(raw, compresslevel=6, mtime=0))

    def wire_size(self, body: Encoded) -> int:
        """What `body` weighs on the wire as this client would send it now."""
        return len(body.gz) if self.gzip_requests else len(body.raw)

    def pause(self, failures: int, retry_after: float | None = None) -> None:
        """The wait after `failures` failed tries in a row (backoff, or Retry-After)."""
        self._sleep(next_delay(failures, self.policy, retry_after, self.rng))

    def exchange(
        self,
        method: str,
        path: str,
        what: str,
        *,
        json_body: Any = None,
        body: Encoded | None = None,
        data: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        answer_4xx: Callable[[int], bool] | None = None,
        expect_down: int = 1024,
    ) -> Answer:
        """One try of one request; the caller decides what to do when it fails.

        JSON bodies (`json_body`, or `body` from `encode`) go gzipped with
        `Content-Encoding: gzip`; a server that answers 400/415/422 to the first
        gzipped body and accepts it plain is sent plain from then on (an older server).
        The time-outs follow the link's measured rate (`self.link`).

        Raises:
            LinkFault: the exchange did not complete (cut, reset, time-out), or the
                server answered a retryable status (5xx, 408, 429), or a 2xx that is
                not JSON; `kind` says which.
            Unauthorized, ApiError, TlsError, Cancelled: as `request`.
        """
        if self.cancel.is_set():
            raise Cancelled()
        url = self.base_url + path
        send_headers = {"Accept": "application/json"}
        if json_body is not None:
            body = self.encode(json_body)
        gzipped = False
        payload: bytes | None = data
        if body is not None:
            send_headers["Content-Type"] = "application/json"
            if self.gzip_requests:
                payload = body.gz
                send_headers["Content-Encoding"] = "gzip"
                gzipped = True
            else:
                payload = body.raw
        elif data is not None:
            send_headers["Content-Type"] = "application/octet-stream"
        if headers:
            send_headers.update(headers)
        up = len(payload or b"")
        response, received_at, sent_at, elapsed = self._send(
            method, url, what, params, payload, send_headers, up, expect_down
        )
        status = response.status_code
        if gzipped and body is not None and not self._gzip_confirmed and status in _GZIP_REFUSED:
            # Perhaps a server from before gzip bodies: the same request, plain.
            plain = dict(send_headers)
            plain.pop("Content-Encoding", None)
            retry, received_at, sent_at, elapsed = self._send(
                method, url, what, params, body.raw, plain, len(body.raw), expect_down
            )
            if 200 <= retry.status_code < 300:
                log.info("the server does not take gzip bodies (HTTP %d); sending plain", status)
                self.gzip_requests = False
            response, status = retry, retry.status_code
        elif gzipped and 200 <= status < 300:
            self._gzip_confirmed = True
        if 200 <= status < 300 or (answer_4xx is not None and answer_4xx(status)):
            decoded = _decode(response)
            if decoded is _UNDECODABLE:
                self.stats.count("undecodable")
                raise LinkFault("undecodable", f"HTTP {status} with an answer that is not JSON")
            return Answer(
                status,
                decoded,
                response.headers,
                response.elapsed.total_seconds() if response.elapsed else elapsed,
                sent_at,
                received_at,
                up_bytes=up,
                down_bytes=_wire_length(response),
            )
        if retryable_status(status):
            self.stats.count(f"http_{status}")
            raise LinkFault(
                f"http_{status}",
                f"HTTP {status}",
                parse_retry_after(response.headers.get("Retry-After")),
                status=status,
            )
        if status in (401, 403):
            raise Unauthorized(status, _detail(response), what)
        if 300 <= status < 400:
            raise ApiError(
                status,
                f"the server points elsewhere ({response.headers.get('Location', '?')}); "
                "check the server address",
                what,
            )
        raise ApiError(status, _detail(response), what)

    def _send(
        self,
        method: str,
        url: str,
        what: str,
        params: Mapping[str, Any] | None,
        payload: bytes | None,
        headers: Mapping[str, str],
        up: int,
        expect_down: int,
    ) -> tuple[requests.Response, float, float, float]:
        """One HTTP exchange, measured; LinkFault when it does not complete."""
        policy = self.policy
        timeout = self.link.timeouts(
            up,
            expect_down,
            policy.connect_timeout_s,
            policy.read_timeout_s,
            policy.max_timeout_s,
        )
        self.stats.requests += 1
        self.stats.bytes_up += up + HEADER_BYTES
        sent_at = self.clock()
        started = time.monotonic()
        try:
            response = self.session.request(
                method,
                url,
                params=params,
                data=payload,
                headers=headers,
                timeout=timeout,
                allow_redirects=False,
            )
            received_at = self.clock()
        except requests.exceptions.SSLError as error:
            # Not a hiccup: a wrong or forged certificate. Never retried, never bypassed.
            raise TlsError(what, _short(error)) from error
        except _TRANSIENT as error:
            kind = type(error).__name__
            self.stats.count(kind)
            self.stats.link_faults += 1
            self.link.fault()
            raise LinkFault(kind, f"{kind}: {_short(error)}") from error
        elapsed = time.monotonic() - started
        down = _wire_length(response)
        self.stats.bytes_down += down + HEADER_BYTES
        self.link.record(up + HEADER_BYTES, down + HEADER_BYTES, elapsed)
        return response, received_at, sent_at, elapsed

    def request(
        self,
        method: str,
        path: str,
        what: str,
        *,
        json_body: Any = None,
        data: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        answer_4xx: Callable[[int], bool] | None = None,
        retry: bool = True,
        expect_down: int = 1024,
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
        started = time.monotonic()
        body = self.encode(json_body) if json_body is not None else None
        attempts = policy.max_attempts if retry else 1
        last = "no try made"
        undecodable = False
        attempt = 0
        for attempt in range(1, attempts + 1):
            if self.cancel.is_set():
                raise Cancelled()
            retry_after: float | None = None
            try:
                return self.exchange(
                    method,
                    path,
                    what,
                    body=body,
                    data=data,
                    params=params,
                    headers=headers,
                    answer_4xx=answer_4xx,
                    expect_down=expect_down,
                )
            except LinkFault as fault:
                undecodable = fault.kind == "undecodable"
                last = fault.last
                retry_after = fault.retry_after
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


def _wire_length(response: requests.Response) -> int:
    """The answer body's size on the wire (compressed, when it came gzipped)."""
    length = response.headers.get("Content-Length") if response.headers is not None else None
    if length is not None and length.strip().isdigit():
        return int(length)
    return len(response.content or b"")


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
