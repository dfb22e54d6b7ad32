"""A folder of bundles imports with a second process decrypting and measuring the next files meanwhile
(station.sync.prefetch): the office then holds exactly what the stations sent, with the figures its records make,
and a bad file among them is refused as it always was."""
import time
from collections import Counter
from functools import partial

import pytest

from db.connection import close_database
from db.models import database
from station.keystore import box_key
from station.office import figures
from station.office.demo import make_demo_town, open_office_ctx
from station.sync import office_import, office_records, prefetch
from station.sync.container import open_bundle
from station.sync.office_import import import_each, import_file, import_files
from station.sync.office_records import Prepared

SKIPPED = ("audit", "audit_replaced", "evidence_file")  # kept by the audit chain, or by the cases area


@pytest.fixture
def town(tmp_path, office_db):
    made = make_demo_town(tmp_path / "town", stations=5, residents=20, parcels=40, db_url=office_db)
    yield made
    close_database()


@pytest.fixture
def prepared_seen(monkeypatch) -> list[bool]:
    """Whether each imported file came with the helper's work (a spy on import_file, which import_each calls)."""
    seen: list[bool] = []
    real = office_import.import_file

    def spy(ctx, path, via="file", prepared=None):
        seen.append(prepared is not None)
        return real(ctx, path, via, prepared)

    monkeypatch.setattr(office_import, "import_file", spy)
    return seen


def _sent(bundles) -> set[tuple]:
    rows = set()
    for path in bundles:
        bundle = open_bundle(path)
        for block in office_records.record_blocks(bundle, bundle.get("from"), box_key(), Counter()):
            rows |= {(s, e, g, v, bool(d), b) for s, e, g, v, d, b in block if e not in SKIPPED}
    return rows


def _held() -> set[tuple]:
    return {(s, e, g, v, bool(d), b) for s, e, g, v, d, b in database.execute_sql(
        "SELECT station, entity, gid, version, deleted, body FROM office_record WHERE entity NOT IN "
        f"({', '.join(repr(e) for e in SKIPPED)})")}


def _figures() -> list[tuple]:
    return sorted((str(d)[:10], s, m, k, round(v, 6)) for d, s, m, k, v in database.execute_sql(
        "SELECT day, station, measure, dim, value FROM office_figure WHERE value <> 0"))


def test_a_folder_imported_with_the_helper_holds_what_the_stations_sent(town, prepared_seen, monkeypatch):
    ctx = open_office_ctx(town.office)
    helpers = []
    real_init = prefetch.Ahead.__init__

    def keep(self, *args):
        real_init(self, *args)
        helpers.append(self)

    monkeypatch.setattr(prefetch.Ahead, "__init__", keep)

    def slow_start() -> bool:  # before the first file, wait for the helper to take it (its start-up takes a moment)
        deadline = time.monotonic() + 60
        while helpers[0]._claim.value == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        return False

    results = list(import_each(ctx, town.bundles, slow_start))
    assert [r.outcome for r in results] == ["accepted"] * 5
    assert prepared_seen[0], "the helper did not prepare the first file"
    assert _held() == _sent(town.bundles)
    imported = _figures()
    assert imported and any(m == "parcels_in" for _, _, m, _, _ in imported)
    figures.rebuild()
    assert _figures() == imported  # the same figures as measuring every record held afresh


def test_a_bad_file_among_them_is_refused_and_the_rest_import(town, tmp_path):
    damaged = tmp_path / "damaged.vsb"
    data = bytearray(town.bundles[2].read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    ctx = open_office_ctx(town.office)
    results = import_files(ctx, [*town.bundles[:2], damaged, *town.bundles[2:]])
    assert [r.outcome for r in results] == ["accepted"] * 2 + ["rejected"] + ["accepted"] * 3
    assert results[2].reason == "tampered" and results[2].quarantined and not damaged.exists()


def test_work_prepared_from_other_bytes_is_not_used(town):
    ctx = open_office_ctx(town.office)
    other = Prepared("0" * 64, Counter({"parcel": 1}), [])  # had it been used, the counts would not match
    result = import_file(ctx, town.bundles[0], prepared=other)
    assert result.outcome == "accepted" and result.records > 40


def test_bundles_in_many_blocks_hold_the_same(town, monkeypatch):
    """A station's first block goes in without conflict checks, its later blocks as upserts: the same result."""
    real_lines, real_apply, fresh_seen = office_records.line_blocks, office_import.apply_measured, []

    def small_lines(chunks, name):
        for lines in real_lines(chunks, name):
            yield from (lines[i:i + 7] for i in range(0, len(lines), 7))

    def spy(block, delta, fresh=False):
        fresh_seen.append(fresh)
        return real_apply(block, delta, fresh)

    monkeypatch.setattr(office_records, "BLOCK_ROWS", 7)
    monkeypatch.setattr(prefetch, "ahead", partial(prefetch.ahead, at_least=10**6))  # all here, where patched
    monkeypatch.setattr(office_records, "line_blocks", small_lines)
    monkeypatch.setattr(office_import, "apply_measured", spy)
    ctx = open_office_ctx(town.office)
    assert [r.outcome for r in import_files(ctx, town.bundles)] == ["accepted"] * 5
    assert fresh_seen.count(True) == 5 and fresh_seen.count(False) > 50
    assert _held() == _sent(town.bundles)
    imported = _figures()
    figures.rebuild()
    assert _figures() == imported
