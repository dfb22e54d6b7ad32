"""The office's status bar line says only what needs a look, so it reads whole at 1366×768 in large text."""
from station.office.inbox import status_line
from station.sync.office_import import import_file
from tests.station.sync.helpers import make_office, make_station, switch


def test_the_status_line_names_stations_and_only_what_waits_or_was_refused(tmp_path, office_db):
    office = make_office(tmp_path, office_db)
    make_station(tmp_path, "CN-S-01", office)
    ctx = switch(office, office=True)
    assert status_line(ctx) == "已登记 1\u00a0个站点"
    junk = tmp_path / "junk.vsb"
    junk.write_bytes(b"not a bundle")
    assert import_file(ctx, junk).quarantined
    assert status_line(ctx) == "已登记 1\u00a0个站点、隔离 1\u00a0个文件"
