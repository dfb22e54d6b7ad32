"""Fast, seeded building blocks for demo rows: ids, timestamps, weighted picks.

A million parcels leave about two microseconds per value, so ids are encoded ten bits at a time
from a table (same Crockford ULID layout as station.ids) and timestamps reuse an hour prefix.
"""
import queue
import random
import threading
import time
from collections.abc import Iterator

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


def prefetched(items: Iterator, depth: int = 1) -> Iterator:
    """Run `items` in a helper thread, `depth` ahead: generating the next chunk of rows (Python)
    overlaps with SQLite inserting this one (which releases the GIL). One producer keeps the seed's
    order. If the consumer stops early the producer is told to stop too."""
    handoff: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    done = object()

    def offer(item: object) -> bool:
        """Hand one item over unless the consumer has stopped; never blocks for good."""
        while not stop.is_set():
            try:
                handoff.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not offer(item):
                    return
            offer(done)
        except BaseException as exc:  # handed to the consumer, raised there
            offer(exc)

    worker = threading.Thread(target=produce, name="demo-rows", daemon=True)
    worker.start()
    try:
        while (item := handoff.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()
