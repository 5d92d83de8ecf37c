"""Valid carrier tracking numbers made to order (UPS 1Z with its check digit)."""

from __future__ import annotations


def _ups_check(body: str) -> str:
    total = 0
    for position, ch in enumerate(body):
        value = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        total += value * (2 if position % 2 else 1)
    return str((10 - total % 10) % 10)


def ups(n: int, account: str = "999AA1") -> str:
    """The n-th UPS 1Z number of a shipper account: 1Z + account + 2 + 7-digit n + check."""
    body = f"{account}01{n:07d}"
    return f"1Z{body}{_ups_check(body)}"
