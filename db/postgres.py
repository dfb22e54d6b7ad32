"""The town office on PostgreSQL: the connection, the schema from the models, moving an SQLite office over.

The numbered migrations are SQLite SQL (triggers, WITHOUT ROWID, PRAGMA user_version) and stay so. On
PostgreSQL the schema is made portable instead: each version step creates the models' missing tables, columns
and indexes through peewee's dialect-aware DDL (`ALL_MODELS` mirrors the migrations; a test holds them equal on
SQLite), inside one transaction, and `schema_version` records the version reached. What PostgreSQL lacks of
SQLite's dialect the database class supplies: `Model.replace()` becomes an upsert on the primary key, and a
write transaction (`BEGIN IMMEDIATE` on SQLite) takes one advisory lock so writers queue the same way.
"""
from urllib.parse import urlsplit

import peewee
from peewee import OnConflict

from db.migrations import LATEST_VERSION
from db.models import ALL_MODELS, database

WRITE_LOCK = 7_301_013  # any fixed number: the office's one writer lock


# libpq's own words for the failures people meet (it has no codes for them), first match wins.
_KINDS = (("Connection refused", "refused"), ("could not translate host name", "unknown_host"),
          ("Name or service not known", "unknown_host"), ("timeout expired", "timeout"),
          ("password authentication failed", "login"), ("no password supplied", "login"),
          ("role \"", "login"), ("No route to host", "unreachable"), ("Network is unreachable", "unreachable"),
          ("database \"", "no_database"))


class ConnectFailed(Exception):
    """The PostgreSQL server could not be reached or refused us: `host` and `reason` say which and why; `kind`
    (refused, unknown_host, timeout, login, unreachable, no_database, other) lets the caller say it in words."""

    def __init__(self, host: str, reason: str) -> None:
        super().__init__(f"{host}: {reason}")
        self.host = host
        self.reason = reason
        self.kind = next((kind for words, kind in _KINDS if words in reason), "other")


class OfficePostgres(peewee.PostgresqlDatabase):
    def begin(self, lock_type=None):
        super().begin()
        if lock_type and str(lock_type).upper() in ("IMMEDIATE", "EXCLUSIVE"):
            self.cursor().execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    def conflict_update(self, oc, query):
        if (oc._action or "").upper() == "REPLACE":
            meta = query.model._meta
            keys = meta.get_primary_keys()
            rest = [f for f in meta.sorted_fields if f not in keys]
            oc = OnConflict("update", conflict_target=keys, preserve=rest) if rest else OnConflict("ignore")
        return super().conflict_update(oc, query)


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def where(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}:{parts.port or 5432}"


def make_postgres(url: str) -> OfficePostgres:
    parts = urlsplit(url)
    return OfficePostgres(parts.path.lstrip("/") or "postgres", user=parts.username, password=parts.password,
                          host=parts.hostname, port=parts.port or 5432, connect_timeout=10)


def connect(url: str) -> OfficePostgres:
    """Bind the models to the PostgreSQL database at `url`; one clear error when it cannot be used."""
    db = make_postgres(url)
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise ConnectFailed(where(url), _first_line(exc)) from None
    database.initialize(db)
    return db


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0].removeprefix("connection to server at ").strip() if text else type(exc).__name__


def schema_version(db: OfficePostgres) -> int:
    if "schema_version" not in db.get_tables():
        return 0
    row = db.execute_sql("SELECT version FROM schema_version").fetchone()
    return row[0] if row else 0


def migrate(db: OfficePostgres) -> None:
    """Bring the schema to LATEST_VERSION in one transaction: missing tables, columns and indexes, from the models."""
    found = schema_version(db)
    if found >= LATEST_VERSION:
        return
    with db.atomic():
        db.execute_sql("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        tables = set(db.get_tables())
        for model in ALL_MODELS:
            if model._meta.table_name in tables:
                _add_missing_columns(db, model)
        if 0 < found < 13 and "office_figure" in tables:
            _figures_by_station(db)
        if 0 < found < 15:
            _lean_office_indexes(db)
        db.create_tables(ALL_MODELS, safe=True)
        db.execute_sql("DELETE FROM schema_version")
        db.execute_sql("INSERT INTO schema_version (version) VALUES (%s)", (LATEST_VERSION,))


def _figures_by_station(db: OfficePostgres) -> None:
    """m013 on PostgreSQL: what the models cannot say by adding (a primary key in a new order, an index gone)."""
    db.execute_sql("ALTER TABLE office_figure DROP CONSTRAINT office_figure_pkey")
    db.execute_sql("ALTER TABLE office_figure ADD PRIMARY KEY (station, day, measure, dim)")
    db.execute_sql("DROP INDEX IF EXISTS office_figure_measure_day")


def _lean_office_indexes(db: OfficePostgres) -> None:
    """m015 on PostgreSQL: the two indexes the models no longer name (the partial ones are made from the models)."""
    db.execute_sql("DROP INDEX IF EXISTS office_record_entity_station")
    db.execute_sql("DROP INDEX IF EXISTS office_figure_measure_station_day")


def _add_missing_columns(db: OfficePostgres, model) -> None:
    from playhouse.migrate import PostgresqlMigrator
    from playhouse.migrate import migrate as run

    have = {c.name for c in db.get_columns(model._meta.table_name)}
    missing = [f for f in model._meta.sorted_fields if f.column_name not in have]
    if missing:
        migrator = PostgresqlMigrator(db)
        run(*[migrator.add_column(model._meta.table_name, f.column_name, f) for f in missing])
