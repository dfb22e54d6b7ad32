"""A station's bundle reaches the office by folder, the acknowledgement comes back, the waiting count drops."""
import shutil

import pytest

from db.connection import close_database
from db.models import OfficeStation
from station.sync.container import BundleWriter
from station.sync.office_import import import_file, import_files
from station.sync.outgoing import export_bundle
from station.sync.returns import import_return_bundle, make_return_bundle
from station.sync.status import status_text, sync_status
from tests.station.sync.helpers import (
    add_parcel,
    add_resident,
    delete,
    make_office,
    make_station,
    office_rows,
    rename,
    station_rows,
    switch,
)


@pytest.fixture
def world(tmp_path):
    office = make_office(tmp_path)
    station = make_station(tmp_path, "CN-A-01", office)
    return tmp_path, office, station


def test_bundle_by_folder_then_ack_brings_waiting_to_zero(world):
    root, office, station = world
    ctx = switch(station)
    r = add_resident("CN-A-01", "王秀英")
    p = add_parcel("CN-A-01", "SF100", r)
    rename("parcel", p, "A-3")
    assert sync_status(ctx).waiting == 3
    bundle = export_bundle(ctx, root / "usb")
    assert bundle["records"] == 2 and bundle["counts"] == {"parcel": 1, "resident": 1}

    octx = switch(office, office=True)
    first = import_file(octx, bundle["file"])
    assert (first.outcome, first.records) == ("accepted", 2)
    again = import_file(octx, bundle["file"])
    assert again.outcome == "duplicate"
    ret = make_return_bundle(octx, "CN-A-01", root / "back")
    assert ret["ack"] == 3

    ctx = switch(station)
    applied = import_return_bundle(ctx, ret["file"])
    assert applied["ack"] == 3
    status = sync_status(ctx)
    assert status.waiting == 0 and "0" in status_text(status)
    assert import_return_bundle(ctx, ret["file"])["outcome"] == "duplicate"
    close_database()
    assert office_rows(office) == station_rows(station)


def test_deletes_travel_as_tombstones_and_next_bundle_starts_after_ack(world):
    root, office, station = world
    ctx = switch(station)
    keep, gone = add_resident("CN-A-01", "甲"), add_resident("CN-A-01", "乙")
    b1 = export_bundle(ctx, root / "usb")
    octx = switch(office, office=True)
    import_file(octx, b1["file"])
    ret = make_return_bundle(octx, "CN-A-01", root / "back")
    ctx = switch(station)
    import_return_bundle(ctx, ret["file"])
    delete("resident", gone)
    rename("resident", keep, "甲二")
    b2 = export_bundle(ctx, root / "usb")
    assert (b2["seq_from"], b2["records"]) == (3, 2)
    octx = switch(office, office=True)
    assert import_file(octx, b2["file"]).outcome == "accepted"
    close_database()
    assert office_rows(office) == station_rows(station) == {("CN-A-01", "resident", keep, "甲二")}


def test_gap_is_held_in_backlog_and_applied_when_the_missing_bundle_arrives(world):
    root, office, station = world
    ctx = switch(station)
    add_resident("CN-A-01", "一")
    b1 = export_bundle(ctx, root / "usb")
    octx = switch(office, office=True)
    import_file(octx, b1["file"])
    ret = make_return_bundle(octx, "CN-A-01", root / "back")
    ctx = switch(station)
    import_return_bundle(ctx, ret["file"])
    add_resident("CN-A-01", "二")
    b2 = export_bundle(ctx, root / "usb")
    # pretend b2 was acknowledged by a lost return bundle: the station moves on, b3 starts after it
    from station.sync.state import ACKED_KEY, set_meta
    set_meta(ACKED_KEY, str(b2["seq_to"]))
    add_resident("CN-A-01", "三")
    b3 = export_bundle(ctx, root / "usb")
    octx = switch(office, office=True)
    held = import_file(octx, b3["file"])
    assert held.outcome == "backlog"
    assert OfficeStation.get(OfficeStation.code == "CN-A-01").applied_to == b1["seq_to"]
    filled = import_file(octx, b2["file"])
    assert filled.outcome == "accepted" and filled.also_applied == [b3["bundle_id"]]
    assert OfficeStation.get(OfficeStation.code == "CN-A-01").applied_to == b3["seq_to"]
    close_database()
    assert office_rows(office) == station_rows(station)


def test_bad_files_are_refused_quarantined_and_do_not_block_others(world, tmp_path):
    root, office, station = world
    ctx = switch(station)
    add_resident("CN-A-01", "好")
    good = export_bundle(ctx, root / "usb")["file"]
    cut = root / "cut.vsb"
    cut.write_bytes(open(good, "rb").read()[:-30])
    junk = root / "junk.vsb"
    junk.write_bytes(b"hello")
    other_root = tmp_path / "other"
    other_office = make_office(other_root)
    stranger = make_station(other_root, "CN-Z-09", other_office)
    ctx = switch(stranger)
    add_resident("CN-Z-09", "外人")
    foreign = export_bundle(ctx, root / "usb")["file"]
    octx = switch(office, office=True)
    results = import_files(octx, [cut, junk, foreign, good])
    assert [r.outcome for r in results] == ["rejected", "rejected", "rejected", "accepted"]
    assert [r.reason for r in results[:3]] == ["truncated", "not_a_bundle", "unknown_station"]
    assert all(r.message for r in results[:3])
    assert not cut.exists() and sorted(p.name.split("_", 1)[1] for p in (office / "quarantine").iterdir()) == sorted(
        ["cut.vsb", "junk.vsb", foreign.rsplit("/", 1)[1]])


def test_wrong_office_and_reused_id_are_refused(world, tmp_path):
    root, office, station = world
    other_office = make_office(tmp_path / "elsewhere")
    shutil.copy(tmp_path / "elsewhere" / "office.json", root / "elsewhere.json")
    ctx = switch(station)
    add_resident("CN-A-01", "甲")
    good = export_bundle(ctx, root / "usb")
    from station.identity import this_station
    from station.keystore import signing_key
    from station.sync.state import trust_office
    me = this_station()
    forged = BundleWriter(root / "forged.vsb", bytes(me.box_public), good["bundle_id"])
    forged.write(b"")
    forged.finish({"kind": "station", "schema": 1, "from": "CN-A-01", "to": good["to"], "to_key": good["to_key"],
                   "seq_from": 1, "seq_to": 0, "counts": {}, "records": 0}, signing_key())
    trust_office(ctx, root / "elsewhere.json")
    misdirected = export_bundle(ctx, root / "usb2")["file"]
    octx = switch(office, office=True)
    assert import_file(octx, good["file"]).outcome == "accepted"
    reused = import_file(octx, root / "forged.vsb")
    assert (reused.outcome, reused.reason) == ("rejected", "id_reused")
    wrong = import_file(octx, misdirected)
    assert (wrong.outcome, wrong.reason) == ("rejected", "wrong_office")
    assert other_office.exists()


def test_older_schema_imports_and_newer_is_refused_naming_the_version(world):
    from db.migrations import LATEST_VERSION
    root, office, station = world
    ctx = switch(station)
    add_resident("CN-A-01", "甲")
    old = export_bundle(ctx, root / "usb", schema=1)
    new = export_bundle(ctx, root / "usb", schema=LATEST_VERSION + 1)
    octx = switch(office, office=True)
    refused = import_file(octx, new["file"])
    assert refused.reason == "schema_too_new" and str(LATEST_VERSION + 1) in refused.message
    assert import_file(octx, old["file"]).outcome == "accepted"


def test_a_later_cumulative_bundle_fills_the_gap_and_clears_the_backlog(world):
    from station.sync.state import ACKED_KEY, set_meta
    root, office, station = world
    ctx = switch(station)
    add_resident("CN-A-01", "一")
    add_resident("CN-A-01", "二")
    set_meta(ACKED_KEY, "1")  # as if the office had acknowledged change 1 only
    ahead = export_bundle(ctx, root / "usb")  # changes 2–2, but the office has nothing yet
    set_meta(ACKED_KEY, "0")
    add_resident("CN-A-01", "三")
    whole = export_bundle(ctx, root / "usb")  # changes 1–3, cumulative
    octx = switch(office, office=True)
    assert import_file(octx, ahead["file"]).outcome == "backlog"
    filled = import_file(octx, whole["file"])
    assert filled.outcome == "accepted" and filled.also_applied == [ahead["bundle_id"]]
    assert not list((office / "backlog").glob("*.vsb"))
    close_database()
    assert office_rows(office) == station_rows(station)
