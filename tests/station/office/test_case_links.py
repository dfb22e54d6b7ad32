"""Cases with evidence per merchant (two records: a case and its evidence) and overdue cases (the synced legal
clocks) reach the office's figures exactly: in real bundles, in any order, re-sent, updated and rebuilt."""
import datetime as dt
import json
from collections import Counter

from db.connection import close_database
from db.models import OfficeFigure, OfficeRecord, database
from station.cases.evidence import add_evidence
from station.cases.records import add_case, add_clock, close_case, merge_case
from station.office import dashboard, figures
from station.office.catalog import EVIDENCE
from station.office.tables import table
from station.office.watch import propose
from station.sync.office_import import import_file
from station.sync.outgoing import export_bundle
from tests.station.sync.helpers import add_resident, make_office, make_station, switch

DAY = "2026-03-10"
CODE = "CN-E-01"


def _send(station, office, tmp_path):
    path = export_bundle(switch(station), tmp_path / "out")["file"]
    office_ctx = switch(office, office=True)
    assert import_file(office_ctx, path).outcome == "accepted"
    return office_ctx


def _figures(measure: str | None = None) -> dict:
    found: Counter = Counter()
    for f in OfficeFigure.select():
        if measure is None or f.measure == measure:
            found[(f.day if measure else (f.day, f.measure), f.dim)] += f.value
    return {k: v for k, v in found.items() if v}


def _evidence() -> dict[str, float]:
    found: Counter = Counter()
    for (_day, dim), value in _figures(EVIDENCE).items():
        found[dim] += value
    return dict(found)


def _proof(tmp_path, name: str):
    path = tmp_path / name
    path.write_bytes(b"receipt " + name.encode())
    return path


def test_cases_with_evidence_and_overdue_cases_follow_real_bundles(tmp_path, office_db):
    office = make_office(tmp_path, office_db)
    station = make_station(tmp_path, CODE, office)
    ctx = switch(station)
    resident = add_resident(CODE, "王")
    kw = {"resident": resident, "category": "after_sales", "summary": "坏了", "opened_on": DAY}
    first = add_case(ctx, merchant="甲店", platform="拼多多", **kw)["number"]
    second = add_case(ctx, merchant="甲店", platform="拼多多", **kw)["number"]
    third = add_case(ctx, merchant="乙店", **kw)["number"]
    add_evidence(ctx, first, [_proof(tmp_path, "a.txt"), _proof(tmp_path, "b.txt")])  # two items: one case
    add_clock(ctx, first, "custom", day=DAY, days=2)
    add_clock(ctx, first, "business", day=DAY)  # two late clocks: still one overdue case
    add_clock(ctx, third, "custom", day=DAY, days=2)
    office_ctx = _send(station, office, tmp_path)
    assert _evidence() == {"甲店": 1}
    assert dashboard.overdue_cases(office_ctx) == {CODE: 2}
    cases = {r[0]: r for r in table(office_ctx, "cases", "2026-03").rows}
    assert cases[CODE][5] == 2 and cases[""][5] == 2
    health = table(office_ctx, "health", "2026-03")
    assert health.rows[0][8] == 2  # station, name, last sync, via, held, waiting, overdue, open cases, overdue

    close_database()
    ctx = switch(station)  # evidence arrives in a later bundle than its case; the case row itself is not re-sent
    add_evidence(ctx, second, [_proof(tmp_path, "c.txt")])
    add_evidence(ctx, third, [_proof(tmp_path, "d.txt")])
    close_case(ctx, third, "money", amount="5", satisfaction=4, day="2026-03-20")  # its clock stops
    office_ctx = _send(station, office, tmp_path)
    assert _evidence() == {"甲店": 2, "乙店": 1}
    assert dashboard.overdue_cases(office_ctx) == {CODE: 1}
    assert {p["name"]: p["cases"] for p in propose(office_ctx, threshold=2)} == {"甲店": 2}

    close_database()
    ctx = switch(station)
    merge_case(ctx, second, first)  # a merged duplicate counts in its survivor only
    office_ctx = _send(station, office, tmp_path)
    incremental = _figures()
    assert _evidence() == {"甲店": 1, "乙店": 1}
    figures.rebuild()
    assert _figures() == incremental


def _row(entity: str, gid: str, version: int, body: dict | None, deleted: bool = False) -> tuple:
    return (CODE, entity, gid, version, deleted, None if body is None else json.dumps(body, ensure_ascii=False))


def test_evidence_before_its_case_re_sent_rows_and_updates_stay_exact(tmp_path, office_db):
    """Blocks as the import applies them, in the orders a bundle can bring: the evidence first, the case later,
    both again, the case renamed to another merchant, the evidence deleted."""
    office = make_office(tmp_path, office_db)
    make_station(tmp_path, CODE, office)
    switch(office, office=True)
    case = {"gid": "C1", "merchant": "丙店", "state": "open", "opened_on": DAY}
    item = {"gid": "E1", "case_gid": "C1", "sha256": "0" * 64}

    def apply(*rows):
        with database.atomic():
            figures.apply_block(CODE, list(rows))

    apply(_row("case_evidence", "E1", 1, item))
    assert _evidence() == {}
    apply(_row("rights_case", "C1", 2, case))
    assert _figures(EVIDENCE) == {(dt.date(2026, 3, 10), "丙店"): 1}
    apply(_row("case_evidence", "E1", 1, item), _row("rights_case", "C1", 2, case))  # re-sent
    apply(_row("case_evidence", "E2", 3, {**item, "gid": "E2"}))  # a second item of the same case
    assert _evidence() == {"丙店": 1}
    apply(_row("rights_case", "C1", 4, {**case, "merchant": "丁店"}))
    assert _evidence() == {"丁店": 1}
    incremental = _figures()
    figures.rebuild()
    assert _figures() == incremental
    apply(_row("case_evidence", "E1", 5, None, deleted=True), _row("case_evidence", "E2", 6, None, deleted=True))
    assert _evidence() == {}
    held = OfficeRecord.get(OfficeRecord.entity == "rights_case", OfficeRecord.gid == "C1")
    assert EVIDENCE not in (held.figures or "")
    incremental = _figures()
    figures.rebuild()
    assert _figures() == incremental
