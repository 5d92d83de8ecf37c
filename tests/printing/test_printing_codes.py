"""Every `printer.*` code the print paths raise has its wording (shopapp/ui/messages/printing.py),
and each wording names the printer."""

from __future__ import annotations

import re
from pathlib import Path

from shopapp.messages import message

ROOT = Path(__file__).resolve().parents[2] / "shopapp"
CODE = re.compile(r"""["'](printer\.[a-z0-9_]+)["']""")


def test_every_printer_code_has_a_wording_naming_the_printer() -> None:
    from shopapp.ui.messages import TABLE, text

    codes: set[str] = set()
    for folder in ("labels", "ui/printing"):
        for path in (ROOT / folder).rglob("*.py"):
            codes.update(CODE.findall(path.read_text(encoding="utf-8")))
    assert {"printer.missing", "printer.offline", "printer.paper_out"} <= codes
    assert sorted(code for code in codes if code not in TABLE) == []
    for code in codes:
        said = text(message(code, printer="Zebra GK420d", status="", answer="x"))
        assert said and "{" not in said
        if code not in {"printer.no_print_system", "printer.system_slow", "printer.none_chosen"}:
            assert "Zebra GK420d" in said, code
