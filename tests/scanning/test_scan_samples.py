"""The sample numbers the other scan tests rely on are valid for the format table itself."""

from __future__ import annotations

import pytest
from biip.sscc import Sscc
from scan_samples import ALL, SSCC, USPS_ROUTED

from shopapp.scanning.carriers import Verdict, match_carrier


@pytest.mark.parametrize(("carrier", "number"), ALL)
def test_sample_is_valid_for_the_format_table(carrier: str, number: str) -> None:
    found = match_carrier(number)
    assert found.verdict is Verdict.VALID
    assert found.carrier == carrier


@pytest.mark.parametrize(("zip5", "zip4", "number"), USPS_ROUTED)
def test_routed_sample_is_valid(zip5: str, zip4: str, number: str) -> None:
    found = match_carrier(number)
    assert found.verdict is Verdict.VALID and found.carrier == "usps"


def test_sscc_sample_is_valid() -> None:
    assert Sscc.parse(SSCC).value == SSCC
