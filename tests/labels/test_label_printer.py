"""Sending ZPL to a raw TCP printer (a loopback server here) and writing it to a file."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from shopapp.labels import PrinterError, parse_address, send_zpl, write_zpl

ZPL = "^XA\n^CI28\n^FO30,30^BCN,180,N,N,N^FDSHOP:1Z5R893903575671273^FS\n^FDMüller^FS\n^XZ\n"


class FakePrinter:
    """A loopback TCP server that stores what one client sends, like a port-9100 printer."""

    def __init__(self, read: bool = True) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(5)
        self.port = self.server.getsockname()[1]
        self.received = b""
        self.read = read
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            connection, _ = self.server.accept()
        except OSError:
            return
        with connection:
            connection.settimeout(5)
            if not self.read:
                self.done.wait(10)
                return
            chunks = []
            while chunk := connection.recv(65536):
                chunks.append(chunk)
            self.received = b"".join(chunks)

    def close(self) -> None:
        self.done.set()
        self.thread.join(10)
        self.server.close()


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


def test_send_reaches_the_printer(printer: FakePrinter) -> None:
    sent = send_zpl(ZPL, f"127.0.0.1:{printer.port}", timeout_s=5)
    printer.thread.join(10)
    assert printer.received == ZPL.encode("utf-8")
    assert sent == len(ZPL.encode("utf-8"))


def test_refused_connection_says_so() -> None:
    with socket.socket() as probe:  # a port that was just free: nobody listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(PrinterError, match="refused"):
        send_zpl(ZPL, f"127.0.0.1:{port}", timeout_s=2)


def test_printer_that_stops_reading_times_out() -> None:
    fake = FakePrinter(read=False)
    try:
        with pytest.raises(PrinterError, match="did not answer"):
            send_zpl("^XA" + "x" * 64_000_000 + "^XZ", f"127.0.0.1:{fake.port}", timeout_s=0.5)
    finally:
        fake.close()


def test_unknown_host_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> socket.socket:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "create_connection", no_such_host)  # no DNS from tests
    with pytest.raises(PrinterError, match="not found"):
        send_zpl(ZPL, "zebra-in-the-back:9100")


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("192.168.1.50", ("192.168.1.50", 9100)),
        (" 192.168.1.50:6101 ", ("192.168.1.50", 6101)),
        ("zebra.local:9100", ("zebra.local", 9100)),
        ("[::1]:9101", ("::1", 9101)),
        ("[fe80::1]", ("fe80::1", 9100)),
        ("fe80::1", ("fe80::1", 9100)),
    ],
)
def test_parse_address(address: str, expected: tuple[str, int]) -> None:
    assert parse_address(address) == expected


@pytest.mark.parametrize("address", ["", "  ", ":9100", "host:port", "host:0", "host:70000"])
def test_bad_address(address: str) -> None:
    with pytest.raises(PrinterError):
        parse_address(address)


def test_write_zpl_file(tmp_path: Path) -> None:
    target = write_zpl(ZPL, tmp_path / "label.zpl")
    assert target.read_bytes() == ZPL.encode("utf-8")
    write_zpl("^XA^XZ", target)  # replaces whole
    assert target.read_text(encoding="utf-8") == "^XA^XZ"
    assert [p.name for p in tmp_path.iterdir()] == ["label.zpl"]


def test_write_zpl_to_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(PrinterError, match="could not be written"):
        write_zpl(ZPL, tmp_path / "no-such-folder" / "label.zpl")


def test_printer_errors_carry_codes_worded_in_the_shops_language() -> None:
    from shopapp.labels import PrinterError, parse_address

    from shopapp.ui.messages import TABLE, error_text

    with pytest.raises(PrinterError) as caught:
        parse_address("printer:99999")
    said = caught.value.message
    assert said.code == "label.printer_bad_port" and said.arg("address") == "printer:99999"
    assert said.code in TABLE
    assert "printer:99999" in error_text(caught.value) and "9100" in error_text(caught.value)
    with pytest.raises(PrinterError) as caught:
        parse_address("  ")
    assert caught.value.message.code == "label.printer_no_address"
