"""m013 on PostgreSQL: an office made before it gets office_figure keyed station first, as a new one is."""
from db import postgres
from db.connection import close_database
from db.models.office import STANDING_MEASURES


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
        for measure in STANDING_MEASURES:  # m015's, made from the models
            db.execute_sql(f"DROP INDEX office_figure_{measure}")
        db.execute_sql('CREATE INDEX office_figure_measure_day ON office_figure (measure, day)')
        db.execute_sql("UPDATE schema_version SET version = 12")
        postgres.migrate(db)
        assert _key_and_indexes(db) == new and new[0] == ["station", "day", "measure", "dim"]
        assert db.execute_sql("SELECT value FROM office_figure").fetchall() == [(2.0,)]
    finally:
        close_database()


def test_an_office_of_version_14_loses_the_indexes_the_import_paid_for(pg_server):
    db = postgres.connect(pg_server.new_database())
    try:
        postgres.migrate(db)
        new = _key_and_indexes(db)
        for measure in STANDING_MEASURES:
            db.execute_sql(f"DROP INDEX office_figure_{measure}")
        db.execute_sql("CREATE INDEX office_figure_measure_station_day ON office_figure (measure, station, day)")
        db.execute_sql("CREATE INDEX office_record_entity_station ON office_record (entity, station)")
        db.execute_sql("UPDATE schema_version SET version = 14")
        postgres.migrate(db)
        assert _key_and_indexes(db) == new
        assert len(new[1]) == len(STANDING_MEASURES) and all("WHERE" in index for index in new[1])
        assert db.execute_sql("SELECT indexname FROM pg_indexes WHERE tablename = 'office_record'").fetchall() == [
            ("office_record_pkey",)]
    finally:
        close_database()
