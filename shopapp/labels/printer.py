"""Deliver ZPL to a label printer: raw TCP (port 9100 style) or a file for a print queue."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

from shopapp.labels.errors import PrinterError
from shopapp.messages import message

DEFAULT_PORT = 9100  # the raw printing port of Zebra and most network label printers


def parse_address(address: str, default_port: int = DEFAULT_PORT) -> tuple[str, int]:
    """Split "host", "host:port", "[v6 address]:port" into host and port.

    Raises:
        PrinterError: the address is empty or its port is not a number from 1 to 65535.
    """
    text = address.strip()
    host, port_text = text, ""
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port_text = rest.removeprefix(":")
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
    if not host:
        raise PrinterError(
            message(
                "label.printer_no_address",
                "No label printer address is set: enter it in Settings (host:port).",
            )
        )
    if not port_text:
        return host, default_port
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        raise PrinterError(
            message(
                "label.printer_bad_port",
                f"The label printer address {address!r} has no valid port: use host:port, "
                f"e.g. 192.168.1.50:{DEFAULT_PORT}.",
                address=address,
                default_port=DEFAULT_PORT,
            )
        )
    return host, int(port_text)


def send_zpl(zpl: str, address: str, *, timeout_s: float = 5.0) -> int:
    """Send one ZPL job to a raw TCP printer; returns the number of bytes sent.

    Raises:
        PrinterError: the printer cannot be found, refuses, or does not answer in time.
    """
    host, port = parse_address(address)
    where = f"{host}:{port}"
    data = zpl.encode("utf-8")
    try:
        with socket.create_connection((host, port), timeout=timeout_s) as connection:
            connection.settimeout(timeout_s)
            connection.sendall(data)
            connection.shutdown(socket.SHUT_WR)
    except socket.gaierror as exc:
        raise PrinterError(
            message(
                "label.printer_not_found",
                f"The label printer {host} was not found on the network: check the address "
                "in Settings.",
                host=host,
            )
        ) from exc
    except TimeoutError as exc:
        raise PrinterError(
            message(
                "label.printer_timeout",
                f"The label printer at {where} did not answer within {timeout_s:g} s: check "
                "that it is switched on and connected.",
                where=where,
                seconds=timeout_s,
            )
        ) from exc
    except ConnectionRefusedError as exc:
        raise PrinterError(
            message(
                "label.printer_refused",
                f"The label printer at {where} refused the connection: check the port in "
                f"Settings (usually {DEFAULT_PORT}).",
                where=where,
                default_port=DEFAULT_PORT,
            )
        ) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise PrinterError(
            message(
                "label.printer_failed",
                f"The label could not be sent to the printer at {where} ({reason}): check "
                "the printer and the network, then print again.",
                where=where,
            )
        ) from exc
    return len(data)


def write_zpl(zpl: str, path: Path | str) -> Path:
    """Write a ZPL job to a file (e.g. a print-queue folder) whole or not at all.

    Raises:
        PrinterError: the file cannot be written (folder missing, disk full, no rights).
    """
    target = Path(path)
    data = zpl.encode("utf-8")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=".label-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PrinterError(
            message(
                "label.file_failed",
                f"The label file {target} could not be written ({reason}): check the folder "
                "in Settings and the free disk space.",
                path=str(target),
            )
        ) from exc
    return target
