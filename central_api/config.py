"""Settings of the reference central API: database URL, admin token, size limits, gzip,
resumable uploads, rate limits and the database pool."""

from __future__ import annotations

import os
from dataclasses import dataclass

ADMIN_TOKEN_ENV = "CENTRAL_ADMIN_TOKEN"
DEFAULT_DATABASE_FILE = "central.sqlite3"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765

# A JSON body: 1,000 events with generous data stay far below this.
MAX_BODY_BYTES = 8 * 1024 * 1024
# One proof-of-delivery file (signature or photo).
MAX_BLOB_BYTES = 10 * 1024 * 1024
# A gzip-encoded JSON body, once decompressed (a gzip bomb stops here with 413). A blob's
# decompressed limit is MAX_BLOB_BYTES.
MAX_INFLATED_BODY_BYTES = 16 * 1024 * 1024
# Answers of at least this many bytes are gzipped when the request accepts gzip.
GZIP_MIN_BYTES = 500
GZIP_LEVEL = 6
# A partial upload (PATCH /v1/blobs/{sha256}) not continued for this long is discarded.
UPLOAD_EXPIRY_S = 24 * 3600
UPLOAD_EXPIRY_ENV = "CENTRAL_UPLOAD_EXPIRY_S"
# Rate limits (token buckets, central_api/ratelimit.py): each shop token may send
# RATE_PER_S requests a second on average, RATE_BURST at once; the admin token has a
# bucket of its own. A shop's whole end-of-day sync is about 30 requests; the client
# waits as the 429's Retry-After says. 0 turns a limit off.
RATE_PER_S = 20.0
RATE_BURST = 200
ADMIN_RATE_PER_S = 50.0
ADMIN_RATE_BURST = 500
RATE_PER_S_ENV = "CENTRAL_RATE_PER_S"
RATE_BURST_ENV = "CENTRAL_RATE_BURST"
ADMIN_RATE_PER_S_ENV = "CENTRAL_ADMIN_RATE_PER_S"
ADMIN_RATE_BURST_ENV = "CENTRAL_ADMIN_RATE_BURST"
# PostgreSQL connections per worker process (SQLite: not pooled this way).
POOL_SIZE = 8
MAX_OVERFLOW = 4
POOL_SIZE_ENV = "CENTRAL_DB_POOL_SIZE"
MAX_OVERFLOW_ENV = "CENTRAL_DB_MAX_OVERFLOW"
# The database URL, for worker processes (`serve --workers N`) that build the app anew.
DATABASE_URL_ENV = "CENTRAL_DATABASE_URL"
MAX_EVENTS_PER_BATCH = 1000
MAX_PARCELS_PER_ASSIGNMENT = 10_000
MANIFEST_PAGE_DEFAULT = 500
MANIFEST_PAGE_MAX = 1000
AUDIT_PAGE_MAX = 100_000
# Ids and cursors are bounded so that no database integer type overflows.
MAX_ID = 2**31 - 1
MAX_CURSOR = 2**62


@dataclass(frozen=True)
class Settings:
    """What one running server needs to know.

    Attributes:
        database_url: SQLAlchemy URL (sqlite:///file or postgresql+psycopg://...).
        admin_token: the carrier's admin bearer token; None disables the admin routes.
        max_body_bytes: limit of any request body except a blob upload, as sent.
        max_blob_bytes: limit of one blob (a PUT body, a PATCH upload's Upload-Length),
            as sent and once decompressed.
        max_inflated_body_bytes: limit of a gzip-encoded body other than a blob's, once
            decompressed.
        gzip_min_bytes: answers this large or larger are gzipped for a client that
            accepts gzip.
        gzip_level: zlib level of gzipped answers (1-9).
        upload_expiry_s: a partial upload with no PATCH for this many seconds is gone.
        rate_per_s, rate_burst: each shop token's request rate (per second, sustained)
            and burst; past them 429 with Retry-After. rate_per_s 0: no limit.
        admin_rate_per_s, admin_rate_burst: the same for the admin routes (one bucket
            per admin token given).
        pool_size, max_overflow: PostgreSQL connections per process, kept and extra.
    """

    database_url: str
    admin_token: str | None = None
    max_body_bytes: int = MAX_BODY_BYTES
    max_blob_bytes: int = MAX_BLOB_BYTES
    max_inflated_body_bytes: int = MAX_INFLATED_BODY_BYTES
    gzip_min_bytes: int = GZIP_MIN_BYTES
    gzip_level: int = GZIP_LEVEL
    upload_expiry_s: float = UPLOAD_EXPIRY_S
    rate_per_s: float = RATE_PER_S
    rate_burst: int = RATE_BURST
    admin_rate_per_s: float = ADMIN_RATE_PER_S
    admin_rate_burst: int = ADMIN_RATE_BURST
    pool_size: int = POOL_SIZE
    max_overflow: int = MAX_OVERFLOW


def default_database_url() -> str:
    """An SQLite file in the current directory."""
    return f"sqlite:///{os.path.abspath(DEFAULT_DATABASE_FILE)}"


def admin_token_from_env() -> str | None:
    """The admin token from CENTRAL_ADMIN_TOKEN, or None when unset or empty."""
    token = os.environ.get(ADMIN_TOKEN_ENV, "").strip()
    return token or None


def upload_expiry_from_env() -> float:
    """CENTRAL_UPLOAD_EXPIRY_S (seconds, > 0), else the default of 24 hours."""
    text = os.environ.get(UPLOAD_EXPIRY_ENV, "").strip()
    if not text:
        return UPLOAD_EXPIRY_S
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{UPLOAD_EXPIRY_ENV} must be a number of seconds, not {text!r}") from None
    if not 0 < value <= 10**9:  # also refuses NaN and infinity
        raise ValueError(f"{UPLOAD_EXPIRY_ENV} must be 0 < seconds <= 1e9, not {text!r}")
    return value


def _number_from_env(name: str, default: float, *, integer: bool = False) -> float:
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = int(text) if integer else float(text)
    except ValueError:
        kind = "a whole number" if integer else "a number"
        raise ValueError(f"{name} must be {kind}, not {text!r}") from None
    if not 0 <= value <= 10**9:  # also refuses NaN and infinity
        raise ValueError(f"{name} must be 0 <= value <= 1e9, not {text!r}")
    return value


def settings_from_env(database_url: str | None = None) -> Settings:
    """Settings from the environment (CENTRAL_*), as `serve` and its workers use them.

    Raises:
        ValueError: a variable that is not a number in range (the message names it).
    """
    return Settings(
        database_url=database_url or os.environ.get(DATABASE_URL_ENV) or default_database_url(),
        admin_token=admin_token_from_env(),
        upload_expiry_s=upload_expiry_from_env(),
        rate_per_s=_number_from_env(RATE_PER_S_ENV, RATE_PER_S),
        rate_burst=int(_number_from_env(RATE_BURST_ENV, RATE_BURST, integer=True)),
        admin_rate_per_s=_number_from_env(ADMIN_RATE_PER_S_ENV, ADMIN_RATE_PER_S),
        admin_rate_burst=int(
            _number_from_env(ADMIN_RATE_BURST_ENV, ADMIN_RATE_BURST, integer=True)
        ),
        pool_size=int(_number_from_env(POOL_SIZE_ENV, POOL_SIZE, integer=True)),
        max_overflow=int(_number_from_env(MAX_OVERFLOW_ENV, MAX_OVERFLOW, integer=True)),
    )
