"""The parcel history a page at a time, for the parcel list: keyset pages, newest first, with filters.

A page is found by (arrived_at, gid) of the last row shown, never by OFFSET, so page 5,000 of a
million parcels costs what page 1 costs. Typed search goes through the search service instead
(its own index paths) and is capped: a person refines a search rather than scrolling it.
"""
import datetime as dt
from dataclasses import dataclass, field

from station.clock import CHINA
from station.context import Ctx
from station.errors import InvalidInput
from station.parcels import ParcelStatus
from station.parcels.search import search_parcels
from station.parcels.views import ParcelView, parcels_where
from station.permissions import Perm
from station.service import service

PAGE_SIZE = 200
SEARCH_CAP = 200


@dataclass(frozen=True)
class HistoryFilter:
    status: str = ""
    since: dt.date | None = None  # station-local dates, inclusive
    until: dt.date | None = None
    group_gid: str = ""
    carrier: str = ""
    text: str = ""


@dataclass
class HistoryPage:
    rows: list[ParcelView] = field(default_factory=list)
    next_key: tuple[str, str] | None = None  # (arrived_at, gid) of the last row; None when no more


def utc_bound(day: dt.date) -> str:
    """Midnight of a station-local day, as the stored UTC timestamp text."""
    moment = dt.datetime.combine(day, dt.time(), CHINA).astimezone(dt.UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _conditions(flt: HistoryFilter) -> tuple[list[str], list]:
    if flt.status and flt.status not in set(ParcelStatus):
        raise InvalidInput("Unknown parcel status {status}.", why="status", status=flt.status)
    if flt.since and flt.until and flt.since > flt.until:
        raise InvalidInput("The date range ends before it starts.", why="date_range")
    where, params = [], []
    # The unary + keeps SQLite walking parcels newest first instead of gathering a whole group's history.
    for clause, value in (("p.status = ?", flt.status), ("p.carrier = ?", flt.carrier),
                          ("+p.resident_gid IN (SELECT gid FROM resident WHERE group_gid = ?)", flt.group_gid)):
        if value:
            where.append(clause)
            params.append(value)
    if flt.since:
        where.append("p.arrived_at >= ?")
        params.append(utc_bound(flt.since))
    if flt.until:
        where.append("p.arrived_at < ?")
        params.append(utc_bound(flt.until + dt.timedelta(days=1)))
    return where, params


def _matches(flt: HistoryFilter, row: ParcelView, groups: set[str] | None) -> bool:
    since = utc_bound(flt.since) if flt.since else ""
    until = utc_bound(flt.until + dt.timedelta(days=1)) if flt.until else "9999"
    return ((not flt.status or row.status == flt.status) and (not flt.carrier or row.carrier == flt.carrier)
            and since <= (row.arrived_at or "") < until and (groups is None or row.resident_gid in groups))


def _search(ctx: Ctx, flt: HistoryFilter) -> HistoryPage:
    rows = search_parcels(ctx, flt.text, SEARCH_CAP)
    groups = None
    if flt.group_gid:
        from db.models import Resident

        gids = [r.resident_gid for r in rows if r.resident_gid]
        groups = {r.gid for r in Resident.select(Resident.gid).where(Resident.gid.in_(gids),
                                                                     Resident.group == flt.group_gid)}
    return HistoryPage([r for r in rows if _matches(flt, r, groups)], None)


@service(Perm.VIEW, write=False)
def history_page(ctx: Ctx, flt: HistoryFilter, after: tuple[str, str] | None = None,
                 limit: int = PAGE_SIZE) -> HistoryPage:
    """The next `limit` parcels after `after` (newest first) that pass the filter."""
    limit = max(1, min(int(limit), 1000))
    where, params = _conditions(flt)
    if flt.text.strip():
        return _search(ctx, flt)
    if after is not None:
        where.append("p.arrived_at <= ? AND (p.arrived_at < ? OR p.gid < ?)")  # first term: an index range
        params += [after[0], after[0], after[1]]
    rows = parcels_where(" AND ".join(where) or "1", tuple(params), "p.arrived_at DESC, p.gid DESC", limit)
    next_key = (rows[-1].arrived_at, rows[-1].gid) if len(rows) == limit else None
    return HistoryPage(rows, next_key)


@service(Perm.VIEW, write=False)
def carriers_seen(ctx: Ctx) -> list[str]:
    """Carrier codes for the filter menu (from the carrier table, not from a million rows)."""
    from station.parcels.carriers import CARRIERS, OTHER

    return [c.code for c in CARRIERS] + [OTHER.code]
