"""Version 2 (counter): shelf slots, handouts, pre-alerts; parcels learn their handout.

`shelf_slot.waiting` is kept by triggers on `parcel`, so every path that moves a parcel on or off the
shelf (intake, handout, problem queue, delivery runs, returns) keeps the counts right without
knowing about them; slot allocation then reads one small table instead of counting a million rows.
The (resident, status, arrived) index replaces m001's (resident, status): it serves the same lookups,
also in arrival order, and every status change updates one index fewer.
"""
from db.changes import track_changes

SCHEMA = """
CREATE TABLE shelf_slot (label TEXT PRIMARY KEY, shelf INTEGER, layer INTEGER,
    waiting INTEGER NOT NULL DEFAULT 0);
INSERT INTO shelf_slot (label, waiting)
    SELECT shelf, count(*) FROM parcel WHERE status = 'waiting' AND shelf != '' GROUP BY shelf;
CREATE TRIGGER parcel_slot_ins AFTER INSERT ON parcel WHEN NEW.status = 'waiting' AND NEW.shelf != ''
BEGIN
    INSERT OR IGNORE INTO shelf_slot (label) VALUES (NEW.shelf);
    UPDATE shelf_slot SET waiting = waiting + 1 WHERE label = NEW.shelf;
END;
CREATE TRIGGER parcel_slot_upd AFTER UPDATE OF status, shelf ON parcel
    WHEN (OLD.status = 'waiting') != (NEW.status = 'waiting') OR OLD.shelf != NEW.shelf
BEGIN
    UPDATE shelf_slot SET waiting = waiting - 1 WHERE label = OLD.shelf AND OLD.status = 'waiting';
    INSERT OR IGNORE INTO shelf_slot (label) SELECT NEW.shelf WHERE NEW.status = 'waiting' AND NEW.shelf != '';
    UPDATE shelf_slot SET waiting = waiting + 1 WHERE label = NEW.shelf AND NEW.status = 'waiting';
END;
CREATE TRIGGER parcel_slot_del AFTER DELETE ON parcel WHEN OLD.status = 'waiting'
BEGIN
    UPDATE shelf_slot SET waiting = waiting - 1 WHERE label = OLD.shelf;
END;
CREATE TABLE handout (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, resident_gid TEXT REFERENCES resident (gid),
    at DATETIME NOT NULL, receiver_name TEXT NOT NULL, receiver_relation TEXT NOT NULL,
    delegate_gid TEXT REFERENCES delegate (gid), staff TEXT NOT NULL, parcel_count INTEGER NOT NULL,
    undone_at DATETIME);
CREATE INDEX handout_resident ON handout (resident_gid, at);
ALTER TABLE parcel ADD COLUMN handout_gid TEXT REFERENCES handout (gid);
CREATE INDEX parcel_handout ON parcel (handout_gid);
DROP INDEX parcel_resident;
CREATE INDEX parcel_resident_status_arrived ON parcel (resident_gid, status, arrived_at);
CREATE TABLE prealert (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, tracking_no TEXT NOT NULL,
    resident_gid TEXT NOT NULL REFERENCES resident (gid), note TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL, parcel_gid TEXT REFERENCES parcel (gid), linked_at DATETIME);
CREATE INDEX prealert_tracking ON prealert (tracking_no);
"""

def migrate(db) -> None:
    for statement in _statements():
        db.execute_sql(statement)
    for table in ("handout", "prealert"):
        track_changes(db, table)


def _statements() -> list[str]:
    """Split on `;` at line ends, keeping trigger bodies (BEGIN … END) whole."""
    result, current = [], []
    for line in SCHEMA.strip().splitlines():
        current.append(line)
        body = "\n".join(current)
        opened = body.count("BEGIN") > body.count("END;")
        if line.rstrip().endswith(";") and not opened:
            result.append(body.rstrip().rstrip(";") if "BEGIN" not in body else body)
            current = []
    return result
