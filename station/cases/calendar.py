"""The working-day calendar as data: which years are known, their holidays and make-up workdays (调休)."""
import datetime as dt

from db.models import CalendarDay, CalendarYear
from station.cases.workdays import WorkCalendar
from station.context import Ctx
from station.errors import InvalidInput
from station.permissions import Perm
from station.service import service


def load_calendar() -> WorkCalendar:
    """The whole table in memory (about a thousand rows): clock arithmetic then needs no queries."""
    years = frozenset(y.year for y in CalendarYear.select(CalendarYear.year))
    holidays, workdays = set(), set()
    for row in CalendarDay.select(CalendarDay.day, CalendarDay.kind).tuples():
        day = row[0] if isinstance(row[0], dt.date) else dt.date.fromisoformat(row[0])
        (holidays if row[1] == "holiday" else workdays).add(day)
    return WorkCalendar(years, frozenset(holidays), frozenset(workdays))


def year_days(year: int) -> list[dict]:
    rows = (CalendarDay.select().where(CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
            .order_by(CalendarDay.day))
    return [{"date": str(r.day), "kind": r.kind, "name": r.name} for r in rows]


@service(Perm.VIEW, write=False)
def show_year(ctx: Ctx, year: int) -> dict:
    """A year's holidays and make-up workdays, or `known: false` when no table has arrived for it."""
    if not 1900 < year < 2200:
        raise InvalidInput("A year looks like 2027.", why="bad_year")
    known = CalendarYear.get_or_none(CalendarYear.year == year)
    days = year_days(year)
    return {"year": year, "known": known is not None, "source": known.source if known else "",
            "holidays": [d for d in days if d["kind"] == "holiday"],
            "workdays": [d for d in days if d["kind"] == "workday"],
            "known_years": [y.year for y in CalendarYear.select().order_by(CalendarYear.year)]}
