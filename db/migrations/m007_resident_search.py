"""Residents are found by the pinyin initials of their name ("wxy" → 王秀英): a column kept by the
residents' write path (station.residents.registry) and an index for prefix ranges over it.

Existing residents get their initials here (pypinyin, the same library the write path uses).
"""


def _initials(name: str) -> str:
    from pypinyin import Style, lazy_pinyin

    letters = "".join(lazy_pinyin(name or "", style=Style.FIRST_LETTER, errors="ignore")).lower()
    return "".join(ch for ch in letters if ch.isascii() and ch.isalpha())


def migrate(db) -> None:
    db.execute_sql("ALTER TABLE resident ADD COLUMN name_initials TEXT NOT NULL DEFAULT ''")
    db.execute_sql("CREATE INDEX resident_name_initials ON resident (name_initials)")
    rows = db.execute_sql("SELECT gid, name FROM resident").fetchall()
    for gid, name in rows:
        db.execute_sql("UPDATE resident SET name_initials = ? WHERE gid = ?", (_initials(name), gid))
