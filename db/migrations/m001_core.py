"""Version 1: station identity, accounts, audit, settings, outbox, residents and parcels."""
from db.changes import track_changes

SCHEMA = """
CREATE TABLE station (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'station',
    created_at DATETIME NOT NULL, sign_private BLOB NOT NULL, sign_public BLOB NOT NULL,
    box_private BLOB NOT NULL, box_public BLOB NOT NULL);
CREATE TABLE account (
    id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL,
    secret_hash TEXT NOT NULL, failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until DATETIME,
    active INTEGER NOT NULL DEFAULT 1, created_at DATETIME NOT NULL);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY, at DATETIME NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    entity TEXT NOT NULL, entity_id TEXT NOT NULL, before TEXT, after TEXT,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, gid TEXT NOT NULL,
    op TEXT NOT NULL);
CREATE TABLE village_group (gid TEXT PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0);
CREATE TABLE household (gid TEXT PRIMARY KEY, owner TEXT NOT NULL,
    group_gid TEXT NOT NULL REFERENCES village_group (gid), address TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL);
CREATE TABLE resident (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '',
    phone_tail TEXT NOT NULL DEFAULT '', household_gid TEXT REFERENCES household (gid),
    group_gid TEXT REFERENCES village_group (gid),
    care_elderly INTEGER NOT NULL DEFAULT 0, care_mobility INTEGER NOT NULL DEFAULT 0,
    care_vision INTEGER NOT NULL DEFAULT 0, care_hearing INTEGER NOT NULL DEFAULT 0,
    care_alone INTEGER NOT NULL DEFAULT 0, care_notes TEXT NOT NULL DEFAULT '', created_at DATETIME NOT NULL);
CREATE INDEX resident_name ON resident (name);
CREATE INDEX resident_phone_tail ON resident (phone_tail);
CREATE INDEX resident_phone ON resident (phone);
CREATE TABLE delegate (gid TEXT PRIMARY KEY, owner TEXT NOT NULL,
    resident_gid TEXT NOT NULL REFERENCES resident (gid), name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '', relation TEXT NOT NULL DEFAULT '');
CREATE INDEX delegate_resident ON delegate (resident_gid);
CREATE TABLE parcel (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, tracking_no TEXT NOT NULL, carrier TEXT NOT NULL DEFAULT '',
    resident_gid TEXT REFERENCES resident (gid), pickup_code TEXT NOT NULL DEFAULT '',
    shelf TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'waiting', arrived_at DATETIME NOT NULL,
    picked_up_at DATETIME, receiver_name TEXT NOT NULL DEFAULT '', receiver_relation TEXT NOT NULL DEFAULT '',
    updated_at DATETIME NOT NULL);
CREATE INDEX parcel_tracking ON parcel (tracking_no);
CREATE INDEX parcel_pickup_code ON parcel (pickup_code, status);
CREATE INDEX parcel_resident ON parcel (resident_gid, status);
CREATE INDEX parcel_status_arrived ON parcel (status, arrived_at);
CREATE INDEX parcel_arrived ON parcel (arrived_at);
"""

SYNCED = ("village_group", "household", "resident", "delegate", "parcel")


def migrate(db) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute_sql(statement)
    for table in SYNCED:
        track_changes(db, table)
