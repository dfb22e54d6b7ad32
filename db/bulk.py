"""Bulk statements that work on both engines the office runs on (SQLite's `?`, PostgreSQL's `%s`)."""
import io

from db.models import database

COPY_FROM = 500  # rows from which an upsert on PostgreSQL goes through COPY: below, its extra round trips cost more


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


def upsert(table: str, columns: tuple[str, ...], rows: list[tuple], conflict: str | None) -> None:
    """INSERT INTO table (columns) … ON CONFLICT `conflict` for many rows, each key at most once; with no
    `conflict`, a plain INSERT of keys the table does not hold yet (the caller knows).

    SQLite: executemany. PostgreSQL: COPY into a temporary table shaped like `table`, then one INSERT … SELECT
    from it — the bulk path PostgreSQL is built for (a row costs a fraction of a multi-row VALUES page, whose
    every value psycopg2 quotes in Python and the server parses as SQL); with no conflict, COPY straight into the
    table (no second table, no conflict check)."""
    if not rows:
        return
    names = ", ".join(columns)
    on_conflict = f" ON CONFLICT {conflict}" if conflict else ""
    if not is_postgres():
        database.connection().executemany(
            f"INSERT INTO {table} ({names}) VALUES ({param_list(len(columns))}){on_conflict}", rows)
    elif len(rows) < COPY_FROM:  # a push of a few records: one multi-row VALUES statement
        from psycopg2.extras import execute_values

        with database.cursor() as cursor:
            execute_values(cursor, f"INSERT INTO {table} ({names}) VALUES %s{on_conflict}", rows, page_size=COPY_FROM)
    elif conflict is None:
        with database.cursor() as cursor:
            cursor.copy_expert(f"COPY {table} ({names}) FROM STDIN", io.StringIO(copy_text(rows)))
    else:
        _copy_upsert(table, names, rows, conflict)


def _copy_upsert(table: str, names: str, rows: list[tuple], conflict: str) -> None:
    stage = f"stage_{table}"  # emptied before and after: in or out of a transaction, it holds only these rows
    with database.cursor() as cursor:
        cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {table}); TRUNCATE {stage}")
        cursor.copy_expert(f"COPY {stage} ({names}) FROM STDIN", io.StringIO(copy_text(rows)))
        cursor.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {stage} ON CONFLICT {conflict}; "
                       f"TRUNCATE {stage}")


def copy_text(rows: list[tuple]) -> str:
    """Rows in COPY's text format: tab between fields, \\N for NULL, backslash escapes in text."""
    return "".join(["\t".join([_copy_field(value) for value in row]) + "\n" for row in rows])


def _copy_field(value) -> str:
    if value.__class__ is str:  # most fields: checked first, without isinstance (one call per field of every row)
        if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
            return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
        return value
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    return repr(value) if isinstance(value, (int, float)) else _copy_field(str(value))  # repr: a float exactly
