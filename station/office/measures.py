"""What each kind of station record adds to the office's figures: one small registered function per measure.

A function takes a record's body (the row as the station sent it, a dict) and returns contributions
(day, measure, dimension, value); the day is the station's local date. The import keeps what a record added and
takes it back when a newer version of the record arrives, so a function only describes the record as it is now.
Areas that land later (orders, returns, cases) register their entities here by name, e.g.

    @measure("case")
    def cases_opened(body): return [(local_day(body["opened_at"]), "cases_opened", "", 1)]

and `station office refigure` recomputes the figures of records that arrived before their function existed.
"""
import datetime as dt
import json
from collections.abc import Callable, Iterable
from functools import lru_cache

from station.clock import local

Contribution = tuple[str, str, str, float]  # (YYYY-MM-DD, measure, dim, value)
MeasureFn = Callable[[dict], Iterable[Contribution]]
MEASURES: dict[str, list[MeasureFn]] = {}
HANDED_OUT = ("picked_up", "delivered")
OVERDUE_DAYS = 7  # a parcel still on the shelf after this many days is overdue (the return-to-sender clock)


def measure(entity: str) -> Callable[[MeasureFn], MeasureFn]:
    """Register `fn` as one measure of `entity`'s records."""

    def register(fn: MeasureFn) -> MeasureFn:
        MEASURES.setdefault(entity, []).append(fn)
        return fn

    return register


def local_day(text: str | None) -> str | None:
    """A stored UTC time (as text) as the station's local date, or None when there is none."""
    return _local_day_of_hour(str(text)[:13]) if text else None


@lru_cache(maxsize=1 << 16)
def _local_day_of_hour(hour: str) -> str | None:
    """Station time is UTC+8, a whole number of hours: the UTC date and hour decide the local date (the import's
    hot path calls this for every timestamp of every record, so it is cached by hour)."""
    try:
        at = dt.datetime.fromisoformat(hour + ":00" if len(hour) == 13 else hour)
    except ValueError:
        return None
    return local(at).date().isoformat()


def record_body(text: str | None, decode: Callable[[str], object] = json.loads) -> dict:
    """A record's body as a station sent it; {} for one that is not a JSON object (an older or broken station's),
    so it adds no figures rather than failing the bundle: the record itself is kept as it came."""
    try:
        body = decode(text) if text else {}
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def contributions(entity: str, body: dict) -> list[Contribution]:
    found: list[Contribution] = []
    for fn in MEASURES.get(entity, ()):
        try:
            found += [c for c in fn(body) if c[0]]  # a list (not a generator): the import's hot loop
        except (KeyError, TypeError, ValueError):
            continue  # a record another version shaped differently adds nothing rather than failing the bundle
    return found


def _hours(start: str | None, end: str | None) -> float | None:
    try:
        span = dt.datetime.fromisoformat(str(end)[:19]) - dt.datetime.fromisoformat(str(start)[:19])
        return span.total_seconds() / 3600
    except (TypeError, ValueError):
        return None


@measure("parcel")
def parcel_figures(body: dict) -> list[Contribution]:
    """Parcels in, out (and at the door), dwell, still waiting, returned: one function that reads each field
    once, as parcels are most of a station's records (the import's hot loop)."""
    status, arrived = body.get("status"), body.get("arrived_at")
    found = [(local_day(arrived), "parcels_in", "", 1)]
    if status in HANDED_OUT:
        out_at = body.get("picked_up_at") or body.get("updated_at")
        day = local_day(out_at)
        found.append((day, "parcels_out", "", 1))
        if status == "delivered":
            found.append((day, "parcels_door", "", 1))
        hours = _hours(arrived, out_at)
        if hours is not None and hours >= 0:
            found += [(day, "dwell_hours", "", round(hours, 2)), (day, "dwell_count", "", 1)]
    elif status in ("waiting", "out_for_delivery", "problem"):
        found.append((local_day(arrived), "parcels_waiting", "", 1))
    elif status == "returned":
        found.append((local_day(body.get("updated_at")), "parcels_returned", "", 1))
    return found


@measure("delivery_stop")
def door_visits(body: dict) -> list[Contribution]:
    outcome = body.get("outcome")
    if not outcome:
        return []
    return [(local_day(body.get("outcome_at")), "door_visits", outcome, 1)]


@measure("volunteer_hours")
def volunteer_minutes(body: dict) -> list[Contribution]:
    day = str(body.get("day") or "")[:10] or None
    return [(day, "volunteer_minutes", "", float(body.get("minutes") or 0))]
