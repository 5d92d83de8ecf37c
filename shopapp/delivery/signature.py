"""Signatures as stroke data: an emptiness check, a smoothed PNG (Pillow) and JSON.

A stroke is the list of (x, y, t) points between pen-down and pen-up: x and y in
the pad's logical pixels (origin top left), t in milliseconds since the first
point of the signature. The same stroke data gives the same PNG and the same JSON
bytes, so the hashes in an event can be recomputed from the kept strokes.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageDraw

from shopapp.delivery.errors import EmptySignature

Point = tuple[float, float, float]
Stroke = Sequence[Point]

# A signature has at least this much to it (pad pixels); a dot, a tap, a short dash or
# a tiny scribble is refused. What counts is the ink's extent and length, not how many
# points the pointer reported: a quick flat signature (one 350 x 40 px stroke) arrives
# as a handful of mouse moves and is a signature all the same.
MIN_POINTS = 3  # fewer is a dot or a tap (press and release)
MIN_BOX_PX = 40.0  # the longer side of the ink's bounding box
MIN_INK_PX = 120.0  # total length of the strokes

# Why a signature is refused: `emptiness` answers one of these (or None).
NOTHING_DRAWN = "nothing was drawn"
ONLY_DOTS = "only a few dots"
TOO_SMALL = "it is too small"
TOO_SHORT = "it is too short"

OUT_MAX_W = 900  # the PNG fits in this box, keeping the aspect ratio
OUT_MAX_H = 320
OUT_MARGIN = 12
_SUPERSAMPLE = 4
_PEN_PX = 2.6  # line width in the output image


@dataclass(frozen=True)
class Signature:
    """Strokes captured on a pad of `width` x `height` logical pixels."""

    strokes: tuple[tuple[Point, ...], ...]
    width: float = 600.0
    height: float = 200.0

    @classmethod
    def from_strokes(
        cls, strokes: Sequence[Stroke], width: float = 600.0, height: float = 200.0
    ) -> Signature:
        clean = tuple(
            tuple((float(x), float(y), float(t)) for x, y, t in stroke)
            for stroke in strokes
            if len(stroke) > 0
        )
        for stroke in clean:
            for x, y, t in stroke:
                if not (math.isfinite(x) and math.isfinite(y) and math.isfinite(t)):
                    raise EmptySignature("it has points outside the pad")
        return cls(clean, float(width), float(height))

    @property
    def point_count(self) -> int:
        return sum(len(stroke) for stroke in self.strokes)

    def ink_length(self) -> float:
        total = 0.0
        for stroke in self.strokes:
            for (x0, y0, _), (x1, y1, _) in zip(stroke, stroke[1:], strict=False):
                total += math.hypot(x1 - x0, y1 - y0)
        return total

    def bounding_box(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the ink; zeros when there is none."""
        xs = [p[0] for stroke in self.strokes for p in stroke]
        ys = [p[1] for stroke in self.strokes for p in stroke]
        if not xs:
            return (0.0, 0.0, 0.0, 0.0)
        return (min(xs), min(ys), max(xs), max(ys))


def emptiness(signature: Signature) -> str | None:
    """Why the signature is too little to count, or None when it is acceptable."""
    if not signature.strokes:
        return NOTHING_DRAWN
    if signature.point_count < MIN_POINTS:
        return ONLY_DOTS
    left, top, right, bottom = signature.bounding_box()
    if max(right - left, bottom - top) < MIN_BOX_PX:
        return TOO_SMALL
    if signature.ink_length() < MIN_INK_PX:
        return TOO_SHORT
    return None


def is_empty(signature: Signature) -> bool:
    return emptiness(signature) is not None


def check_signature(signature: Signature) -> None:
    """Raise EmptySignature when the signature is empty or near-empty."""
    why = emptiness(signature)
    if why is not None:
        raise EmptySignature(why)


def strokes_json(signature: Signature) -> bytes:
    """The stroke data as compact, deterministic JSON (x, y to 0.1 px; t in ms)."""
    payload = {
        "version": 1,
        "width": round(signature.width, 1),
        "height": round(signature.height, 1),
        "strokes": [
            [[round(x, 1), round(y, 1), round(t)] for x, y, t in stroke]
            for stroke in signature.strokes
        ],
    }
    return json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("ascii")


def signature_from_json(content: bytes) -> Signature:
    """Read back what `strokes_json` wrote."""
    payload = json.loads(content)
    return Signature.from_strokes(
        [[(p[0], p[1], p[2]) for p in stroke] for stroke in payload["strokes"]],
        payload.get("width", 600.0),
        payload.get("height", 200.0),
    )


def smooth(points: Sequence[tuple[float, float]], iterations: int = 2) -> list[tuple[float, float]]:
    """Chaikin corner cutting: the polyline becomes a smooth curve through the same path."""
    current = list(points)
    for _ in range(iterations):
        if len(current) < 3:
            break
        refined = [current[0]]
        for (x0, y0), (x1, y1) in zip(current, current[1:], strict=False):
            refined.append((0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1))
            refined.append((0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1))
        refined.append(current[-1])
        current = refined
    return current


def render_png(signature: Signature) -> bytes:
    """The signature drawn black on white, smoothed and anti-aliased, as PNG bytes.

    The ink is cropped to its bounding box (plus a margin) and scaled to fit
    OUT_MAX_W x OUT_MAX_H without enlarging by more than 2x.
    """
    check_signature(signature)
    left, top, right, bottom = signature.bounding_box()
    ink_w = max(right - left, 1.0)
    ink_h = max(bottom - top, 1.0)
    inner_w = OUT_MAX_W - 2 * OUT_MARGIN
    inner_h = OUT_MAX_H - 2 * OUT_MARGIN
    scale = min(inner_w / ink_w, inner_h / ink_h, 2.0)
    width = round(ink_w * scale) + 2 * OUT_MARGIN
    height = round(ink_h * scale) + 2 * OUT_MARGIN
    big = Image.new("L", (width * _SUPERSAMPLE, height * _SUPERSAMPLE), 255)
    draw = ImageDraw.Draw(big)
    pen = max(1, round(_PEN_PX * _SUPERSAMPLE))
    radius = pen / 2

    def place(x: float, y: float) -> tuple[float, float]:
        return (
            ((x - left) * scale + OUT_MARGIN) * _SUPERSAMPLE,
            ((y - top) * scale + OUT_MARGIN) * _SUPERSAMPLE,
        )

    for stroke in signature.strokes:
        points = smooth([place(x, y) for x, y, _ in stroke])
        if len(points) == 1:
            (x, y) = points[0]
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=0)
            continue
        draw.line(points, fill=0, width=pen, joint="curve")
        for x, y in (points[0], points[-1]):  # round caps
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=0)
    image = big.resize((width, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
