import pytest

from db.models import CashEntry, Parcel, ParcelHandoff
from station.errors import NotFound, Refused
from station.orders.cod import list_cod, pay_cod, refuse_cod
from station.orders.orders import Payment
from station.parcels.handout import hand_out
from station.parcels.intake import intake
from tests.station.orders.helpers import TRACKING, place, resident

UNEXPECTED = "73100000000999"


def test_an_unexpected_cod_parcel_is_held_with_the_warning_before_anyone_pays(ctx):
    who = resident(ctx)
    stored = intake(ctx, UNEXPECTED, resident_gid=who, cod_fen=8800)
    assert stored.cod["status"] == "held"
    assert "家人" in stored.cod["warning"] or "family" in stored.cod["warning"]
    assert stored.parcel.status == "problem"
    with pytest.raises(Refused):
        hand_out(ctx, [stored.parcel.gid])
    assert CashEntry.select().count() == 0


def test_paying_a_held_parcel_records_cash_and_puts_it_on_the_shelf(ctx):
    who = resident(ctx)
    stored = intake(ctx, UNEXPECTED, resident_gid=who, cod_fen=8800)
    paid = pay_cod(ctx, UNEXPECTED)
    assert paid.status == "paid"
    entry = CashEntry.get()
    assert (entry.kind, entry.amount_fen, entry.resident_gid) == ("cod_paid", 8800, who)
    assert Parcel.get_by_id(stored.parcel.gid).status == "waiting"
    hand_out(ctx, [stored.parcel.gid])
    with pytest.raises(NotFound):
        pay_cod(ctx, UNEXPECTED)


def test_refusing_sends_it_back_to_the_courier_unpaid(ctx):
    who = resident(ctx)
    stored = intake(ctx, UNEXPECTED, resident_gid=who, cod_fen=8800)
    refused = refuse_cod(ctx, UNEXPECTED, "李师傅")
    assert refused.status == "refused"
    assert Parcel.get_by_id(stored.parcel.gid).status == "returned"
    assert ParcelHandoff.get().reason == "refused"
    assert CashEntry.select().count() == 0


def test_a_cod_parcel_of_an_order_is_expected_not_held(ctx):
    resident(ctx)
    place(ctx, payment=Payment("own_account"))
    stored = intake(ctx, TRACKING, cod_fen=9100)
    assert stored.cod["status"] == "expected" and stored.parcel.status == "waiting"
    assert [c.status for c in list_cod(ctx)] == ["expected"]


def test_a_parcel_without_an_amount_due_has_no_charge(ctx):
    who = resident(ctx)
    stored = intake(ctx, UNEXPECTED, resident_gid=who)
    assert stored.cod is None and list_cod(ctx) == []


def test_a_held_cod_parcel_cannot_leave_the_problem_queue_unpaid(ctx):
    """Re-assigning (or returning) it from the problem queue would skip the payment/refusal: refused."""
    from station.parcels.problems import open_problems, reassign_problem, return_problem
    from tests.station.orders.helpers import counts

    who = resident(ctx)
    other = resident(ctx, "李四", "13800002222")
    stored = intake(ctx, UNEXPECTED, resident_gid=who, cod_fen=8800)
    before = counts()
    with pytest.raises(Refused) as refused:
        reassign_problem(ctx, UNEXPECTED, other)
    assert refused.value.code == "refused.cod_held"
    with pytest.raises(Refused) as refused:
        return_problem(ctx, UNEXPECTED, "李师傅")
    assert refused.value.code == "refused.cod_held"
    assert counts() == before
    assert Parcel.get_by_id(stored.parcel.gid).status == "problem"
    assert [p.kind for p in open_problems(ctx)] == ["cod_unexpected"]
    pay_cod(ctx, UNEXPECTED)
    assert open_problems(ctx) == []
