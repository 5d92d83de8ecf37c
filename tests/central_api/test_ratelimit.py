"""Rate limits in process: the token buckets' arithmetic, and the middleware's answers
(429 with Retry-After per shop token, the admin routes apart, probes never limited)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from central_api.ratelimit import TokenBuckets, retry_after
from tests.central_api.conftest import ADMIN, Api, make_api


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_lets_the_burst_through_then_the_rate() -> None:
    clock = Clock()
    buckets = TokenBuckets(rate=2.0, burst=3, clock=clock)
    assert [buckets.take(b"a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert buckets.take(b"a") == pytest.approx(0.5)
    assert buckets.take(b"b") == 0.0  # another token has its own bucket
    clock.now += 0.5
    assert buckets.take(b"a") == 0.0  # refilled one
    clock.now += 100
    assert [buckets.take(b"a") for _ in range(4)][:3] == [0.0, 0.0, 0.0]  # never past burst
    assert retry_after(0.01) == 1 and retry_after(1.2) == 2


def test_buckets_are_bounded() -> None:
    buckets = TokenBuckets(rate=1.0, burst=1, max_keys=10, clock=Clock())
    for n in range(100):
        buckets.take(str(n).encode())
    assert len(buckets) == 10


@pytest.fixture
def limited(database_url: str) -> Iterator[Api]:
    yield from make_api(
        database_url, rate_per_s=1.0, rate_burst=3, admin_rate_per_s=1.0, admin_rate_burst=5
    )


def test_429_per_shop_token_with_retry_after(limited: Api) -> None:
    a, b = limited.create_shop("A"), limited.create_shop("B")
    codes = [a.get("/v1/shop").status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    refused = a.get("/v1/manifest")
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "1"
    assert "too many requests" in refused.json()["detail"]
    # Another shop is served; probes are never limited; no token is not counted.
    assert b.get("/v1/shop").status_code == 200
    assert all(a.get(p).status_code == 200 for p in ["/v1/health", "/v1/ready"] * 5)
    assert limited.client.get("/v1/shop").status_code == 401
    # A body sent to a refused token is not read (nor stored).
    sent = limited.client.post("/v1/events", json={"events": []}, headers=a.headers)
    assert sent.status_code == 429


def test_the_admin_routes_have_their_own_limit(limited: Api) -> None:
    shop = limited.create_shop("A")  # one admin request
    for _ in range(3):
        shop.get("/v1/shop")
    assert shop.get("/v1/shop").status_code == 429
    codes = [
        limited.client.get("/v1/admin/tracking-formats", headers=ADMIN).status_code
        for _ in range(6)
    ]
    assert codes[:4] == [200] * 4 and codes[-1] == 429
    assert (
        "The admin token"
        in limited.client.get("/v1/admin/tracking-formats", headers=ADMIN).json()["detail"]
    )
