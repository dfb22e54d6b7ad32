"""Importing a folder or USB drive: a result per file with progress; cancelling keeps what was done, and running
it again takes the rest (the files already in say 'duplicate')."""
from station.office.inbox import import_folder
from station.residents import add_resident
from station.sync.outgoing import export_bundle
from tests.station.sync.helpers import make_office, make_station, switch


def test_a_cancelled_folder_import_keeps_what_was_done_and_a_second_run_takes_the_rest(tmp_path, office_db):
    office = make_office(tmp_path, office_db)
    usb = tmp_path / "usb"
    for code in ("CN-F-01", "CN-F-02", "CN-F-03"):
        station = make_station(tmp_path, code, office)
        add_resident(switch(station), "王秀英", "13800001234")
        export_bundle(switch(station), usb)
    ctx = switch(office, office=True)
    seen = []
    first = import_folder(ctx, usb, lambda done, total, result: seen.append((done, total)),
                          cancelled=lambda: len(seen) >= 1)
    assert [r.outcome for r in first] == ["accepted"] and seen == [(1, 3)]
    again = import_folder(ctx, usb)
    assert sorted(r.outcome for r in again) == ["accepted", "accepted", "duplicate"]
