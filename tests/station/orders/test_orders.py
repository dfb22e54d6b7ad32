import pytest

from db.models import AssistedOrder, AuditEntry, CashEntry, Prealert, SyncWatch
from station.errors import InvalidInput, NotFound, Refused
from station.orders.orders import (
    ItemIn,
    Payment,
    cancel_order,
    list_orders,
    parse_item,
    ship_order,
    show_order,
)
from station.orders.watch import flag_merchant
from station.parcels.handout import hand_out, undo_handout
from station.parcels.intake import intake
from tests.station.orders.helpers import TRACKING, collect, counts, delegate, place, resident


def test_an_order_with_a_delegates_consent_is_saved_with_a_prealert_and_the_residents_cash(ctx):
    who = resident(ctx)
    delegate(ctx, who)
    order = place(ctx, consent_by="王强", consent_how="phone", items=[ItemIn("大米", 2, 4550), ItemIn("油", 1, 1200)])
    assert (order.status, order.total_fen, order.consent_by) == ("placed", 10300, "王强")
    alert = Prealert.get(Prealert.tracking_no == TRACKING)
    assert alert.resident_gid == who
    assert AssistedOrder.get_by_id(order.id).prealert_gid == alert.gid
    entry = CashEntry.get()
    assert (entry.kind, entry.amount_fen, entry.ref_gid) == ("order_payment", 10300, order.id)
    assert AuditEntry.select().where(AuditEntry.action == "order.place", AuditEntry.entity_id == order.id).exists()


def test_the_counter_moves_the_order_arrived_then_collected_and_undo_moves_it_back(ctx):
    resident(ctx)
    order = place(ctx)
    stored = intake(ctx, TRACKING)
    assert stored.prealert_note is not None
    assert show_order(ctx, order.id).status == "arrived"
    arrival = AuditEntry.get(AuditEntry.action == "parcel.intake")  # the counter's one row tells the order's move
    assert order.id in arrival.after and '"arrived"' in arrival.after
    handout = hand_out(ctx, [stored.parcel.gid])
    after = show_order(ctx, order.id)
    assert after.status == "collected" and after.window_ends is not None
    undo_handout(ctx, handout.handout_id)
    assert show_order(ctx, order.id).status == "arrived"
    assert show_order(ctx, order.id).window_ends is None


@pytest.mark.parametrize("changes, code", [
    ({"consent_by": ""}, "invalid.consent_missing"),
    ({"consent_by": "邻居老李"}, "invalid.consent_not_delegate"),
    ({"consent_how": "letter"}, "invalid.consent_how"),
    ({"items": []}, "invalid.no_items"),
    ({"items": [ItemIn("大米", 0, 100)]}, "invalid.bad_quantity"),
    ({"items": [ItemIn("大米", 1000, 100)]}, "invalid.bad_quantity"),
    ({"items": [ItemIn("大米", 1, -100)]}, "invalid.amount_not_positive"),
    ({"items": [ItemIn("大米", 999, 4_000_000)]}, "invalid.amount_too_large"),
    ({"items": [ItemIn("大米", 1, 100, "magic")]}, "invalid.bad_exception"),
    ({"payment": Payment("family")}, "invalid.payer_missing"),
    ({"payment": Payment("bitcoin")}, "invalid.paid_by"),
    ({"merchant": " "}, "invalid.merchant_missing"),
    ({"resident": "13999999999"}, "not_found.resident"),
])
def test_bad_orders_are_refused_and_change_nothing(ctx, changes, code):
    resident(ctx)
    before = counts()
    with pytest.raises((InvalidInput, NotFound)) as err:
        place(ctx, **changes)
    assert err.value.code == code
    assert err.value.message()
    assert counts() == before


def test_items_are_parsed_from_name_quantity_price_and_an_optional_exception():
    assert parse_item("大米 10kg:2:45.50") == ItemIn("大米 10kg", 2, 4550)
    assert parse_item("鲜鸡蛋:1:30:perishable") == ItemIn("鲜鸡蛋", 1, 3000, "perishable")
    for bad in ("大米", "大米:two:5", "大米:-1:5"):
        with pytest.raises(InvalidInput):
            parse_item(bad)


def test_a_watched_merchant_warns_before_saving_and_the_warning_is_recorded(ctx):
    resident(ctx)
    SyncWatch.create(gid="W1", office="TOWN", name="好米店", reason="多次投诉不退款")
    before = counts()
    with pytest.raises(Refused) as err:
        place(ctx)
    assert err.value.code == "refused.watched_merchant" and "多次投诉不退款" in err.value.message()
    assert "镇办警示名单" in err.value.message() and "(office)" not in err.value.message()  # who listed it, in words
    assert counts() == before
    order = place(ctx, confirm_watch=True)
    assert "多次投诉不退款" in order.watch_warning
    audit = AuditEntry.get(AuditEntry.action == "order.place")
    assert "多次投诉不退款" in audit.after


def test_a_locally_flagged_merchant_warns_too(ctx):
    resident(ctx)
    flag_merchant(ctx, "假货店", "卖过假药")
    with pytest.raises(Refused):
        place(ctx, merchant="假货店旗舰店")


def test_a_family_payment_records_the_payer_and_no_cash(ctx):
    resident(ctx)
    order = place(ctx, payment=Payment("family", "王丽", "13600000002"))
    assert order.payer_name == "王丽" and order.payer_phone.startswith("136") and "*" in order.payer_phone
    assert CashEntry.select().count() == 0


def test_cancel_before_arrival_drops_the_prealert_and_hands_the_cash_back(ctx):
    resident(ctx)
    order = place(ctx)
    cancelled = cancel_order(ctx, order.id)
    assert cancelled.status == "cancelled"
    assert not Prealert.select().where(Prealert.tracking_no == TRACKING).exists()
    assert sum(e.amount_fen for e in CashEntry.select()) == 0


def test_an_order_whose_parcel_is_here_cannot_be_cancelled(ctx):
    resident(ctx)
    order = place(ctx)
    collect(ctx)
    before = counts()
    with pytest.raises(Refused) as err:
        cancel_order(ctx, order.id)
    assert err.value.code == "refused.not_cancellable"
    assert counts() == before


def test_ship_registers_a_late_tracking_number_and_lists_filter_by_state(ctx):
    resident(ctx)
    order = place(ctx, tracking="")
    shipped = ship_order(ctx, order.id, "73123456780000")
    assert shipped.status == "shipped" and shipped.tracking == "73123456780000"
    assert [o.id for o in list_orders(ctx, "shipped")] == [order.id]
    assert list_orders(ctx, "placed") == []
    with pytest.raises(InvalidInput):
        list_orders(ctx, "lost")


def test_the_expected_arrival_is_a_date_from_today_and_shipping_can_move_it(ctx):
    import datetime as dt

    from station.clock import station_today

    resident(ctx)
    today = station_today(ctx.now())
    assert place(ctx, tracking="").expected_arrival is None
    before = counts()
    for bad, code in (("2026-13-01", "invalid.bad_date"), ((today - dt.timedelta(days=1)).isoformat(),
                      "invalid.arrival_out_of_range"), ((today + dt.timedelta(days=61)).isoformat(),
                                                        "invalid.arrival_out_of_range")):
        with pytest.raises(InvalidInput) as err:
            place(ctx, expected_arrival=bad)
        assert err.value.code == code
    assert counts() == before
    order = place(ctx, expected_arrival=today.isoformat())
    assert order.expected_arrival == today.isoformat()
    later = (today + dt.timedelta(days=3)).isoformat()
    assert ship_order(ctx, order.id, expected_arrival=later).expected_arrival == later
