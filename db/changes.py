"""Change capture for records that sync: triggers append to the outbox in the writer's transaction.

Triggers (not application code) mean no write path can forget to record its change, bulk inserts
included. The outbox sequence number doubles as the record's version.
"""

_TRIGGERS = (
    ("ins", "AFTER INSERT", "NEW.gid", "upsert"),
    ("upd", "AFTER UPDATE", "NEW.gid", "upsert"),
    ("del", "AFTER DELETE", "OLD.gid", "delete"),
)


def track_changes(db, table: str) -> None:
    """Make every insert, update and delete of `table` add a row to the outbox (DDL: no model can say it)."""
    for suffix, event, gid, op in _TRIGGERS:
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS {table}_outbox_{suffix} {event} ON {table} "
            f"BEGIN INSERT INTO outbox (entity, gid, op) VALUES ('{table}', {gid}, '{op}'); END"
        )


def synced_tables(db) -> list[str]:
    rows = db.execute_sql(
        "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type='trigger' AND name LIKE '%\\_outbox\\_ins' ESCAPE '\\'"
    ).fetchall()
    return sorted(r[0] for r in rows)
