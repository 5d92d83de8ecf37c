"""Shelf labels through a real CUPS: seconds per label from `print_label` to the printer's
port having every byte, for raw ZPL to a local queue and for a Qt page (QPrinter) at the
label's size, beside writing the label's PDF file.

The "printer" is a TCP port this script listens on, behind a raw CUPS queue (as in
tests/printing). Needs a running cupsd and lpadmin rights (root): `sh .ci/cups.sh`.

    QT_QPA_PLATFORM=offscreen python benchmarks/print_labels.py --labels 30
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import uuid
from datetime import date
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=int, default=30, help="labels per way (default 30)")
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])  # fonts for the painter  # noqa: F841

    from shopapp.labels import ShelfLabel

    from shopapp.ui.printing.label_jobs import LabelTarget, print_label

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    arrived: list[tuple[float, int]] = []  # (when the job's last byte came, bytes)
    got = threading.Event()

    def serve() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            with connection:
                size = 0
                while chunk := connection.recv(65536):
                    size += len(chunk)
            arrived.append((time.perf_counter(), size))
            got.set()

    threading.Thread(target=serve, daemon=True).start()
    queue = f"shopapp-bench-{uuid.uuid4().hex[:6]}"
    port = server.getsockname()[1]
    subprocess.run(["lpadmin", "-p", queue, "-E", "-v", f"socket://127.0.0.1:{port}"], check=True)
    results: dict[str, dict[str, float]] = {}
    try:
        with tempfile.TemporaryDirectory() as folder:
            data_dir = Path(folder)
            for way, target in (
                ("zpl raw to the CUPS queue", LabelTarget("4x6in", queue, "zpl", "")),
                ("page (QPrinter) to the CUPS queue", LabelTarget("4x6in", queue, "page", "")),
                ("PDF file (no printer chosen)", LabelTarget("4x6in", "", "page", "")),
            ):
                seconds: list[float] = []
                sizes: list[int] = []
                for n in range(args.labels):
                    label = ShelfLabel(f"1Z999AA1{n:010d}", "J. Smith", "B-12", n + 1, date.today())
                    got.clear()
                    start = time.perf_counter()
                    result = print_label(label, target, data_dir)
                    if not result.ok:
                        raise SystemExit(f"{way}: {result.error}")
                    if target.label_printer:
                        if not got.wait(30):
                            raise SystemExit(f"{way}: nothing arrived")
                        end, size = arrived[-1]
                    else:
                        end, size = time.perf_counter(), Path(result.where).stat().st_size
                    seconds.append(end - start)
                    sizes.append(size)
                results[way] = {
                    "labels": args.labels,
                    "median_s": round(statistics.median(seconds), 4),
                    "p95_s": round(sorted(seconds)[int(0.95 * (len(seconds) - 1))], 4),
                    "bytes_per_label": round(statistics.median(sizes)),
                }
    finally:
        subprocess.run(["lpadmin", "-x", queue], check=False)
        server.close()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
