"""Retry maths: exponential backoff with full jitter, Retry-After, and what is worth retrying.

Everything the sync sends is safe to send again (events carry their ids, blobs their
hash), so the loop in `shopapp.sync.client` retries POSTs too; urllib3's own Retry is
not used because it will not retry POST and cannot know that.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# 408 Request Timeout and 429 Too Many Requests are hiccups; any other 4xx is an answer.
RETRY_4XX = frozenset({408, 429})


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one request.

    Attributes:
        max_attempts: tries in all (the first one included).
        base_s: the first backoff ceiling; it doubles with every failed try...
        cap_s: ...up to this ceiling.
        total_s: no new try starts (and no wait is begun) past this many seconds.
        connect_timeout_s: time to open the TCP (and TLS) connection; also the least
            time allowed to put a body on the wire (urllib3 sends it under this time-out).
        read_timeout_s: longest silence while waiting for the answer's bytes, at least.
            Both time-outs follow the link's measured rate (`shopapp.sync.link`): a big
            body on a slow link is given the time it needs (with a margin), up to...
        max_timeout_s: ...this many seconds.
        max_retry_after_s: a longer Retry-After than this is not waited for.
    """

    max_attempts: int = 8
    base_s: float = 0.5
    cap_s: float = 30.0
    total_s: float = 180.0
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 15.0
    max_retry_after_s: float = 120.0
    max_timeout_s: float = 300.0

    @property
    def timeout(self) -> tuple[float, float]:
        """The floors: (connect, read) for a request of no size."""
        return (self.connect_timeout_s, self.read_timeout_s)


def backoff_delay(attempt: int, policy: RetryPolicy, rng: random.Random | None = None) -> float:
    """Seconds to wait after failed try number `attempt` (1-based): full jitter.

    Uniform in [0, min(cap, base * 2**(attempt-1))] ("Exponential Backoff And Jitter",
    AWS Architecture Blog): many shops coming back online at once do not retry in step.
    """
    ceiling = min(policy.cap_s, policy.base_s * (2 ** max(0, attempt - 1)))
    return (rng or random).uniform(0.0, ceiling)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date; None if unusable."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        seconds = float(text)  # not in RFC 9110, but some servers send "1.5"
    except ValueError:
        pass
    else:
        return seconds if seconds >= 0 else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    delta = (when - (now or datetime.now(UTC))).total_seconds()
    return max(0.0, delta)


def retryable_status(status: int) -> bool:
    """5xx, 408 and 429 are tried again; 2xx, 3xx and the other 4xx are answers."""
    return status >= 500 or status in RETRY_4XX


def next_delay(
    attempt: int,
    policy: RetryPolicy,
    retry_after: float | None,
    rng: random.Random | None = None,
) -> float:
    """The wait before the next try: the server's Retry-After when given, else the backoff."""
    if retry_after is not None:
        return retry_after
    return backoff_delay(attempt, policy, rng)
