"""One return over several orders of one resident and merchant (Odoo OCA rma), windows and exceptions per
item, one refund per return; an exchange is closed when the replacement comes."""
import datetime as dt

import pytest

from db.models import AuditEntry, ReturnItem
from station.errors import InvalidInput, Refused
from station.orders.lists import closing_soon
from station.orders.orders import ItemIn, show_order
from station.orders.return_items import ItemPick, parse_pick
from station.orders.returns import complete_exchange, confirm_refund, hand_off_return, start_return
from station.timeline import resident_timeline
from tests.station.orders.helpers import at, collect, counts, place, resident

FIRST_PICKUP = dt.datetime(2026, 3, 1, 2, 0)  # window ends 2026-03-08
SECOND_PICKUP = dt.datetime(2026, 3, 4, 2, 0)  # window ends 2026-03-11
T1, T2 = "73123456789012", "73123456789013"


def two_orders(ctx, second: dict | None = None):
    who = resident(ctx)
    at(ctx, FIRST_PICKUP - dt.timedelta(days=2))
    first = place(ctx, items=[ItemIn("大米", 2, 4550), ItemIn("面粉", 1, 2000)])
    other = place(ctx, **{"tracking": T2, "items": [ItemIn("菜籽油", 1, 6800)], **(second or {})})
    at(ctx, FIRST_PICKUP)
    collect(ctx, T1)
    at(ctx, SECOND_PICKUP)
    collect(ctx, T2)
    return who, first, other


def test_one_return_covers_two_orders_with_the_sum_paid_and_each_items_window(ctx):
    who, first, other = two_orders(ctx)
    at(ctx, dt.datetime(2026, 3, 6, 2, 0))
    ret = start_return(ctx, order_id=[first.id, other.id], reason="changed_mind", no_reason=True)
    assert sorted(ret.orders) == sorted([first.id, other.id])
    assert ret.paid_fen == 2 * 4550 + 2000 + 6800
    assert {(i["name"], i["window_ends"]) for i in ret.items} == {
        ("大米", "2026-03-08"), ("面粉", "2026-03-08"), ("菜籽油", "2026-03-11")}
    assert ret.window_ends == "2026-03-08"  # the earliest
    assert [r["id"] for r in closing_soon(ctx)] == []  # neither order is "closing soon" any more
    with pytest.raises(Refused) as err:
        start_return(ctx, order_id=other.id, reason="quality")
    assert err.value.code == "refused.return_exists"
    hand_off_return(ctx, ret.id, "中通", "73100000000555")
    with pytest.raises(Refused) as err:
        confirm_refund(ctx, ret.id, ret.paid_fen + 1)
    assert err.value.code == "refused.refund_too_large"
    confirm_refund(ctx, ret.id, ret.paid_fen)
    assert {show_order(ctx, o).status for o in (first.id, other.id)} == {"done"}
    with pytest.raises(Refused):
        confirm_refund(ctx, ret.id, 100)


def test_the_window_is_checked_per_item(ctx):
    _who, first, other = two_orders(ctx)
    at(ctx, dt.datetime(2026, 3, 9, 2, 0))  # the first order's window closed yesterday, the second's is open
    before = counts()
    with pytest.raises(Refused) as err:
        start_return(ctx, order_id=[first.id, other.id], reason="changed_mind", no_reason=True)
    assert err.value.code == "refused.window_closed" and "2026" in err.value.message()
    assert counts() == before
    only_oil = start_return(ctx, order_id=[first.id, other.id], reason="changed_mind", no_reason=True,
                            items=[ItemPick(other.id, "菜籽油")])
    assert [i["name"] for i in only_oil.items] == ["菜籽油"] and only_oil.paid_fen == 6800
    late = start_return(ctx, order_id=[first.id], reason="quality", items=[ItemPick(first.id, "1", 1)])
    assert (late.items[0]["name"], late.items[0]["quantity"], late.paid_fen) == ("大米", 1, 4550)
    with pytest.raises(Refused):  # the rice is in a return already
        start_return(ctx, order_id=[first.id], reason="quality", items=[ItemPick(first.id, "大米", 1)])
    flour = start_return(ctx, order_id=[first.id], reason="quality", items=[ItemPick(first.id, "2")])
    assert flour.paid_fen == 2000


def test_an_excepted_item_refuses_a_no_reason_return_naming_it(ctx):
    _who, first, other = two_orders(ctx, {"items": [ItemIn("鲜鸡蛋", 1, 3000, "perishable")]})
    at(ctx, dt.datetime(2026, 3, 5, 2, 0))
    with pytest.raises(Refused) as err:
        start_return(ctx, order_id=[first.id, other.id], reason="changed_mind", no_reason=True)
    assert err.value.code == "refused.excepted_goods" and "鲜鸡蛋" in err.value.message()
    assert ReturnItem.select().count() == 0
    start_return(ctx, order_id=[first.id, other.id], reason="changed_mind", no_reason=True,
                 items=[ItemPick(first.id, "大米")])


def test_orders_of_another_resident_or_merchant_do_not_go_in_one_return(ctx):
    _who, first, other = two_orders(ctx, {"merchant": "别家店"})
    at(ctx, dt.datetime(2026, 3, 5, 2, 0))
    with pytest.raises(Refused) as err:
        start_return(ctx, order_id=[first.id, other.id], reason="quality")
    assert err.value.code == "refused.several_merchants"
    with pytest.raises(InvalidInput) as err:
        start_return(ctx, order_id=[first.id], reason="quality", items=[ItemPick(other.id, "1")])
    assert err.value.code == "invalid.pick_outside"
    with pytest.raises(InvalidInput):
        start_return(ctx, order_id=[first.id], reason="quality", items=[ItemPick(first.id, "9")])


def test_item_picks_parse_order_item_and_quantity():
    assert parse_pick("01ABC:2:1") == ItemPick("01ABC", "2", 1)
    assert parse_pick("01ABC:大米") == ItemPick("01ABC", "大米", None)
    for bad in ("01ABC", "01ABC::1", "01ABC:1:x"):
        with pytest.raises(InvalidInput):
            parse_pick(bad)


def test_an_exchange_is_completed_when_the_replacement_comes_audited_and_on_the_timeline(ctx):
    who, first, _other = two_orders(ctx)
    at(ctx, dt.datetime(2026, 3, 5, 2, 0))
    ret = start_return(ctx, order_id=first.id, reason="wrong_item", outcome="exchange")
    hand_off_return(ctx, ret.id, "中通", "73100000000555")
    refund = start_return(ctx, order_id=_other.id, reason="quality")
    with pytest.raises(Refused) as err:
        complete_exchange(ctx, refund.id)
    assert err.value.code == "refused.not_exchange"
    done = complete_exchange(ctx, ret.id, "73100000000777")
    assert (done.status, done.replacement_tracking) == ("exchanged", "73100000000777") and done.exchanged_at
    assert show_order(ctx, first.id).status == "done"
    assert AuditEntry.select().where(AuditEntry.action == "return.exchanged").count() == 1
    with pytest.raises(Refused) as err:
        complete_exchange(ctx, ret.id)
    assert err.value.code == "refused.already_exchanged"
    texts = [e.text for e in resident_timeline(ctx, who)]
    assert any("73100000000777" in t for t in texts)
