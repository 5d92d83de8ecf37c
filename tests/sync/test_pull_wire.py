"""The wire, read by the app with the server's own models; one tracking-number normalisation.

The manifest and the answers to an event batch are pydantic models in parcelwire.wire:
the server answers with them, and the pull and the push read what they receive with
them (a page or an answer that does not fit is refused with a clear error, a row that
does not fit is left out and reported). Tracking numbers are normalised by one function,
so the server and the app agree on every number, however it was typed or printed.
"""

from __future__ import annotations

from typing import Any

import pytest
import requests
from pydantic import ValidationError

from central_api.schemas import TRACKING_RE, EventIn, ParcelIn, normalise_tracking
from parcelwire.tracking import normalise_tracking_number
from parcelwire.wire import EventsOut, ManifestOut, ParcelOut, validate_leaving_out
from shopapp.counter.checkin import check_in
from shopapp.paths import DataPaths
from shopapp.scanning import parse_scan
from shopapp.scanning.shelf_code import normalise_tracking_number as app_normalise
from shopapp.store import Store
from shopapp.store.parcels import by_tracking_number
from shopapp.sync.errors import BadAnswer
from shopapp.sync.pull import _page, _skipped, local_row
from shopapp.sync.push import OutgoingEvent, _answers_by_id
from shopapp.sync.run import run_sync
from tests.sync.conftest import FAST, Shop

# Typed, printed and scanned forms of numbers, and a few that are not numbers at all.
TRICKY = [
    "JJD0001234567",
    "jjd0001234567",
    " jjd 0001 234 567 ",
    "JJD-0001-234-567",
    "jjd\t0001\n234567\r",
    "JJD\u00a00001234567",  # no-break space
    "JJD\u20030001234567",  # em space
    "JJD\x1d0001234567",  # GS (str.isspace() says white space)
    "1z 999 aa1 0123 4567 84",
    "1Z-999-AA1-0123-4567-84",
    "JJD\u20100001",  # a Unicode hyphen is not a dash to drop
    "straße-1",  # ß upper-cases to SS
    "\ufb01le 7",  # the "fi" ligature upper-cases to FI
    "a.b_c-d",
    "--",
    " ",
    "",
]


def test_server_and_app_normalise_every_tricky_number_alike() -> None:
    for raw in TRICKY:
        expected = normalise_tracking_number(raw)
        assert normalise_tracking(raw) == expected, raw  # the server: events, look-ups
        assert app_normalise(raw) == expected, raw  # the app: shelf labels, typed numbers
        scan = parse_scan(raw)
        if scan.ok and scan.kind == "carrier":  # the app: scans
            assert scan.tracking_number == expected, raw
        if expected:  # the app: the manifest's numbers, as pulled
            assert local_row({"tracking_number": raw})["tracking_number"] == expected, raw
        else:
            with pytest.raises(ValueError, match="at least one letter or digit"):
                local_row({"tracking_number": raw})
        if TRACKING_RE.match(raw):  # the server: the numbers the carrier assigns
            if expected:
                parcel = ParcelIn(tracking_number=raw, recipient="A", address="B")
                assert parcel.tracking_number == expected, raw
            else:
                with pytest.raises(ValidationError, match="at least one letter or digit"):
                    ParcelIn(tracking_number=raw, recipient="A", address="B")


def test_the_scanners_forms_of_a_number_are_one_number() -> None:
    forms = ["JJD0001234567", " jjd 0001 234 567 ", "JJD-0001-234-567", "jjd\t0001234567\n"]
    assert {normalise_tracking_number(form) for form in forms} == {"JJD0001234567"}
    assert {parse_scan(form).tracking_number for form in forms} == {"JJD0001234567"}


@pytest.mark.e2e
def test_a_dashed_manifest_number_is_scanned_in_and_accepted(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    """The carrier assigns "jjd-0009-876-543", the label reads "JJD 0009 876 543": the
    app's pull, its scan and the server's intake all see one parcel, JJD0009876543."""
    paired.server.assign(
        paired.shop_id,
        [
            {
                "tracking_number": "jjd-0009-876-543",
                "recipient": "Ann Baker",
                "address": "3 Mill Lane",
                "lat": 52.051,
                "lon": -1.021,
                "service": "same_day",
                "weight_kg": 0.75,
            }
        ],
    )
    pulled = run_sync(paths, store, policy=FAST)
    assert pulled.ok and pulled.new_parcels == 1, pulled.error
    with store.read() as session:
        parcel = by_tracking_number(session, "JJD0009876543")
        assert parcel is not None
        assert (parcel.service, parcel.weight_g) == ("same-day", 750)
    outcome = check_in(store, "JJD 0009 876 543\r")
    assert tuple(outcome.events) == ("received",), outcome
    pushed = run_sync(paths, store, policy=FAST)
    assert pushed.ok and pushed.acknowledged == 1 and not pushed.rejected, pushed.rejected
    answer = requests.get(
        f"{paired.server.base_url}/v1/parcels/jjd-0009876543",
        headers={"Authorization": f"Bearer {paired.token}"},
        timeout=10,
    )
    assert answer.status_code == 200
    assert answer.json()["tracking_number"] == "JJD0009876543"
    assert answer.json()["status"] == "received"
    # The server's answer reads with the same model the manifest is pulled with.
    assert ParcelOut.model_validate(answer.json()).status == "received"


class _Client:
    """Just enough of ApiClient for `_page`: one answer body."""

    def __init__(self, body: Any) -> None:
        self.body = body

    def exchange(self, *args: Any, **kwargs: Any) -> Any:
        body = self.body

        class _Answer:
            pass

        answer = _Answer()
        answer.body = body  # type: ignore[attr-defined]
        return answer


ROW = {"tracking_number": "jjd 1", "recipient": "Ann", "address": "1 Mill Lane", "seq": 4}


def test_a_manifest_page_is_read_with_the_wire_model() -> None:
    body = {"parcels": [ROW, {**ROW, "tracking_number": "JJD2", "seq": 5}], "cursor": 5}
    page, left_out = _page(_Client({**body, "more": False}), 0, 100)  # type: ignore[arg-type]
    assert isinstance(page, ManifestOut) and not left_out
    assert [p.tracking_number for p in page.parcels] == ["JJD1", "JJD2"]
    assert (page.cursor, page.more) == (5, False)


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ([], "valid dictionary"),
        ({"cursor": 1, "more": False}, "parcels: Field required"),
        ({"parcels": {}, "cursor": 1, "more": False}, "parcels: Input should be a valid list"),
        ({"parcels": [], "cursor": "1", "more": False}, "cursor: Input should be a valid int"),
        ({"parcels": [], "cursor": True, "more": False}, "cursor: Input should be a valid int"),
        ({"parcels": [], "cursor": 1}, "more: Field required"),
        ({"parcels": [], "cursor": 1, "more": "no"}, "more: Input should be a valid bool"),
    ],
)
def test_a_manifest_page_not_in_the_agreed_form_is_a_bad_answer(body: Any, detail: str) -> None:
    with pytest.raises(BadAnswer, match="manifest page that is not in the agreed form") as caught:
        _page(_Client(body), 0, 100)  # type: ignore[arg-type]
    assert detail in str(caught.value)


def test_rows_that_do_not_fit_are_left_out_and_said_why() -> None:
    rows = [
        ROW,
        {**ROW, "tracking_number": "JJD2", "lat": "52.1"},  # a string is not a number
        {"recipient": "no number"},
        {**ROW, "tracking_number": "JJD4", "deadline": 1767225600},  # not an ISO time
        {**ROW, "tracking_number": "JJD5", "deadline": "2026-11-26T17:00:00"},  # no offset
        "not an object",
        {**ROW, "tracking_number": "JJD7", "weight_kg": True},
    ]
    page, left_out = _page(_Client({"parcels": rows, "cursor": 9, "more": True}), 0, 100)  # type: ignore[arg-type]
    assert [p.tracking_number for p in page.parcels] == ["JJD1"]
    lines = [_skipped(row)[1] for row in left_out]
    assert lines == [
        "A manifest row was skipped (parcel JJD2): lat: Input should be a valid number.",
        "A manifest row was skipped (row 3 of a page): tracking_number: Field required.",
        "A manifest row was skipped (parcel JJD4): "
        "deadline: a time must be an ISO 8601 string, not a number.",
        "A manifest row was skipped (parcel JJD5): deadline: a deadline date-time needs an "
        "offset (2026-11-25T18:00:00+00:00 or ...Z); to mean the end of a day in the shop's "
        "time zone send the date alone (2026-11-25).",
        "A manifest row was skipped (row 6 of a page): "
        "Input should be a valid dictionary or instance of ParcelOut.",
        "A manifest row was skipped (parcel JJD7): weight_kg: Input should be a valid number.",
    ]


def test_a_pull_applies_the_rows_that_fit_and_reports_the_others(store: Store) -> None:
    from shopapp.sync import state
    from shopapp.sync.client import Answer, ApiClient
    from shopapp.sync.pull import SKIPPED_ROW, pull_manifest
    from shopapp.sync.report import SyncReport

    pages = [
        {
            "parcels": [ROW, {**ROW, "tracking_number": "JJD2", "lat": "x"}],
            "cursor": 4,
            "more": True,
        },
        {"parcels": [{**ROW, "tracking_number": "jjd-3", "seq": 6}], "cursor": 6, "more": False},
    ]
    client = ApiClient("http://127.0.0.1:9", "token", policy=FAST)
    client.exchange = lambda *a, **k: Answer(200, pages.pop(0), {}, 0.0, 0.0, 0.0)  # type: ignore[method-assign]
    report = SyncReport()
    pull_manifest(store, client, report, lambda fraction, text: None)
    assert report.new_parcels == 2
    assert report.warnings == [
        "A manifest row was skipped (parcel JJD2): lat: Input should be a valid number."
    ]
    assert report.notes[0]["code"] == SKIPPED_ROW
    assert report.notes[0]["args"] == {
        "row": "parcel JJD2",
        "reason": "lat: Input should be a valid number",
    }
    with store.read() as session:
        assert by_tracking_number(session, "JJD1") is not None
        assert by_tracking_number(session, "JJD3") is not None
        assert by_tracking_number(session, "JJD2") is None
        assert state.get_int(session, state.MANIFEST_CURSOR, 0) == 6


def test_manifest_rows_in_the_shops_words_and_units() -> None:
    row = local_row(
        {
            **ROW,
            "service": "next_day",
            "weight_kg": 1.2345,
            "deadline": "2026-11-26T18:00:00+01:00",
            "unknown_field": "ignored",
        }
    )
    assert row["tracking_number"] == "JJD1" and row["manifest_seq"] == 4
    assert row["service"] == "next-day" and row["weight_g"] == 1234
    assert row["deadline"] == "2026-11-26T17:00:00.000000Z"
    # What the server did not send keeps what the shop has (nothing in the row).
    assert not {"lat", "lon", "size", "max_attempts", "tw_start_s"} & set(row)
    assert local_row({**ROW, "service": "Economy_Plus"})["service"] == "economy-plus"


def _events(*ids: str) -> list[OutgoingEvent]:
    return [
        OutgoingEvent(n, event_id, "JJD1", "received", "", "{}") for n, event_id in enumerate(ids)
    ]


def test_event_answers_are_read_with_the_wire_model() -> None:
    batch = _events("a-1", "b-2", "c-3", "d-4")
    body = {
        "results": [
            {"id": "A-1", "status": "accepted", "reason": None},
            {"id": "b-2", "status": "rejected", "reason": "Parcel JJD1 is 'delivered'."},
            {"id": "c-3", "status": "maybe"},  # not an answer: c-3 stays pending
            {"id": "zz-9", "status": "accepted"},  # not an event of this batch
            42,
        ]
    }
    answers = _answers_by_id(body, batch)
    assert answers == {
        "a-1": ("accepted", None),
        "b-2": ("rejected", "Parcel JJD1 is 'delivered'."),
    }
    parsed, left_out = validate_leaving_out(EventsOut, body, "results")
    assert len(parsed.results) == 3 and [row.index for row in left_out] == [2, 4]


@pytest.mark.parametrize(
    "body", [None, [], {}, {"results": "all fine"}, {"results": {"a-1": "accepted"}}]
)
def test_event_answers_without_a_list_of_results_are_a_bad_answer(body: Any) -> None:
    with pytest.raises(BadAnswer, match="answered the events without a list of results"):
        _answers_by_id(body, _events("a-1"))


def test_the_server_builds_its_answers_with_the_same_models() -> None:
    from central_api import schemas

    assert schemas.ParcelOut is ParcelOut and schemas.ManifestOut is ManifestOut
    assert schemas.EventsOut is EventsOut
    # An event's number is normalised by the server as the app does.
    event = EventIn.model_validate(
        {"id": "0b7c1f8e-8a43-4b8e-9d7e-5f1b2c3d4e5f", "tracking_number": "jjd-1",
         "type": "received", "at": "2026-11-26T09:00:00Z"}
    )  # fmt: skip
    assert normalise_tracking(event.tracking_number) == app_normalise("jjd-1") == "JJD1"


def test_a_date_only_deadline_ends_that_day_in_the_shops_own_zone() -> None:
    # The server did not know the shop's zone: it ended the day in UTC and kept the date.
    # The app, whose shop is in Paris, ends that day at Paris midnight (22:59:59 UTC in
    # November), so a parcel due on the 25th is due on the shop's 25th.
    from shopapp.clock import set_shop_zone

    set_shop_zone("Europe/Paris")  # tests/conftest.py puts the zone back after each test
    row = local_row(
        {**ROW, "deadline": "2026-11-25T23:59:59.999999Z", "deadline_date": "2026-11-25"}
    )
    assert row["deadline"] == "2026-11-25T22:59:59.999999Z"
    with pytest.raises(ValidationError):
        ParcelOut.model_validate({**ROW, "deadline_date": "2026-11-25T00:00:00Z"})
