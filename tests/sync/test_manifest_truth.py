"""The manifest is the truth: every parcel on the shop's manifest can be checked in.

Over loopback with the real central API: the carrier assigns parcels whose numbers are
formats of today, the shop pulls them, scans them at the counter and imports them from
a batch file; and the carrier's own new format reaches the counter through the sync.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from shopapp.counter.checkin import check_in
from shopapp.counter.outcomes import Outcome
from shopapp.paths import DataPaths
from shopapp.scanning import parse_scan
from shopapp.store import Store
from shopapp.sync.run import run_sync
from tests.sync.conftest import FAST, Shop

pytestmark = pytest.mark.e2e

# The five numbers the carrier's systems issue today that the parser once refused.
TODAYS = ["TBA000000000000", "TBM502887274000", "TBC000000000000", "C1004444443",
          "1LS7000000000000"]


def _assign(shop: Shop, numbers: list[str]) -> None:
    shop.server.assign(
        shop.shop_id,
        [
            {
                "tracking_number": number,
                "recipient": f"Recipient {n}",
                "address": f"{n + 1} Mill Lane",
                "lat": 52.05 + n / 1000,
                "lon": -1.02,
                "service": "next_day",
            }
            for n, number in enumerate(numbers)
        ],
    )


def test_todays_numbers_pulled_from_the_carrier_are_all_received_by_scan(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    _assign(paired, TODAYS)
    report = run_sync(paths, store, policy=FAST)
    assert report.ok and report.new_parcels == 5
    outcomes = [check_in(store, number + "\r") for number in TODAYS]
    assert [o.outcome for o in outcomes] == [Outcome.RECEIVED] * 5
    assert [o.tracking_number for o in outcomes] == TODAYS
    synced = run_sync(paths, store, policy=FAST)
    assert synced.ok and synced.acknowledged == 5 and not synced.rejected
    audit = paired.server.audit(paired.shop_id)
    assert sorted(e["tracking_number"] for e in audit if e["type"] == "received") == sorted(TODAYS)


def test_todays_numbers_pulled_from_the_carrier_are_all_received_by_import_scans(
    paths: DataPaths, store: Store, paired: Shop, tmp_path: Path
) -> None:
    _assign(paired, TODAYS)
    assert run_sync(paths, store, policy=FAST).ok
    batch = tmp_path / "scanner.txt"
    batch.write_text("\r\n".join(TODAYS) + "\r\n", encoding="utf-8")
    store.close()  # the command opens the data dir itself, as from a terminal
    done = subprocess.run(
        [sys.executable, "-m", "shopapp", "import-scans", str(batch), "--data-dir",
         str(paths.root)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["counts"]["received"] == 5, summary
    assert [line["tracking_number"] for line in summary["results"]] == TODAYS
    assert summary["not_scanned"] == []


def test_a_new_format_from_the_carrier_is_read_at_the_counter_after_a_sync(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    code = "ZQX12345678D"  # a format no bundled definition knows
    assert not parse_scan(code).ok
    courier = {
        "name": "Hill Carrier",
        "courier_code": "hillcarrier",
        "tracking_numbers": [
            {"name": "Hill Carrier parcel", "regex": "\\s*ZQX\\s*(?<SerialNumber>([0-9]\\s*){8})D",
             "validation": {}, "test_numbers": {"valid": [code], "invalid": []}},
            {"name": "Broken", "regex": "(unclosed", "validation": {}},
        ],
    }
    answer = requests.put(
        f"{paired.server.base_url}/v1/admin/tracking-formats",
        json={"couriers": [courier]}, headers=paired.server.admin_headers(), timeout=10,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["formats"] == 1
    assert [r["name"] for r in body["refused"]] == ["Broken"]
    before = check_in(store, code)
    assert before.outcome is Outcome.INVALID
    report = run_sync(paths, store, policy=FAST)
    assert report.ok and report.carrier_formats == 1
    after = check_in(store, code)
    assert after.outcome is Outcome.NOT_ON_MANIFEST  # a known format now, on no manifest
    assert after.tracking_number == code
