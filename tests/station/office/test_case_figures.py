"""Case records travel in real bundles and become the office's case figures, tables and CSV."""
import datetime as dt

from db.connection import close_database
from db.models import OfficeFigure
from station.cases.records import add_case, close_case, merge_case
from station.office import dashboard, figures
from station.office.export import export_table
from station.office.overview import overview
from station.office.tables import table
from station.sync.office_import import import_file
from station.sync.outgoing import export_bundle
from tests.station.sync.helpers import add_resident, make_office, make_station, switch

DAY = "2026-03-10"


def _send(station, office, tmp_path):
    path = export_bundle(switch(station), tmp_path / "out")["file"]
    office_ctx = switch(office, office=True)
    assert import_file(office_ctx, path).outcome == "accepted"
    return office_ctx


def _figures() -> dict:
    found: dict = {}
    for f in OfficeFigure.select():
        key = (f.measure, f.dim)
        found[key] = found.get(key, 0) + f.value
    return {k: v for k, v in found.items() if v}


def _open_three(station):
    ctx = switch(station)
    resident = add_resident("CN-C-01", "王")
    kw = {"resident": resident, "category": "after_sales", "summary": "坏了", "opened_on": DAY}
    first = add_case(ctx, merchant="甲店", platform="拼多多", **kw)
    add_case(ctx, merchant="甲店", platform="拼多多", **kw)
    third = add_case(ctx, merchant="乙店", **kw)
    return ctx, first, third


def test_case_figures_reach_tables_overview_and_csv(tmp_path, office_db):
    office = make_office(tmp_path, office_db)
    station = make_station(tmp_path, "CN-C-01", office)
    ctx, first, _third = _open_three(station)
    close_case(ctx, first["number"], "money", amount="50", satisfaction=5, day="2026-03-12")
    office_ctx = _send(station, office, tmp_path)
    got = _figures()
    assert got[("cases_opened", "")] == 3 and got[("cases_closed", "")] == 1 and got[("cases_open", "")] == 2
    assert got[("complaints", "拼多多 · 甲店")] == 2 and got[("complaints", "乙店")] == 1
    assert got[("complaints_handled", "拼多多 · 甲店")] == 1
    assert got[("cases_rated", "")] == 1 and got[("cases_satisfied", "")] == 1
    assert got[("money_recovered", "")] == 50
    cases = table(office_ctx, "cases", "2026-03")
    station_row = next(r for r in cases.rows if r[0] == "CN-C-01")
    assert station_row[2:5] == [3, 1, 2] and station_row[7] == "100.0" and station_row[9] == "50.00"
    merchants = table(office_ctx, "merchants", "2026-03")
    assert ["拼多多 · 甲店", 2, 1, "50.0"] in merchants.rows
    tiles = dict(overview(office_ctx, "2026-03")["tiles"])
    assert any(v == "3" for k, v in tiles.items() if "ase" in k or "案" in k)
    out = tmp_path / "cases.csv"
    export_table(office_ctx, "merchants", "2026-03", out)
    assert "拼多多 · 甲店,2,1,50.0" in out.read_bytes().decode("utf-8-sig")


def test_incremental_import_equals_figures_rebuilt_from_scratch(tmp_path, office_db):
    """Bundle by bundle (a case opened, then closed, another merged away) = everything refigured at once."""
    office = make_office(tmp_path, office_db)
    station = make_station(tmp_path, "CN-C-01", office)
    ctx, first, third = _open_three(station)
    _send(station, office, tmp_path)
    close_database()
    ctx = switch(station)
    merge_case(ctx, third["number"], first["number"])
    close_case(ctx, first["number"], "money", amount="12.5", satisfaction=3, day="2026-04-02")
    office_ctx = _send(station, office, tmp_path)
    incremental = _figures()
    assert incremental[("cases_opened", "")] == 2 and incremental[("cases_rated", "")] == 1
    assert ("cases_satisfied", "") not in incremental and ("complaints", "乙店") not in incremental
    figures.rebuild()
    assert _figures() == incremental
    start, end = dashboard.month_range("2026-04")
    assert dashboard.by_station(office_ctx, start, end)["CN-C-01"]["cases_closed"] == 1
    assert dt.date(2026, 4, 2) in {d for d, v in dashboard.daily(office_ctx, "cases_closed", start, end) if v}


def test_stations_view_counts_audit_chain_warnings_and_restores(tmp_path, office_db):
    from station.sync.office_audit import warn

    office = make_office(tmp_path, office_db)
    make_station(tmp_path, "CN-C-01", office)
    make_station(tmp_path, "CN-C-02", office)
    ctx = switch(office, office=True)
    with __import__("db.models", fromlist=["database"]).database.atomic():
        warn(ctx, "CN-C-01", "audit_rewritten", 4, 6)
        warn(ctx, "CN-C-01", "audit_gap", 9, 9)
        warn(ctx, "CN-C-01", "restored", None, None, old=10, new=8)
    health = table(ctx, "health", "2026-03")
    rows = {r[0]: r for r in health.rows}
    audit_col, restores_col = len(health.headers) - 3, len(health.headers) - 2
    assert rows["CN-C-01"][audit_col] == 2 and rows["CN-C-01"][restores_col] == 1
    assert "2" in rows["CN-C-01"][-1] and rows["CN-C-02"][audit_col] == 0 and rows["CN-C-02"][restores_col] == 0
    assert "从备份恢复过 1\u00a0次" in rows["CN-C-01"][-1]  # the Stations page hides the counts: the words say it


def test_money_recovered_through_a_case_from_a_return_counts_once(tmp_path, office_db):
    """The case's money is the return's refund: the town's money recovered counts it once (with the return);
    the cases' own figure still shows what cases recovered."""
    from tests.station.cases.test_case_from_return import overdue_return

    office = make_office(tmp_path, office_db)
    station = make_station(tmp_path, "CN-C-01", office)
    ctx = switch(station)
    number = add_case(ctx, from_return=overdue_return(ctx))["number"]
    close_case(ctx, number, "money", amount="91", satisfaction=5)
    _send(station, office, tmp_path)
    got = _figures()
    assert got[("money_recovered", "")] == 91 and got[("money_recovered_cases", "")] == 91
    assert figures.rebuild() and _figures() == got
