"""The sample numbers the other scan tests rely on are valid for the library itself."""

from __future__ import annotations

import pytest
from biip.sscc import Sscc
from scan_samples import ALL, SSCC, USPS_ROUTED
from tracking_numbers import get_tracking_number


@pytest.mark.parametrize(("carrier", "number"), ALL)
def test_sample_is_valid_for_the_library(carrier: str, number: str) -> None:
    found = get_tracking_number(number)
    assert found is not None and found.valid
    assert found.courier.code == carrier


@pytest.mark.parametrize(("zip5", "zip4", "number"), USPS_ROUTED)
def test_routed_sample_is_valid(zip5: str, zip4: str, number: str) -> None:
    found = get_tracking_number(number)
    assert found is not None and found.courier.code == "usps"


def test_sscc_sample_is_valid() -> None:
    assert Sscc.parse(SSCC).value == SSCC
