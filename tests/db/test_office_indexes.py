"""The office's all-time readings use their partial indexes (m015), so they stay quick as the years pile up."""
import sqlite3

import pytest

from db.connection import close_database, open_database
from db.models.office import STANDING_MEASURES
from station.office.dashboard import standing


@pytest.fixture
def conn(tmp_path):
    path = tmp_path / "office.db"
    open_database(path)
    close_database()
    connection = sqlite3.connect(str(path))
    yield connection
    connection.close()


@pytest.mark.parametrize("measure", STANDING_MEASURES)
def test_a_reading_over_all_time_uses_its_measures_own_index(conn, measure):
    plan = " ".join(row[3] for row in conn.execute(
        f"EXPLAIN QUERY PLAN SELECT station, SUM(value) FROM office_figure WHERE {standing(measure)} AND day < ? "
        "GROUP BY station", ("2026-03-01",)))
    assert f"office_figure_{measure}" in plan, plan


def test_a_reading_of_one_station_and_month_goes_by_the_key(conn):
    plan = " ".join(row[3] for row in conn.execute(
        "EXPLAIN QUERY PLAN SELECT day, SUM(value) FROM office_figure WHERE station IN ('A', 'B') AND day >= ? "
        "AND day <= ? AND measure = ? GROUP BY day", ("2026-03-01", "2026-03-31", "parcels_in")))
    assert "PRIMARY KEY" in plan and "SCAN" not in plan.replace("SCAN CONSTANT", ""), plan


def test_a_measure_without_an_index_of_its_own_is_refused():
    with pytest.raises(ValueError):
        standing("parcels_in")


def test_an_import_writes_no_second_copy_of_a_record(conn):
    names = [row[1] for row in conn.execute("PRAGMA index_list('office_record')")]
    assert [n for n in names if not n.startswith("sqlite_autoindex")] == []
