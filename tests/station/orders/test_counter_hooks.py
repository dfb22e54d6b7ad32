"""The counter moves orders: doorstep delivery marks them delivered and starts the window; a problem found
at the door (当面验货) opens a return when the slip is scanned back."""
import pytest

from db.models import GoodsReturn
from station.delivery.outcomes import record_outcome
from station.delivery.runs import plan_run
from station.delivery.stops import run_sheet
from station.errors import InvalidInput
from station.orders.orders import show_order
from station.parcels.intake import intake
from station.residents import add_resident, add_village_group
from tests.station.orders.helpers import PHONE, TRACKING, place


def delivered_run(ctx) -> tuple[str, str]:
    """(order id, slip payload): an order's parcel out on a volunteer's run."""
    group = add_village_group(ctx, "一组")["gid"]
    add_resident(ctx, "王秀英", PHONE, group, care_elderly=True)
    order = place(ctx)
    stored = intake(ctx, TRACKING)
    plan_run(ctx, parcel_gids=[stored.parcel.gid])
    return order.id, run_sheet(ctx, "R0001").slips[0].payload


def test_doorstep_delivery_marks_the_order_delivered_and_starts_the_window(ctx):
    order_id, payload = delivered_run(ctx)
    record_outcome(ctx, payload, "delivered")
    shown = show_order(ctx, order_id)
    assert shown.status == "delivered" and shown.window_ends
    assert not GoodsReturn.select().exists()


def test_a_problem_found_at_the_door_opens_a_return_with_the_note(ctx):
    order_id, payload = delivered_run(ctx)
    with pytest.raises(InvalidInput) as err:
        record_outcome(ctx, payload, "delivered_problem")
    assert err.value.code == "invalid.door_note_missing"
    record_outcome(ctx, payload, "delivered_problem", note="包装破了，米撒了一半")
    assert show_order(ctx, order_id).status == "delivered"
    ret = GoodsReturn.get()
    assert (ret.order_gid, ret.reason, ret.note, ret.no_reason) == (order_id, "found_at_door", "包装破了，米撒了一半",
                                                                   False)
