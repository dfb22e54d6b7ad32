"""The bulk upsert the import writes with: sqlite3's executemany, or COPY through a temporary table on PostgreSQL.
COPY's text format escapes by hand, so awkward text must come back byte for byte, NULL stay NULL, '' stay ''."""
from collections import Counter

import pytest

from db import bulk
from db.bulk import copy_text
from db.models import database
from station.office.figures import apply_block, write_deltas
from tests.station.sync.helpers import make_office, switch

AWKWARD = ['{"note":"tab\there"}', 'back\\slash \\N', "line\nbreak\r\n", "", "中文 · 甲店", "\\"]


def _held() -> list[tuple]:
    return database.execute_sql("SELECT gid, version, deleted, body FROM office_record WHERE station = 'CN-B-01' "
                                "ORDER BY gid").fetchall()


def test_copy_text_escapes_what_copy_reads_as_syntax():
    assert copy_text([("a\tb", None, "", True, False, 3, 0.1)]) == "a\\tb\t\\N\t\tt\tf\t3\t0.1\n"
    assert copy_text([("back\\slash\nnew\rline",)]) == "back\\\\slash\\nnew\\rline\n"


@pytest.fixture(params=["copy", "values"], autouse=True)
def path(request, monkeypatch):
    """PostgreSQL takes COPY from COPY_FROM rows, multi-row VALUES below: both paths, whatever the size here."""
    monkeypatch.setattr(bulk, "COPY_FROM", 0 if request.param == "copy" else 10_000)


def test_awkward_text_round_trips_and_a_newer_version_wins(tmp_path, office_db):
    switch(make_office(tmp_path, office_db), office=True)
    rows = [("CN-B-01", "note", f"g{n}", 1, False, body) for n, body in enumerate(AWKWARD)]
    rows.append(("CN-B-01", "note", "gone", 1, True, None))
    with database.atomic():
        apply_block("CN-B-01", rows)
    assert [(g, v, bool(d), b) for g, v, d, b in _held()] == sorted(
        (r[2], 1, r[4], r[5]) for r in rows)
    with database.atomic():
        apply_block("CN-B-01", [("CN-B-01", "note", "g0", 2, False, "newer"), ("CN-B-01", "note", "g1", 1, False, "x")])
    held = {g: (v, b) for g, v, _d, b in _held()}
    assert held["g0"] == (2, "newer") and held["g1"] == (1, AWKWARD[1])  # an equal version changes nothing


def test_figure_deltas_add_up_outside_a_transaction_too(tmp_path, office_db):
    switch(make_office(tmp_path, office_db), office=True)
    for _ in range(2):  # no atomic(): each statement commits on its own (as figures.rebuild() may run)
        write_deltas("CN-B-01", Counter({("2026-03-01", "parcels_in", "甲\t店"): 1.5, ("2026-03-02", "x", ""): 0.25}))
    found = dict(((d, m), v) for d, m, v in database.execute_sql(
        "SELECT dim, measure, value FROM office_figure WHERE station = 'CN-B-01'").fetchall())
    assert found == {("甲\t店", "parcels_in"): 3.0, ("", "x"): 0.5}
