"""A volunteer account may confirm deliveries and nothing else."""
import importlib
import inspect
import pkgutil

import pytest

import station
from station.accounts import add_account
from station.delivery.outcomes import close_run, record_outcome
from station.delivery.runs import plan_run
from station.delivery.stops import run_sheet
from station.errors import PermissionDenied
from station.permissions import Perm, allowed
from tests.conftest import as_role
from tests.station.delivery.helpers import status, village


def all_services():
    for info in pkgutil.walk_packages(station.__path__, "station."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, callable):
            if hasattr(fn, "permission") and fn.__module__ == info.name:
                yield f"{info.name}.{name}", fn


def test_the_volunteer_role_holds_only_delivery_confirm():
    assert [p for p in Perm if allowed("volunteer", p)] == [Perm.DELIVERY_CONFIRM]


def test_every_service_but_confirming_is_refused_to_a_volunteer(ctx):
    volunteer = as_role(ctx, "volunteer")
    checked, let_through = 0, []
    for name, fn in all_services():
        if fn.permission in (None, Perm.DELIVERY_CONFIRM):
            continue
        try:
            fn(volunteer, *([None] * (len(inspect.signature(fn).parameters) - 1)))
            let_through.append(name)
        except PermissionDenied:
            checked += 1
    assert let_through == [] and checked > 20


def test_a_volunteer_confirms_a_slip_but_cannot_plan_edit_or_hand_out(ctx, data_dir, cli):
    v = village(ctx)
    add_account(ctx, "laoli", "老李", "volunteer", "2468")
    plan_run(ctx, group="二组")
    payload = run_sheet(ctx, "R0001").slips[0].payload
    as_laoli = ("--user", "laoli", "--pin", "2468", "--data", data_dir, "--lang", "en")
    for refused in (("delivery", "plan"), ("delivery", "close", "R0001", "--all-delivered"),
                    ("delivery", "slips", "R0001", "--out", "x.pdf"),
                    ("delivery", "cancel", "R0001"), ("volunteer", "add", "某人"), ("volunteer", "hours")):
        code, _out, err = cli(*refused, *as_laoli)
        assert code == 1 and "may not do this" in err, refused
    code, out, err = cli("scan", payload, "--outcome", "delivered", *as_laoli)
    assert code == 0, err
    assert status(v["p_zhao"]) == "delivered"


def test_closing_a_run_as_all_delivered_is_for_staff_not_volunteers(ctx):
    """It marks parcels delivered without any slip scanned back (issue 9): staff only."""
    village(ctx)
    plan_run(ctx, group="一组")
    with pytest.raises(PermissionDenied):
        close_run(as_role(ctx, "volunteer"), "R0001", all_delivered=True)
    assert close_run(as_role(ctx, "staff"), "R0001", all_delivered=True)["delivered"] == 3
    with pytest.raises(PermissionDenied):
        plan_run(as_role(ctx, "volunteer"))
    assert record_outcome.permission == Perm.DELIVERY_CONFIRM


def test_a_volunteer_sees_only_the_runs_given_to_their_own_account(ctx):
    from station.context import Actor
    from station.delivery.runs import list_runs
    from station.delivery.volunteers import save_volunteer

    village(ctx)
    add_account(ctx, "laoli", "老李", "volunteer", "2468")
    add_account(ctx, "xiaozhao", "小赵", "volunteer", "1357")
    save_volunteer(ctx, "老李", account="laoli")
    save_volunteer(ctx, "小赵", account="xiaozhao")
    plan_run(ctx, group="一组", volunteer="老李")
    plan_run(ctx, group="二组", volunteer="小赵")
    laoli = ctx.as_actor(Actor("laoli", "老李", "volunteer"))
    assert [r["code"] for r in list_runs(laoli)] == ["R0001"]
    assert sorted(r["code"] for r in list_runs(ctx)) == ["R0001", "R0002"]
