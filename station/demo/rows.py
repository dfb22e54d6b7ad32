"""Fast, seeded building blocks for demo rows: ids, timestamps, weighted picks.

A million parcels leave about two microseconds per value, so ids are encoded ten bits at a time
from a table (same Crockford ULID layout as station.ids) and timestamps reuse an hour prefix.
"""
import random
import time

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_PAIRS = [a + b for a in _CROCKFORD for b in _CROCKFORD]  # 10 bits → two characters
_MINUTES_SECONDS = [f"{m:02d}:{s:02d}" for m in range(60) for s in range(60)]


def gid_at(at_ms: int, rng: random.Random) -> str:
    """A ULID for `at_ms` whose random part comes from `rng`, so a seed gives the same ids."""
    value = (at_ms << 80) | rng.getrandbits(80)
    pairs = _PAIRS
    return "".join([pairs[(value >> shift) & 1023] for shift in range(120, -1, -10)])


class Stamps:
    """Unix seconds (UTC) → the 'YYYY-MM-DD HH:MM:SS' text peewee stores for naive UTC datetimes."""

    def __init__(self) -> None:
        self._hours: dict[int, str] = {}

    def at(self, seconds: int) -> str:
        hour = seconds // 3600
        prefix = self._hours.get(hour)
        if prefix is None:
            prefix = self._hours[hour] = time.strftime("%Y-%m-%d %H:", time.gmtime(hour * 3600))
        return prefix + _MINUTES_SECONDS[seconds - hour * 3600]


def cumulative(weights) -> list[float]:
    """Running totals, for rng.choices(cum_weights=…), which then skips re-adding per call."""
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out
