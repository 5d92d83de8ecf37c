"""Signatures: the emptiness check, the smoothed PNG and the stroke JSON."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from shopapp.delivery.errors import EmptySignature
from shopapp.delivery.signature import (
    Signature,
    check_signature,
    emptiness,
    render_png,
    signature_from_json,
    smooth,
    strokes_json,
)
from tests.delivery.conftest import scribble


@pytest.mark.parametrize(
    ("strokes", "why"),
    [
        ([], "nothing was drawn"),
        ([[(100, 100, 0)]], "only a few dots"),
        ([[(100 + i * 0.3, 100, i) for i in range(40)]], "too small"),  # a 12 px dash
        ([[(100, 100, 0), (100, 100, 5)]] * 6, "too small"),  # taps in one place
        # Wide enough but hardly any ink: two dots far apart.
        (
            [[(10 + i, 10, i) for i in range(6)], [(300, 150, 50 + i) for i in range(6)]],
            "too short",
        ),
    ],
)
def test_empty_and_near_empty_signatures_are_refused(strokes: list, why: str) -> None:  # type: ignore[type-arg]
    signature = Signature.from_strokes(strokes)
    assert why in (emptiness(signature) or "")
    with pytest.raises(EmptySignature, match="sign again"):
        check_signature(signature)
    with pytest.raises(EmptySignature):
        render_png(signature)


def test_a_real_signature_passes_and_renders_as_ink_on_white() -> None:
    signature = scribble()
    assert emptiness(signature) is None
    png = render_png(signature)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.mode == "L"
    assert image.width <= 900 and image.height <= 320
    histogram = image.histogram()
    ink = sum(histogram[:128])
    assert 0.01 < ink / (image.width * image.height) < 0.3  # some ink, mostly paper
    assert image.getpixel((0, 0)) == 255  # the margin is white


def test_rendering_and_json_are_deterministic_and_round_trip() -> None:
    signature = scribble()
    assert render_png(signature) == render_png(scribble())
    text = strokes_json(signature)
    back = signature_from_json(text)
    assert strokes_json(back) == text
    assert back.point_count == signature.point_count
    assert render_png(back) == render_png(Signature.from_strokes(back.strokes))


def test_smoothing_keeps_the_ends_and_adds_points() -> None:
    line = [(0.0, 0.0), (10.0, 10.0), (20.0, 0.0)]
    curve = smooth(line)
    assert curve[0] == line[0] and curve[-1] == line[-1]
    assert len(curve) > len(line)
    assert max(y for _, y in curve) < 10.0  # the corner is cut


def test_points_that_are_not_numbers_are_refused() -> None:
    with pytest.raises(EmptySignature):
        Signature.from_strokes([[(float("nan"), 1, 0)] * 20])


def test_a_quick_flat_signature_is_a_signature() -> None:
    # One stroke across 350 x 40 px, as a fast mouse reports it: a handful of moves.
    stroke = [(40 + i * 50, 120 + (20 if i % 2 else -20), i * 15) for i in range(8)]
    signature = Signature.from_strokes([stroke])
    left, top, right, bottom = signature.bounding_box()
    assert (right - left, bottom - top) == (350, 40)
    assert signature.point_count == 8
    assert emptiness(signature) is None
    check_signature(signature)
    assert render_png(signature).startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("strokes", "why"),
    [
        ([[(200, 100, 0), (200, 100, 40)]], "only a few dots"),  # a tap: press and release
        # A tiny scribble: plenty of points and ink, all inside a 30 px box.
        ([[(200 + (i % 6) * 6, 100 + (i % 5) * 6, i) for i in range(60)]], "too small"),
    ],
)
def test_a_tap_and_a_tiny_scribble_are_still_refused(strokes: list, why: str) -> None:  # type: ignore[type-arg]
    assert why in (emptiness(Signature.from_strokes(strokes)) or "")
