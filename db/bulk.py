"""Bulk statements that work on both engines the office runs on (SQLite's `?`, PostgreSQL's `%s`)."""
from db.models import database


def is_postgres() -> bool:
    import peewee

    return isinstance(database.obj, peewee.PostgresqlDatabase)


def param_list(n: int) -> str:
    return ", ".join([database.param] * n)


def executemany(sql: str, rows: list[tuple]) -> None:
    """One statement over many rows: sqlite3's executemany, or psycopg2's execute_batch (pages of statements)."""
    if not rows:
        return
    if is_postgres():
        from psycopg2.extras import execute_batch

        with database.cursor() as cursor:
            execute_batch(cursor, sql, rows, page_size=500)
    else:
        database.connection().executemany(sql, rows)
