"""Settings of the reference central API: database URL, admin token, size limits, gzip and
resumable uploads."""

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
    """

    database_url: str
    admin_token: str | None = None
    max_body_bytes: int = MAX_BODY_BYTES
    max_blob_bytes: int = MAX_BLOB_BYTES
    max_inflated_body_bytes: int = MAX_INFLATED_BODY_BYTES
    gzip_min_bytes: int = GZIP_MIN_BYTES
    gzip_level: int = GZIP_LEVEL
    upload_expiry_s: float = UPLOAD_EXPIRY_S


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
