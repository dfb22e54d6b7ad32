"""A case opened from an overdue refund and closed with money: the money is the return's refund, recorded once."""
import datetime as dt

from station.cases import records
from station.orders.returns import confirm_refund, hand_off_return, show_return, start_return
from tests.station.orders.helpers import at, collect, place, resident


def overdue_return(desk) -> str:
    resident(desk, "李桂芳")
    at(desk, dt.datetime(2026, 11, 2, 2, 0))
    order = place(desk, consent_by="李桂芳")
    collect(desk)
    ret = start_return(desk, order_id=order.id, reason="changed_mind", no_reason=True)
    hand_off_return(desk, ret.id, "中通", "73100000000555")
    at(desk, dt.datetime(2026, 12, 3, 2, 0))
    return ret.id


def test_closing_with_money_marks_the_return_refunded(desk):
    return_id = overdue_return(desk)
    number = records.add_case(desk, from_return=return_id)["number"]
    done = records.close_case(desk, number, "money", amount="91", satisfaction=5)
    shown = show_return(desk, return_id)
    assert done["return_refunded"] == return_id
    assert shown.status == "refunded" and shown.refund_fen == 9100


def test_a_refund_confirmed_before_the_case_closed_stays_as_it_was(desk):
    return_id = overdue_return(desk)
    number = records.add_case(desk, from_return=return_id)["number"]
    confirm_refund(desk, return_id, 8000, "cash")
    done = records.close_case(desk, number, "money", amount="91")
    shown = show_return(desk, return_id)
    assert done["return_refunded"] is None and (shown.refund_fen, shown.refund_how) == (8000, "cash")


def test_a_case_closed_without_money_leaves_the_return_open(desk):
    return_id = overdue_return(desk)
    number = records.add_case(desk, from_return=return_id)["number"]
    records.close_case(desk, number, "withdrawn")
    assert show_return(desk, return_id).refunded_at is None
