import datetime as dt

from station.orders.returns import confirm_refund, hand_off_return, start_return
from station.timeline import resident_timeline
from tests.station.orders.helpers import at, collect, place, resident


def test_the_residents_timeline_tells_the_whole_order_and_return(ctx):
    who = resident(ctx)
    at(ctx, dt.datetime(2026, 3, 1, 2, 0))
    order = place(ctx)
    at(ctx, dt.datetime(2026, 3, 2, 2, 0))
    collect(ctx)
    at(ctx, dt.datetime(2026, 3, 3, 2, 0))
    ret = start_return(ctx, order_id=order.id, reason="changed_mind", no_reason=True)
    hand_off_return(ctx, ret.id, "中通", "73100000000555")
    confirm_refund(ctx, ret.id, 9100)
    kinds = [e.kind for e in resident_timeline(ctx, who)]
    texts = " | ".join(e.text for e in resident_timeline(ctx, who) if e.kind in ("order", "goods_return"))
    assert kinds.count("order") == 4  # placed, arrived, collected, done
    for expected in ("好米店", "73100000000555", "91.00", "王秀英"):
        assert expected in texts, expected
