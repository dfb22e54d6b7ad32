"""Fast, seeded building blocks for demo rows: ids and timestamps.

A million parcels leave about two microseconds per value, so ids are encoded with the C base32
codec (same Crockford ULID layout as station.ids) and timestamps reuse a per-day prefix.
"""
import base64
import random
import time

_RFC_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TO_CROCKFORD = bytes.maketrans(_RFC_ALPHABET.encode(), _CROCKFORD.encode())


def gid_at(at_ms: int, rng: random.Random) -> str:
    """A ULID for `at_ms` whose random part comes from `rng`, so a seed gives the same ids."""
    value = (at_ms << 80) | rng.getrandbits(80)
    # 26 base32 characters carry 130 bits: the 128-bit value, two leading zero bits, then padding.
    return base64.b32encode((value << 6).to_bytes(17, "big"))[:26].translate(_TO_CROCKFORD).decode()


class Stamps:
    """Unix seconds (UTC) → the 'YYYY-MM-DD HH:MM:SS' text peewee stores for naive UTC datetimes."""

    def __init__(self) -> None:
        self._days: dict[int, str] = {}

    def at(self, seconds: int) -> str:
        day, rest = divmod(seconds, 86_400)
        prefix = self._days.get(day)
        if prefix is None:
            prefix = self._days[day] = time.strftime("%Y-%m-%d", time.gmtime(day * 86_400))
        hours, rest = divmod(rest, 3600)
        minutes, secs = divmod(rest, 60)
        return f"{prefix} {hours:02d}:{minutes:02d}:{secs:02d}"


def cumulative(weights) -> list[float]:
    """Running totals, for rng.choices(cum_weights=…), which then skips re-adding per call."""
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out
