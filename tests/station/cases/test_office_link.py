"""Cases over real bundles: escalated evidence files reach the office checked against their hashes, and the
office's working-day calendar in a return bundle makes a provisional 2027 deadline exact on the station."""
import datetime as dt

from db.models import AuditEntry, CalendarYear
from station.cases import records, views
from station.cases.evidence import add_evidence, escalate_case, vault_path
from station.office import calendar as office_calendar
from station.office.case_evidence import case_evidence
from station.residents import add_resident
from station.sync.office_import import import_file
from station.sync.outgoing import export_bundle
from station.sync.returns import import_return_bundle, make_return_bundle
from tests.station.cases.conftest import PHONE, at
from tests.station.sync.helpers import make_office, make_station, switch

NOW = dt.datetime(2026, 12, 3, 2, 0)


def _station_with_case(tmp_path, office_db):
    office = make_office(tmp_path, office_db)
    station = make_station(tmp_path, "CN-C-01", office)
    ctx = at(switch(station), NOW)
    add_resident(ctx, "王秀英", PHONE)
    number = records.add_case(ctx, PHONE, "好运旗舰店", "拼多多", "refund_overdue", "128.50", "退款逾期",
                              opened_on="2026-11-02")["number"]
    return office, station, ctx, number


def _files(tmp_path, *contents: bytes):
    paths = []
    for i, data in enumerate(contents):
        paths.append(tmp_path / f"photo{i}.jpg")
        paths[-1].write_bytes(data)
    return paths


def test_escalated_evidence_travels_checked_and_an_altered_file_is_named_and_kept_back(tmp_path, office_db):
    office, station, ctx, number = _station_with_case(tmp_path, office_db)
    good, bad = add_evidence(ctx, number, _files(tmp_path, b"receipt bytes " * 1000, b"chat export"))
    first = export_bundle(ctx, tmp_path / "out")
    assert "evidence_file" not in first["counts"]  # not escalated: metadata only
    escalate_case(ctx, number)
    path = vault_path(station, bad["sha256"])
    path.chmod(0o600)
    path.write_bytes(b"chat export, edited")  # altered after escalation
    second = export_bundle(ctx, tmp_path / "out")
    assert second["counts"]["evidence_file"] == 1
    assert second["warnings"] == [{"kind": "evidence_altered", "case": number, "file": "photo1.jpg",
                                   "sha256": bad["sha256"]}]
    octx = switch(office, office=True)
    assert import_file(octx, first["file"]).outcome == "accepted"
    assert import_file(octx, second["file"]).outcome == "accepted"
    held = case_evidence(octx, number)
    assert held["escalated"] and {i["sha256"]: i["status"] for i in held["items"]} == {
        good["sha256"]: "ok", bad["sha256"]: "missing"}
    assert vault_path(office, good["sha256"]).read_bytes() == b"receipt bytes " * 1000
    vault_path(office, good["sha256"]).chmod(0o600)
    vault_path(office, good["sha256"]).write_bytes(b"changed at the office")
    assert case_evidence(octx, number)["items"][0]["status"] == "altered"


def test_office_calendar_in_a_return_bundle_makes_a_2027_deadline_exact(tmp_path, office_db):
    office, station, ctx, number = _station_with_case(tmp_path, office_db)
    records.log_action(ctx, number, "accepted", "2026-11-20")
    before = next(c for c in views.show_case(ctx, number)["clocks"] if c["kind"] == "mediation")
    assert before["provisional"] and before["missing_year"] == 2027
    octx = switch(office, office=True)
    (tmp_path / "2027.csv").write_text("date,kind,name\n2027-01-01,holiday,元旦\n2027-02-06,holiday,春节\n"
                                       "2027-02-14,workday,春节调休\n", "utf-8")
    office_calendar.import_calendar(octx, tmp_path / "2027.csv")
    made = make_return_bundle(octx, "CN-C-01", tmp_path / "ret")
    ctx = at(switch(station), NOW)
    assert import_return_bundle(ctx, made["file"])["calendar_days"] == 3
    after = next(c for c in views.show_case(ctx, number)["clocks"] if c["kind"] == "mediation")
    assert (after["provisional"], after["missing_year"], after["due"]) == (False, None, "2027-01-25")
    assert after["history"][-1]["event"] == "recomputed"
    assert CalendarYear.get(CalendarYear.year == 2027).source == "office"
    imports = AuditEntry.select().where(AuditEntry.action == "calendar.import").count()
    assert imports == 1
    octx = switch(office, office=True)  # the same calendar again in the next return bundle: nothing re-applied
    again = make_return_bundle(octx, "CN-C-01", tmp_path / "ret")
    ctx = at(switch(station), NOW)
    import_return_bundle(ctx, again["file"])
    assert AuditEntry.select().where(AuditEntry.action == "calendar.import").count() == 1


def test_office_lists_a_cases_evidence_on_the_command_line(tmp_path, cli):
    """`station office case-evidence CASE`: each item re-hashed; an unknown case is one refusal line."""
    from db.connection import close_database

    office, station, ctx, number = _station_with_case(tmp_path, None)
    (item,) = add_evidence(ctx, number, _files(tmp_path, b"photo bytes"))
    escalate_case(ctx, number, "交镇办")
    bundle = export_bundle(ctx, tmp_path / "out")
    import_file(switch(office, office=True), bundle["file"])
    close_database()
    found = cli("--data", office, "--json", "office", "case-evidence", number, check_json=True)
    assert [(i["sha256"], i["status"]) for i in found["items"]] == [(item["sha256"], "ok")]
    code, out, err = cli("--data", office, "--lang", "en", "office", "case-evidence", number)
    assert code == 0 and "ok" in out and "photo0.jpg" in out
    code, out, err = cli("--data", office, "--lang", "en", "office", "case-evidence", "2099-0001")
    assert code == 1 and "No case 2099-0001 at the office." in err and "Traceback" not in err


def test_export_on_the_command_line_names_an_altered_evidence_file(tmp_path, cli):
    office, station, ctx, number = _station_with_case(tmp_path, None)
    (item,) = add_evidence(ctx, number, _files(tmp_path, b"photo bytes"))
    escalate_case(ctx, number)
    vault_path(station, item["sha256"]).chmod(0o600)
    vault_path(station, item["sha256"]).write_bytes(b"edited")
    from db.connection import close_database

    close_database()
    code, out, err = cli("--data", station, "--lang", "en", "sync", "export", "--out", tmp_path / "usb")
    assert code == 0 and f"evidence photo0.jpg ({item['sha256'][:12]}) of case {number} was altered" in out
