"""Sync over a failing rural link (issue 18, RELIABILITY 13): a day's events and proof
photos through a link proxy of its own, to the real central API, from a real data dir.

The link proxy (`LinkProxy`, loopback only) carries each direction at `rate` bytes per
second (one pipe shared by all connections, read no faster than it drains, so the
sender's buffers fill as on a real link), delays every byte by `delay` seconds one way
(and a new connection by a round trip), and cuts every open connection every `cut_every`
seconds (both ends reset, queued bytes lost), optionally refusing new ones for `down`
seconds after each cut.

The day: N parcels pulled from the carrier's manifest (set-up, directly), then 2,000
events (received, out for delivery, delivered) of which 20 deliveries are "left in a
safe place" with a photo of the doorstep (a 12 MP camera JPEG through the app's own
photo preparation). The data dir's server address then points at the proxy and
`run_sync` runs again and again (production retry policy) until nothing is pending,
within a time limit. Checked on the server (directly, not through the link): every local
event once in the audit (0 lost, 0 doubled), every photo stored with its SHA-256.

The floor: the compressed bytes (the day's events as one gzipped JSON body, plus the
photos' bytes) divided by the rate. Aims: within 3x the floor with cuts every 15 s,
within 1.3x on a stable link.

    python benchmarks/sync_link.py                 # 500 events + 5 photos, both links
    python benchmarks/sync_link.py --full          # the day: 2,000 events + 20 photos
    python benchmarks/sync_link.py --profile cut --events 2000 --photos 20 --json
    python benchmarks/sync_link.py --photo-sizes   # the photo size/legibility table

Profiles: "cut" = 32 kbit/s, 400 ms one way, every connection cut every 15 s; "stable" =
32 kbit/s, 400 ms.

Figures (2 shared cores, SQLite server, 2026-12-01), `--full` (2,000 events = 64 kB
gzipped, 20 photos = 1,726 kB; floor 447 s): cut every 15 s: done in one `run_sync` in
648 s = 1.45x the floor (43 connections cut, 1,952 kB up, 72 kB down); stable: 549 s =
1.23x. Default run (500 events + 5 photos, floor 112 s): cut 171 s = 1.53x, stable
134 s = 1.20x. Every time: 0 lost, 0 doubled, every photo's SHA-256 matching.

The `doorstep` picture is also the test image of tests/delivery/test_photos.py.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import socket
import struct
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KBIT = 1000 / 8  # bytes per second in one kbit/s


@dataclass(frozen=True)
class Profile:
    name: str
    rate: float  # bytes per second, each direction
    delay: float  # seconds, one way
    cut_every: float | None  # seconds between cuts of every connection
    down: float = 0.0  # seconds the link refuses new connections after a cut
    aim: float = 3.0  # time / floor to reach

    def describe(self) -> str:
        cuts = f", cut every {self.cut_every:g} s" if self.cut_every else ", no cuts"
        return f"{self.rate / KBIT:g} kbit/s, {self.delay * 1000:g} ms one way{cuts}"


PROFILES = {
    "cut": Profile("cut", 32 * KBIT, 0.4, 15.0, aim=3.0),
    "stable": Profile("stable", 32 * KBIT, 0.4, None, aim=1.3),
}


# --- the link proxy ------------------------------------------------------------------


class _Pipe:
    """One direction of the link: a shared serialiser at `rate`, then `delay`."""

    def __init__(self, rate: float, delay: float) -> None:
        self.rate = rate
        self.delay = delay
        self.next_free = 0.0
        self.bytes = 0
        self._lock = threading.Lock()

    def reserve(self, size: int) -> float:
        """When `size` bytes handed over now have left the sender (monotonic time)."""
        with self._lock:
            start = max(time.monotonic(), self.next_free)
            self.next_free = start + size / self.rate
            self.bytes += size
            return self.next_free


@dataclass(eq=False)
class _Connection:
    client: socket.socket
    server: socket.socket
    dead: threading.Event = field(default_factory=threading.Event)

    def cut(self) -> None:
        if self.dead.is_set():
            return
        self.dead.set()
        for sock in (self.client, self.server):
            # Linger 0: the last close sends a reset. SHUT_RD first wakes a thread blocked
            # in recv on it (a close alone would wait for that recv, and reset nothing).
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.shutdown(socket.SHUT_RD)
            except OSError:
                pass
            try:
                sock.close()
            except OSError:
                pass


class LinkProxy:
    """A loopback TCP proxy to `upstream_port` that behaves like a poor link.

    Attributes: `port` (listening), `cuts` (connections cut), `up` and `down` (the pipes,
    with their byte counts), `connections` (accepted in all).
    """

    CHUNK = 1024

    def __init__(
        self,
        upstream_port: int,
        rate: float,
        delay: float,
        cut_every: float | None = None,
        down: float = 0.0,
    ) -> None:
        self.upstream_port = upstream_port
        self.up = _Pipe(rate, delay)
        self.down_pipe = _Pipe(rate, delay)
        self.delay = delay
        self.cut_every = cut_every
        self.down_s = down
        self.cuts = 0
        self.connections = 0
        self._live: set[_Connection] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._refuse_until = 0.0
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self.started = time.monotonic()
        threading.Thread(target=self._accept_loop, name="link-accept", daemon=True).start()
        if cut_every:
            threading.Thread(target=self._cutter, name="link-cutter", daemon=True).start()

    @classmethod
    def of(cls, upstream_port: int, profile: Profile) -> LinkProxy:
        return cls(upstream_port, profile.rate, profile.delay, profile.cut_every, profile.down)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        with self._lock:
            live = list(self._live)
        for connection in live:
            connection.cut()

    def __enter__(self) -> LinkProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def cut_all(self) -> int:
        with self._lock:
            live = [c for c in self._live if not c.dead.is_set()]
            self._live.clear()
            self._refuse_until = time.monotonic() + self.down_s
        for connection in live:
            connection.cut()
        self.cuts += len(live)
        return len(live)

    def _cutter(self) -> None:
        assert self.cut_every
        tick = 1
        while not self._stop.is_set():
            due = self.started + tick * self.cut_every
            if self._stop.wait(max(0.0, due - time.monotonic())):
                return
            self.cut_all()
            tick += 1

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            if time.monotonic() < self._refuse_until:
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                client.close()
                continue
            try:
                server = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=10)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            client.settimeout(None)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                # Small buffers: the sender feels the link's pace, as over the air.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16 * 1024)
            connection = _Connection(client, server)
            with self._lock:
                self._live.add(connection)
                self.connections += 1
            for src, dst, pipe, first_wait in (
                (client, server, self.up, 2 * self.delay),  # the handshake's round trip
                (server, client, self.down_pipe, 0.0),
            ):
                queue: deque[tuple[float, bytes | None]] = deque()
                ready = threading.Condition()
                threading.Thread(
                    target=self._read,
                    args=(connection, src, pipe, queue, ready, first_wait),
                    daemon=True,
                ).start()
                threading.Thread(
                    target=self._write, args=(connection, dst, queue, ready), daemon=True
                ).start()

    def _read(
        self,
        connection: _Connection,
        src: socket.socket,
        pipe: _Pipe,
        queue: deque[tuple[float, bytes | None]],
        ready: threading.Condition,
        first_wait: float,
    ) -> None:
        if first_wait and connection.dead.wait(first_wait):
            return
        while not connection.dead.is_set():
            try:
                data = src.recv(self.CHUNK)
            except OSError:
                data = b""
            if not data:
                with ready:
                    queue.append((time.monotonic() + pipe.delay, None))
                    ready.notify()
                return
            sent = pipe.reserve(len(data))
            pause = sent - time.monotonic()
            if pause > 0 and connection.dead.wait(pause):
                return
            with ready:
                queue.append((sent + pipe.delay, data))
                ready.notify()

    def _write(
        self,
        connection: _Connection,
        dst: socket.socket,
        queue: deque[tuple[float, bytes | None]],
        ready: threading.Condition,
    ) -> None:
        while not connection.dead.is_set():
            with ready:
                while not queue and not connection.dead.is_set():
                    ready.wait(0.2)
                if connection.dead.is_set():
                    return
                due, data = queue.popleft()
            pause = due - time.monotonic()
            if pause > 0 and connection.dead.wait(pause):
                return
            try:
                if data is None:
                    dst.shutdown(socket.SHUT_WR)
                    return
                dst.sendall(data)
            except OSError:
                connection.cut()
                return


# --- the doorstep picture -------------------------------------------------------------
#
# A photo-like test picture of a doorstep: a brick wall, a wooden door, a house-number
# plate, a parcel on a mat, plants; lens blur, uneven light and sensor noise; saved as a
# camera would (12 MP JPEG at quality 92). There is no real photo in the repository
# (proof photos are personal data), so proof photos are sized on this picture. Its detail
# is calibrated to real phone photos: at 1600 px and JPEG quality 85 it weighs about
# 310 kB, where the shops' real photos weigh 200-400 kB (issue 18). numpy comes with the
# planner (pyvrp).

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "C:/Windows/Fonts/arialbd.ttf",
)


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size=size)


def _noise(rng: np.random.Generator, shape: tuple[int, int], power: float = 1.0) -> np.ndarray:
    """1/f^power noise in [0, 1] (the spectrum of natural textures)."""
    h, w = shape
    fy = np.fft.fftfreq(h)[:, None]
    fx = np.fft.rfftfreq(w)[None, :]
    radius = np.sqrt(fx * fx + fy * fy)
    radius[0, 0] = 1.0
    spectrum = (rng.normal(size=radius.shape) + 1j * rng.normal(size=radius.shape)) / radius**power
    spectrum[0, 0] = 0
    field = np.fft.irfft2(spectrum, s=(h, w))
    field -= field.min()
    return field / max(1e-9, field.max())


def doorstep_image(
    number: str = "47",
    size: tuple[int, int] = (4000, 3000),
    digit_height_px: int = 110,
    seed: int = 1,
) -> Image.Image:
    """The doorstep picture (RGB, `size`), the house number `digit_height_px` tall."""
    return doorstep(number, size, digit_height_px, seed)[0]


def doorstep(
    number: str = "47",
    size: tuple[int, int] = (4000, 3000),
    digit_height_px: int = 110,
    seed: int = 1,
) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """The doorstep picture and the box of the number on its plate (inside the border)."""
    rng = np.random.default_rng(seed)
    width, height = size
    small = (height // 4, width // 4)  # textures are made at 1/4 and scaled up
    # Brick wall: rows of bricks with their own colour, mortar lines, grain.
    wall = np.zeros((height, width, 3), np.float32)
    brick_h, brick_w = height // 40, width // 18
    tone = _noise(rng, small, 1.2)
    tone_full = (
        np.asarray(
            Image.fromarray((tone * 255).astype(np.uint8)).resize((width, height), Image.BILINEAR),
            np.float32,
        )
        / 255
    )
    grain = rng.normal(0, 1, (height, width)).astype(np.float32)
    for row in range(height // brick_h + 1):
        offset = (brick_w // 2) * (row % 2)
        for col in range(-1, width // brick_w + 2):
            base = np.array([150, 70, 50]) + rng.normal(0, 14, 3)
            y0, x0 = row * brick_h, col * brick_w + offset
            wall[max(0, y0) : y0 + brick_h, max(0, x0) : max(0, x0 + brick_w)] = base
    mortar = np.zeros((height, width), bool)
    for row in range(height // brick_h + 1):
        mortar[row * brick_h : row * brick_h + max(2, brick_h // 8)] = True
        offset = (brick_w // 2) * (row % 2)
        for col in range(-1, width // brick_w + 2):
            x0 = col * brick_w + offset
            if 0 <= x0 < width:
                mortar[row * brick_h : (row + 1) * brick_h, x0 : x0 + max(2, brick_w // 25)] = True
    wall[mortar] = (185, 178, 165)
    wall *= (0.75 + 0.5 * tone_full)[..., None]
    wall += (grain * 9)[..., None]
    # Door: vertical wood grain, panels, a frame.
    dx0, dx1, dy0, dy1 = (
        int(width * 0.34),
        int(width * 0.62),
        int(height * 0.12),
        int(height * 0.86),
    )
    grain_small = _noise(rng, (small[0], small[1] // 8), 1.6)
    wood = (
        np.asarray(
            Image.fromarray((grain_small * 255).astype(np.uint8)).resize(
                (dx1 - dx0, dy1 - dy0), Image.BICUBIC
            ),
            np.float32,
        )
        / 255
    )
    door = np.stack([95 + 60 * wood, 55 + 35 * wood, 30 + 20 * wood], axis=-1)
    door += rng.normal(0, 4, door.shape)
    wall[dy0:dy1, dx0:dx1] = door
    picture = Image.fromarray(np.clip(wall, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(picture)
    for px0, py0, px1, py1 in (
        (0.05, 0.05, 0.45, 0.45),
        (0.55, 0.05, 0.95, 0.45),
        (0.05, 0.55, 0.45, 0.95),
        (0.55, 0.55, 0.95, 0.95),
    ):
        box = (
            dx0 + px0 * (dx1 - dx0),
            dy0 + py0 * (dy1 - dy0),
            dx0 + px1 * (dx1 - dx0),
            dy0 + py1 * (dy1 - dy0),
        )
        draw.rectangle(box, outline=(60, 32, 18), width=max(3, width // 600))
    draw.rectangle((dx0, dy0, dx1, dy1), outline=(235, 232, 225), width=width // 90)
    draw.ellipse(
        (
            dx1 - width // 30,
            (dy0 + dy1) // 2,
            dx1 - width // 30 + width // 120,
            (dy0 + dy1) // 2 + width // 120,
        ),
        fill=(200, 170, 60),
    )
    # House-number plate beside the door: enamel white, dark blue digits, a border.
    digits = font(digit_height_px * 13 // 10)
    left, top, right, bottom = draw.textbbox((0, 0), number, font=digits)
    pad = digit_height_px // 3
    plate_w, plate_h = right - left + 2 * pad, bottom - top + 2 * pad
    px, py = dx1 + width // 25, int(height * 0.30)
    draw.rounded_rectangle(
        (px, py, px + plate_w, py + plate_h),
        radius=pad // 2,
        fill=(238, 238, 232),
        outline=(20, 40, 110),
        width=max(2, pad // 4),
    )
    draw.text((px + pad - left, py + pad - top), number, font=digits, fill=(20, 40, 110))
    inset = max(2, pad // 4) + pad // 4
    number_box = (px + inset, py + inset, px + plate_w - inset, py + plate_h - inset)
    # Door mat and a parcel with a label.
    draw.rectangle((dx0 - width // 40, dy1, dx1 + width // 40, height), fill=(70, 60, 45))
    bx0, by0 = int(width * 0.40), int(height * 0.70)
    bx1, by1 = int(width * 0.56), int(height * 0.93)
    draw.rectangle((bx0, by0, bx1, by1), fill=(180, 140, 90), outline=(120, 90, 55), width=6)
    draw.rectangle((bx0, (by0 + by1) // 2 - 12, bx1, (by0 + by1) // 2 + 12), fill=(200, 180, 140))
    lx0, ly0 = bx0 + (bx1 - bx0) // 5, by0 + (by1 - by0) // 8
    draw.rectangle((lx0, ly0, lx0 + (bx1 - bx0) // 2, ly0 + (by1 - by0) // 3), fill=(245, 245, 240))
    label_font = font(max(10, height // 120))
    for line in range(5):
        draw.text(
            (lx0 + 10, ly0 + 10 + line * (height // 100)),
            "JJD0001234567 A. Smith"[: 9 + line * 3],
            font=label_font,
            fill=(30, 30, 30),
        )
    picture = np.asarray(picture, np.float32)
    # Plants on the left: green leafy noise, thresholded into leaves.
    leaves = _noise(rng, small, 0.9)
    leaves = (
        np.asarray(
            Image.fromarray((leaves * 255).astype(np.uint8)).resize((width, height), Image.BICUBIC),
            np.float32,
        )
        / 255
    )
    plant = np.zeros((height, width), bool)
    plant[int(height * 0.35) :, : int(width * 0.22)] = True
    mask = plant & (leaves > 0.45)
    green = np.stack([40 + 80 * leaves, 90 + 110 * leaves, 30 + 50 * leaves], axis=-1)
    picture[mask] = green[mask]
    # Light: brighter top left, vignetting; then lens blur and sensor noise.
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    light = 1.1 - 0.35 * (xx / width) * (yy / height)
    vignette = 1 - 0.35 * (((xx - width / 2) / width) ** 2 + ((yy - height / 2) / height) ** 2)
    picture *= (light * vignette)[..., None]
    image = Image.fromarray(np.clip(picture, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.GaussianBlur(1.1))
    noisy = np.asarray(image, np.float32) + rng.normal(0, 3.0, (height, width, 3))
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8)), number_box


def camera_jpeg(image: Image.Image, quality: int = 92) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def camera_photos(count: int, seed: int = 1) -> list[bytes]:
    """`count` distinct 12 MP camera JPEGs of doorsteps (one picture drawn, then each
    with its own house number and its own sensor noise); cached in the temp folder."""
    cache = Path(tempfile.gettempdir()) / "shopapp-doorsteps"
    cache.mkdir(exist_ok=True)
    photos: list[bytes] = []
    base: Image.Image | None = None
    box = (0, 0, 0, 0)
    for n in range(count):
        file = cache / f"doorstep-{seed}-{n}.jpg"
        if file.is_file():
            photos.append(file.read_bytes())
            continue
        if base is None:
            base, box = doorstep("00", seed=seed)
        image = base.copy()
        draw = ImageDraw.Draw(image)
        draw.rectangle(box, fill=(238, 238, 232))
        number = str(10 + 37 * n % 980)
        digits = font(int((box[3] - box[1]) * 0.8))
        draw.text((box[0] + 8, box[1]), number, font=digits, fill=(20, 40, 110))
        rng = np.random.default_rng(seed * 1000 + n)
        pixels = np.asarray(image, np.int16) + rng.integers(-3, 4, (image.height, image.width, 1))
        content = camera_jpeg(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)))
        file.write_bytes(content)
        photos.append(content)
    return photos


# --- the day and its sync ----------------------------------------------------------------


@dataclass
class Day:
    """A shop's data dir with a day recorded, paired with a running central API."""

    folder: Path
    server: Any  # central_api.testing.RunningServer
    shop_id: int
    token: str
    paths: Any
    store: Any
    events: int
    photos: list[str]  # SHA-256 of the proof photos
    event_bytes_gzip: int
    photo_bytes: int

    @property
    def floor_bytes(self) -> int:
        return self.event_bytes_gzip + self.photo_bytes


def _event_mix(events: int) -> tuple[int, int, int]:
    """(parcels, out for delivery, delivered) so that the three kinds add up to `events`."""
    parcels = (events * 2 + 4) // 5
    rest = events - parcels
    out = (rest + 1) // 2
    return parcels, out, rest - out


def make_day(folder: Path, server: Any, events: int, photos: int) -> Day:
    from sqlmodel import col, select

    from shopapp.delivery.outcomes import leave_in_safe_place
    from shopapp.paths import data_paths
    from shopapp.store import open_store
    from shopapp.store.models import Event, ProofFile
    from shopapp.store.outbox import record_event
    from shopapp.store.parcels import by_tracking_number
    from shopapp.sync.pairing import pair
    from shopapp.sync.run import run_sync

    parcels, out, delivered = _event_mix(events)
    if delivered < photos:
        raise SystemExit("more photos than deliveries: raise --events")
    shop_id, token = server.create_shop("Link benchmark shop", 52.0, -1.0)
    numbers = [f"LINK{n:08d}" for n in range(parcels)]
    for first in range(0, parcels, 5000):
        server.assign(
            shop_id,
            [
                {
                    "tracking_number": n,
                    "recipient": f"Recipient {n[-4:]}",
                    "address": f"{int(n[-4:])} Mill Lane, Hill Farm",
                    "lat": 52.0,
                    "lon": -1.0,
                    "service": "next_day",
                    "weight_kg": 1.5,
                }
                for n in numbers[first : first + 5000]
            ],
        )
    paths = data_paths(folder / "shop").create()
    store = open_store(paths, daily_backup="skip")
    pair(paths, store, server.base_url, token)
    pulled = run_sync(paths, store)
    assert pulled.ok and pulled.new_parcels == parcels, pulled.error
    with store.write() as session:
        for number in numbers:
            parcel = by_tracking_number(session, number)
            assert parcel is not None
            record_event(session, parcel, "received")
        for number in numbers[:out]:
            parcel = by_tracking_number(session, number)
            assert parcel is not None
            record_event(session, parcel, "out_for_delivery")
        for number in numbers[photos:delivered]:
            parcel = by_tracking_number(session, number)
            assert parcel is not None
            record_event(session, parcel, "delivered", {"outcome": "recipient", "name": "A. N."})
    for number, content in zip(numbers[:photos], camera_photos(photos), strict=True):
        leave_in_safe_place(store, paths, number, where="porch, behind the pot", photo=content)
    with store.read() as session:
        rows = list(session.exec(select(Event).order_by(col(Event.seq))))
        proofs = list(session.exec(select(ProofFile)))
    payload = {
        "events": [
            {
                "id": e.id,
                "tracking_number": e.tracking_number,
                "type": e.type,
                "at": e.at,
                "data": json.loads(e.data),
            }
            for e in rows
        ]
    }
    body = json.dumps(payload, separators=(",", ":")).encode()
    return Day(
        folder=folder,
        server=server,
        shop_id=shop_id,
        token=token,
        paths=paths,
        store=store,
        events=len(rows),
        photos=[p.sha256 for p in proofs],
        event_bytes_gzip=len(gzip.compress(body, 9)),
        photo_bytes=sum(p.size for p in proofs),
    )


def sync_over(day: Day, profile: Profile, limit_s: float, policy: Any = None) -> dict[str, Any]:
    """Sync the day through a LinkProxy of `profile` until done or `limit_s`; checks."""
    from shopapp.sync import state
    from shopapp.sync.report import SyncReport
    from shopapp.sync.run import run_sync

    with day.store.write() as session:
        direct = state.get_value(session, state.SERVER_URL)
    reports: list[SyncReport] = []
    with LinkProxy.of(day.server.port, profile) as proxy:
        with day.store.write() as session:
            state.put_value(session, state.SERVER_URL, proxy.base_url)
        started = time.monotonic()
        done = False
        try:
            while time.monotonic() - started < limit_s:
                report = run_sync(day.paths, day.store, policy=policy)
                reports.append(report)
                if report.ok and report.pending == 0 and report.proofs_pending == 0:
                    done = True
                    break
        finally:
            elapsed = time.monotonic() - started
            with day.store.write() as session:
                state.put_value(session, state.SERVER_URL, direct or day.server.base_url)
        cuts, up, down = proxy.cuts, proxy.up.bytes, proxy.down_pipe.bytes
    checks = check_server(day)
    floor_s = day.floor_bytes / profile.rate
    return {
        "profile": profile.name,
        "link": profile.describe(),
        "completed": done,
        "seconds": round(elapsed, 1),
        "floor_s": round(floor_s, 1),
        "vs_floor": round(elapsed / floor_s, 2),
        "aim": profile.aim,
        "runs": len(reports),
        "events": day.events,
        "photos": len(day.photos),
        "event_bytes_gzip": day.event_bytes_gzip,
        "photo_bytes": day.photo_bytes,
        "link_bytes_up": up,
        "link_bytes_down": down,
        "connections_cut": cuts,
        "link_faults": sum(r.link_faults for r in reports),
        "requests": sum(r.requests for r in reports),
        **checks,
    }


def check_server(day: Day) -> dict[str, Any]:
    """0 lost, 0 doubled (the audit against the local log) and the photos' SHA-256s."""
    import requests
    from sqlmodel import col, select

    from shopapp.store.models import Event

    with day.store.read() as session:
        local = [e.id for e in session.exec(select(Event).order_by(col(Event.seq)))]
    audit = day.server.audit(day.shop_id)
    ids = [e["id"] for e in audit]
    on_server = set(ids)
    token = day.token
    matching = 0
    for sha in day.photos:
        answer = requests.get(
            f"{day.server.base_url}/v1/blobs/{sha}",
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        if answer.status_code == 200 and hashlib.sha256(answer.content).hexdigest() == sha:
            matching += 1
    return {
        "on_server": len(ids),
        "lost": len([i for i in local if i not in on_server]),
        "doubled": len(ids) - len(on_server),
        "photos_stored": matching,
    }


# --- photo sizes ------------------------------------------------------------------------


def photo_sizes() -> list[dict[str, Any]]:
    """Size and legibility (tesseract) of the doorstep at 1600/1280/1024 px, JPEG/WebP."""
    import shutil
    import subprocess

    tesseract = shutil.which("tesseract")
    rows = []
    for digit_px, number in ((110, "47"), (70, "2958"), (55, "3816")):
        source, box = doorstep(number, digit_height_px=digit_px)
        for side in (1600, 1280, 1024):
            image = source.copy()
            image.thumbnail((side, side), Image.Resampling.LANCZOS)
            scale = side / source.width
            crop_box = tuple(int(v * scale) for v in box)
            for kind, qualities in (("JPEG", (85, 75, 65, 60, 55, 45)), ("WEBP", (80, 70, 60))):
                for quality in qualities:
                    out = io.BytesIO()
                    extra = {"optimize": True} if kind == "JPEG" else {"method": 6}
                    image.save(out, kind, quality=quality, **extra)
                    read = None
                    if tesseract:
                        crop = Image.open(io.BytesIO(out.getvalue())).convert("RGB").crop(crop_box)
                        with tempfile.NamedTemporaryFile(suffix=".png", delete=False) as handle:
                            crop.save(handle.name)
                        read = subprocess.run(
                            [
                                tesseract,
                                handle.name,
                                "-",
                                "--psm",
                                "7",
                                "-c",
                                "tessedit_char_whitelist=0123456789",
                            ],
                            capture_output=True,
                            text=True,
                            check=False,
                        ).stdout.strip()
                        Path(handle.name).unlink()
                    rows.append(
                        {
                            "number": number,
                            "digit_px": round(digit_px * scale, 1),
                            "side": side,
                            "format": kind,
                            "quality": quality,
                            "kB": round(len(out.getvalue()) / 1024, 1),
                            "read": read,
                            "legible": None if read is None else read == number,
                        }
                    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", choices=[*PROFILES, "both"], default="both")
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--photos", type=int, default=5)
    parser.add_argument("--full", action="store_true", help="the day: 2,000 events, 20 photos")
    parser.add_argument(
        "--limit", type=float, default=None, help="seconds per profile (default: 4x the floor + 60)"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--photo-sizes", action="store_true")
    args = parser.parse_args(argv)
    if args.photo_sizes:
        rows = photo_sizes()
        if args.json:
            print(json.dumps(rows, indent=2))
        for row in rows:
            print(
                f"{row['side']:5d} px {row['format']:4s} q{row['quality']:<3d} "
                f"{row['kB']:6.1f} kB  digits {row['digit_px']:5.1f} px  read {row['read']!r}"
            )
        return 0
    if args.full:
        args.events, args.photos = 2000, 20
    from central_api.testing import running_server

    names = list(PROFILES) if args.profile == "both" else [args.profile]
    results = []
    for name in names:
        profile = PROFILES[name]
        folder = Path(tempfile.mkdtemp(prefix=f"sync-link-{name}-"))
        with running_server(f"sqlite:///{folder / 'central.sqlite3'}", log_dir=folder) as server:
            day = make_day(folder, server, args.events, args.photos)
            try:
                floor = day.floor_bytes / profile.rate
                limit = args.limit if args.limit is not None else 4 * floor + 60
                print(
                    f"{name}: {profile.describe()}; {day.events} events ({day.event_bytes_gzip:,} "
                    f"bytes gzipped) + {len(day.photos)} photos ({day.photo_bytes:,} bytes): floor "
                    f"{floor:.0f} s, limit {limit:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
                result = sync_over(day, profile, limit)
            finally:
                day.store.close()
        results.append(result)
        if not args.json:
            verdict = "within" if result["vs_floor"] <= profile.aim else "OVER"
            print(
                f"{name:6s} {result['link']}: {'completed' if result['completed'] else 'NOT DONE'} "
                f"in {result['seconds']:.0f} s = {result['vs_floor']:.2f}x the floor "
                f"({result['floor_s']:.0f} s; aim {profile.aim}x: {verdict}); "
                f"{result['runs']} sync runs, {result['connections_cut']} connections cut, "
                f"{result['link_faults']} link faults; up {result['link_bytes_up']:,} B, down "
                f"{result['link_bytes_down']:,} B; on the server {result['on_server']} events, "
                f"lost {result['lost']}, doubled {result['doubled']}, photos "
                f"{result['photos_stored']}/{result['photos']} matching their SHA-256",
                flush=True,
            )
    if args.json:
        print(json.dumps(results, indent=2))
    ok = all(
        r["completed"]
        and r["lost"] == 0
        and r["doubled"] == 0
        and r["photos_stored"] == r["photos"]
        for r in results
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
