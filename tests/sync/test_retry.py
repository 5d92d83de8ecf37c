"""Retry maths and the client's retry loop (the only place mocks are allowed)."""

from __future__ import annotations

import random
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
import requests

from shopapp.sync.client import ApiClient, BearerAuth, normalise_server_url
from shopapp.sync.errors import ApiError, BadAnswer, Cancelled, NetworkError, Unauthorized
from shopapp.sync.retry import (
    RetryPolicy,
    backoff_delay,
    next_delay,
    parse_retry_after,
    retryable_status,
)
from shopapp.sync.skew import clock_warning

POLICY = RetryPolicy(max_attempts=6, base_s=0.5, cap_s=4.0, total_s=1000.0)


def test_full_jitter_stays_under_the_doubling_ceiling_and_spreads() -> None:
    rng = random.Random(1)
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 4.0), (30, 4.0)]:
        delays = [backoff_delay(attempt, POLICY, rng) for _ in range(2000)]
        assert 0.0 <= min(delays) and max(delays) <= ceiling
        assert abs(sum(delays) / len(delays) - ceiling / 2) < ceiling * 0.05  # uniform
        assert max(delays) > ceiling * 0.95 and min(delays) < ceiling * 0.05


def test_retry_after_seconds_and_http_dates() -> None:
    now = datetime(2026, 11, 26, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(" 2.5 ") == 2.5
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0
    for bad in (None, "", "soon", "-3", "Mon, 99 Foo 2026"):
        assert parse_retry_after(bad, now) is None
    assert next_delay(3, POLICY, 9.0) == 9.0
    assert 0 <= next_delay(3, POLICY, None, random.Random(2)) <= 2.0


def test_which_statuses_are_retried() -> None:
    assert [
        s for s in (200, 201, 301, 400, 401, 404, 408, 409, 413, 422, 429) if retryable_status(s)
    ] == [
        408,
        429,
    ]
    assert all(retryable_status(s) for s in (500, 502, 503, 504))


def test_clock_warning_only_past_five_minutes() -> None:
    assert clock_warning(None) is None and clock_warning(299.0) is None
    assert clock_warning(-301.0) is not None and clock_warning(300.0) is None
    assert "6 minutes ahead of" in (clock_warning(-360.0) or "")
    assert "2.0 hours behind" in (clock_warning(7200.0) or "")
    assert "3.0 days" in (clock_warning(3 * 86400.0) or "")


def test_server_addresses_are_checked() -> None:
    assert normalise_server_url(" https://api.example.org/base/ ") == "https://api.example.org/base"
    for bad in ("api.example.org", "ftp://x", "https://", "https://u:p@x.org", "https://x?a=1"):
        with pytest.raises(ValueError):
            normalise_server_url(bad)
    assert "s3cret" not in repr(BearerAuth("s3cret"))


class FakeResponse:
    def __init__(self, status: int, body: Any = None, headers: dict[str, str] | None = None):
        self.status_code = status
        self._body = body
        self.headers = requests.structures.CaseInsensitiveDict(headers or {})
        self.content = b"" if body is None else b"x"
        self.text = str(body)
        self.reason = "reason"
        self.elapsed = __import__("datetime").timedelta(seconds=0.01)

    def json(self) -> Any:
        if isinstance(self._body, Exception):
            raise ValueError("not JSON")
        return self._body


class FakeSession(requests.Session):
    """Plays a script of responses or exceptions; records each call's kwargs."""

    def __init__(self, script: list[Any]) -> None:
        super().__init__()
        self.script = script
        self.calls: list[dict[str, Any]] = []

    def request(self, method: str, url: str, **kwargs: Any) -> Any:  # type: ignore[override]
        self.calls.append({"method": method, "url": url, **kwargs})
        item = self.script.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item


def client(script: list[Any], policy: RetryPolicy | None = None) -> tuple[ApiClient, FakeSession]:
    session = FakeSession(script)
    fast = policy or RetryPolicy(max_attempts=5, base_s=0.001, cap_s=0.002, total_s=10)
    return ApiClient("https://api.test", "tok", policy=fast, session=session), session


def test_transient_failures_are_retried_then_answered() -> None:
    api, session = client(
        [
            requests.ConnectionError("refused"),
            requests.ReadTimeout("slow"),
            requests.exceptions.ChunkedEncodingError("cut"),
            FakeResponse(503, {"detail": "busy"}),
            FakeResponse(200, {"ok": 1}),
        ]
    )
    answer = api.request("POST", "/v1/events", "events", json_body={"events": []})
    assert answer.body == {"ok": 1}
    assert len(session.calls) == 5 and api.stats.retries == 4
    for call in session.calls:  # timeouts on every call, TLS on, no redirects
        assert call["timeout"] == (api.policy.connect_timeout_s, api.policy.read_timeout_s)
        assert call["allow_redirects"] is False
    assert session.verify is True
    assert api.stats.failures == {
        "ConnectionError": 1,
        "ReadTimeout": 1,
        "ChunkedEncodingError": 1,
        "http_503": 1,
    }


def test_client_errors_are_answers_not_retried() -> None:
    api, session = client([FakeResponse(404, {"detail": "no such parcel"})])
    with pytest.raises(ApiError, match="no such parcel"):
        api.request("GET", "/v1/parcels/X", "the parcel")
    assert len(session.calls) == 1
    api, session = client([FakeResponse(401, {"detail": "bad token"})])
    with pytest.raises(Unauthorized):
        api.request("GET", "/v1/shop", "the pairing")
    assert len(session.calls) == 1
    api, session = client([FakeResponse(422, {"detail": "x"})])
    answer = api.request("POST", "/v1/events", "e", answer_4xx=lambda s: s == 422)
    assert answer.status == 422


def test_attempts_are_bounded() -> None:
    api, session = client([requests.ConnectionError("down")] * 5)
    with pytest.raises(NetworkError, match="after 5 tries"):
        api.request("GET", "/v1/health", "the health check")
    assert len(session.calls) == 5
    api, session = client([FakeResponse(200, ValueError())] * 5)
    with pytest.raises(BadAnswer):
        api.request("GET", "/v1/manifest", "the manifest")


def test_total_time_and_long_retry_after_stop_the_loop() -> None:
    slow = RetryPolicy(max_attempts=50, base_s=5, cap_s=5, total_s=0.0)
    api, session = client([requests.ConnectionError("down")] * 50, slow)
    with pytest.raises(NetworkError, match="gave up"):
        api.request("GET", "/v1/health", "h")
    assert len(session.calls) == 1
    patient = RetryPolicy(max_attempts=5, max_retry_after_s=60)
    api, session = client([FakeResponse(429, {}, {"Retry-After": "3600"})] * 5, patient)
    with pytest.raises(NetworkError, match="asked to wait 3600"):
        api.request("GET", "/v1/health", "h")
    assert len(session.calls) == 1


def test_retry_after_is_waited_for_and_cancel_interrupts_it() -> None:
    waits: list[float] = []

    class Recorder(threading.Event):
        def wait(self, timeout: float | None = None) -> bool:
            waits.append(timeout or 0.0)
            return False

    api, _ = client([FakeResponse(429, {}, {"Retry-After": "2"}), FakeResponse(200, {})])
    api.cancel = Recorder()
    api.request("GET", "/v1/health", "h")
    assert waits == [2.0]

    cancel = threading.Event()
    api, _ = client([FakeResponse(503, {}, {"Retry-After": "30"}), FakeResponse(200, {})])
    api.policy = RetryPolicy(max_attempts=3, max_retry_after_s=60)
    api.cancel = cancel
    threading.Timer(0.05, cancel.set).start()
    with pytest.raises(Cancelled):
        api.request("GET", "/v1/health", "h")


def test_plain_http_is_flagged_only_off_the_local_network() -> None:
    from shopapp.sync.pairing import _plain_http_warning

    assert _plain_http_warning("https://carrier.example") is None
    for local in ("http://127.0.0.1:8765", "http://localhost", "http://192.168.1.20"):
        assert _plain_http_warning(local) is None
    assert "not encrypted" in (_plain_http_warning("http://carrier.example") or "")


def test_server_time_from_the_body_or_the_date_header() -> None:
    from shopapp.sync.client import Answer
    from shopapp.sync.skew import server_time

    moment = datetime(2026, 11, 26, 12, 0, 0, tzinfo=UTC)
    body = Answer(200, {"time": "2026-11-26T12:00:00Z"}, {}, 0.0, 0.0, 0.0)
    assert server_time(body) == moment.timestamp()
    header = Answer(200, {}, {"Date": format_datetime(moment, usegmt=True)}, 0.0, 0.0, 0.0)
    assert server_time(header) == moment.timestamp()
    assert server_time(Answer(200, {"time": "garbage"}, {}, 0.0, 0.0, 0.0)) is None


def test_manifest_rows_in_the_shops_terms() -> None:
    from shopapp.sync.pull import local_row

    row = local_row(
        {
            "tracking_number": "jjd0001",
            "recipient": "Ann",
            "address": "1 Mill Lane",
            "lat": 52.1,
            "lon": -1.2,
            "service": "same_day",
            "deadline": "2026-11-26T17:00:00+00:00",
            "weight_kg": 2.5,
            "time_window_start": "2026-11-26T09:30:00Z",
            "max_attempts": 2,
            "seq": 17,
            "status": "delivered",  # the server's view never overwrites the shop's
        }
    )
    assert row["service"] == "same-day" and row["weight_g"] == 2500
    assert row["deadline"].startswith("2026-11-26T17:00:00") and row["deadline"].endswith("Z")
    assert row["manifest_seq"] == 17
    assert 0 <= row["tw_start_s"] < 86400 and "status" not in row
    with pytest.raises(ValueError):
        local_row({"recipient": "no number"})


def test_the_report_round_trips_through_json() -> None:
    import json

    from shopapp.sync.report import RejectedEvent, SyncReport

    report = SyncReport(sent=3, acknowledged=2, ok=True, clock_offset_s=1.23456)
    report.rejected.append(RejectedEvent("id-1", "JJD1", "delivered", "why"))
    again = SyncReport.from_dict(json.loads(json.dumps(report.as_dict())))
    assert again.rejected == report.rejected and (again.sent, again.acknowledged) == (3, 2)
    assert again.clock_offset_s == 1.235
