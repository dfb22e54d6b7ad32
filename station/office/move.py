"""Moving an existing SQLite office onto PostgreSQL (`station office init --db URL` on an office).

Every table is copied in batches into a fresh PostgreSQL database at the same schema version, serial counters
are set past the copied rows, and only then does the data directory point at PostgreSQL; the SQLite file is kept
beside it (renamed), so a failure at any step leaves the office as it was.
"""
import sqlite3
from pathlib import Path

import peewee

from db.connection import close_database
from db.models import ALL_MODELS
from station.context import Ctx
from station.errors import InvalidInput, Refused, database_reason
from station.files import write_atomically
from station.paths import DB_FILE, DB_URL_FILE
from station.permissions import Perm

BATCH = 2000


def _converters(model) -> list:
    return [bool if isinstance(f, peewee.BooleanField) else None for f in model._meta.sorted_fields]


def _copy_table(src: sqlite3.Connection, pg, model) -> int:
    fields = model._meta.sorted_fields
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    convert = _converters(model)
    cursor = src.execute(f"SELECT {columns} FROM {model._meta.table_name}")
    copied = 0
    from psycopg2.extras import execute_values

    with pg.cursor() as out:
        while batch := cursor.fetchmany(BATCH):
            rows = [tuple(c(v) if c and v is not None else v for c, v in zip(convert, row, strict=True))
                    for row in batch]
            execute_values(out, f"INSERT INTO {model._meta.table_name} ({columns}) VALUES %s", rows)
            copied += len(rows)
    return copied


def _reset_serials(pg) -> None:
    for model in ALL_MODELS:
        pk = model._meta.primary_key
        if isinstance(pk, peewee.AutoField):
            table, column = model._meta.table_name, pk.column_name
            pg.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                           f"COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)")


def move_to_postgres(ctx: Ctx, url: str) -> dict:
    from db import postgres

    ctx.require(Perm.OFFICE)
    if not postgres.is_postgres_url(url):
        raise InvalidInput("--db takes a postgresql://user@host:port/database address (for a town office).",
                           why="db_not_postgres")
    sqlite_path = ctx.data_dir / DB_FILE
    if not sqlite_path.exists():
        raise Refused("This office already runs on PostgreSQL; nothing was changed.", why="already_on_postgres")
    close_database()
    try:
        pg = postgres.connect(url)
    except postgres.ConnectFailed as exc:
        raise Refused("The office database at {host} cannot be used: {reason}", why="database_unreachable",
                      host=exc.host, reason=database_reason(exc.kind, exc.reason)) from None
    if any(t in pg.get_tables() for t in ("station", "schema_version")):
        raise Refused("The database at {host} is not empty; the office moves only into an empty database.",
                      why="database_not_empty",
                      host=postgres.where(url))
    postgres.migrate(pg)
    rows = 0
    with sqlite3.connect(str(sqlite_path)) as src, pg.atomic():
        for model in ALL_MODELS:
            rows += _copy_table(src, pg, model)
        _reset_serials(pg)
    kept = sqlite_path.with_name(DB_FILE + ".moved-to-postgresql")
    write_atomically(ctx.data_dir / DB_URL_FILE, (url + "\n").encode("utf-8"))
    for suffix in ("-wal", "-shm"):
        Path(f"{sqlite_path}{suffix}").unlink(missing_ok=True)
    sqlite_path.replace(kept)
    return {"host": postgres.where(url), "rows": rows, "kept": str(kept)}
