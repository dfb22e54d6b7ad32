import datetime as dt

import pytest

from db.models import AuditEntry, Parcel
from station import scan
from station.delivery.outcomes import close_run, record_outcome
from station.delivery.runs import plan_run
from station.delivery.stops import run_sheet
from station.delivery.volunteers import hours_by_month, save_volunteer
from station.errors import InvalidInput, Refused
from station.residents import add_delegate
from station.timeline import resident_timeline
from tests.station.delivery.helpers import status, village


def payloads(ctx, run="R0001") -> dict[str, str]:
    return {s.name: s.payload for s in run_sheet(ctx, run).slips}


def clock_at(ctx, when: dt.datetime):
    ctx.clock = lambda: when
    return ctx


def test_mixed_outcomes_move_parcels_and_the_last_slip_closes_the_run(ctx):
    v = village(ctx)
    add_delegate(ctx, v["wang"], "王强", "13700000001", "儿子")
    plan_run(ctx, volunteer=None)
    p = payloads(ctx)
    r = record_outcome(ctx, p["王秀英"], "delegate", "王强")
    assert r["run_closed"] is False
    got = Parcel.get(Parcel.gid == v["p_wang"][0])
    assert (got.status, got.receiver_name, got.receiver_relation) == ("delivered", "王强", "儿子")
    record_outcome(ctx, p["李大山"], "not_home")
    assert status(v["p_li_old"]) == "waiting"
    done = scan.route(ctx, p["赵春梅"], outcome="refused")
    assert done.kind == "delivery_slip" and done.data["run_closed"] is True
    assert status(v["p_zhao"]) == "problem"
    assert run_sheet(ctx, "R0001").status == "closed"


def test_not_home_counts_an_attempt_and_the_parcel_is_proposed_again(ctx):
    from station.delivery.runs import proposals

    v = village(ctx)
    plan_run(ctx, group="一组")
    record_outcome(ctx, payloads(ctx)["李大山"], "not_home")
    again = {r["parcel"]: r for r in proposals(ctx, "一组")}
    assert again[v["p_li_old"]]["attempts"] == 1


def test_replayed_and_closed_run_slips_are_refused_and_change_nothing(ctx):
    village(ctx)
    plan_run(ctx, group="一组")
    p = payloads(ctx)
    record_outcome(ctx, p["王秀英"], "delivered")
    rows = AuditEntry.select().count()
    with pytest.raises(Refused) as err:
        record_outcome(ctx, p["王秀英"], "not_home")
    assert "already scanned back" in err.value.text
    close_run(ctx, "R0001", all_delivered=True)
    with pytest.raises(Refused):
        record_outcome(ctx, p["李大山"], "delivered")
    with pytest.raises(Refused):
        scan.route(ctx, p["李大山"])  # even just opening the outcome choice
    assert AuditEntry.select().count() == rows + 2  # only the close (outcome + close rows)


def test_a_forged_tag_and_a_slip_of_another_station_are_refused(ctx, tmp_path):
    from station.delivery.slipauth import make_payload

    village(ctx)
    plan_run(ctx, group="二组")
    stop = run_sheet(ctx, "R0001").slips[0]
    forged = make_payload(b"k" * 32, stop.gid)
    with pytest.raises(Refused):
        record_outcome(ctx, forged, "delivered")
    with pytest.raises(Refused):
        record_outcome(ctx, stop.payload[:-1], "delivered")
    assert run_sheet(ctx, "R0001").slips[0].outcome == ""


def test_delegate_needs_a_name_and_unknown_outcomes_are_invalid(ctx):
    village(ctx)
    plan_run(ctx, group="二组")
    payload = payloads(ctx)["赵春梅"]
    with pytest.raises(InvalidInput):
        record_outcome(ctx, payload, "delegate", " ")
    with pytest.raises(InvalidInput):
        record_outcome(ctx, payload, "lost")


def test_close_refuses_unscanned_slips_unless_all_delivered(ctx):
    v = village(ctx)
    plan_run(ctx, group="一组")
    with pytest.raises(Refused):
        close_run(ctx, "R0001")
    done = close_run(ctx, "R0001", all_delivered=True)
    assert done["delivered"] == 3 and all(status(p) == "delivered" for p in v["p_wang"])


def test_a_closed_run_counts_its_time_for_the_volunteer(ctx):
    start = dt.datetime(2026, 3, 5, 9, 0)
    village(clock_at(ctx, start))
    save_volunteer(ctx, "老李", "13900000009")
    plan_run(clock_at(ctx, start), group="一组", volunteer="老李")
    from station.delivery.runs import mark_slips_printed

    mark_slips_printed(clock_at(ctx, start + dt.timedelta(minutes=10)), "R0001")
    close_run(clock_at(ctx, start + dt.timedelta(minutes=100)), "R0001", all_delivered=True)
    [row] = hours_by_month(ctx, "2026-03")
    assert (row["name"], row["minutes"], row["runs"], row["stops"]) == ("老李", 90, 1, 2)
    assert hours_by_month(ctx, "2026-04")[0]["minutes"] == 0


def test_the_residents_timeline_shows_the_run_and_the_outcome(ctx):
    v = village(ctx)
    plan_run(ctx, group="二组")
    record_outcome(ctx, payloads(ctx)["赵春梅"], "not_home")
    kinds = [e.kind for e in resident_timeline(ctx, v["zhao"])]
    assert kinds.count("delivery") == 2 and "parcel" in kinds and "record" in kinds


def test_an_authentic_tag_for_an_unknown_slip_is_refused(ctx):
    from station.delivery.slipauth import make_payload, slip_key
    from station.ids import new_gid

    village(ctx)
    with pytest.raises(Refused) as err:
        record_outcome(ctx, make_payload(slip_key(), new_gid()), "delivered")
    assert "not on any run" in err.value.text


def test_slips_of_a_finished_run_are_not_printed(ctx, tmp_path):
    from station.delivery.slips import print_slips

    village(ctx)
    plan_run(ctx, group="二组")
    close_run(ctx, "R0001", all_delivered=True)
    with pytest.raises(Refused):
        print_slips(ctx, "R0001", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_a_replayed_slip_names_the_first_scan_in_the_stations_wall_clock(ctx):
    from station.context import Ctx

    fixed = Ctx(ctx.data_dir, ctx.station_code, ctx.actor, lambda: dt.datetime(2026, 3, 1, 23, 30))
    village(fixed)
    plan_run(fixed, group="一组")
    p = payloads(fixed)
    record_outcome(fixed, p["王秀英"], "delivered")
    with pytest.raises(Refused) as err:
        record_outcome(fixed, p["王秀英"], "not_home")
    assert "07:30" in err.value.message() and "23:30" not in err.value.message()
