"""The monthly report anchors the audit logs on paper (issue 9): the office's own head and, per station, the
head the office holds for it, readable (10 pt or more) in both languages."""
import pytest

from db.connection import close_database
from station import audit
from station.i18n import set_language
from station.office.report import monthly_report
from station.sync.office_audit import held_head
from station.sync.office_import import import_file
from station.sync.outgoing import export_bundle
from tests.station.parcels.pdf_checks import pdf_text
from tests.station.pdf_fonts import text_sizes
from tests.station.sync.helpers import add_resident, make_office, make_station, switch


@pytest.fixture(params=["zh_CN", "en"])
def language(request):
    set_language(request.param)
    yield request.param
    set_language("zh_CN")


def test_report_prints_the_office_head_and_each_stations_held_head(tmp_path, language):
    office = make_office(tmp_path)
    codes = ("CN-R-01", "CN-R-02")
    for code in codes:
        station = make_station(tmp_path, code, office)
        switch(station)
        add_resident(code, "王")
        path = export_bundle(switch(station), tmp_path / "out")["file"]
        assert import_file(switch(office, office=True), path).outcome == "accepted"
    ctx = switch(office, office=True)
    heads = {code: held_head(code) for code in codes}
    own = audit.audit_head()
    assert all(h["seq"] > 0 for h in heads.values()) and own[0] > 0
    out = monthly_report(ctx, "2026-01", tmp_path / "report.pdf")["out"]
    close_database()
    text = " ".join(pdf_text(out).split())
    assert f"{own[1][:16]}" in text and str(own[0]) in text
    for code, head in heads.items():
        assert f"{code} " in text and head["hash"][:16] in text
        line = (f"{code}: row {head['seq']}, {head['hash'][:16]}" if language == "en" else
                f"{code} 审计日志链头：第 {head['seq']} 行")
        assert line in text, line
    small = [(t, size) for t, size in text_sizes(out) if size < 10 - 0.01]
    assert not small, f"text under 10 pt: {small[:5]}"
