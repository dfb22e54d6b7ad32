"""Today's figures: the station's calendar day (China time), and the return rule counted as it stands."""
import datetime as dt

from station.parcels.today import day_start_utc, today_figures
from tests.station.parcels.helpers import parcel, resident

NOW = dt.datetime(2026, 11, 20, 2, 0, 0)  # 10:00 in the village


def test_day_starts_at_midnight_china_time():
    assert day_start_utc(NOW) == dt.datetime(2026, 11, 19, 16, 0, 0)
    assert day_start_utc(dt.datetime(2026, 11, 19, 17, 0)) == dt.datetime(2026, 11, 19, 16, 0, 0)
    assert day_start_utc(dt.datetime(2026, 11, 19, 15, 59)) == dt.datetime(2026, 11, 18, 16, 0, 0)


def test_figures_count_what_a_keeper_would(ctx):
    ctx.clock = lambda: NOW
    li = resident(ctx, "李建国", "13700002468")
    parcel(ctx, li, "1-1-1001", arrived=NOW - dt.timedelta(hours=1))  # this morning
    parcel(ctx, li, "1-1-1002", arrived=dt.datetime(2026, 11, 19, 15, 0))  # 23:00 yesterday, village time
    parcel(ctx, li, "1-1-1003", arrived=NOW - dt.timedelta(days=8))  # past the 7-day return rule
    parcel(ctx, li, "1-1-1004", status="problem")
    parcel(ctx, li, "1-1-1005", status="out_for_delivery")
    figures = today_figures(ctx)
    assert (figures.waiting, figures.arrived_today, figures.handed_out_today) == (3, 3, 0)
    assert (figures.out_for_delivery, figures.problem, figures.due_for_return) == (1, 1, 1)
