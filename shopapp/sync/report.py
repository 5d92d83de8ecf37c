"""The sync report: what one sync sent, what the server answered, what came in."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from shopapp.changes import Changes
from shopapp.messages import Message

# An offset beyond this many seconds gets a warning (Anki refuses to sync past 5 minutes;
# we still sync, since the server orders events by arrival, but the shop should fix it).
CLOCK_WARNING_S = 300.0


def plain(value: Any) -> Any:
    """`value` as JSON can hold it (the report is stored and printed as JSON): numbers,
    text, lists and dicts as they are, anything else (a path, a date) as its text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(item) for item in value]
    return str(value)


@dataclass
class RejectedEvent:
    id: str
    tracking_number: str
    type: str
    reason: str


@dataclass
class SyncReport:
    """One run of the sync, as the Sync page and `shopapp sync` show it.

    `sent` counts the events of the batches the server answered during this run (a
    batch cut off by a fault and sent again counts once); each of them ends the run
    acknowledged, duplicate or rejected. Events of a batch that got no answer stay
    pending (counted in `pending`) and go with the next sync.

    The link: `bytes_sent` is the day's data the server acknowledged in this run (the
    events' batches as gzipped JSON, the proof files' bytes); `bytes_to_send` what is
    still waiting after it (exact for files, the events estimated from their JSON and
    the compression seen); `link_faults` the tries cut, reset or timed out on the way;
    `bytes_on_wire` every try's bytes up, the failed ones too; `link_rate_bps` the rate
    measured (bytes per second), None when nothing sizeable completed.
    """

    sent: int = 0
    acknowledged: int = 0
    duplicate: int = 0
    rejected: list[RejectedEvent] = field(default_factory=list)
    pending: int = 0  # events still waiting after this run
    new_parcels: int = 0
    updated_parcels: int = 0
    blobs_uploaded: int = 0
    blobs_failed: int = 0
    proofs_pending: int = 0  # proof files still to upload after this run
    bytes_sent: int = 0
    bytes_to_send: int = 0
    link_faults: int = 0
    bytes_on_wire: int = 0
    link_rate_bps: float | None = None
    carrier_formats: int = 0  # the carrier's own tracking-number formats now in use
    # The map pack step: "unchanged" | "installed" | "none" (the carrier has no pack for
    # this shop) | "failed: <reason>" (the map in use stays; also in `warnings`); None
    # when the run stopped before it. Bytes: what this run fetched of the pack.
    map_pack: str | None = None
    map_pack_bytes: int = 0
    clock_offset_s: float | None = None
    clock_warning: str | None = None  # also in `warnings`; set when |offset| > 5 minutes
    warnings: list[str] = field(default_factory=list)  # English sentences, for the CLI
    # The same warnings as message codes with their arguments, for the UI's wording:
    # [{"code", "args", "text"}] (`text`: the English of `warnings`). See `warn`.
    notes: list[dict[str, Any]] = field(default_factory=list)
    ok: bool = False
    error: str | None = None  # English, for the log and the command line
    error_code: str | None = None
    # What the UI words in the shop's language: the message code for `error_code`
    # (`error_message`) with these arguments.
    error_args: dict[str, Any] = field(default_factory=dict)
    server: str | None = None
    requests: int = 0
    retries: int = 0
    faults: dict[str, int] = field(default_factory=dict)
    duration_s: float = 0.0
    started_at: str | None = None

    @classmethod
    def from_dict(cls, payload: dict[str, Any]) -> SyncReport:
        """The report back from `as_dict` (unknown keys ignored; for the last run's report)."""
        known = {name: payload[name] for name in cls.__dataclass_fields__ if name in payload}
        known["rejected"] = [RejectedEvent(**item) for item in payload.get("rejected", [])]
        return cls(**known)

    def warn(self, code: str, text: str, **args: Any) -> None:
        """A warning: its English sentence in `warnings`, its code and arguments in `notes`."""
        self.warnings.append(text)
        self.notes.append({"code": code, "args": plain(args), "text": text})

    def note_messages(self) -> list[Message]:
        """The warnings as messages for the UI; one given as a bare sentence (a step that
        has no code for it) keeps its English as the fallback."""
        coded = {str(n.get("text", "")) for n in self.notes}
        found = [
            Message(
                str(n.get("code", "")), dict(n.get("args") or {}), fallback=str(n.get("text", ""))
            )
            for n in self.notes
        ]
        found += [
            Message("sync.warning", {"text": w}, fallback=w)
            for w in self.warnings
            if w not in coded
        ]
        return found

    @property
    def error_message(self) -> Message | None:
        """Why the run stopped, as a message code and its arguments (None when it did not)."""
        if self.error_code is None:
            return None
        from shopapp.sync.errors import message_code

        return Message(
            message_code(self.error_code), dict(self.error_args), fallback=self.error or ""
        )

    @property
    def changes(self) -> Changes:
        """What a run may have changed: nothing when another sync held the lock; else the
        outbox (answers, the last sync), the parcels (the manifest), the road map."""
        if self.error_code == "busy":
            return Changes.NONE
        changed = Changes.OUTBOX | Changes.PARCELS
        if self.map_pack == "installed":
            changed |= Changes.ROAD_MAP
        return changed

    @property
    def link_trouble(self) -> bool:
        """The connection was the problem: tries were cut or timed out in this run."""
        return self.link_faults > 0

    def as_dict(self) -> dict[str, Any]:
        payload = asdict(self)
        payload["duration_s"] = round(self.duration_s, 3)
        if self.clock_offset_s is not None:
            payload["clock_offset_s"] = round(self.clock_offset_s, 3)
        return payload
