"""Figures follow the records as bundles import: a newer version takes its old contribution back."""
import datetime as dt

from db.connection import close_database
from db.models import OfficeFigure, database
from station.office import dashboard, figures
from station.office.measures import MEASURES, measure
from station.sync.office_import import import_file
from station.sync.outgoing import export_bundle
from tests.station.sync.helpers import add_parcel, add_resident, make_office, make_station, switch


def _figure(measure_name: str) -> float:
    return sum(f.value for f in OfficeFigure.select().where(OfficeFigure.measure == measure_name))


def _send(station, office, tmp_path):
    ctx = switch(station)
    path = export_bundle(ctx, tmp_path / "out")["file"]
    office_ctx = switch(office, office=True)
    assert import_file(office_ctx, path).outcome == "accepted"
    return office_ctx


def test_a_parcel_moves_from_waiting_to_handed_out_without_double_counting(tmp_path, office_db):
    office = make_office(tmp_path, office_db)
    station = make_station(tmp_path, "CN-F-01", office)
    switch(station)
    resident = add_resident("CN-F-01", "周")
    gid = add_parcel("CN-F-01", "YT1", resident)
    add_parcel("CN-F-01", "YT2", resident)
    _send(station, office, tmp_path)
    assert _figure("parcels_in") == 2 and _figure("parcels_waiting") == 2 and _figure("parcels_out") == 0
    close_database()
    switch(station)
    database.execute_sql("UPDATE parcel SET status = 'delivered', picked_up_at = ? WHERE gid = ?",
                         (dt.datetime(2026, 1, 2, 3), gid))
    ctx = _send(station, office, tmp_path)
    assert _figure("parcels_in") == 2 and _figure("parcels_waiting") == 1
    assert _figure("parcels_out") == 1 and _figure("parcels_door") == 1
    assert _figure("dwell_hours") == 27 and _figure("dwell_count") == 1
    start, end = dashboard.month_range("2026-01")
    per = dashboard.by_station(ctx, start, end)
    assert per["CN-F-01"]["parcels_in"] == 2
    assert dashboard.open_parcels(ctx, dt.date(2026, 3, 1)) == {"CN-F-01": (1, 1)}


def test_refigure_rebuilds_the_same_figures_and_picks_up_a_new_measure(tmp_path, office_db):
    office = make_office(tmp_path, office_db)
    station = make_station(tmp_path, "CN-F-02", office)
    switch(station)
    add_resident("CN-F-02", "吴")
    add_resident("CN-F-02", "郑")
    add_parcel("CN-F-02", "YT3")
    ctx = _send(station, office, tmp_path)
    before = sorted(OfficeFigure.select().tuples())
    assert figures.rebuild() == 1
    assert sorted(OfficeFigure.select().tuples()) == before

    @measure("resident")
    def residents_known(body):
        return [("2026-01-01", "residents", "", 1)]

    try:
        with database.atomic():
            figures.rebuild()
        assert _figure("residents") == 2 and _figure("parcels_in") == 1
    finally:
        MEASURES["resident"].remove(residents_known)
        if not MEASURES["resident"]:
            del MEASURES["resident"]
    assert ctx is not None


def test_orders_and_returns_count_as_their_records_arrive(tmp_path, office_db):
    import json

    office = make_office(tmp_path, office_db)
    switch(office, office=True)
    order = {"created_at": "2026-11-03 02:00:00", "status": "placed", "platform": "拼多多"}
    ret = {"created_at": "2026-11-04 02:00:00", "status": "started", "refund_due": "2026-11-11"}
    with database.atomic():
        figures.apply_block("CN-O-01", [("CN-O-01", "assisted_order", "O1", 1, False, json.dumps(order)),
                                        ("CN-O-01", "goods_return", "R1", 2, False, json.dumps(ret))])
    assert _figure("orders") == 1 and _figure("returns") == 1 and _figure("refunds_overdue") == 1
    refunded = {**ret, "status": "refunded", "refund_fen": 3990, "refunded_at": "2026-11-12 01:00:00"}
    with database.atomic():
        figures.apply_block("CN-O-01", [("CN-O-01", "goods_return", "R1", 3, False, json.dumps(refunded))])
    assert _figure("refunds_overdue") == 0 and _figure("money_recovered") == 39.9 and _figure("returns") == 1


def test_a_bundles_blocks_summed_once_give_the_figures_a_rebuild_gives(tmp_path, office_db):
    """The import sums a bundle's figure changes over its blocks and writes them once: a record that a later block
    updates takes back what the earlier block added, though that was never written; a rebuild agrees."""
    import json
    from collections import Counter

    make_office(tmp_path, office_db)
    switch(tmp_path / "office", office=True)
    waiting = {"status": "waiting", "arrived_at": "2026-11-03 02:00:00", "updated_at": "2026-11-03 02:00:00"}
    out = {**waiting, "status": "delivered", "picked_up_at": "2026-11-04 03:30:00"}
    row = ("CN-B-01", "parcel", "P1", 1, False, json.dumps(waiting))
    delta: Counter = Counter()
    with database.atomic():
        figures.apply_block("CN-B-01", [row, ("CN-B-01", "parcel", "P2", 1, False, json.dumps(waiting))], delta)
        figures.apply_block("CN-B-01", [("CN-B-01", "parcel", "P1", 2, False, json.dumps(out)),
                                        ("CN-B-01", "parcel", "P2", 2, True, None), row], delta)
        assert _figure("parcels_in") == 0  # nothing written until the bundle's end
        figures.write_deltas("CN-B-01", delta)
    held = sorted(OfficeFigure.select().tuples())
    assert _figure("parcels_in") == 1 and _figure("parcels_waiting") == 0 and _figure("parcels_door") == 1
    assert _figure("dwell_hours") == 25.5 and _figure("dwell_count") == 1
    with database.atomic():
        figures.rebuild()
    assert sorted(OfficeFigure.select().tuples()) == held


def test_a_stations_first_block_goes_in_unchecked_and_a_later_one_still_takes_back(tmp_path, office_db):
    """A station's first bundle writes its first block without looking at what is held (nothing is); a later block
    of the same bundle that repeats a record is checked as ever, so nothing counts twice."""
    import json
    from collections import Counter

    make_office(tmp_path, office_db)
    switch(tmp_path / "office", office=True)
    waiting = {"status": "waiting", "arrived_at": "2026-11-03 02:00:00", "updated_at": "2026-11-03 02:00:00"}
    out = {**waiting, "status": "delivered", "picked_up_at": "2026-11-04 03:30:00"}
    first = [("CN-B-02", "parcel", "P1", 1, False, json.dumps(waiting)), ("CN-B-02", "resident", "R1", 1, False, "{}")]
    later = [("CN-B-02", "parcel", "P1", 2, False, json.dumps(out)), ("CN-B-02", "resident", "R1", 1, False, "{}")]
    delta: Counter = Counter()
    with database.atomic():
        assert figures.holds_nothing("CN-B-02") == (True, True)
        figures.apply_measured(figures.measure_block("CN-B-02", first), delta, fresh=True)
        figures.apply_measured(figures.measure_block("CN-B-02", later), delta)
        figures.write_deltas("CN-B-02", delta, fresh=True)
        assert figures.holds_nothing("CN-B-02") == (False, False)
    assert _figure("parcels_in") == 1 and _figure("parcels_waiting") == 0 and _figure("parcels_out") == 1
    assert database.execute_sql("SELECT version FROM office_record WHERE gid = 'P1'").fetchall() == [(2,)]
