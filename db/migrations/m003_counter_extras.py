"""Counter extras: the per-resident notice log, the problem-parcel queue, handoffs back to couriers,
and reminder state on parcels (columns added with ALTER TABLE so existing rows keep their data)."""
from db.changes import track_changes

SCHEMA = """
CREATE TABLE notice_log (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, resident_gid TEXT NOT NULL REFERENCES resident (gid),
    at DATETIME NOT NULL, kind TEXT NOT NULL, channel TEXT NOT NULL, parcel_count INTEGER NOT NULL DEFAULT 0,
    codes TEXT NOT NULL DEFAULT '', actor TEXT NOT NULL, note TEXT NOT NULL DEFAULT '');
CREATE INDEX notice_log_resident ON notice_log (resident_gid, at);
CREATE TABLE parcel_problem (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, parcel_gid TEXT NOT NULL REFERENCES parcel (gid),
    kind TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', photo_path TEXT NOT NULL DEFAULT '',
    photo_sha256 TEXT NOT NULL DEFAULT '', status_before TEXT NOT NULL, reported_at DATETIME NOT NULL,
    reported_by TEXT NOT NULL, resolved_at DATETIME, resolved_by TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT '', resolution_note TEXT NOT NULL DEFAULT '');
CREATE INDEX parcel_problem_open ON parcel_problem (resolved_at, reported_at);
CREATE INDEX parcel_problem_parcel ON parcel_problem (parcel_gid);
CREATE TABLE parcel_handoff (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, parcel_gid TEXT NOT NULL REFERENCES parcel (gid),
    courier_name TEXT NOT NULL, reason TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', at DATETIME NOT NULL,
    staff TEXT NOT NULL);
CREATE INDEX parcel_handoff_parcel ON parcel_handoff (parcel_gid);
ALTER TABLE parcel ADD COLUMN reminded_at DATETIME;
ALTER TABLE parcel ADD COLUMN reminder_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE parcel ADD COLUMN return_due_at DATETIME;
CREATE INDEX parcel_carrier_arrived ON parcel (carrier, arrived_at);
CREATE INDEX IF NOT EXISTS resident_group ON resident (group_gid);
"""

SYNCED = ("notice_log", "parcel_problem", "parcel_handoff")


def migrate(db) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute_sql(statement)
    for table in SYNCED:
        track_changes(db, table)
