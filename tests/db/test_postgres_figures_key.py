"""m013 on PostgreSQL: an office made before it gets office_figure keyed station first, as a new one is."""
from db import postgres
from db.connection import close_database


def _key_and_indexes(db) -> tuple[list[str], set[str]]:
    key = [r[0] for r in db.execute_sql(
        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
        "WHERE i.indrelid = 'office_figure'::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)")]
    indexes = {r[0] for r in db.execute_sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'office_figure' "
                                            "AND indexname <> 'office_figure_pkey'")}
    return key, indexes


def test_an_office_of_version_12_is_rekeyed_and_keeps_its_figures(pg_server):
    db = postgres.connect(pg_server.new_database())
    try:
        postgres.migrate(db)
        new = _key_and_indexes(db)
        db.execute_sql("INSERT INTO office_figure (day, station, measure, dim, value) "
                       "VALUES ('2026-03-01', 'CN-A', 'parcels_in', '', 2)")
        db.execute_sql("ALTER TABLE office_figure DROP CONSTRAINT office_figure_pkey, "
                       "ADD PRIMARY KEY (day, station, measure, dim)")  # as version 12 made it
        db.execute_sql("DROP INDEX office_figure_measure_station_day")
        db.execute_sql('CREATE INDEX office_figure_measure_day ON office_figure (measure, day)')
        db.execute_sql("UPDATE schema_version SET version = 12")
        postgres.migrate(db)
        assert _key_and_indexes(db) == new and new[0] == ["station", "day", "measure", "dim"]
        assert db.execute_sql("SELECT value FROM office_figure").fetchall() == [(2.0,)]
    finally:
        close_database()
