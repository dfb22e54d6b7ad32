"""Clocks through the services: started by logged actions, paused and resumed, provisional until a table arrives."""
import datetime as dt
import json

import pytest

from db.models import CalendarYear
from station.cases import records, views
from station.cases.calendar_import import apply_calendar_documents, import_calendar_file
from station.errors import InvalidInput, Refused
from tests.station.cases.conftest import PHONE

CALENDAR_2027 = {"year": 2027, "source": "test table", "holidays": [
    {"from": "2027-01-01", "to": "2027-01-03", "name": "元旦"},
    {"from": "2027-02-06", "to": "2027-02-13", "name": "春节"}],
    "workdays": [{"date": "2027-02-14", "name": "春节调休"}]}


def open_case(desk, **kw) -> str:
    return records.add_case(desk, PHONE, "好运旗舰店", "拼多多", "refund_overdue", "128.50", "退款逾期",
                            opened_on=kw.get("on", "2026-09-25"))["number"]


def clock(desk, number: str, kind: str) -> dict:
    return next(c for c in views.show_case(desk, number)["clocks"] if c["kind"] == kind)


def test_filed_12315_starts_acceptance_and_accepted_stops_it_and_starts_mediation(desk):
    number = open_case(desk)
    records.log_action(desk, number, "filed_12315", "2026-09-29")
    assert clock(desk, number, "acceptance")["due"] == "2026-10-14"
    records.log_action(desk, number, "accepted", "2026-10-09")
    assert clock(desk, number, "acceptance")["status"] == "met"
    mediation = clock(desk, number, "mediation")
    assert (mediation["start"], mediation["due"], mediation["provisional"]) == ("2026-10-09", "2026-12-10", False)


def test_pause_and_resume_across_national_day(desk):
    number = open_case(desk)
    records.log_action(desk, number, "filed_12315", "2026-09-29")
    records.pause_case(desk, number, "2026-09-30")
    paused = clock(desk, number, "acceptance")
    assert (paused["state"], paused["due"]) == ("paused", None)
    records.resume_case(desk, number, "2026-10-09")
    resumed = clock(desk, number, "acceptance")
    assert (resumed["state"], resumed["due"]) == ("running", "2026-10-16")
    assert [h["event"] for h in resumed["history"]] == ["started", "paused", "resumed"]
    assert views.show_case(desk, number)["pauses"] == [{"paused_on": "2026-09-30", "resumed_on": "2026-10-09"}]
    with pytest.raises(Refused) as refused:
        records.resume_case(desk, number, "2026-10-12")
    assert refused.value.code == "refused.not_paused"


def test_deadline_reaching_2027_is_provisional_until_the_table_is_imported(desk, tmp_path):
    number = open_case(desk, on="2026-11-02")
    records.log_action(desk, number, "accepted", "2026-11-20")
    before = clock(desk, number, "mediation")
    assert before["provisional"] and before["missing_year"] == 2027
    assert CalendarYear.get_or_none(CalendarYear.year == 2027) is None
    path = tmp_path / "2027.json"
    path.write_text(json.dumps(CALENDAR_2027, ensure_ascii=False), encoding="utf-8")
    done = import_calendar_file(desk, path)
    assert done["years"] == [2027] and done["clocks_recomputed"] == 1
    after = clock(desk, number, "mediation")
    assert (after["provisional"], after["missing_year"]) == (False, None)
    # Nov 20 + 45 working days: by weekends alone Friday Jan 22; Jan 1 2027 is a holiday, so Monday Jan 25.
    assert (before["due"], after["due"]) == ("2027-01-22", "2027-01-25")
    assert after["history"][-1]["event"] == "recomputed"


def test_office_documents_apply_the_same_way_and_bad_tables_change_nothing(desk):
    with pytest.raises(InvalidInput) as bad:
        apply_calendar_documents(desk, [{"year": 2027, "workdays": [{"date": "2027-01-05"}]}])
    assert bad.value.code == "invalid.workday_on_weekday"
    assert apply_calendar_documents(desk, [CALENDAR_2027])["years"] == [2027]


def test_close_with_money_sets_the_timely_flag(desk):
    number = open_case(desk)
    records.log_action(desk, number, "merchant_contacted", "2026-09-25")
    records.log_action(desk, number, "filed_12315", "2026-09-29")
    records.log_action(desk, number, "accepted", "2026-10-09")
    done = records.close_case(desk, number, "money", "128.50", satisfaction=5, day="2026-11-30")
    assert (done["timely"], done["amount_recovered"]) == (True, "128.50")
    assert {c["status"] for c in views.show_case(desk, number)["clocks"]} == {"met"}
    with pytest.raises(InvalidInput):
        records.close_case(desk, open_case(desk), "terminated")  # needs its next step


def test_overdue_and_due_soon_lists(desk):
    late, soon = open_case(desk), open_case(desk)
    records.log_action(desk, late, "filed_12315", "2026-10-20")   # due 2026-10-29, before Dec 3
    records.log_action(desk, soon, "filed_12315", "2026-11-25")   # due 2026-12-04
    assert [r["number"] for r in views.overdue(desk)] == [late]
    assert [r["number"] for r in views.due_soon(desk)] == [soon]



def test_from_return_carries_the_overdue_refund_over(desk):
    """One action from an overdue refund (the orders area's facts) to a case; a refund not yet due is refused."""
    from station.errors import Refused
    from station.orders.returns import hand_off_return, start_return
    from tests.station.orders.helpers import at, collect, place, resident

    resident(desk, "李桂芳")
    consent = {"consent_by": "李桂芳"}
    at(desk, dt.datetime(2026, 11, 2, 2, 0))
    order = place(desk, **consent)
    collect(desk)
    ret = start_return(desk, order_id=order.id, reason="changed_mind", no_reason=True)
    hand_off_return(desk, ret.id, "中通", "73100000000555")
    with pytest.raises(Refused) as early:
        records.add_case(desk, from_return=ret.id)
    assert early.value.code == "refused.refund_not_overdue"
    at(desk, dt.datetime(2026, 12, 3, 2, 0))
    number = records.add_case(desk, from_return=ret.id)["number"]
    case = views.show_case(desk, number)
    assert (case["complainant"], case["merchant"], case["platform"], case["amount_claimed"], case["category"],
            case["source_kind"], case["source_ref"]) == ("李桂芳", "好米店", "拼多多", "91.00", "refund_overdue",
                                                         "return", ret.id)
    assert ret.id in case["summary"] and "73100000000555" in case["summary"]
