"""Per courier: how many of the vendored data's own test numbers `parse_scan` reads right.

`python -m shopapp.scanning.format_report` prints the table quoted in release notes.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass

from shopapp.scanning.formats import FormatTable, bundled_formats
from shopapp.scanning.parser import parse_scan


@dataclass
class CourierCount:
    """One courier's test numbers: valid ones read as it, invalid ones not read as theirs."""

    valid: int = 0
    valid_read: int = 0  # ok, and this courier is the one named or one of the others
    valid_named_first: int = 0  # ok, and this courier is the one named
    invalid: int = 0
    invalid_not_read_as_theirs: int = 0
    invalid_refused: int = 0  # not ok at all (some are valid numbers of another format)


def courier_counts(table: FormatTable | None = None) -> dict[str, CourierCount]:
    table = table or bundled_formats()
    counts: dict[str, CourierCount] = defaultdict(CourierCount)
    for fmt in table.formats:
        count = counts[fmt.courier]
        for number in fmt.valid_samples:
            result = parse_scan(number, table)
            count.valid += 1
            named = result.ok and result.carrier == fmt.courier
            count.valid_named_first += named
            count.valid_read += named or (result.ok and fmt.courier in result.other_carriers)
        for number in fmt.invalid_samples:
            result = parse_scan(number, table)
            count.invalid += 1
            count.invalid_not_read_as_theirs += not (result.ok and result.product == fmt.name)
            count.invalid_refused += not result.ok
    return dict(sorted(counts.items()))


def main() -> int:
    counts = courier_counts()
    print(f"{'courier':14} {'valid read':>12} {'named first':>12} {'invalid not theirs':>19} "
          f"{'invalid refused':>16}")
    for courier, c in counts.items():
        print(f"{courier:14} {c.valid_read:>5} of {c.valid:<4} {c.valid_named_first:>5} of "
              f"{c.valid:<4} {c.invalid_not_read_as_theirs:>9} of {c.invalid:<6} "
              f"{c.invalid_refused:>7} of {c.invalid:<6}")
    total = CourierCount(*(sum(getattr(c, f) for c in counts.values())
                           for f in CourierCount.__dataclass_fields__))
    print(json.dumps({"total": asdict(total)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
