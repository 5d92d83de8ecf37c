"""The carrier's own tracking-number formats, one set for the whole network of shops."""

from __future__ import annotations

import json
import re
from typing import Any

from central_api.db import Database
from central_api.models import CarrierSetting, utcnow

TRACKING_FORMATS_KEY = "tracking_formats"
# The data writes named groups the PCRE way, "(?<Name>"; Python reads "(?P<Name>".
_PCRE_GROUP = re.compile(r"\(\?<(?=[A-Za-z_])")


def pattern_problem(regex: str | list[str]) -> str | None:
    """Why a format's pattern cannot be used by the shops' apps, or None."""
    text = "".join(regex) if isinstance(regex, list) else regex
    try:
        re.compile(_PCRE_GROUP.sub("(?P<", text))
    except re.error as exc:
        return f"the pattern does not compile: {exc}"
    return None


def usable(couriers: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """The couriers with only their usable formats, and the formats left out (why)."""
    kept: list[dict[str, Any]] = []
    refused: list[dict[str, str]] = []
    for courier in couriers:
        formats = []
        for fmt in courier.get("tracking_numbers", []):
            problem = pattern_problem(fmt["regex"])
            if problem is None:
                formats.append(fmt)
            else:
                code = courier["courier_code"]
                refused.append({"courier_code": code, "name": fmt["name"], "reason": problem})
        if formats:
            kept.append({**courier, "tracking_numbers": formats})
    return kept, refused


def load_formats(db: Database) -> list[dict[str, Any]]:
    """The formats set by the carrier's admin ([] when none)."""
    with db.read() as session:
        row = session.get(CarrierSetting, TRACKING_FORMATS_KEY)
        if row is None:
            return []
        value = json.loads(row.value)
    return value if isinstance(value, list) else []


def save_formats(db: Database, couriers: list[dict[str, Any]]) -> None:
    """Replace the formats; every shop's app takes them at its next sync."""
    text = json.dumps(couriers, sort_keys=True, separators=(",", ":"))
    with db.write() as session:
        row = session.get(CarrierSetting, TRACKING_FORMATS_KEY)
        if row is None:
            row = CarrierSetting(key=TRACKING_FORMATS_KEY, value=text)
        else:
            row.value = text
            row.updated_at = utcnow()
        session.add(row)
