"""Clock arithmetic in Chinese working days, checked against the chinese-calendar library itself."""
import datetime as dt

import chinese_calendar
import pytest

from station.cases.calendar import load_calendar
from station.cases.workdays import due_date

D = dt.date


def library_due(start: dt.date, days: int) -> dt.date:
    """The same rule written directly over the library: day 1 is the first working day after `start`."""
    day, counted = start, 0
    while counted < days:
        day += dt.timedelta(days=1)
        counted += chinese_calendar.is_workday(day)
    return day


@pytest.fixture
def calendar(ctx):
    return load_calendar()


@pytest.mark.parametrize("start, days, expected", [
    # Spring Festival 2026: Feb 15–23 off, Saturdays Feb 14 and Feb 28 are make-up workdays.
    (D(2026, 2, 13), 7, D(2026, 3, 2)),
    (D(2026, 2, 12), 1, D(2026, 2, 13)),
    (D(2026, 2, 13), 1, D(2026, 2, 14)),
    # Labour Day 2026: May 1–5 off, Saturday May 9 worked.
    (D(2026, 4, 30), 7, D(2026, 5, 13)),
    (D(2026, 4, 30), 10, D(2026, 5, 18)),
    # National Day 2026: Oct 1–7 off, Sunday Sep 20 and Saturday Oct 10 worked.
    (D(2026, 9, 19), 7, D(2026, 9, 29)),  # Mid-Autumn Sep 25 off too
    (D(2026, 9, 29), 7, D(2026, 10, 14)),
    (D(2026, 9, 30), 15, D(2026, 10, 27)),
    (D(2026, 10, 9), 45, D(2026, 12, 10)),
    # The starting day is never counted (民法典 Art. 201), a working day or not.
    (D(2026, 3, 2), 7, D(2026, 3, 11)),
    (D(2026, 3, 1), 7, D(2026, 3, 10)),
])
def test_known_deadlines_across_2026_holidays(calendar, start, days, expected):
    due = due_date(start, days, calendar)
    assert (due.due, due.provisional, due.missing_year) == (expected, False, None)
    assert expected == library_due(start, days)


def test_make_up_workdays_count_and_holidays_do_not(calendar):
    for day in (D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)):
        assert calendar.is_workday(day) is True and chinese_calendar.is_workday(day)
    for day in (D(2026, 2, 16), D(2026, 5, 4), D(2026, 10, 5)):
        assert calendar.is_workday(day) is False and not chinese_calendar.is_workday(day)


@pytest.mark.parametrize("days", [7, 10, 15, 45])
def test_every_start_day_of_2026_agrees_with_the_library(calendar, days):
    start = D(2026, 1, 1)
    while library_due_fits(start, days):
        assert due_date(start, days, calendar).due == library_due(start, days), start
        start += dt.timedelta(days=1)
    assert start > D(2026, 10, 1)


def library_due_fits(start: dt.date, days: int) -> bool:
    try:
        return library_due(start, days).year == 2026
    except NotImplementedError:  # the library raises past 2026
        return False


def test_pause_across_national_day_shifts_the_due_date(calendar):
    # Paused after Sep 30 (counted), resumed Oct 9: Oct 1–9 do not count, Oct 10 (make-up) is day 2.
    assert due_date(D(2026, 9, 29), 7, calendar, [(D(2026, 9, 30), D(2026, 10, 9))]).due == D(2026, 10, 16)
    # A pause and resume on one day changes nothing.
    assert due_date(D(2026, 9, 29), 7, calendar, [(D(2026, 10, 12), D(2026, 10, 12))]).due == D(2026, 10, 14)
    # An open pause holds the count: no due date, and how far it got.
    held = due_date(D(2026, 9, 29), 7, calendar, [(D(2026, 10, 9), None)])
    assert (held.due, held.counted) == (None, 3)


def test_a_year_without_a_table_is_provisional_and_named(calendar):
    due = due_date(D(2026, 12, 28), 7, calendar)
    assert due.provisional and due.missing_year == 2027
    assert due.due == D(2027, 1, 6)  # an estimate by weekends only, flagged as such
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(D(2027, 1, 4))
