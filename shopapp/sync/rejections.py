"""The carrier's reason for a rejected event, as a message code where the reason is known.

The server answers a rejected event with a sentence (`{"status": "rejected", "reason":
"..."}`), in English. The reasons the reference server gives (central_api/events.py and
the shared lifecycle, parcelwire/lifecycle.py) and those the push writes itself are
recognised here and given a code with their arguments, which the UI words in the shop's
language; any other reason keeps the server's own text (`reject.other`).

Qt-free; the UI's wordings are in shopapp/ui/messages/sync.py.
"""

from __future__ import annotations

import re

from parcelwire.lifecycle import CORRECTION_RULES, CORRECTION_TYPES, correction_rule_of
from shopapp.messages import Message

_NUMBER = r"(?P<number>[^\s:']{1,64})"
# (pattern, code, which named groups become arguments)
_KNOWN: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(rf"^Parcel {_NUMBER} is not on this shop's manifest: it cannot be marked "
                   r"'(?P<type>[^']*)'"),
        "reject.not_on_manifest",
    ),
    (
        re.compile(rf"^Parcel {_NUMBER} is '(?P<status>[^']*)': it cannot be marked "
                   r"'(?P<type>[^']*)'"),
        "reject.not_allowed",
    ),
    (
        re.compile(r"^Tracking number '(?P<number>[^']*)' is not valid"),
        "reject.bad_tracking_number",
    ),
    (
        re.compile(rf"^Parcel {_NUMBER}: '(?P<type>[^']*)' is not a known action"),
        "reject.unknown_action",
    ),
    (
        re.compile(rf"^Parcel {_NUMBER}: data\['(?P<key>[^']*)'\] is not a SHA-256"),
        "reject.bad_proof_reference",
    ),
    (re.compile(r"^This event id is already used by another record"), "reject.id_taken"),
    (re.compile(r"^The server gave no reason"), "reject.no_reason"),
    (
        re.compile(r"^This event is too big for the carrier's server: ?(?P<detail>.*)$", re.S),
        "reject.too_big",
    ),
    (
        re.compile(r"^This event could not be read by the carrier's server: ?(?P<detail>.*)$",
                   re.S),
        "reject.unreadable",
    ),
)  # fmt: skip


# A correction the lifecycle's rules refuse: "Parcel X is 'S': it cannot be marked
# 'outcome_corrected' (why)." -- worded as the app words its own refusal of that rule.
_REFUSED_CORRECTION = re.compile(
    rf"^Parcel {_NUMBER} is '[^']*': it cannot be marked '(?P<type>[^']*)' \((?P<why>.*)\)\.$"
)


def reason_message(reason: str) -> Message:
    """The rejection's reason as a code and its arguments; `reject.other` (with the
    server's text) when the reason is not one this app knows."""
    text = reason.strip()
    refused = _REFUSED_CORRECTION.match(text)
    if refused is not None and refused["type"] in CORRECTION_TYPES:
        rule = correction_rule_of(refused["why"])
        if rule is not None:
            return Message(
                f"correction.{rule}", {"tracking_number": refused["number"]}, fallback=text
            )
    for pattern, code in _KNOWN:
        found = pattern.match(text)
        if found is not None:
            return Message(code, dict(found.groupdict()), fallback=text)
    return Message("reject.other", {"text": text}, fallback=text)


KNOWN_CODES: tuple[str, ...] = (
    *(code for _, code in _KNOWN),
    "reject.other",
    *(f"correction.{rule}" for rule in CORRECTION_RULES),
)
