"""Doorstep delivery: volunteers and their availability, delivery runs, slips (stops) and their parcels,
the volunteer hours ledger; what residents' delegates may do (collect parcels, be told); and an index on
audit.entity_id so a resident's timeline finds their record changes without scanning the log."""
from db.changes import track_changes

SCHEMA = """
ALTER TABLE delegate ADD COLUMN may_collect INTEGER NOT NULL DEFAULT 1;
ALTER TABLE delegate ADD COLUMN be_told INTEGER NOT NULL DEFAULT 0;
CREATE TABLE volunteer (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '',
    account TEXT NOT NULL DEFAULT '', group_gid TEXT REFERENCES village_group (gid),
    availability TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1, created_at DATETIME NOT NULL);
CREATE INDEX volunteer_account ON volunteer (account);
CREATE TABLE delivery_run (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, code TEXT NOT NULL UNIQUE,
    group_gid TEXT REFERENCES village_group (gid), volunteer_gid TEXT REFERENCES volunteer (gid),
    status TEXT NOT NULL DEFAULT 'planned', created_at DATETIME NOT NULL, created_by TEXT NOT NULL DEFAULT '',
    started_at DATETIME, closed_at DATETIME);
CREATE INDEX delivery_run_status ON delivery_run (status, created_at);
CREATE TABLE delivery_stop (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, run_gid TEXT NOT NULL REFERENCES delivery_run (gid),
    resident_gid TEXT NOT NULL REFERENCES resident (gid), position INTEGER NOT NULL,
    slip_code TEXT NOT NULL UNIQUE, outcome TEXT NOT NULL DEFAULT '', delegate_name TEXT NOT NULL DEFAULT '',
    outcome_at DATETIME, outcome_by TEXT NOT NULL DEFAULT '');
CREATE INDEX delivery_stop_run ON delivery_stop (run_gid, position);
CREATE INDEX delivery_stop_resident ON delivery_stop (resident_gid);
CREATE TABLE delivery_item (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, stop_gid TEXT NOT NULL REFERENCES delivery_stop (gid),
    parcel_gid TEXT NOT NULL REFERENCES parcel (gid));
CREATE INDEX delivery_item_stop ON delivery_item (stop_gid);
CREATE INDEX delivery_item_parcel ON delivery_item (parcel_gid);
CREATE TABLE volunteer_hours (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, volunteer_gid TEXT NOT NULL REFERENCES volunteer (gid),
    run_gid TEXT REFERENCES delivery_run (gid), day DATE NOT NULL, minutes INTEGER NOT NULL,
    source TEXT NOT NULL DEFAULT 'run', note TEXT NOT NULL DEFAULT '', created_at DATETIME NOT NULL);
CREATE INDEX volunteer_hours_day ON volunteer_hours (volunteer_gid, day);
CREATE INDEX IF NOT EXISTS audit_entity_id ON audit (entity_id);
"""

SYNCED = ("volunteer", "delivery_run", "delivery_stop", "delivery_item", "volunteer_hours")


def migrate(db) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute_sql(statement)
    for table in SYNCED:
        track_changes(db, table)
