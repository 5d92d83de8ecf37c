"""Where the shop's token lives: the OS keyring, or a file only the user can read.

The token never goes to the database, the settings, the logs or the report: only to
the keyring (service "shopapp", user name the data directory) or, when no keyring back
end works (a headless Linux box, a locked-down Windows account), to
`<data dir>/secrets/token` with mode 0600 inside a 0700 folder.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from shopapp.paths import DataPaths

log = logging.getLogger(__name__)

SERVICE = "shopapp"
KEYRING = "keyring"
FILE = "file (readable only by you)"
TOKEN_FILE = "token"


def _username(paths: DataPaths) -> str:
    return str(paths.root)


def token_file(paths: DataPaths) -> Path:
    return paths.secrets / TOKEN_FILE


def _keyring_set(paths: DataPaths, token: str) -> bool:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return False
    try:
        keyring.set_password(SERVICE, _username(paths), token)
    except (KeyringError, RuntimeError, OSError) as error:
        log.info("no usable keyring (%s); the token goes to a private file", type(error).__name__)
        return False
    return True


def _keyring_get(paths: DataPaths) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        value = keyring.get_password(SERVICE, _username(paths))
    except (KeyringError, RuntimeError, OSError):
        return None
    return value if isinstance(value, str) and value else None


def _keyring_delete(paths: DataPaths) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return
    with contextlib.suppress(KeyringError, RuntimeError, OSError):
        keyring.delete_password(SERVICE, _username(paths))


def _write_private(path: Path, text: str) -> None:
    """Write atomically a file only the owner may read (0600, in a 0700 folder)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path.parent, 0o700)
    temporary = path.with_name(path.name + ".tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(temporary, flags, 0o600)
    try:
        if hasattr(os, "fchmod"):  # an old file keeps its mode through O_TRUNC
            os.fchmod(fd, 0o600)
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)


def save_token(paths: DataPaths, token: str, *, use_keyring: bool = True) -> str:
    """Keep the token; returns where: KEYRING or FILE (for the pairing report)."""
    if use_keyring and _keyring_set(paths, token):
        with contextlib.suppress(FileNotFoundError):
            token_file(paths).unlink()
        return KEYRING
    _write_private(token_file(paths), token)
    return FILE


def load_token(paths: DataPaths) -> str | None:
    """The token from the keyring, else from the private file; None when not paired."""
    token = _keyring_get(paths)
    if token:
        return token
    try:
        text = token_file(paths).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return text or None


def forget_token(paths: DataPaths) -> None:
    _keyring_delete(paths)
    with contextlib.suppress(FileNotFoundError):
        token_file(paths).unlink()
