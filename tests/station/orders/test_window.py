"""The window counts station days (UTC+8): pickup day + 7, to 24:00."""
import datetime as dt

from station.orders.window import received_between, window_ends, window_open


def test_the_last_day_is_pickup_day_plus_seven_in_station_time():
    # 2026-03-01 23:30 in the station is 15:30 UTC: the station day is the 1st, not the 2nd
    picked = dt.datetime(2026, 3, 1, 15, 30)
    assert window_ends(picked) == dt.date(2026, 3, 8)
    # 00:30 station time on the 2nd is still the 1st in UTC: the station day decides
    assert window_ends(dt.datetime(2026, 3, 1, 16, 30)) == dt.date(2026, 3, 9)


def test_the_last_day_is_open_until_midnight_station_time():
    picked = dt.datetime(2026, 3, 1, 2, 0)  # 10:00 on the 1st
    assert window_open(picked, dt.datetime(2026, 3, 8, 15, 59, 59))  # 23:59:59 on the 8th
    assert not window_open(picked, dt.datetime(2026, 3, 8, 16, 0))  # 00:00 on the 9th


def test_received_between_covers_exactly_the_receipts_whose_window_ends_in_the_range():
    start, stop = received_between(dt.date(2026, 3, 8), dt.date(2026, 3, 10))
    assert window_ends(start) == dt.date(2026, 3, 8)
    assert window_ends(stop - dt.timedelta(seconds=1)) == dt.date(2026, 3, 10)
    assert window_ends(stop) == dt.date(2026, 3, 11)
    assert window_ends(start - dt.timedelta(seconds=1)) == dt.date(2026, 3, 7)
