"""Office figures keyed station first: a bundle is one station's records, so the figures it changes (a year of
days × that station's measures) now sit together in the table and its measure index instead of on every page of
both. Each import commits once per bundle; keyed day first, every commit rewrote most of the figure table as the
town grew (issue 13: the figure upserts were the largest part of an import on SQLite). Dashboards read by
measure (the index: measure, station, day) or by station and day (the key); the town station by station
(station.office.dashboard._where names the enrolled stations).
"""

SCHEMA = """
CREATE TABLE office_figure_m013 (day DATE NOT NULL, station TEXT NOT NULL, measure TEXT NOT NULL,
    dim TEXT NOT NULL DEFAULT '', value REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (station, day, measure, dim)) WITHOUT ROWID;
INSERT INTO office_figure_m013 (day, station, measure, dim, value)
    SELECT day, station, measure, dim, value FROM office_figure;
DROP TABLE office_figure;
ALTER TABLE office_figure_m013 RENAME TO office_figure;
CREATE INDEX office_figure_measure ON office_figure (measure, station, day);
"""


def migrate(db) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute_sql(statement)
