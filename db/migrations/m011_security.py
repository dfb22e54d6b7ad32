"""Security and recovery: access tokens, sync generations, the office's audit and restore warnings.

Private keys leave the `station` table at open time (station/keystore.py moves them to the platform's key
store or a key file): a migration has no business writing outside the database file.
"""

SCHEMA = """
CREATE TABLE access_token (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE, created_at DATETIME NOT NULL, created_by TEXT NOT NULL,
    revoked_at DATETIME);
ALTER TABLE office_station ADD COLUMN generation TEXT NOT NULL DEFAULT '';
CREATE TABLE office_warning (id INTEGER PRIMARY KEY, station TEXT NOT NULL, at DATETIME NOT NULL,
    kind TEXT NOT NULL, first_seq INTEGER, last_seq INTEGER, message TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}');
CREATE INDEX office_warning_station ON office_warning (station, at);
INSERT OR IGNORE INTO meta (key, value) VALUES ('sync_generation', lower(hex(randomblob(10))))
"""


def migrate(db) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute_sql(statement)
