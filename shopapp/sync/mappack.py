"""Sync step: the carrier's map pack for this shop (`GET /v1/map`), when it changed.

The pack is a clipped .osm.pbf; its SHA-256 is its strong ETag. The step:

1. asks with `If-None-Match` = the installed pack's hash (SyncState `map_pack_sha256`,
   only written after a successful import), the hash of the map in use and the hash of
   a pack this shop could not import before: 304 means nothing to do;
2. downloads a changed pack into DATA_DIR/map-download/<sha256>.part; a cut download
   keeps its bytes and goes on (`Range: bytes=N-` with `If-Range: "<sha256>"`) in the
   same sync's next try or at the next sync; if the carrier published another pack in
   between, the server sends the new one whole and the old partial is dropped;
3. checks the SHA-256 of the whole file (a mismatch deletes it: it is fetched again
   next time), then imports it with `shopapp.roads.import_map` (must cover the shop),
   which switches maps atomically, and only then records the new hash.

Nothing here fails the sync: offline, a refused or damaged pack, a failed import or no
road engine leave the map in use as it was, and the step's outcome says why
("unchanged", "installed", "none", "failed: <reason>"); a failure is also a warning.
Requests follow the ApiClient's conventions: its session (token, TLS checks, no
redirects), its (connect, read) timeouts, its retry policy and cancel flag.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from shopapp.errors import ShopAppError
from shopapp.messages import Message, Progress, message, no_progress
from shopapp.paths import DataPaths
from shopapp.shop import get_profile
from shopapp.store import Store
from shopapp.sync import state
from shopapp.sync.client import ApiClient
from shopapp.sync.errors import (
    ApiError,
    BadAnswer,
    Cancelled,
    NetworkError,
    SyncError,
    TlsError,
    Unauthorized,
)
from shopapp.sync.retry import next_delay, parse_retry_after, retryable_status

log = logging.getLogger(__name__)

MAP_PACK_SHA256 = "map_pack_sha256"  # SyncState: the pack installed from the carrier
MAP_PACK_REFUSED = "map_pack_refused"  # SyncState: {"sha256", "reason"} of a pack that failed
DOWNLOAD_DIR = "map-download"
PART_SUFFIX = ".part"
PACK_SUFFIX = ".osm.pbf"
CHUNK = 64 * 1024
HASH_CHUNK = 1 << 20
# The import needs room for the pack, its tiles and the basemap (about 3x the pack).
DISK_FACTOR = 4
DISK_SLACK = 50 * 1024 * 1024
WHAT = "the map pack"
_SHA = re.compile(r"^[0-9a-f]{64}$")
_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+)\s*$")
_UNSATISFIED = re.compile(r"^\s*bytes\s+\*/(\d+)\s*$")
# Import failures that the same pack will always have: not downloaded again.
PERMANENT_IMPORT_CODES = frozenset({"roads.not_covering", "roads.not_osm", "roads.empty"})

# requests' exceptions that mean "the exchange did not complete" (as in client.py).
_TRANSIENT = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
)

@dataclass
class MapPackOutcome:
    """What the step did: status "unchanged" | "installed" | "none" | "failed"."""

    status: str
    reason: str | None = None
    sha256: str | None = None
    downloaded_bytes: int = 0  # fetched during this sync
    resumed_from: int | None = None  # the partial's size when this sync went on with it
    # A failure worth a warning in the report (not: this computer has no road engine).
    warn: bool = True
    why: Message | None = None  # `reason` as a message code and its arguments, for the UI

    def text(self) -> str:
        return f"failed: {self.reason}" if self.status == "failed" else self.status

    def reason_message(self) -> Message:
        if self.why is not None:
            return self.why
        return Message("sync.map_reason", {"text": self.reason or ""}, fallback=self.reason or "")


def _failed(why: Message, warn: bool = True, sha256: str | None = None) -> MapPackOutcome:
    return MapPackOutcome("failed", why.fallback, sha256=sha256, warn=warn, why=why)


class PackDamaged(SyncError):
    """The downloaded bytes do not hash to the pack's SHA-256."""

    code = "map_pack_damaged"


class PackRefused(SyncError):
    """The pack is whole but cannot be this shop's map (not OSM data, not covering it)."""

    code = "map_pack_refused"

    def __init__(self, reason: str, import_code: str = "") -> None:
        self.import_code = import_code
        super().__init__(reason)

    def message_args(self) -> dict[str, object]:
        return {"import_code": self.import_code}


@dataclass
class _Fetched:
    kind: str  # "unchanged", "none", "complete"
    sha256: str | None = None
    path: Path | None = None
    detail: str = ""


@dataclass
class _Counters:
    fetched: int = 0  # bytes written during this sync
    resumed_from: int | None = None  # the partial's size when this sync went on with it


def download_dir(paths: DataPaths) -> Path:
    return paths.root / DOWNLOAD_DIR


def sync_map_pack(
    paths: DataPaths,
    store: Store,
    client: ApiClient,
    progress: Progress | None = None,
) -> MapPackOutcome:
    """Fetch and install the shop's map pack if it changed; never raises a sync error."""
    progress = progress or no_progress
    counters = _Counters()
    try:
        outcome = _sync(paths, store, client, progress, counters)
    except Cancelled:
        outcome = _failed(
            message(
                "sync.map_cancelled",
                "the sync was stopped; the map download goes on at the next sync",
            )
        )
    except NetworkError as error:
        outcome = _failed(
            message(
                "sync.map_offline",
                f"the carrier's server could not be reached for the map pack ({error.last}); "
                "the download goes on at the next sync",
            )
        )
    except ShopAppError as error:  # refused, TLS, bad answer, damaged, the store, the import
        why = error.message
        outcome = _failed(Message(why.code, why.args, why.count, str(error).rstrip(".")))
    except OSError as error:  # the download folder: full disk, permissions
        log.warning("map pack: %s", error, exc_info=True)
        detail = str(error.strerror or error)
        outcome = _failed(
            message(
                "sync.map_not_saved",
                f"the map pack could not be saved ({detail})",
                detail=detail,
                disk_full=error.errno == errno.ENOSPC,
            )
        )
    outcome.downloaded_bytes = counters.fetched
    outcome.resumed_from = counters.resumed_from
    if outcome.status == "failed":
        log.warning("map pack not installed: %s", outcome.reason)
    return outcome


def _sync(
    paths: DataPaths, store: Store, client: ApiClient, progress: Progress, counters: _Counters
) -> MapPackOutcome:
    from shopapp.roads import RoadMap, available

    with store.read() as session:
        recorded = state.get_value(session, MAP_PACK_SHA256)
        refused = _refused(state.get_value(session, MAP_PACK_REFUSED))
        profile = get_profile(session)
        shop = None if profile is None else (float(profile.lat), float(profile.lon))
    if shop is None:
        return _failed(
            message(
                "sync.map_no_location", "the shop has no location yet (finish the shop's setup)"
            )
        )
    if not available():
        return _failed(
            message(
                "sync.map_no_engine", "this computer has no road engine (pyvalhalla) to use maps"
            ),
            warn=False,
        )
    current = RoadMap.open(paths.roads)
    in_use = current.info.sha256 if current is not None else None
    known: list[str] = []
    if recorded and current is not None:
        # The carrier's pack we installed (a map imported by hand since then is respected
        # until the carrier publishes a new pack). With no map at all, fetch it again.
        known.append(recorded)
    if in_use:
        known.append(in_use)
    if refused:
        known.append(refused[0])
    folder = download_dir(paths)
    fetched = _download(client, folder, list(dict.fromkeys(known)), progress, counters)
    if fetched.kind == "none":
        return MapPackOutcome("none", fetched.detail or None)
    if fetched.kind == "unchanged":
        if refused and fetched.sha256 == refused[0]:
            return _failed(
                Message(
                    "sync.map_pack_refused", {"import_code": refused[2]}, fallback=refused[1]
                ),
                sha256=fetched.sha256,
            )
        if fetched.sha256 and fetched.sha256 == in_use and fetched.sha256 != recorded:
            with store.write() as session:  # the map in use is the carrier's pack already
                state.put_value(session, MAP_PACK_SHA256, fetched.sha256)
        return MapPackOutcome("unchanged", sha256=fetched.sha256)
    assert fetched.path is not None and fetched.sha256 is not None
    sha = fetched.sha256
    pack = _verified(fetched.path, sha, client)
    try:
        _install(paths, store, pack, sha, shop, client, progress)
    except PackRefused:
        pack.unlink(missing_ok=True)
        raise
    except BaseException:
        # Whole and verified: the next sync imports it again without downloading it (the
        # server answers its Range with 416 and the size, which says it is complete).
        os.replace(pack, folder / f"{sha}{PART_SUFFIX}")
        raise
    pack.unlink(missing_ok=True)
    return MapPackOutcome("installed", sha256=sha)


def _refused(text: str | None) -> tuple[str, str, str] | None:
    """(sha256, reason, the import's error code) of the pack this shop could not use."""
    if not text:
        return None
    try:
        data = json.loads(text)
        sha, reason = str(data["sha256"]), str(data["reason"])
        import_code = str(data.get("import_code", ""))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return (sha, reason, import_code) if _SHA.match(sha) else None


def _verified(part: Path, sha: str, client: ApiClient) -> Path:
    """The partial, renamed `<sha>.osm.pbf` once its bytes hash to `sha`; else deleted."""
    digest = hashlib.sha256()
    with part.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
            if client.cancel.is_set():
                raise Cancelled()
    actual = digest.hexdigest()
    if actual != sha:
        part.unlink(missing_ok=True)
        raise PackDamaged(
            f"the downloaded map pack is damaged (its SHA-256 is {actual[:12]}…, not "
            f"{sha[:12]}…); it was deleted and will be downloaded again at the next sync"
        )
    pack = part.with_name(f"map-{sha[:12]}{PACK_SUFFIX}")
    os.replace(part, pack)
    return pack


def _install(
    paths: DataPaths,
    store: Store,
    pack: Path,
    sha: str,
    shop: tuple[float, float],
    client: ApiClient,
    progress: Progress,
) -> None:
    from shopapp.roads import MapImportCancelled, MapImportError, import_map

    installing = message("sync.map_install", "installing the new map")
    progress(0.8, installing)

    def importing(fraction: float, what: object) -> None:
        # The import's own step when it says it as a Message; else "installing".
        progress(0.8 + 0.2 * fraction, what if isinstance(what, Message) else installing)

    try:
        import_map(
            paths.roads,
            pack,
            must_cover=shop,
            progress=importing,
            cancel=client.cancel.is_set,
        )
    except MapImportCancelled as error:
        raise Cancelled() from error
    except MapImportError as error:
        import_code = error.code.removeprefix("roads.")  # "not_covering", for the UI
        if "roads." + import_code in PERMANENT_IMPORT_CODES:
            reason = f"the carrier's map pack cannot be used: {str(error).rstrip('.')}"
            with store.write() as session:  # not downloaded again until the carrier changes it
                state.put_value(
                    session,
                    MAP_PACK_REFUSED,
                    json.dumps({"sha256": sha, "reason": reason, "import_code": import_code}),
                )
            raise PackRefused(reason, import_code) from error
        raise
    with store.write() as session:
        state.put_value(session, MAP_PACK_SHA256, sha)
        state.put_value(session, MAP_PACK_REFUSED, "")
    log.info("map pack %s installed", sha)


# --- the download ------------------------------------------------------------------


def _partial(folder: Path) -> tuple[Path, str] | None:
    """The partial download kept from before (the newest; older ones are removed)."""
    if not folder.is_dir():
        return None
    found: list[tuple[float, Path, str]] = []
    for entry in folder.iterdir():
        name = entry.name
        if entry.is_file() and name.endswith(PART_SUFFIX) and _SHA.match(name[: -len(PART_SUFFIX)]):
            found.append((entry.stat().st_mtime, entry, name[: -len(PART_SUFFIX)]))
        elif entry.is_file() and name.endswith(PACK_SUFFIX):
            entry.unlink(missing_ok=True)  # a verified pack left by a crash mid-import
    found.sort()
    for _, stale, _ in found[:-1]:
        stale.unlink(missing_ok=True)
    if not found:
        return None
    _, path, sha = found[-1]
    return path, sha


def _drop_partials(folder: Path) -> None:
    for stale in folder.glob(f"*{PART_SUFFIX}"):
        stale.unlink(missing_ok=True)


def _sha_of(response: requests.Response) -> str:
    sha = (response.headers.get("X-Map-SHA256") or "").strip().lower()
    if not _SHA.match(sha):
        etag = (response.headers.get("ETag") or "").strip()
        sha = etag.removeprefix("W/").strip('"').lower()
    if not _SHA.match(sha):
        raise BadAnswer("The carrier's server sent a map pack without its SHA-256.")
    return sha


def _detail(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return (response.text or response.reason or "no reason given")[:300]
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        return str(body["detail"])[:500]
    return json.dumps(body)[:300]


def _check_room(folder: Path, size: int) -> None:
    needed = size * DISK_FACTOR + DISK_SLACK
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise SyncError(
            message(
                "sync.map_no_room",
                f"there is not enough free disk space for the new map (it needs about "
                f"{needed // 1_000_000} MB, {free // 1_000_000} MB are free)",
                needed=needed,
                free=free,
            )
        )


def _fsync(handle: object) -> None:
    with contextlib.suppress(OSError, AttributeError, ValueError):
        handle.flush()  # type: ignore[attr-defined]
        os.fsync(handle.fileno())  # type: ignore[attr-defined]


def _download(
    client: ApiClient, folder: Path, known: list[str], progress: Progress, counters: _Counters
) -> _Fetched:
    """GET /v1/map until it is answered: unchanged, no pack, or the complete partial file."""
    policy = client.policy
    url = client.base_url + "/v1/map"
    folder.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    last = "no try made"
    attempt = 0
    for attempt in range(1, policy.max_attempts + 1):
        if client.cancel.is_set():
            raise Cancelled()
        partial = _partial(folder)
        headers = {"Accept": "application/octet-stream, application/json"}
        if known:
            headers["If-None-Match"] = ", ".join(f'"{sha}"' for sha in known)
        have = 0
        if partial is not None:
            have = partial[0].stat().st_size
            if have > 0:
                headers["Range"] = f"bytes={have}-"
                headers["If-Range"] = f'"{partial[1]}"'
        retry_after: float | None = None
        client.stats.requests += 1
        try:
            response = client.session.get(
                url,
                headers=headers,
                stream=True,
                timeout=policy.timeout,
                allow_redirects=False,
            )
        except requests.exceptions.SSLError as error:
            raise TlsError(WHAT, str(error)[:200]) from error
        except _TRANSIENT as error:
            client.stats.count(type(error).__name__)
            last = f"{type(error).__name__}: {str(error)[:200]}"
        else:
            with response:
                status = response.status_code
                if status in (304, 404):
                    _drop_partials(folder)  # of a pack that is no longer the shop's
                    if status == 304:
                        return _Fetched("unchanged", sha256=_sha_or_none(response))
                    return _Fetched("none", detail=_detail(response))
                if status in (200, 206):
                    result = _receive(client, response, folder, partial, have, progress)
                    counters.fetched += result[1]
                    if result[2] and counters.resumed_from is None:
                        counters.resumed_from = have
                    if result[0] is not None:
                        return result[0]
                    last = result[3]
                elif status == 416:
                    # The partial is as long as (or longer than) the pack: complete or wrong.
                    total = _unsatisfied_total(response)
                    if partial is not None and total is not None and have == total:
                        counters.resumed_from = have  # complete already (e.g. a stopped import)
                        return _Fetched("complete", partial[1], partial[0])
                    if partial is not None:
                        partial[0].unlink(missing_ok=True)
                    last = "HTTP 416: the partial download did not fit the pack"
                elif retryable_status(status):
                    client.stats.count(f"http_{status}")
                    last = f"HTTP {status}: {_detail(response).rstrip('.')}"
                    retry_after = parse_retry_after(response.headers.get("Retry-After"))
                elif status in (401, 403):
                    raise Unauthorized(status, _detail(response), WHAT)
                elif 300 <= status < 400:
                    raise ApiError(
                        status,
                        f"the server points elsewhere ({response.headers.get('Location', '?')}); "
                        "check the server address",
                        WHAT,
                    )
                else:
                    raise ApiError(status, _detail(response), WHAT)
        if attempt == policy.max_attempts:
            break
        delay = next_delay(attempt, policy, retry_after, client.rng)
        if retry_after is not None and retry_after > policy.max_retry_after_s:
            last += f"; the server asked to wait {retry_after:.0f} s"
            break
        if time.monotonic() - started + delay >= policy.total_s:
            last += f"; gave up after {time.monotonic() - started:.0f} s"
            break
        client.stats.retries += 1
        log.info("GET /v1/map: %s; try %d in %.2f s", last, attempt + 1, delay)
        if client.cancel.wait(max(0.0, delay)):
            raise Cancelled()
    log.warning("GET /v1/map failed: %s", last)
    raise NetworkError(WHAT, attempt, last)


def _sha_or_none(response: requests.Response) -> str | None:
    try:
        return _sha_of(response)
    except BadAnswer:
        return None


def _unsatisfied_total(response: requests.Response) -> int | None:
    match = _UNSATISFIED.match(response.headers.get("Content-Range") or "")
    return int(match.group(1)) if match else None


def _receive(
    client: ApiClient,
    response: requests.Response,
    folder: Path,
    partial: tuple[Path, str] | None,
    have: int,
    progress: Progress,
) -> tuple[_Fetched | None, int, bool, str]:
    """Write a 200 or 206 answer's body to the partial file.

    Returns (the complete download or None, bytes written, resumed?, why it stopped).
    """
    sha = _sha_of(response)
    resumed = False
    if response.status_code == 206:
        match = _CONTENT_RANGE.match(response.headers.get("Content-Range") or "")
        if partial is None or match is None or sha != partial[1] or int(match.group(1)) != have:
            if partial is not None:  # does not line up: start again from nothing
                partial[0].unlink(missing_ok=True)
            return None, 0, False, "HTTP 206 with a range that does not fit the partial download"
        total = int(match.group(3))
        target = partial[0]
        mode = "ab"
        resumed = True
    else:
        length = response.headers.get("Content-Length")
        if length is None or not length.isdigit():
            raise BadAnswer("The carrier's server sent a map pack without its length.")
        total = int(length)
        _drop_partials(folder)  # an older pack's partial, or this one's: from zero
        target = folder / f"{sha}{PART_SUFFIX}"
        _check_room(folder, total)
        mode = "wb"
    written = 0
    done = have if resumed else 0
    with target.open(mode) as handle:
        try:
            for chunk in response.iter_content(CHUNK):
                handle.write(chunk)
                written += len(chunk)
                done += len(chunk)
                if total:
                    progress(
                        0.79 * min(done, total) / total,
                        message(
                            "sync.map_download",
                            f"map: {done // 1024} of {total // 1024} kB",
                            done=done,
                            total=total,
                        ),
                    )
                if client.cancel.is_set():
                    break
        except _TRANSIENT as error:
            kind = type(error).__name__
            client.stats.count(kind)
            return None, written, resumed, f"{kind} after {done} of {total} bytes"
        finally:
            _fsync(handle)  # what came is kept for the next try
    if client.cancel.is_set():
        raise Cancelled()
    size = target.stat().st_size
    if size < total:
        return None, written, resumed, f"the answer ended after {size} of {total} bytes"
    if size > total:
        target.unlink(missing_ok=True)
        return None, written, resumed, "the download grew past the pack's size"
    return _Fetched("complete", sha, target), written, resumed, ""
