"""Working-day arithmetic for legal clocks (pure: no database, so it is easy to test and fast to bench).

A period counted in days does not count its starting day (民法典 Art. 201): working day 1 is the first
working day after the triggering day. Public holidays and make-up workdays (调休) come from a `WorkCalendar`
built from the calendar table; a day in a year the table does not know is counted by the weekend rule
*provisionally*, and the result names the first such year, so it is never silently taken as exact.

Pauses are intervals (paused_on, resumed_on): the days after `paused_on` up to and including `resumed_on`
do not count, so pausing and resuming on one day changes nothing; an open pause (resumed_on None) stops
the count: the due date is unknown until the resume.
"""
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

ONE_DAY = dt.timedelta(days=1)
Pause = tuple[dt.date, dt.date | None]


@dataclass(frozen=True)
class WorkCalendar:
    known_years: frozenset[int]
    holidays: frozenset[dt.date]
    workdays: frozenset[dt.date]  # make-up workdays on a weekend

    def is_workday(self, day: dt.date) -> bool | None:
        """True/False from the table, None when the day's year has no table."""
        if day.year not in self.known_years:
            return None
        if day in self.holidays:
            return False
        return day in self.workdays or day.weekday() < 5


@dataclass(frozen=True)
class Due:
    due: dt.date | None  # None while an open pause holds the count
    provisional: bool
    missing_year: int | None
    counted: int  # working days counted so far


def _paused(day: dt.date, pauses: Iterable[Pause]) -> bool:
    return any(start < day and (end is None or day <= end) for start, end in pauses)


def _open_pause_before(day: dt.date, pauses: Iterable[Pause]) -> bool:
    return any(end is None and start < day for start, end in pauses)


def due_date(start: dt.date, days: int, calendar: WorkCalendar, pauses: Iterable[Pause] = ()) -> Due:
    """The last day of a period of `days` working days triggered on `start`."""
    pauses = list(pauses)
    day, counted, missing = start, 0, None
    while counted < days:
        day += ONE_DAY
        if _open_pause_before(day, pauses):
            return Due(None, missing is not None, missing, counted)
        if _paused(day, pauses):
            continue
        work = calendar.is_workday(day)
        if work is None:
            missing = missing or day.year
            work = day.weekday() < 5
        counted += bool(work)
    return Due(day, missing is not None, missing, counted)


def working_days_between(after: dt.date, until: dt.date, calendar: WorkCalendar) -> int:
    """Working days in (after, until]: how many are left before a due date (0 when it has passed)."""
    day, count = after, 0
    while day < until:
        day += ONE_DAY
        work = calendar.is_workday(day)
        count += bool(day.weekday() < 5 if work is None else work)
    return count
