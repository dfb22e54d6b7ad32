import datetime as dt

import pytest

from db.models import CashEntry, OutgoingParcel
from station.errors import InvalidInput, Refused
from station.orders.facts import overdue_refund_facts
from station.orders.lists import closing_soon, overdue_refunds
from station.orders.orders import ItemIn, show_order
from station.orders.returns import confirm_refund, hand_off_return, start_return
from station.parcels.intake import intake
from tests.station.orders.helpers import at, collect, counts, place, resident

# 10:00 on 2026-03-01 in the station (02:00 UTC): the window's last day is 2026-03-08
PICKUP = dt.datetime(2026, 3, 1, 2, 0)
LAST_DAY_EVENING = dt.datetime(2026, 3, 8, 15, 0)  # 23:00 on the 8th, station time
NEXT_MORNING = dt.datetime(2026, 3, 9, 0, 30)  # 08:30 on the 9th


def collected_order(ctx, **changes):
    resident(ctx)
    at(ctx, PICKUP - dt.timedelta(days=2))
    order = place(ctx, **changes)
    at(ctx, PICKUP)
    collect(ctx)
    return order


def test_a_no_reason_return_on_the_last_evening_of_the_window_is_accepted(ctx):
    order = collected_order(ctx)
    at(ctx, LAST_DAY_EVENING)
    ret = start_return(ctx, order_id=order.id, reason="changed_mind", no_reason=True)
    assert (ret.status, ret.window_ends, ret.paid_fen) == ("started", "2026-03-08", 9100)


def test_one_day_late_is_refused_with_the_reason_and_a_quality_complaint_is_still_offered(ctx):
    order = collected_order(ctx)
    at(ctx, NEXT_MORNING)
    before = counts()
    with pytest.raises(Refused) as err:
        start_return(ctx, order_id=order.id, reason="changed_mind", no_reason=True)
    assert err.value.code == "refused.window_closed"
    assert "2026" in err.value.message() and err.value.params["day"]
    assert counts() == before
    quality = start_return(ctx, order_id=order.id, reason="quality")
    assert quality.no_reason is False


@pytest.mark.parametrize("changes", [{"non_returnable": True},
                                     {"items": [ItemIn("鲜鸡蛋", 1, 3000, "perishable")]}])
def test_excepted_goods_get_no_no_reason_return_but_a_quality_complaint(ctx, changes):
    order = collected_order(ctx, **changes)
    at(ctx, PICKUP + dt.timedelta(days=1))
    before = counts()
    with pytest.raises(Refused) as err:
        start_return(ctx, order_id=order.id, reason="changed_mind", no_reason=True)
    assert err.value.code == "refused.excepted_goods"
    assert counts() == before
    start_return(ctx, order_id=order.id, reason="quality")


def test_goods_never_collected_cannot_be_returned(ctx):
    resident(ctx)
    order = place(ctx)
    stored = intake(ctx, order.tracking)
    with pytest.raises(Refused) as err:
        start_return(ctx, order_id=order.id, reason="quality")
    assert err.value.code == "refused.not_collected"
    with pytest.raises(Refused):
        start_return(ctx, parcel_ref=stored.parcel.tracking_no, reason="quality")


def test_changing_ones_mind_must_be_a_no_reason_return_and_reasons_are_checked(ctx):
    order = collected_order(ctx)
    at(ctx, PICKUP)
    for reason, no_reason, code in (("changed_mind", False, "invalid.needs_no_reason"),
                                    ("bored", True, "invalid.bad_reason")):
        with pytest.raises(InvalidInput) as err:
            start_return(ctx, order_id=order.id, reason=reason, no_reason=no_reason)
        assert err.value.code == code


def test_handoff_refund_and_the_order_closes(ctx):
    order = collected_order(ctx)
    at(ctx, PICKUP + dt.timedelta(days=3))
    ret = start_return(ctx, order_id=order.id, reason="changed_mind", no_reason=True)
    before = counts()
    with pytest.raises(InvalidInput) as err:
        hand_off_return(ctx, ret.id, "中通", "")
    assert err.value.code == "invalid.tracking_missing"
    assert counts() == before
    sent = hand_off_return(ctx, ret.id, "中通", "73100000000555")
    assert sent.status == "handed_off" and sent.refund_due == "2026-03-11"
    outgoing = OutgoingParcel.get(OutgoingParcel.return_gid == ret.id)
    assert outgoing.tracking_no == "73100000000555" and outgoing.handed_over_at is not None
    refunded = confirm_refund(ctx, ret.id, 9100, "cash")
    assert refunded.status == "refunded"
    assert show_order(ctx, order.id).status == "done"
    assert sum(e.amount_fen for e in CashEntry.select()) == 0  # paid in, refunded out in cash


def test_a_refund_larger_than_paid_and_a_second_refund_are_refused(ctx):
    order = collected_order(ctx)
    at(ctx, PICKUP + dt.timedelta(days=1))
    ret = start_return(ctx, order_id=order.id, reason="quality", outcome="refund_without_return")
    before = counts()
    with pytest.raises(Refused) as err:
        confirm_refund(ctx, ret.id, 9101)
    assert err.value.code == "refused.refund_too_large"
    with pytest.raises(InvalidInput):
        confirm_refund(ctx, ret.id, 0)
    with pytest.raises(InvalidInput) as err:
        confirm_refund(ctx, ret.id, 100, on="2099-01-01")
    assert err.value.code == "invalid.future_date"
    assert counts() == before
    confirm_refund(ctx, ret.id, 9100)
    before = counts()
    with pytest.raises(Refused) as err:
        confirm_refund(ctx, ret.id, 100)
    assert err.value.code == "refused.already_refunded"
    assert counts() == before


def test_a_return_from_a_collected_parcel_without_an_order(ctx):
    who = resident(ctx)
    at(ctx, PICKUP)
    stored = intake(ctx, "73100000000123", resident_gid=who)
    from station.parcels.handout import hand_out

    hand_out(ctx, [stored.parcel.gid])
    ret = start_return(ctx, parcel_ref="73100000000123", reason="damaged", paid_fen=5000)
    assert ret.order_id is None and ret.parcel_gid == stored.parcel.gid and ret.paid_fen == 5000
    with pytest.raises(Refused):
        start_return(ctx, parcel_ref="73100000000123", reason="quality")
    with pytest.raises(Refused) as err:  # by the pickup code it had
        start_return(ctx, parcel_ref=stored.parcel.pickup_code, reason="quality")
    assert err.value.code == "refused.return_exists"


def test_closing_soon_lists_windows_ending_within_two_days(ctx):
    order = collected_order(ctx)
    at(ctx, PICKUP + dt.timedelta(days=4))  # ends on the 8th; today the 5th: three days left
    assert closing_soon(ctx) == []
    at(ctx, PICKUP + dt.timedelta(days=5))
    rows = closing_soon(ctx)
    assert [(r["id"], r["window_ends"], r["days_left"]) for r in rows] == [(order.id, "2026-03-08", 2)]
    at(ctx, LAST_DAY_EVENING)
    assert closing_soon(ctx)[0]["days_left"] == 0
    at(ctx, NEXT_MORNING)
    assert closing_soon(ctx) == []


def test_a_return_started_leaves_the_closing_soon_list(ctx):
    order = collected_order(ctx)
    at(ctx, PICKUP + dt.timedelta(days=6))
    start_return(ctx, order_id=order.id, reason="quality")
    assert closing_soon(ctx) == []


def test_an_overdue_refund_is_listed_and_its_facts_are_a_plain_dict_for_a_case(ctx):
    order = collected_order(ctx)
    at(ctx, PICKUP + dt.timedelta(days=2))
    ret = start_return(ctx, order_id=order.id, reason="changed_mind", no_reason=True)
    hand_off_return(ctx, ret.id, "中通", "73100000000555")  # refund expected 2026-03-10
    at(ctx, dt.datetime(2026, 3, 10, 12, 0))
    assert overdue_refunds(ctx) == []
    with pytest.raises(Refused) as err:
        overdue_refund_facts(ctx, ret.id)
    assert err.value.code == "refused.refund_not_overdue"
    at(ctx, dt.datetime(2026, 3, 12, 12, 0))
    rows = overdue_refunds(ctx)
    assert [(r["id"], r["days_overdue"]) for r in rows] == [(ret.id, 2)]
    facts = overdue_refund_facts(ctx, ret.id)
    assert facts["resident_name"] == "王秀英" and facts["merchant"] == "好米店" and facts["platform"] == "拼多多"
    assert facts["amount_fen"] == 9100 and facts["refund_due"] == "2026-03-10" and facts["days_overdue"] == 2
    assert all(isinstance(v, str | int | type(None)) for v in facts.values())
    confirm_refund(ctx, ret.id, 9100)
    assert overdue_refunds(ctx) == []

