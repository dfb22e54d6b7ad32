"""Every single-byte change of a bundle (and of a return bundle) is refused; nothing is applied."""
import pytest

from db.models import OfficeBundle, SyncBundle, database
from station.sync.errors import BundleRefused
from station.sync.office_import import import_file
from station.sync.outgoing import export_bundle
from station.sync.returns import import_return_bundle, make_return_bundle
from station.sync.state import acked_seq
from tests.station.sync.helpers import add_resident, make_office, make_station, switch


def _variants(data: bytes):
    for position in range(len(data)):
        for flip in (0x01, 0x80):
            changed = bytearray(data)
            changed[position] ^= flip
            yield position, bytes(changed)


@pytest.mark.slow
def test_every_changed_byte_of_a_station_bundle_is_refused(tmp_path):
    office = make_office(tmp_path)
    station = make_station(tmp_path, "CN-T-01", office)
    ctx = switch(station)
    add_resident("CN-T-01", "李")
    original = (tmp_path / "usb").joinpath(export_bundle(ctx, tmp_path / "usb")["file"]).read_bytes()
    assert len(original) < 2000
    octx = switch(office, office=True)
    probe = tmp_path / "probe.vsb"
    accepted = []
    for position, changed in _variants(original):
        probe.write_bytes(changed)
        result = import_file(octx, probe)
        if result.outcome != "rejected":
            accepted.append(position)
    assert accepted == []
    assert OfficeBundle.select().count() == 0
    assert database.execute_sql("SELECT COUNT(*) FROM office_record").fetchone()[0] == 0
    probe.write_bytes(original)
    assert import_file(octx, probe).outcome == "accepted"


def test_every_changed_byte_of_a_return_bundle_is_refused(tmp_path):
    office = make_office(tmp_path)
    station = make_station(tmp_path, "CN-T-02", office)
    ctx = switch(station)
    add_resident("CN-T-02", "李")
    bundle = export_bundle(ctx, tmp_path / "usb")
    octx = switch(office, office=True)
    import_file(octx, bundle["file"])
    original = open(make_return_bundle(octx, "CN-T-02", tmp_path / "back")["file"], "rb").read()
    ctx = switch(station)
    probe = tmp_path / "probe.vsr"
    accepted = []
    for position, changed in _variants(original):
        probe.write_bytes(changed)
        try:
            import_return_bundle(ctx, probe)
            accepted.append(position)
        except BundleRefused:
            pass
    assert accepted == [] and acked_seq() == 0 and SyncBundle.select().where(SyncBundle.direction == "in").count() == 0
    probe.write_bytes(original)
    assert import_return_bundle(ctx, probe)["ack"] == 1
