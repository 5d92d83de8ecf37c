"""Pairing: the server address, the shop's token and the shop profile from `GET /v1/shop`."""

from __future__ import annotations

import ipaddress
import logging
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

from shopapp.changes import Changes
from shopapp.counter.formats import save_carrier_formats
from shopapp.messages import message
from shopapp.paths import DataPaths
from shopapp.shop import ShopSetup, fill_time_zone, get_profile, save_profile
from shopapp.store import Store
from shopapp.sync import credentials, state
from shopapp.sync.client import ApiClient, normalise_server_url
from shopapp.sync.errors import BadAnswer, NotPaired, SyncError
from shopapp.sync.retry import RetryPolicy

log = logging.getLogger(__name__)

# Pairing is done with someone waiting: a few quick tries, not the sync's patience.
PAIR_POLICY = RetryPolicy(max_attempts=3, base_s=0.5, cap_s=2.0, total_s=20.0, read_timeout_s=15)


@dataclass(frozen=True)
class Pairing:
    server_url: str
    shop_id: int | None
    token_storage: str | None


@dataclass(frozen=True)
class PairResult:
    server_url: str
    shop_id: int
    shop_name: str
    token_storage: str
    profile: str  # "created" (filled from the server) or "kept"
    warnings: tuple[str, ...] = ()
    plain_http: bool = False  # the token crosses the network unencrypted (also a warning)
    time_zone: str | None = None  # the shop's zone after pairing (None: the PC's)

    @property
    def changes(self) -> Changes:
        """The pairing, and the shop's profile when it was filled from the server."""
        if self.profile == "created":
            return Changes.PAIRING | Changes.SETTINGS
        return Changes.PAIRING

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": True,
            "server": self.server_url,
            "shop_id": self.shop_id,
            "shop_name": self.shop_name,
            "token_storage": self.token_storage,
            "profile": self.profile,
            "warnings": list(self.warnings),
            "time_zone": self.time_zone,
        }


def _plain_http_warning(url: str) -> str | None:
    """A warning when the token would cross a network unencrypted."""
    parts = urlsplit(url)
    if parts.scheme != "http":
        return None
    host = parts.hostname or ""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        local = host == "localhost"
    else:
        local = address.is_loopback or address.is_private
    if local:
        return None
    return (
        f"{url} is not encrypted (http://): the token and the shop's data cross the network "
        "in clear. Ask the carrier for the https:// address."
    )


def load_pairing(store: Store) -> Pairing | None:
    with store.read() as session:
        url = state.get_value(session, state.SERVER_URL)
        shop_id = state.get_value(session, state.SHOP_ID)
        storage = state.get_value(session, state.TOKEN_STORAGE)
    if not url:
        return None
    return Pairing(url, int(shop_id) if shop_id and shop_id.isdigit() else None, storage)


def connect(
    paths: DataPaths,
    store: Store,
    *,
    policy: RetryPolicy | None = None,
    cancel: threading.Event | None = None,
) -> ApiClient:
    """A client for the paired server with the stored token; NotPaired when there is none."""
    pairing = load_pairing(store)
    token = credentials.load_token(paths)
    if pairing is None or token is None:
        raise NotPaired()
    return ApiClient(pairing.server_url, token, policy=policy, cancel=cancel)


def pair(
    paths: DataPaths,
    store: Store,
    server_url: str,
    token: str,
    *,
    policy: RetryPolicy | None = None,
    use_keyring: bool = True,
) -> PairResult:
    """Check the token against the server, keep it and the address, fill a missing profile.

    Nothing is stored unless the server accepted the token.
    """
    token = token.strip()
    if not token or any(c.isspace() for c in token):
        raise SyncError(
            message(
                "sync.token_unusable",
                "The token is empty or has spaces in it; copy it again from the carrier.",
            )
        )
    try:
        url = normalise_server_url(server_url)
    except ValueError as error:
        raise SyncError(message("sync.bad_address", str(error), address=server_url)) from error
    with ApiClient(url, token, policy=policy or PAIR_POLICY) as client:
        body = client.request("GET", "/v1/shop", "the pairing").body
    if not isinstance(body, dict) or not isinstance(body.get("shop_id"), int):
        raise BadAnswer("The server's answer to the pairing is not the carrier's shop record.")
    name = str(body.get("name") or "My shop").strip() or "My shop"
    lat, lon = body.get("lat"), body.get("lon")
    storage = credentials.save_token(paths, token, use_keyring=use_keyring)
    with store.write() as session:
        previous = state.get_value(session, state.SHOP_ID)
        if previous and previous != str(body["shop_id"]):
            # Another shop's manifest must not be merged into ours from the old cursor.
            state.put_value(session, state.MANIFEST_CURSOR, "0")
        state.put_value(session, state.SERVER_URL, url)
        state.put_value(session, state.SHOP_ID, str(body["shop_id"]))
        state.put_value(session, state.TOKEN_STORAGE, storage)
        save_carrier_formats(session, body.get("tracking_formats"))
        profile = "kept"
        if get_profile(session) is None:
            setup = ShopSetup(
                name=name[:200],
                lat=float(lat) if isinstance(lat, int | float) else 0.0,
                lon=float(lon) if isinstance(lon, int | float) else 0.0,
            )
            save_profile(session, setup)
            profile = "created"
        # The carrier's zone for the shop's day boundaries, unless one was chosen already.
        fill_time_zone(session, body.get("time_zone"))
        shop_profile = get_profile(session)
        time_zone = shop_profile.time_zone if shop_profile is not None else None
    log.info("paired with %s as shop %s (token in %s)", url, body["shop_id"], storage)
    warning = _plain_http_warning(url)
    return PairResult(
        url,
        int(body["shop_id"]),
        name,
        storage,
        profile,
        (warning,) if warning else (),
        plain_http=warning is not None,
        time_zone=time_zone,
    )


def refresh_carrier_formats(store: Store, client: ApiClient) -> int:
    """Take the carrier's current tracking-number formats from `GET /v1/shop`.

    Returns how many formats the carrier sends (0: none, or an answer without them).
    """
    body = client.request("GET", "/v1/shop", "the shop record").body
    formats = body.get("tracking_formats") if isinstance(body, dict) else None
    with store.write() as session:
        # A profile made before zones (or paired with an older server) takes the carrier's.
        if isinstance(body, dict):
            fill_time_zone(session, body.get("time_zone"))
        return save_carrier_formats(session, formats)
