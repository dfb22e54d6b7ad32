"""Issue 9: a restore starts a new sync generation and the office follows it, row for row.

The scenario from the issue: sync, back up, hand out a parcel and sync, restore the backup, hand the parcel to
someone else, sync. Before, the station reused change numbers the office already held, the office said
"accepted" and kept the old receiver (plus records the station no longer had) and `sync status` said nothing
was waiting."""
import json

from db.changes import synced_tables
from db.connection import close_database
from db.models import database
from station.backup import backup, restore
from station.context import CONSOLE
from station.parcels.handout import hand_out
from station.parcels.intake import intake
from station.sync import anchor
from station.sync.office_import import import_file
from station.sync.outgoing import _body_sql, export_bundle
from station.sync.returns import import_return_bundle, make_return_bundle
from station.sync.status import sync_status
from tests.station.sync.helpers import make_office, make_station, switch

CODE = "CN-R-01"


def _sync(root, office, station, name: str) -> dict:
    """Station → office → station, as by USB stick; returns the office's import result."""
    ctx = switch(station)
    bundle = export_bundle(ctx, root / name)
    octx = switch(office, office=True)
    result = import_file(octx, bundle["file"])
    back = make_return_bundle(octx, CODE, root / f"{name}-back")
    import_return_bundle(switch(station), back["file"])
    close_database()
    return {"bundle": bundle, "import": result, "return": back}


def station_state(station) -> dict:
    switch(station)
    state = {}
    for table in synced_tables(database):
        for gid, body in database.execute_sql(f'SELECT t.gid, {_body_sql(table)} FROM "{table}" AS t'):
            state[(table, gid)] = json.loads(body)
    close_database()
    return state


def office_state(office) -> dict:
    switch(office, office=True)
    rows = database.execute_sql("SELECT entity, gid, body FROM office_record WHERE station = ? AND deleted = 0 "
                                "AND entity NOT LIKE 'audit%'", (CODE,))
    state = {(entity, gid): json.loads(body) for entity, gid, body in rows}
    close_database()
    return state


def test_restore_then_sync_makes_office_and_station_agree_exactly(tmp_path):
    office = make_office(tmp_path)
    station = make_station(tmp_path, CODE, office)
    ctx = switch(station)
    parcels = [intake(ctx, f"SF100000000000{i}", f"1390000111{i}", f"居民{i}").parcel.gid for i in range(3)]
    close_database()
    _sync(tmp_path, office, station, "usb1")
    backup(switch(station), tmp_path / "backup.db")
    hand_out(switch(station), [parcels[0]], "王强", "儿子")
    close_database()
    _sync(tmp_path, office, station, "usb2")
    assert office_state(office) == station_state(station)

    restore(station, tmp_path / "backup.db", actor=CONSOLE)
    ctx = switch(station)
    assert anchor.full_pending() and sync_status(ctx).waiting > 0  # no longer "nothing waiting"
    hand_out(ctx, [parcels[0]], "李梅", "邻居")
    close_database()
    synced = _sync(tmp_path, office, station, "usb3")

    assert synced["bundle"]["full"] is True and synced["import"].outcome == "accepted"
    held, truth = office_state(office), station_state(station)
    assert held == truth
    parcel = held[("parcel", parcels[0])]
    assert parcel["receiver_name"] == "李梅"
    assert sum(1 for entity, _gid in held if entity == "handout") == 1  # the first handout is gone at the office

    warnings = synced["return"]["warnings"]
    assert {w["kind"] for w in warnings} == {"restored", "audit_replaced"}  # said at the office and sent back
    ctx = switch(station)
    assert not anchor.full_pending() and sync_status(ctx).waiting == 0
    texts = [anchor.warning_text(w) for w in anchor.office_warnings()]
    assert any("new sync generation" in t or "同步" in t for t in texts)
    close_database()

    hand_out(switch(station), [parcels[1]], "", "本人")  # and on from there, incrementally
    close_database()
    after = _sync(tmp_path, office, station, "usb4")
    assert after["bundle"]["full"] is False and after["import"].outcome == "accepted"
    assert office_state(office) == station_state(station)


def test_a_bundle_from_before_the_restore_is_refused_afterwards(tmp_path):
    office = make_office(tmp_path)
    station = make_station(tmp_path, CODE, office)
    ctx = switch(station)
    intake(ctx, "SF1000000000001", "13900001111", "居民")
    close_database()
    _sync(tmp_path, office, station, "usb1")
    backup(switch(station), tmp_path / "backup.db")
    intake(switch(station), "SF1000000000002", "13900001111")
    stale = export_bundle(switch(station), tmp_path / "stale")  # written, never carried to the office
    close_database()
    restore(station, tmp_path / "backup.db", actor=CONSOLE)
    _sync(tmp_path, office, station, "usb2")
    late = import_file(switch(office, office=True), stale["file"])
    assert (late.outcome, late.reason) == ("rejected", "old_generation")
    close_database()
    assert office_state(office) == station_state(station)
