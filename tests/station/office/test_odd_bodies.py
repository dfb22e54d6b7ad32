"""A signed bundle whose records are shaped oddly (an older or buggy station): a body that is not a JSON object,
or not JSON at all. The office keeps the records as sent; they add no figures; nothing fails with a traceback."""
import pytest

from db.models import OfficeRecord
from station.cases.evidence import add_evidence
from station.cases.records import add_case
from station.parcels.intake import intake
from station.residents import add_resident
from station.sync import outgoing
from station.sync.office_import import import_file
from tests.station.office.test_case_figures import _figures
from tests.station.sync.helpers import make_office, make_station, switch

ODD = {"not an object": "'null'", "a list": "'[1, 2]'", "not JSON": "'{\"status\": '"}


@pytest.mark.parametrize("body", list(ODD.values()), ids=list(ODD))
def test_odd_record_bodies_add_nothing_and_the_bundle_still_imports(tmp_path, office_db, monkeypatch, body):
    office = make_office(tmp_path, office_db)
    station = make_station(tmp_path, "CN-O-01", office)
    ctx = switch(station)
    add_resident(ctx, "王秀英", "13800001234")
    intake(ctx, "SF1234567890123", phone="13800001234")
    number = add_case(ctx, resident="13800001234", merchant="甲店", category="other", summary="坏了")["number"]
    (tmp_path / "photo.txt").write_text("证据")
    add_evidence(ctx, number, [tmp_path / "photo.txt"])
    plain = outgoing._body_sql
    odd = ("parcel", "rights_case", "case_evidence")
    monkeypatch.setattr(outgoing, "_body_sql", lambda table: body if table in odd else plain(table))
    path = outgoing.export_bundle(switch(station), tmp_path / "out")["file"]
    result = import_file(switch(office, office=True), path)
    assert result.outcome == "accepted", result.message
    assert OfficeRecord.select().where(OfficeRecord.entity == "parcel").count() == 1
    assert not any(measure.startswith("parcels") for measure, _dim in _figures())
