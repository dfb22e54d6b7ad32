import pytest

from db.models import DeliveryStop
from station.delivery.runs import cancel_run, move_stop, plan_run, proposals
from station.delivery.stops import run_sheet
from station.delivery.volunteers import save_volunteer
from station.errors import NotFound, Refused
from station.settings import set_setting
from tests.station.delivery.helpers import status, village


def test_flagged_and_long_waiting_parcels_are_proposed_fresh_unflagged_are_not(ctx):
    v = village(ctx)
    proposed = {r["parcel"]: r for r in proposals(ctx)}
    assert set(proposed) == {*v["p_wang"], v["p_li_old"], v["p_zhao"]}
    assert proposed[v["p_li_old"]]["long_wait"] and not proposed[v["p_li_old"]]["care"]
    assert proposed[v["p_wang"][0]]["care"] == ["elderly", "hearing"]
    set_setting(ctx, "delivery_after_days", 10)
    assert v["p_li_old"] not in {r["parcel"] for r in proposals(ctx)}
    assert {r["parcel"] for r in proposals(ctx, "二组")} == {v["p_zhao"]}


def test_a_run_for_one_group_puts_its_parcels_out_one_stop_per_resident(ctx):
    v = village(ctx)
    save_volunteer(ctx, "老李", "13900000009")
    done = plan_run(ctx, group="一组", volunteer="老李")
    assert (done["code"], done["stops"], done["parcels"]) == ("R0001", 2, 3)
    assert all(status(p) == "out_for_delivery" for p in [*v["p_wang"], v["p_li_old"]])
    assert status(v["p_zhao"]) == "waiting"
    sheet = run_sheet(ctx, "R0001")
    assert sheet.volunteer == "老李" and sheet.group == "一组"
    assert sorted(s.name for s in sheet.slips) == sorted(["李大山", "王秀英"])
    assert proposals(ctx, "一组") == []


def test_stops_can_be_reordered(ctx):
    village(ctx)
    plan_run(ctx, group="一组")
    first, second = [s.gid for s in run_sheet(ctx, "R0001").slips]
    assert move_stop(ctx, second, -1) == [second, first]
    assert [s.gid for s in run_sheet(ctx, "R0001").slips] == [second, first]
    assert move_stop(ctx, second, -1) == [second, first]  # already first: stays


def test_cancel_puts_parcels_back_and_a_cancelled_run_refuses_changes(ctx):
    v = village(ctx)
    plan_run(ctx, group="二组")
    assert cancel_run(ctx, "R0001")["back_to_shelf"] == 1
    assert status(v["p_zhao"]) == "waiting"
    with pytest.raises(Refused):
        cancel_run(ctx, "R0001")
    stop = DeliveryStop.select().first()
    with pytest.raises(Refused):
        move_stop(ctx, stop.gid, 1)


def test_nothing_to_plan_and_unknown_names_are_clear_refusals(ctx):
    village(ctx)
    with pytest.raises(NotFound):
        plan_run(ctx, group="九组")
    with pytest.raises(NotFound):
        plan_run(ctx, volunteer="nobody")
    plan_run(ctx)
    with pytest.raises(Refused):
        plan_run(ctx)
