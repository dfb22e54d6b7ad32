"""A year of parcels for a demo station, generated day by day in arrival order.

Recent parcels are still waiting on the shelf with a pickup code that is unique among waiting
parcels; older ones were picked up (by the resident or a delegate), delivered to the door for
residents with care flags, a few returned to sender or sitting in the problem queue.
Rows come out in chunks so a million parcels never sit in memory at once.
"""
import datetime as dt
import random
from collections.abc import Iterator

from station.demo.people import Person
from station.demo.rows import Stamps, cumulative, gid_at
from station.parcels import ParcelStatus

DAY = 86_400
CHINA = 8 * 3600  # the station's local time is UTC+8
OPEN_FROM, OPEN_HOURS = 8 * 3600, 11 * 3600  # couriers drop parcels between 08:00 and 19:00
SHELVES, LAYERS = 6, 4
SLOTS = [f"{shelf}-{layer}" for shelf in range(1, SHELVES + 1) for layer in range(1, LAYERS + 1)]
COLUMNS = ("gid", "owner", "tracking_no", "carrier", "resident_gid", "pickup_code", "shelf", "status",
           "arrived_at", "picked_up_at", "receiver_name", "receiver_relation", "updated_at")


def _digits(rng: random.Random, count: int) -> str:
    """`count` random digits (count ≤ 15, within a double's 53 bits): faster than randrange."""
    return f"{int(rng.random() * 10 ** count):0{count}d}"


def _s10(rng: random.Random) -> str:
    """UPU S10 number (EMS): two letters, 8 digits and their check digit, CN."""
    digits = f"{rng.randrange(10 ** 8):08d}"
    check = 11 - sum(int(d) * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    check = {10: 0, 11: 5}.get(check, check)
    return f"{rng.choice('ELCR')}{rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{digits}{check}CN"


def _ems(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return _s10(rng)
    return f"{rng.choice(('11', '10'))}{_digits(rng, 11)}"


# (carrier code as station.parcels.carriers names it, share of parcels, tracking number maker)
CARRIERS = (
    ("zto", 20, lambda r: f"{('75', '78', '73')[int(r.random() * 3)]}{_digits(r, 12)}"),
    ("yto", 16, lambda r: f"YT{_digits(r, 13)}"),
    ("yunda", 14, lambda r: f"{('43', '46', '31')[int(r.random() * 3)]}{_digits(r, 11)}"),
    ("jt", 14, lambda r: f"JT{_digits(r, 13)}"),
    ("sto", 10, lambda r: f"773{_digits(r, 12)}"),
    ("sf", 9, lambda r: f"SF{_digits(r, 13)}"),
    ("jd", 8, lambda r: f"JDV{'ABC'[int(r.random() * 3)]}{_digits(r, 11)}"),
    ("ems", 6, _ems),
    ("deppon", 3, lambda r: f"DPK{_digits(r, 12)}"),
)


def day_weights(first_day: dt.date, days: int) -> list[float]:
    """More parcels lately, fewer on Sundays, peaks after 双十一 and 618."""
    weights = []
    for index in range(days):
        day = first_day + dt.timedelta(days=index)
        weight = 0.6 + 0.6 * index / days
        if day.weekday() == 6:
            weight *= 0.7
        if day.month == 11 and 12 <= day.day <= 18:
            weight *= 2.5
        if day.month == 6 and 19 <= day.day <= 23:
            weight *= 1.6
        weights.append(weight)
    return weights


def spread(total: int, weights: list[float]) -> list[int]:
    """Split `total` into whole counts in proportion to `weights` (largest remainders)."""
    scale = total / sum(weights)
    counts = [int(w * scale) for w in weights]
    order = sorted(range(len(weights)), key=lambda i: (counts[i] - weights[i] * scale, i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


class ParcelMaker:
    def __init__(self, rng: random.Random, owner: str, people: list[Person], now_s: int, stamps: Stamps) -> None:
        self.rng = rng
        self.owner = owner
        self.people = people
        self.now_s = now_s
        self.stamps = stamps
        self._cum = cumulative(p.weight for p in people)
        self._carrier_cum = cumulative(c[1] for c in CARRIERS)
        self._serial = rng.randrange(9000)
        self._open_codes: set[str] = set()
        self.counts = dict.fromkeys(ParcelStatus, 0)
        self.problems: list[tuple[str, str]] = []  # (parcel gid, reported at) for the problem queue's records
        self.returns: list[tuple[str, str, str]] = []  # (parcel gid, carrier code, returned at): courier handoffs

    def chunks(self, total: int, size: int = 20_000) -> Iterator[list[tuple]]:
        chunk: list[tuple] = []
        for day_start, count, window in self._days(total):
            times = sorted(day_start + int(self.rng.random() * window) for _ in range(count))
            owners = self.rng.choices(self.people, cum_weights=self._cum, k=count)
            carriers = self.rng.choices(CARRIERS, cum_weights=self._carrier_cum, k=count)
            for arrived, person, carrier in zip(times, owners, carriers, strict=True):
                chunk.append(self._parcel(arrived, person, carrier))
                if len(chunk) >= size:
                    yield chunk
                    chunk = []
        if chunk:
            yield chunk

    def _days(self, total: int) -> Iterator[tuple[int, int, int]]:
        """(first second the counter is open in UTC, parcels that day, seconds to spread them over)."""
        local_now = self.now_s + CHINA
        today = local_now // DAY
        first = today - 364
        open_today = min(max(local_now - today * DAY - OPEN_FROM, 0), OPEN_HOURS)
        weights = day_weights(dt.date(1970, 1, 1) + dt.timedelta(days=first), 365)
        weights[-1] *= open_today / OPEN_HOURS
        for index, count in enumerate(spread(total, weights)):
            window = OPEN_HOURS if index < 364 else max(open_today, 1)
            yield (first + index) * DAY + OPEN_FROM - CHINA, count, window

    def _parcel(self, arrived: int, person: Person, carrier: tuple) -> tuple:
        rng = self.rng
        age = self.now_s - arrived
        status = self._status(age, person)
        shelf = SLOTS[int(rng.random() * len(SLOTS))]
        code = self._code(shelf, status in (ParcelStatus.WAITING, ParcelStatus.PROBLEM))
        picked_up_at, receiver, relation, updated = None, "", "", arrived
        if status in (ParcelStatus.PICKED_UP, ParcelStatus.DELIVERED):
            updated = self._handout_time(arrived)
            picked_up_at = self.stamps.at(updated)
            receiver, relation = self._receiver(person, status)
        elif status == ParcelStatus.RETURNED:
            updated = min(arrived + rng.randint(7, 14) * DAY, self.now_s)
        elif status == ParcelStatus.PROBLEM:
            updated = arrived + rng.randrange(min(age, DAY) + 1)
        self.counts[status] += 1
        arrived_text = self.stamps.at(arrived)
        gid, updated_text = gid_at(arrived * 1000 + int(rng.random() * 1000), rng), self.stamps.at(updated)
        if status == ParcelStatus.PROBLEM:
            self.problems.append((gid, updated_text))
        elif status == ParcelStatus.RETURNED:
            self.returns.append((gid, carrier[0], updated_text))
        return (gid, self.owner, carrier[2](rng), carrier[0], person.gid, code, shelf, status.value, arrived_text,
                picked_up_at, receiver, relation, updated_text)

    def _status(self, age: int, person: Person) -> ParcelStatus:
        roll = self.rng.random()
        hours = age / 3600
        waiting_share = 0.85 if hours < 24 else 0.5 if hours < 72 else 0.2 if hours < 168 else \
            0.03 if hours < 336 else 0.0
        if roll < waiting_share:
            return ParcelStatus.WAITING
        roll = self.rng.random()
        if roll < 0.004 and hours < 60 * 24:
            return ParcelStatus.PROBLEM
        if roll < 0.014 and hours > 14 * 24:
            return ParcelStatus.RETURNED
        if person.cared and roll < 0.5:
            return ParcelStatus.DELIVERED
        return ParcelStatus.PICKED_UP

    @property
    def last_serial(self) -> int:
        return self._serial + 1000

    def _code(self, shelf: str, still_open: bool) -> str:
        """<shelf>-<layer>-<serial>: a station-wide serial 1000-9999 that wraps, like the counter's;
        no two parcels still at the station (waiting or in the problem queue) share a code."""
        while True:
            self._serial = (self._serial + 1) % 9000
            code = f"{shelf}-{self._serial + 1000}"
            if not still_open:
                return code
            if code not in self._open_codes:
                self._open_codes.add(code)
                return code

    def _handout_time(self, arrived: int) -> int:
        delay = 600 + int(self.rng.expovariate(1 / (30 * 3600)))
        if arrived + delay > self.now_s:
            delay = int((self.now_s - arrived) * self.rng.random())
        return arrived + delay

    def _receiver(self, person: Person, status: ParcelStatus) -> tuple[str, str]:
        if person.receivers and self.rng.random() < (0.12 if status == ParcelStatus.DELIVERED else 0.2):
            return self.rng.choice(person.receivers)
        return person.name, "本人"
