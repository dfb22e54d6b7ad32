"""The town office application: figures aggregated as bundles import, the watch list's review, the calendar.

`office_figure` holds one value per day × station × measure (× an optional dimension such as a merchant), so a
dashboard or report reads a few thousand small rows and never the raw records. `office_record.figures` keeps
what each record added, so a newer version of the record takes its old contribution back exactly.
On PostgreSQL the same tables come from the models (db/portable.py); this SQL is the SQLite schema.
"""

SCHEMA = """
ALTER TABLE office_station ADD COLUMN max_bundle INTEGER NOT NULL DEFAULT 0;
ALTER TABLE office_bundle ADD COLUMN via TEXT NOT NULL DEFAULT '';
ALTER TABLE office_record ADD COLUMN figures TEXT;
CREATE TABLE office_figure (day DATE NOT NULL, station TEXT NOT NULL, measure TEXT NOT NULL,
    dim TEXT NOT NULL DEFAULT '', value REAL NOT NULL DEFAULT 0, PRIMARY KEY (day, station, measure, dim));
CREATE INDEX office_figure_measure ON office_figure (measure, day);
ALTER TABLE office_watch ADD COLUMN platform TEXT NOT NULL DEFAULT '';
ALTER TABLE office_watch ADD COLUMN status TEXT NOT NULL DEFAULT 'accepted';
ALTER TABLE office_watch ADD COLUMN cases INTEGER NOT NULL DEFAULT 0;
CREATE TABLE office_watch_event (id INTEGER PRIMARY KEY, watch_gid TEXT NOT NULL, at DATETIME NOT NULL,
    action TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', actor TEXT NOT NULL DEFAULT '');
CREATE INDEX office_watch_event_watch ON office_watch_event (watch_gid, at);
CREATE TABLE office_calendar (day DATE PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL DEFAULT '');
"""


def migrate(db) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute_sql(statement)
