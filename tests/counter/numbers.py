"""Valid carrier tracking numbers made to order (UPS 1Z with its check digit)."""

from __future__ import annotations

from shopapp.demo.manifest import ups_number


def ups(n: int, account: str = "999AA1") -> str:
    """The n-th UPS 1Z number of a shipper account: 1Z + account + 01 + 7-digit n + check."""
    return ups_number(n, account)
