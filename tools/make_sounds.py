"""Write the counter's short outcome sounds (resources/sounds/*.wav): 16-bit mono 22.05 kHz, under half a second.

Made from sine tones so they carry no licence and stay a few kilobytes: success rises (two notes),
refused is one low buzz twice, choice is one mid note. Run again to regenerate: `python tools/make_sounds.py`.
"""
import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# name: [(frequency Hz, seconds), ...] (0 Hz is a pause)
TUNES = {
    "success": [(784, 0.09), (1047, 0.16)],
    "refused": [(220, 0.14), (0, 0.05), (220, 0.18)],
    "choice": [(659, 0.14)],
}


def samples(freq: float, seconds: float) -> list[int]:
    count = int(RATE * seconds)
    fade = max(1, int(RATE * 0.01))
    out = []
    for i in range(count):
        envelope = min(1.0, i / fade, (count - i) / fade)
        tone = math.sin(2 * math.pi * freq * i / RATE) + 0.3 * math.sin(4 * math.pi * freq * i / RATE)
        out.append(int(0.45 * 32767 * envelope * tone / 1.3) if freq else 0)
    return out


def write(name: str, notes: list[tuple[float, float]]) -> Path:
    path = OUT / f"{name}.wav"
    data = [s for freq, seconds in notes for s in samples(freq, seconds)]
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(data)}h", *data))
    return path


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for tune, notes in TUNES.items():
        print(write(tune, notes))
