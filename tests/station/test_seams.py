"""Where the counter, the doorstep deliveries and sync meet: what a user notices across the features."""
import pytest

from db.connection import close_database
from db.models import database
from station.delivery.outcomes import record_outcome
from station.delivery.runs import plan_run
from station.delivery.stops import run_sheet
from station.errors import Refused
from station.parcels.handout import hand_out, waiting_for
from station.parcels.intake import intake
from station.parcels.notices import board_text, waiting_notices
from station.parcels.views import parcels_where
from station.residents import add_resident, add_village_group


@pytest.fixture
def out_for_delivery(ctx):
    """王秀英 (elderly) has two parcels on run R0001; 李建国 one on the shelf."""
    group = add_village_group(ctx, "一组")["gid"]
    wang = add_resident(ctx, "王秀英", "13800001234", group, care_elderly=True)
    li = add_resident(ctx, "李建国", "13700002468", group)
    wang_parcels = [intake(ctx, t, resident_gid=wang.gid).parcel for t in ("SF1234567890123", "YT1234567890123")]
    li_parcel = intake(ctx, "JT1234567890123", resident_gid=li.gid).parcel
    plan_run(ctx, group="一组", parcel_gids=[p.gid for p in wang_parcels])
    return {"wang": wang, "li": li, "wang_parcels": wang_parcels, "li_parcel": li_parcel}


def test_parcel_out_for_delivery_is_refused_at_the_counter_saying_which_run(ctx, out_for_delivery):
    code = out_for_delivery["wang_parcels"][0].pickup_code
    for query in (code, "1234", "王秀英"):
        with pytest.raises(Refused) as refused:
            waiting_for(ctx, query)
        assert "R0001" in str(refused.value) and "not home" in str(refused.value)
    with pytest.raises(Refused):
        hand_out(ctx, [out_for_delivery["wang_parcels"][0].gid])
    assert parcels_where("p.gid = ?", (out_for_delivery["wang_parcels"][0].gid,))[0].status == "out_for_delivery"


def test_not_home_puts_the_parcels_back_with_their_shelf_and_code(ctx, out_for_delivery):
    before = {p.gid: (p.pickup_code, p.shelf) for p in out_for_delivery["wang_parcels"]}
    slip = run_sheet(ctx, "R0001").slips[0]
    record_outcome(ctx, slip.payload, "not_home")
    after = parcels_where("p.resident_gid = ?", (out_for_delivery["wang"].gid,))
    assert {p.gid: (p.pickup_code, p.shelf) for p in after} == before
    assert {p.status for p in after} == {"waiting"}
    lookup = waiting_for(ctx, out_for_delivery["wang_parcels"][0].pickup_code)
    assert len(lookup.matches[0].parcels) == 2
    done = hand_out(ctx, [p.gid for p in lookup.matches[0].parcels])
    assert {p.status for p in done.parcels} == {"picked_up"}


def test_notice_board_lists_only_parcels_on_the_shelf(ctx, out_for_delivery):
    names = {e.name for e in waiting_notices(ctx)}
    assert names == {"李建国"}
    assert out_for_delivery["wang_parcels"][0].pickup_code not in board_text(waiting_notices(ctx))


def test_office_holds_the_delivery_run_and_the_handout_from_a_bundle(tmp_path):
    from station.identity import open_station
    from station.sync.office_import import import_file
    from station.sync.outgoing import export_bundle
    from tests.station.sync.helpers import make_office, make_station, switch

    office = make_office(tmp_path)
    station = make_station(tmp_path, "CN-A-01", office)
    ctx = open_station(station)
    group = add_village_group(ctx, "一组")["gid"]
    wang = add_resident(ctx, "王秀英", "13800001234", group, care_elderly=True)
    li = add_resident(ctx, "李建国", "13700002468", group)
    delivered = intake(ctx, "SF1234567890123", resident_gid=wang.gid).parcel
    counter = intake(ctx, "JT1234567890123", resident_gid=li.gid).parcel
    plan_run(ctx, group="一组", parcel_gids=[delivered.gid])
    record_outcome(ctx, run_sheet(ctx, "R0001").slips[0].payload, "delivered")
    handout = hand_out(ctx, [counter.gid])
    expected = {}
    for table in ("delivery_run", "delivery_stop", "delivery_item", "handout", "parcel", "resident"):
        expected[table] = {gid for (gid,) in database.execute_sql(f"SELECT gid FROM {table}")}
    assert handout.handout_id in expected["handout"] and len(expected["delivery_stop"]) == 1
    bundle = export_bundle(ctx, tmp_path / "usb")
    assert {"delivery_run", "delivery_stop", "delivery_item", "handout"} <= set(bundle["counts"])

    octx = switch(office, office=True)
    assert import_file(octx, bundle["file"]).outcome == "accepted"
    for table, gids in expected.items():
        held = {gid for (gid,) in database.execute_sql(
            "SELECT gid FROM office_record WHERE station = 'CN-A-01' AND entity = ? AND deleted = 0", (table,))}
        assert held == gids, table
    body = database.execute_sql("SELECT body FROM office_record WHERE entity = 'parcel' AND gid = ?",
                                (delivered.gid,)).fetchone()[0]
    assert "delivered" in body
    close_database()


def test_parcel_history_filters_by_the_delivery_statuses(ctx, out_for_delivery):
    from station.parcels.history import HistoryFilter, history_page

    out = history_page(ctx, HistoryFilter(status="out_for_delivery")).rows
    assert {p.gid for p in out} == {p.gid for p in out_for_delivery["wang_parcels"]}
    record_outcome(ctx, run_sheet(ctx, "R0001").slips[0].payload, "delivered")
    delivered = history_page(ctx, HistoryFilter(status="delivered")).rows
    assert {p.gid for p in delivered} == {p.gid for p in out_for_delivery["wang_parcels"]}
    assert history_page(ctx, HistoryFilter(status="out_for_delivery")).rows == []
