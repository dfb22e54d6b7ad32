"""Dashboard queries: every one reads office_figure (day × station × measure), never the raw records."""
import datetime as dt
import re
from collections import defaultdict

from db.models import OfficeFigure, OfficeStation, database
from db.models.office import STANDING_MEASURES
from station.clock import station_today
from station.context import Ctx
from station.errors import InvalidInput
from station.office.catalog import CLOCK_DUE
from station.office.measures import OVERDUE_DAYS
from station.permissions import Perm
from station.service import service

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def month_range(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of YYYY-MM; refuses anything else in one line."""
    match = _MONTH.match(month or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise InvalidInput("{month} is not a month; write it as YYYY-MM, e.g. 2026-03.", why="bad_month", month=month)
    first = dt.date(int(match.group(1)), int(match.group(2)), 1)
    return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _where(start: dt.date, end: dt.date, station: str | None):
    """The town is every enrolled station, named so that the key (station, day, …) and the index (measure, station,
    day) are read one station's period at a time (m013): only an enrolled station's bundle adds figures."""
    clause = (OfficeFigure.day >= start) & (OfficeFigure.day <= end)
    if station:
        return clause & (OfficeFigure.station == station)
    codes = [code for (code,) in OfficeStation.select(OfficeStation.code).tuples()]  # a list, not a subquery:
    return clause & OfficeFigure.station.in_(codes)  # PostgreSQL then seeks its key per station as SQLite does


def standing(measure: str) -> str:
    """The condition for one measure read over all time, written as its partial index's own (m015): SQLite uses a
    partial index only for the very condition, and a bound parameter is not one."""
    if measure not in STANDING_MEASURES:
        raise ValueError(f"{measure} has no index of its own (db.models.office.STANDING_MEASURES)")
    return f"measure = '{measure}'"


@service(Perm.OFFICE, write=False)
def daily(ctx: Ctx, measure: str, start: dt.date, end: dt.date, station: str | None = None) -> list[tuple]:
    """(day, value) for every day of the period (0 where nothing happened)."""
    from peewee import fn

    query = (OfficeFigure.select(OfficeFigure.day, fn.SUM(OfficeFigure.value))
             .where(_where(start, end, station) & (OfficeFigure.measure == measure)).group_by(OfficeFigure.day))
    found = {str(day)[:10]: value for day, value in query.tuples()}
    days = (end - start).days + 1
    return [(d, found.get(d.isoformat(), 0.0)) for d in (start + dt.timedelta(n) for n in range(days))]


@service(Perm.OFFICE, write=False)
def by_station(ctx: Ctx, start: dt.date, end: dt.date, station: str | None = None) -> dict[str, dict[str, float]]:
    """station → measure → sum over the period."""
    from peewee import fn

    query = (OfficeFigure.select(OfficeFigure.station, OfficeFigure.measure, fn.SUM(OfficeFigure.value))
             .where(_where(start, end, station)).group_by(OfficeFigure.station, OfficeFigure.measure))
    found: dict[str, dict[str, float]] = defaultdict(dict)
    for code, measure, value in query.tuples():
        found[code][measure] = value
    return dict(found)


def town(per_station: dict[str, dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = defaultdict(float)
    for figures in per_station.values():
        for measure, value in figures.items():
            total[measure] += value
    return dict(total)


@service(Perm.OFFICE, write=False)
def by_dim(ctx: Ctx, measure: str, start: dt.date, end: dt.date, station: str | None = None) -> dict[str, float]:
    """dimension (merchant, platform, outcome) → sum over the period."""
    from peewee import fn

    query = (OfficeFigure.select(OfficeFigure.dim, fn.SUM(OfficeFigure.value))
             .where(_where(start, end, station) & (OfficeFigure.measure == measure)).group_by(OfficeFigure.dim))
    return {dim: value for dim, value in query.tuples()}


@service(Perm.OFFICE, write=False)
def open_parcels(ctx: Ctx, today: dt.date | None = None) -> dict[str, tuple[float, float]]:
    """station → (waiting now, overdue now): parcels still open, and those that arrived over OVERDUE_DAYS ago."""
    today = today or station_today(ctx.now())
    cutoff = today - dt.timedelta(days=OVERDUE_DAYS)
    p = database.param
    cursor = database.execute_sql(
        f"SELECT station, SUM(value), SUM(CASE WHEN day < {p} THEN value ELSE 0 END) FROM office_figure "
        f"WHERE {standing('parcels_waiting')} GROUP BY station", (cutoff,))
    return {code: (waiting or 0, overdue or 0) for code, waiting, overdue in cursor.fetchall()}


def overdue_cases(ctx: Ctx, today: dt.date | None = None) -> dict[str, int]:
    """station → cases with a running legal clock due before today (the case's gid is the figure's dimension, so
    a case with two late clocks counts once)."""
    today = today or station_today(ctx.now())
    p = database.param
    cursor = database.execute_sql(
        f"SELECT station, COUNT(DISTINCT dim) FROM office_figure WHERE {standing(CLOCK_DUE)} AND day < {p} "
        "AND value > 0 GROUP BY station", (today,))
    return {code: int(n) for code, n in cursor.fetchall()}
