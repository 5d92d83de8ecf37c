"""Carrier number formats read from tracking_number_data's JSON: patterns, check digits, rules.

The bundled definitions live in `carrier_data/couriers/*.json`, vendored unchanged from
the tracking_number_data project (MIT; `carrier_data/LICENSE`, `carrier_data/source.json`)
and refreshed with `scripts/refresh_carrier_formats.py`. The carrier can add its own
definitions in the same JSON shape (`GET /v1/shop`'s `tracking_formats`), so a new
label format does not wait for an app release.

Why a loader of our own and not the `tracking-numbers` package's engine: its one release
(0.1.8, 2022) knows neither the Luhn nor the DPD (ISO 7064 MOD 37,36) check digit that
today's definitions use, and it treats every information look-up (a UPS service code)
as a rule, so a new service code would make a genuine label "invalid".
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from importlib import resources
from typing import Any

_log = logging.getLogger(__name__)

# Named groups are written the PCRE way, "(?<Name>"; Python wants "(?P<Name>". Look-behinds
# "(?<=" and "(?<!" must stay as they are.
_PCRE_GROUP = re.compile(r"\(\?<(?=[A-Za-z_])")
_CHARACTER_CLASS = re.compile(r"\[[^\]]*\]")  # "[A-Z0-9]": its dash is a range, not a dash
_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MAX_PATTERN_CHARS = 2000  # a carrier-sent pattern longer than this is refused, not compiled

# The couriers whose formats are tried first, in this order: a number that fits two
# formats (a 12-digit FedEx and a 12-digit Purolator) is read as the commoner carrier.
_PREFERRED_COURIERS = ("dhl", "amazon", "usps", "fedex", "ups", "s10", "ontrac")


class FormatError(ValueError):
    """A format definition that cannot be used (bad pattern, unknown check digit)."""


class Verdict(Enum):
    """How a candidate number fared against one format, or against all of them."""

    VALID = "valid"
    BAD_CHECK_DIGIT = "bad_check_digit"  # the pattern fits, its check digit does not
    INVALID = "invalid"  # the pattern fits, a required field (country, courier) does not
    NO_FORMAT = "no_format"


# -- check digits --------------------------------------------------------------------


def _digit_value(ch: str) -> int:
    """A character's value in the mod-10 sums: letters as UPS counts them ((ord - 3) mod 10)."""
    return int(ch) if ch.isdigit() else (ord(ch) - 3) % 10


def _mod10(serial: str, check: str, spec: Mapping[str, Any]) -> bool:
    chars = serial[::-1] if spec.get("reverse") else serial
    odds, evens = spec.get("odds_multiplier"), spec.get("evens_multiplier")
    total = 0
    for index, ch in enumerate(chars):
        value = _digit_value(ch)
        if index % 2 == 1 and odds:
            value *= int(odds)
        elif index % 2 == 0 and evens:
            value *= int(evens)
        total += value
    return (10 - total % 10) % 10 == int(check)


def _luhn(serial: str, check: str, spec: Mapping[str, Any]) -> bool:
    total = 0
    for index, ch in enumerate(reversed(serial)):
        value = int(ch) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10 == int(check)


def _mod7(serial: str, check: str, spec: Mapping[str, Any]) -> bool:
    return int(serial) % 7 == int(check)


def _s10(serial: str, check: str, spec: Mapping[str, Any]) -> bool:
    weights = spec.get("weightings") or (8, 6, 4, 2, 3, 5, 9, 7)
    total = sum(int(d) * int(w) for d, w in zip(serial, weights, strict=False))
    remainder = total % 11
    expected = 0 if remainder == 1 else 5 if remainder == 0 else 11 - remainder
    return expected == int(check)


def _weighted(serial: str, check: str, spec: Mapping[str, Any]) -> bool:
    weights = spec["weightings"]
    total = sum(int(d) * int(w) for d, w in zip(serial, weights, strict=False))
    return total % int(spec["modulo1"]) % int(spec["modulo2"]) == int(check)


def _mod37_36(serial: str, check: str, spec: Mapping[str, Any]) -> bool:
    """ISO/IEC 7064 MOD 37,36 (DPD's parcel label specification)."""
    product = 36
    for ch in serial:
        product = (product + _ALPHANUMERIC.index(ch)) % 36 or 36
        product = product * 2 % 37
    return _ALPHANUMERIC[(37 - product) % 36] == check


_CHECKSUMS: dict[str, Callable[[str, str, Mapping[str, Any]], bool]] = {
    "mod10": _mod10,
    "luhn": _luhn,
    "mod7": _mod7,
    "s10": _s10,
    "sum_product_with_weightings_and_modulo": _weighted,
    "mod_37_36": _mod37_36,
}


# -- one format ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Lookup:
    """An information table over one named group (a UPS service code, an S10 country)."""

    name: str
    group: str
    exact: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]

    def matches(self, value: str) -> bool:
        return value in self.exact or any(p.match(value) for p in self.patterns)


@dataclass(frozen=True, slots=True)
class FormatTest:
    """One format's answer for one candidate whose pattern it fits."""

    verdict: Verdict
    number: str


@dataclass(frozen=True, slots=True)
class CarrierFormat:
    """One tracking-number format of one courier.

    Attributes:
        courier: the courier code ("ups", "dpd", ...).
        courier_name: the courier's name ("UPS").
        name: the format's (product's) name ("UPS Waybill").
        pattern: the whole-number pattern, matched against the number without spaces.
        checksum: the check digit's algorithm name, None when the format has none.
        source: "bundled" or "carrier" (sent by the carrier's central API).
        valid_samples / invalid_samples: the definition's own test numbers.
    """

    courier: str
    courier_name: str
    name: str
    pattern: re.Pattern[str]
    checksum: str | None
    checksum_spec: Mapping[str, Any] = field(default_factory=dict)
    prepend_if: tuple[re.Pattern[str], str] | None = None
    required: tuple[_Lookup, ...] = ()
    keeps_dashes: bool = False
    source: str = "bundled"
    valid_samples: tuple[str, ...] = ()
    invalid_samples: tuple[str, ...] = ()

    @property
    def checked(self) -> bool:
        """True when the format carries a check digit, so a misread is caught alone."""
        return self.checksum is not None

    def test(self, candidate: str) -> FormatTest | None:
        """This format's verdict on an upper-case candidate, None when the pattern does not fit."""
        match = self.pattern.fullmatch(candidate)
        if match is None:
            return None
        groups = {k: "".join(v.split()) for k, v in match.groupdict().items() if v is not None}
        if self.checksum is not None:
            serial = groups.get("SerialNumber", "")
            check = groups.get("CheckDigit", "")
            if self.prepend_if is not None and self.prepend_if[0].match(serial):
                serial = self.prepend_if[1] + serial
            try:
                passes = bool(serial and check) and _CHECKSUMS[self.checksum](
                    serial, check, self.checksum_spec
                )
            except (ValueError, KeyError, IndexError, TypeError):
                passes = False  # a letter where the algorithm wants a digit
            if not passes:
                return FormatTest(Verdict.BAD_CHECK_DIGIT, candidate)
        for lookup in self.required:
            value = groups.get(lookup.group)
            if value is None or not lookup.matches(value):
                return FormatTest(Verdict.INVALID, candidate)
        return FormatTest(Verdict.VALID, candidate)


def _pattern(raw: Any) -> re.Pattern[str]:
    text = "".join(raw) if isinstance(raw, list) else raw
    if not isinstance(text, str) or not text or len(text) > MAX_PATTERN_CHARS:
        raise FormatError("a format needs a pattern (a string or a list of strings)")
    try:
        return re.compile(_PCRE_GROUP.sub("(?P<", text))
    except re.error as exc:
        raise FormatError(f"its pattern does not compile: {exc}") from exc


def _lookups(specs: Any) -> dict[str, _Lookup]:
    lookups: dict[str, _Lookup] = {}
    if not isinstance(specs, list):
        return lookups  # some definitions hold a lone dict here: information only
    for spec in specs:
        if not isinstance(spec, dict) or "regex_group_name" not in spec:
            continue
        exact = frozenset(
            str(item["matches"]) for item in spec.get("lookup", []) if "matches" in item
        )
        patterns = tuple(
            _pattern(item["matches_regex"])
            for item in spec.get("lookup", [])
            if "matches_regex" in item
        )
        lookups[str(spec.get("name", ""))] = _Lookup(
            str(spec.get("name", "")), str(spec["regex_group_name"]), exact, patterns
        )
    return lookups


def parse_format(courier: Mapping[str, Any], spec: Mapping[str, Any], source: str
                 ) -> CarrierFormat:
    """One format from its JSON definition.

    Raises:
        FormatError: the definition cannot be used (no pattern, a pattern that does not
            compile, an unknown check-digit algorithm).
    """
    validation = spec.get("validation") or {}
    if not isinstance(validation, dict):
        raise FormatError("its validation must be an object")
    checksum_spec = validation.get("checksum") or {}
    checksum = checksum_spec.get("name") if isinstance(checksum_spec, dict) else None
    if checksum is not None and checksum not in _CHECKSUMS:
        raise FormatError(f"unknown check-digit algorithm {checksum!r}")
    prepend: tuple[re.Pattern[str], str] | None = None
    prepend_spec = (validation.get("serial_number_format") or {}).get("prepend_if")
    if isinstance(prepend_spec, dict):
        prepend = (_pattern(prepend_spec["matches_regex"]), str(prepend_spec["content"]))
    lookups = _lookups(spec.get("additional"))
    # Only look-ups the definition names under validation.additional.exists are rules
    # (S10's issuing country); the rest only describe a valid number.
    exists = (validation.get("additional") or {}).get("exists") or []
    required = tuple(lookups[name] for name in exists if name in lookups)
    raw_pattern = spec.get("regex")
    pattern = _pattern(raw_pattern)
    samples = spec.get("test_numbers") or {}
    return CarrierFormat(
        courier=str(courier.get("courier_code", "")).lower(),
        courier_name=str(courier.get("name", "")),
        name=str(spec.get("name", "")),
        pattern=pattern,
        checksum=checksum,
        checksum_spec=dict(checksum_spec) if isinstance(checksum_spec, dict) else {},
        prepend_if=prepend,
        required=required,
        keeps_dashes="-" in _CHARACTER_CLASS.sub("", pattern.pattern),
        source=source,
        valid_samples=tuple(str(n) for n in samples.get("valid", [])),
        invalid_samples=tuple(str(n) for n in samples.get("invalid", [])),
    )


def formats_of_courier(courier: Mapping[str, Any], source: str) -> list[CarrierFormat]:
    """Every usable format of one courier's JSON; an unusable one is logged and skipped."""
    out: list[CarrierFormat] = []
    if not isinstance(courier, Mapping) or not courier.get("courier_code"):
        _log.warning("carrier format data without a courier_code skipped")
        return out
    for spec in courier.get("tracking_numbers") or []:
        if not isinstance(spec, dict):
            continue
        try:
            out.append(parse_format(courier, spec, source))
        except (FormatError, KeyError, TypeError) as exc:
            _log.warning("format %r of %r skipped: %s", spec.get("name"),
                         courier.get("courier_code"), exc)
    return out


# -- the table -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FormatMatch:
    """The best reading of a candidate number over a whole table.

    `others` are the formats of other couriers that accept the same number too: a few
    numbers fit two couriers' rules (12 digits can be FedEx and Purolator at once).
    """

    verdict: Verdict
    format: CarrierFormat | None = None
    number: str | None = None
    others: tuple[CarrierFormat, ...] = ()


_NO_FORMAT = FormatMatch(Verdict.NO_FORMAT)


class FormatTable:
    """An ordered set of formats; the first one that accepts a number names it.

    Order: the carrier's own formats, then formats with a check digit (the commoner
    couriers first), then formats without one. A format without a check digit accepts
    any misread that keeps its shape, so it speaks only when no checked format does.
    """

    def __init__(self, formats: Iterable[CarrierFormat]) -> None:
        def rank(item: tuple[int, CarrierFormat]) -> tuple[int, int, int, int]:
            position, fmt = item
            preferred = (
                _PREFERRED_COURIERS.index(fmt.courier)
                if fmt.courier in _PREFERRED_COURIERS
                else len(_PREFERRED_COURIERS)
            )
            return (fmt.source != "carrier", not fmt.checked, preferred, position)

        self.formats: tuple[CarrierFormat, ...] = tuple(
            fmt for _pos, fmt in sorted(enumerate(formats), key=rank)
        )
        self._by_name = {fmt.name: fmt for fmt in self.formats}

    def __len__(self) -> int:
        return len(self.formats)

    def named(self, name: str) -> CarrierFormat | None:
        return self._by_name.get(name)

    def with_carrier_formats(self, couriers: Sequence[Mapping[str, Any]]) -> FormatTable:
        """This table plus the carrier's own definitions (same JSON shape as the bundle)."""
        extra = [fmt for courier in couriers for fmt in formats_of_courier(courier, "carrier")]
        if not extra:
            return self
        return FormatTable([*extra, *(f for f in self.formats if f.source != "carrier")])

    def match(self, compact: str, dashed: str | None = None) -> FormatMatch:
        """The verdict on an upper-case number without spaces.

        `dashed` is the same read with its dashes kept, for the few formats whose number
        holds one (LaserShip's "-1" piece suffix).
        """
        best = _NO_FORMAT
        chosen: FormatMatch | None = None
        others: list[CarrierFormat] = []
        for fmt in self.formats:
            candidate = dashed if fmt.keeps_dashes and dashed else compact
            found = fmt.test(candidate)
            if found is None:
                continue
            if found.verdict is Verdict.VALID:
                if chosen is None:
                    chosen = FormatMatch(Verdict.VALID, fmt, found.number)
                elif chosen.format is not None and fmt.courier != chosen.format.courier:
                    others.append(fmt)
                continue
            if chosen is not None:
                continue
            if found.verdict is Verdict.BAD_CHECK_DIGIT:
                if best.verdict is not Verdict.BAD_CHECK_DIGIT:
                    best = FormatMatch(Verdict.BAD_CHECK_DIGIT, fmt)
            elif best.verdict is Verdict.NO_FORMAT:
                best = FormatMatch(Verdict.INVALID, fmt)
        if chosen is not None:
            return FormatMatch(Verdict.VALID, chosen.format, chosen.number, tuple(others))
        return best


def load_courier_files(paths: Iterable[Any]) -> list[dict[str, Any]]:
    """The courier JSON objects of the given files (str paths or resource handles)."""
    couriers = []
    for path in paths:
        with path.open("r", encoding="utf-8") as handle:
            couriers.append(json.load(handle))
    return couriers


@cache
def bundled_formats() -> FormatTable:
    """The vendored tracking_number_data definitions (read once per process)."""
    folder = resources.files("shopapp.scanning") / "carrier_data" / "couriers"
    files = sorted(
        (item for item in folder.iterdir() if item.name.endswith(".json")),
        key=lambda item: item.name,
    )
    couriers = load_courier_files(files)
    formats = [fmt for courier in couriers for fmt in formats_of_courier(courier, "bundled")]
    return FormatTable(formats)
