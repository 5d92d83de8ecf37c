"""A refused scan says why as a message code; the UI's table words every one of them."""

from __future__ import annotations

from shopapp.scanning import MESSAGES, ScanError, parse_scan


def test_a_refused_scan_carries_its_code_and_english() -> None:
    refused = parse_scan("1Z999AA10123456785")  # the check digit does not fit
    said = refused.message
    assert said is not None and said.code == "scan.check_digit"
    assert said.fallback == refused.error == MESSAGES[ScanError.CHECK_DIGIT]
    assert parse_scan("1Z999AA10123456784").message is None  # a good number: nothing to say


def test_every_scan_error_is_worded_in_the_message_table() -> None:
    from shopapp.ui.messages import TABLE

    missing = [f"scan.{code}" for code in ScanError if f"scan.{code}" not in TABLE]
    assert missing == []
