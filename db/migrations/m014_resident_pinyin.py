"""Residents sort by the full pinyin of their name, then the name (not by initials alone, where 王秀英, 吴晓燕
and 魏小雨 all read "wxy"): a column kept by the residents' write path (station.residents.registry) and an
index for the ordered list.

Existing residents get theirs here (pypinyin, as the write path), with the outbox's update trigger lifted
meanwhile, as in m008: a derived column is no change to sync.
"""
from db.changes import track_changes


def _pinyin(name: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return " ".join(s.lower() for s in lazy_pinyin(name or "", style=Style.NORMAL) if s.strip())


def migrate(db) -> None:
    db.execute_sql("ALTER TABLE resident ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT ''")
    db.execute_sql("CREATE INDEX resident_name_pinyin ON resident (name_pinyin, name)")
    tracked = db.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'resident_outbox_upd'"
                             ).fetchone()
    db.execute_sql("DROP TRIGGER IF EXISTS resident_outbox_upd")
    rows = db.execute_sql("SELECT gid, name FROM resident").fetchall()
    for gid, name in rows:
        db.execute_sql("UPDATE resident SET name_pinyin = ? WHERE gid = ?", (_pinyin(name), gid))
    if tracked:
        track_changes(db, "resident")
