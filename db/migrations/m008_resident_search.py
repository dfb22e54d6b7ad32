"""Residents are found by the pinyin initials of their name ("wxy" → 王秀英): a column kept by the
residents' write path (station.residents.registry) and an index for prefix ranges over it.

Existing residents get their initials here (pypinyin, the same library the write path uses), with the outbox's
update trigger lifted meanwhile: a derived column is no change to sync (the office migrates its own copy), and a
station must not find every resident "waiting to be sent" after an upgrade.
"""
from db.changes import track_changes


def _initials(name: str) -> str:
    from pypinyin import Style, lazy_pinyin

    letters = "".join(lazy_pinyin(name or "", style=Style.FIRST_LETTER, errors="ignore")).lower()
    return "".join(ch for ch in letters if ch.isascii() and ch.isalpha())


def migrate(db) -> None:
    db.execute_sql("ALTER TABLE resident ADD COLUMN name_initials TEXT NOT NULL DEFAULT ''")
    db.execute_sql("CREATE INDEX resident_name_initials ON resident (name_initials)")
    tracked = db.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'resident_outbox_upd'"
                             ).fetchone()
    db.execute_sql("DROP TRIGGER IF EXISTS resident_outbox_upd")
    rows = db.execute_sql("SELECT gid, name FROM resident").fetchall()
    for gid, name in rows:
        db.execute_sql("UPDATE resident SET name_initials = ? WHERE gid = ?", (_initials(name), gid))
    if tracked:
        track_changes(db, "resident")  # CREATE TRIGGER IF NOT EXISTS: only the update trigger is made again
