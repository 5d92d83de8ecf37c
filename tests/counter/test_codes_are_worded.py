"""Every message code the counter, the scan parser and the labels raise or return has its
wording in the UI's one message table (shopapp/ui/messages/counter.py)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "shopapp"
# Any string literal that looks like one of these areas' codes ("checkin.received").
CODE = re.compile(r"""["']((?:checkin|scan|damage|undo|batch|label)\.[a-z0-9_]+)["']""")


def codes_in(*folders: str) -> set[str]:
    found: set[str] = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            found.update(CODE.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_counter_code_has_a_wording() -> None:
    from shopapp.ui.messages import TABLE

    codes = codes_in("counter", "labels", "scanning")
    assert {"checkin.received", "damage.noted", "undo.done", "batch.stopped"} <= codes
    assert sorted(code for code in codes if code not in TABLE) == []
