"""Sync: checkpoints and history on a station; enrolled stations, bundles and mirrored records at the office.

Both kinds of data directory get every table (one schema, one program); each side uses its own half.
None of these tables sync themselves: they describe this PC's side of the exchange.
"""

SCHEMA = """
CREATE TABLE sync_office (code TEXT PRIMARY KEY, name TEXT NOT NULL, sign_public BLOB NOT NULL,
    box_public BLOB NOT NULL, fingerprint TEXT NOT NULL, trusted_at DATETIME NOT NULL);
CREATE TABLE sync_bundle (bundle_id TEXT PRIMARY KEY, direction TEXT NOT NULL, peer TEXT NOT NULL,
    at DATETIME NOT NULL, seq_from INTEGER NOT NULL, seq_to INTEGER NOT NULL, records INTEGER NOT NULL,
    ack INTEGER, file TEXT NOT NULL DEFAULT '', sha256 TEXT NOT NULL DEFAULT '', via TEXT NOT NULL DEFAULT '');
CREATE INDEX sync_bundle_at ON sync_bundle (at);
CREATE TABLE sync_notice (gid TEXT PRIMARY KEY, office TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
    created_at DATETIME NOT NULL, received_at DATETIME NOT NULL);
CREATE TABLE sync_watch (gid TEXT PRIMARY KEY, office TEXT NOT NULL, name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', updated_at DATETIME NOT NULL);
CREATE TABLE office_station (code TEXT PRIMARY KEY, name TEXT NOT NULL, sign_public BLOB NOT NULL,
    box_public BLOB NOT NULL, fingerprint TEXT NOT NULL, enrolled_at DATETIME NOT NULL,
    applied_to INTEGER NOT NULL DEFAULT 0, last_bundle_at DATETIME);
CREATE TABLE office_bundle (bundle_id TEXT PRIMARY KEY, station TEXT NOT NULL, sha256 TEXT NOT NULL,
    seq_from INTEGER NOT NULL, seq_to INTEGER NOT NULL, records INTEGER NOT NULL, schema INTEGER NOT NULL,
    outcome TEXT NOT NULL, received_at DATETIME NOT NULL);
CREATE INDEX office_bundle_station ON office_bundle (station, seq_to);
CREATE TABLE office_backlog (bundle_id TEXT PRIMARY KEY, station TEXT NOT NULL, sha256 TEXT NOT NULL,
    seq_from INTEGER NOT NULL, seq_to INTEGER NOT NULL, path TEXT NOT NULL, received_at DATETIME NOT NULL);
CREATE TABLE office_quarantine (sha256 TEXT PRIMARY KEY, file_name TEXT NOT NULL, path TEXT NOT NULL,
    reason TEXT NOT NULL, message TEXT NOT NULL, station TEXT NOT NULL DEFAULT '',
    bundle_id TEXT NOT NULL DEFAULT '', at DATETIME NOT NULL);
CREATE TABLE office_record (station TEXT NOT NULL, entity TEXT NOT NULL, gid TEXT NOT NULL,
    version INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, body TEXT,
    PRIMARY KEY (station, entity, gid)) WITHOUT ROWID;
CREATE INDEX office_record_entity ON office_record (entity, station);
CREATE TABLE office_watch (gid TEXT PRIMARY KEY, name TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '', updated_at DATETIME NOT NULL);
CREATE TABLE office_notice (gid TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,
    created_at DATETIME NOT NULL);
"""

# Queryable per-entity mirrors for the office dashboards (later tables are read from office_record directly).
MIRRORED = ("village_group", "household", "resident", "delegate", "parcel")


def migrate(db) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute_sql(statement)
    for entity in MIRRORED:
        db.execute_sql(f"CREATE VIEW office_{entity} AS SELECT station, gid, version, body FROM office_record "
                       f"WHERE entity = '{entity}' AND deleted = 0")
