"""Scan sounds: one for ok, one for a warning, one for an error, heard without looking.

The WAV files are made here (short sine tones, no samples to license): shipped in
resources/sounds/ when the repository is there, else generated once into the data
directory. Playback goes through QSoundEffect; QtMultimedia needs the PulseAudio client
library (libpulse0) on Linux, and where it cannot load the counter stays silent rather
than failing. `SoundPlayer` is the seam: pages only call `play(kind)`.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)

KINDS = ("ok", "warning", "error")
SAMPLE_RATE = 22_050
REPO_SOUNDS = Path(__file__).resolve().parents[2] / "resources" / "sounds"

# (frequency Hz, duration ms); frequency 0 is a pause. Chosen to differ in pitch and
# rhythm, so that they are told apart by people who hear high tones badly too:
# ok: one short rising pair; warning: two equal mid beeps; error: a long low falling buzz.
TONES: dict[str, Sequence[tuple[float, int]]] = {
    "ok": ((988, 70), (1319, 110)),
    "warning": ((740, 140), (0, 90), (740, 140)),
    "error": ((330, 220), (220, 380)),
}


def write_tone_wav(path: Path, tones: Sequence[tuple[float, int]], rich: bool = False) -> None:
    """A 16-bit mono WAV of the tones, each with a 5 ms fade in and out (no clicks)."""
    frames = bytearray()
    fade = int(SAMPLE_RATE * 0.005)
    for frequency, ms in tones:
        count = int(SAMPLE_RATE * ms / 1000)
        for i in range(count):
            if frequency <= 0:
                value = 0.0
            else:
                t = i / SAMPLE_RATE
                value = math.sin(2 * math.pi * frequency * t)
                if rich:  # a little odd harmonic: a buzz that cheap speakers still carry
                    value = 0.8 * value + 0.2 * math.sin(6 * math.pi * frequency * t)
                value *= min(1.0, i / fade, (count - 1 - i) / fade)
            frames += struct.pack("<h", int(value * 0.7 * 32767))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with wave.open(str(tmp), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(bytes(frames))
    tmp.replace(path)


def sound_files(data_dir: Path | None = None) -> dict[str, Path]:
    """The WAV file of each kind: the shipped one, or one generated into `data_dir`/sounds."""
    files: dict[str, Path] = {}
    for kind in KINDS:
        shipped = REPO_SOUNDS / f"{kind}.wav"
        if shipped.is_file():
            files[kind] = shipped
            continue
        if data_dir is None:
            continue
        made = data_dir / "sounds" / f"{kind}.wav"
        if not made.is_file():
            try:
                write_tone_wav(made, TONES[kind], rich=kind == "error")
            except OSError:
                log.warning("could not write %s; that sound stays silent", made, exc_info=True)
                continue
        files[kind] = made
    return files


class SoundPlayer(Protocol):
    """What a page needs from the sounds: play one kind, follow the volume setting."""

    def play(self, kind: str) -> None: ...

    def set_volume(self, volume: float, muted: bool) -> None: ...


class SilentPlayer:
    """No sound (QtMultimedia missing, or tests); remembers what would have played."""

    def __init__(self) -> None:
        self.played: list[str] = []
        self.volume = 0.0
        self.muted = True

    def play(self, kind: str) -> None:
        self.played.append(kind)

    def set_volume(self, volume: float, muted: bool) -> None:
        self.volume, self.muted = volume, muted


class QtSoundPlayer:
    """QSoundEffect per kind, loaded once (low latency: WAV, kept in memory)."""

    def __init__(self, files: dict[str, Path], parent: QObject | None = None) -> None:
        from PySide6.QtMultimedia import QSoundEffect  # may fail: see make_sound_player

        self.played: list[str] = []
        self.effects: dict[str, QSoundEffect] = {}
        for kind, path in files.items():
            effect = QSoundEffect(parent)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self.effects[kind] = effect

    def play(self, kind: str) -> None:
        self.played.append(kind)
        effect = self.effects.get(kind)
        if effect is None:
            return
        effect.stop()  # a new scan cuts the previous sound short
        effect.play()

    def set_volume(self, volume: float, muted: bool) -> None:
        for effect in self.effects.values():
            effect.setVolume(max(0.0, min(1.0, volume)))
            effect.setMuted(muted)


def make_sound_player(
    data_dir: Path | None, volume: float, muted: bool, parent: QObject | None = None
) -> SoundPlayer:
    """The real player when QtMultimedia loads, else a silent one; never raises."""
    player: SoundPlayer
    try:
        player = QtSoundPlayer(sound_files(data_dir), parent)
    except ImportError as exc:  # e.g. "libpulse.so.0: cannot open shared object file"
        log.info("no scan sounds: QtMultimedia is not available (%s)", exc)
        player = SilentPlayer()
    except Exception:  # sound is a nicety; the counter works without it
        log.warning("no scan sounds", exc_info=True)
        player = SilentPlayer()
    player.set_volume(volume, muted)
    return player


if __name__ == "__main__":  # regenerate resources/sounds/*.wav
    for name in KINDS:
        write_tone_wav(REPO_SOUNDS / f"{name}.wav", TONES[name], rich=name == "error")
        print(REPO_SOUNDS / f"{name}.wav")
