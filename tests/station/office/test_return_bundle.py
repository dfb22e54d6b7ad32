"""What travels back to a station: accepted and appealed merchants, notices, the working-day calendar."""
from db.models import SyncWatch
from station.office import calendar, watch
from station.sync import office as office_mod
from station.sync import returns
from station.sync.returns import import_return_bundle, make_return_bundle
from tests.station.sync.helpers import make_office, make_station, switch


def test_watch_decisions_and_calendar_reach_the_station(tmp_path, office_db):
    office = make_office(tmp_path, office_db)
    station = make_station(tmp_path, "CN-W-01", office)
    ctx = switch(office, office=True)
    watch.decide(ctx, "甲旗舰店", "accept", "三起投诉")
    watch.decide(ctx, "乙小铺", "accept", "货到付款诈骗")
    watch.decide(ctx, "乙小铺", "appeal", "商家申诉")
    watch.decide(ctx, "丙商行", "accept", "误报")
    watch.decide(ctx, "丙商行", "remove", "核实无问题")
    office_mod.add_notice(ctx, "春节安排", "2月9日至13日暂停派送")
    (tmp_path / "cal.csv").write_text("date,kind,name\n2027-02-06,holiday,春节\n2027-02-14,workday,调休\n", "utf-8")
    assert calendar.import_calendar(ctx, tmp_path / "cal.csv") == {"days": 2, "years": [2027]}
    made = make_return_bundle(ctx, "CN-W-01", tmp_path / "ret")
    assert made["counts"] == {"watch": 2, "notice": 1, "calendar": 2}
    assert [e["action"] for e in watch.history(ctx, "丙商行")] == ["accept", "remove"]
    received = []
    returns.CALENDAR_APPLIERS.append(lambda _ctx, days: received.extend(days))
    try:
        ctx = switch(station)
        result = import_return_bundle(ctx, made["file"])
    finally:
        returns.CALENDAR_APPLIERS.clear()
    assert result["watch"] == 2 and result["new_notices"] == 1 and result["calendar_days"] == 2
    assert sorted(w.name for w in SyncWatch.select()) == ["乙小铺", "甲旗舰店"]
    assert [(d["day"], d["kind"]) for d in received] == [("2027-02-06", "holiday"), ("2027-02-14", "workday")]


def test_bad_calendar_and_bad_decisions_change_nothing(tmp_path, office_db):
    import pytest

    from station.errors import InvalidInput, Refused

    office = make_office(tmp_path, office_db)
    ctx = switch(office, office=True)
    (tmp_path / "bad.csv").write_text("2027-02-06,holiday,春节\n2027-13-01,holiday,坏\n", "utf-8")
    with pytest.raises(InvalidInput):
        calendar.import_calendar(ctx, tmp_path / "bad.csv")
    assert calendar.calendar_days(ctx) == []
    with pytest.raises(InvalidInput):
        watch.decide(ctx, "甲", "remove", "")
    watch.decide(ctx, "甲", "accept", "")
    with pytest.raises(Refused) as again:
        watch.decide(ctx, "甲", "accept", "")
    assert again.value.message() == "甲 在警示名单上的状态是“已列入”，现在不能列入。"  # words, not codes


def test_the_notices_list_shows_station_time(tmp_path, office_db):
    import datetime as dt

    office = make_office(tmp_path, office_db)
    ctx = switch(office, office=True)
    ctx.clock = lambda: dt.datetime(2026, 12, 8, 0, 21)  # UTC
    office_mod.add_notice(ctx, "年底提醒", "防范到付诈骗")
    assert watch.notices(ctx)[0]["shown_at"].endswith("08:21")


def test_merchants_over_the_threshold_across_stations_are_proposed_once(tmp_path, office_db):
    from collections import Counter

    from db.models import database
    from station.office.figures import write_deltas

    office = make_office(tmp_path, office_db)
    ctx = switch(office, office=True)
    with database.atomic():  # as the cases area's measure adds them: one per case with evidence
        write_deltas("CN-A", Counter({("2026-11-02", "cases_with_evidence", "甲旗舰店"): 2,
                                      ("2026-11-03", "cases_with_evidence", "乙小铺"): 1}))
        write_deltas("CN-B", Counter({("2026-11-05", "cases_with_evidence", "甲旗舰店"): 1}))
    assert [p["name"] for p in watch.propose(ctx, 3)] == ["甲旗舰店"]
    assert watch.propose(ctx, 3) == []  # already proposed
    assert watch.decide(ctx, "甲旗舰店", "accept", "三站共三起")["status"] == "accepted"
