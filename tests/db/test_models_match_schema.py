"""Every model says exactly what the migrations built: tables, columns, types, NOT NULL, keys and indexes.

Migrations own the schema; the models are how the code reads it. A model that drifts from its table
breaks quietly (a column the ORM never writes, an index a query counts on that is not there), so this
compares each model in `ALL_MODELS` with a database built through the migrations, and every table
with a model. The last tests drift a model and a schema copy on purpose to prove the comparison bites.
"""
import shutil
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from db.connection import close_database, open_database
from db.models import ALL_MODELS, BaseModel, Resident, VillageGroup


def affinity(declared: str) -> str:
    """SQLite's type affinity for a declared column type (the rules of https://sqlite.org/datatype3.html §3.1)."""
    kind = declared.upper()
    if "INT" in kind:
        return "INTEGER"
    if any(word in kind for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if kind == "" or "BLOB" in kind:
        return "BLOB"
    if any(word in kind for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def model_type(db: pw.SqliteDatabase, field: pw.Field) -> str:
    return affinity(db._field_types.get(field.field_type, field.field_type))


def table_columns(conn: sqlite3.Connection, table: str) -> dict[str, tuple[str, bool, int]]:
    """column → (affinity, NOT NULL, position in the primary key or 0)."""
    rows = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    return {name: (affinity(kind), bool(notnull), pk) for _, name, kind, notnull, _, pk in rows}


def table_foreign_keys(conn: sqlite3.Connection, table: str) -> set[tuple[str, str, str]]:
    rows = conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
    return {(row[3], row[2], row[4]) for row in rows}


def table_indexes(conn: sqlite3.Connection, table: str) -> set[tuple[tuple[str, ...], bool, bool]]:
    """(columns, unique, partial) of every index but the primary key's own."""
    found = set()
    for _, name, unique, origin, partial in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
        if origin == "pk":
            continue
        columns = tuple(row[2] for row in conn.execute(f'PRAGMA index_info("{name}")').fetchall())
        found.add((columns, bool(unique), bool(partial)))
    return found


def model_columns(db: pw.SqliteDatabase, model: type[BaseModel]) -> dict[str, tuple[str, bool, int]]:
    keys = [f.column_name for f in _key_fields(model)]
    position = {column: n for n, column in enumerate(keys, start=1)}
    return {f.column_name: (model_type(db, f), not f.null, position.get(f.column_name, 0))
            for f in model._meta.sorted_fields}


def _key_fields(model: type[BaseModel]) -> list[pw.Field]:
    key = model._meta.primary_key
    if isinstance(key, pw.CompositeKey):
        return [model._meta.fields[name] for name in key.field_names]
    return [key]


def model_foreign_keys(model: type[BaseModel]) -> set[tuple[str, str, str]]:
    return {(f.column_name, f.rel_model._meta.table_name, f.rel_field.column_name)
            for f in model._meta.sorted_fields if isinstance(f, pw.ForeignKeyField)}


def model_indexes(model: type[BaseModel]) -> set[tuple[tuple[str, ...], bool, bool]]:
    """Indexes from `index=True`, `unique=True` and `Meta.indexes` / `add_index` (primary keys excluded)."""
    found = set()
    for index in model._meta.fields_to_index():
        columns = tuple(e.column_name for e in index._expressions)
        found.add((columns, bool(index._unique), index._where is not None))
    return found


def drift(conn: sqlite3.Connection, db: pw.SqliteDatabase, model: type[BaseModel]) -> list[str]:
    """Every difference between one model and its live table, as readable lines (empty when they agree)."""
    table = model._meta.table_name
    live = table_columns(conn, table)
    if not live:
        return [f"{model.__name__}: table {table} does not exist"]
    declared = model_columns(db, model)
    problems = [f"{table}.{c}: in the schema, not in {model.__name__}" for c in sorted(live.keys() - declared.keys())]
    problems += [f"{table}.{c}: in {model.__name__}, not in the schema" for c in sorted(declared.keys() - live.keys())]
    for column in sorted(live.keys() & declared.keys()):
        problems += _column_drift(f"{table}.{column}", live[column], declared[column])
    problems += _set_drift(f"{table} foreign key", table_foreign_keys(conn, table), model_foreign_keys(model))
    problems += _set_drift(f"{table} index", table_indexes(conn, table), model_indexes(model))
    return problems


def _column_drift(where: str, live: tuple[str, bool, int], declared: tuple[str, bool, int]) -> list[str]:
    (live_type, live_notnull, live_pk), (model_type_, model_notnull, model_pk) = live, declared
    problems = []
    if live_type != model_type_:
        problems.append(f"{where}: type affinity {live_type} in the schema, {model_type_} in the model")
    if live_pk != model_pk:
        problems.append(f"{where}: primary key position {live_pk} in the schema, {model_pk} in the model")
    # SQLite lets a non-INTEGER primary key hold NULL unless declared NOT NULL; the model's key never is null.
    if not live_pk and live_notnull != model_notnull:
        problems.append(f"{where}: NOT NULL is {live_notnull} in the schema, {model_notnull} in the model")
    return problems


def _set_drift(what: str, live: set, declared: set) -> list[str]:
    return ([f"{what} {item}: in the schema, not in the model" for item in sorted(live - declared)]
            + [f"{what} {item}: in the model, not in the schema" for item in sorted(declared - live)])


def schema_tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    return {row[0] for row in rows}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A database built through every migration (shared read-only by the tests below)."""
    path = tmp_path_factory.mktemp("schema") / "station.db"
    open_database(path)
    close_database()
    return path


@pytest.fixture
def conn(built):
    connection = sqlite3.connect(f"file:{built}?mode=ro", uri=True)
    yield connection
    connection.close()


SQLITE = pw.SqliteDatabase(None)  # only asked for its column types, never opened


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__name__)
def test_model_matches_its_table(conn, model):
    assert drift(conn, SQLITE, model) == []


def test_every_table_has_exactly_one_model(conn):
    tables = [model._meta.table_name for model in ALL_MODELS]
    assert len(tables) == len(set(tables)), "two models over one table"
    assert schema_tables(conn) - set(tables) == set(), "tables without a model"


# The comparison itself must fail on drift, or the tests above prove nothing.

class DriftedResident(Resident):
    """Resident as a careless edit might leave it: wrong type, wrong nullability, a lost FK, a made-up column."""

    phone = pw.IntegerField(null=True)
    group = pw.CharField(column_name="group_gid", null=True)
    nickname = pw.CharField(default="")
    household = pw.ForeignKeyField(VillageGroup, column_name="household_gid", null=True)

    class Meta:
        table_name = "resident"
        indexes = ((("name", "phone"), True),)


def test_a_drifted_model_is_reported(conn):
    problems = drift(conn, SQLITE, DriftedResident)
    expected = [
        "resident.nickname: in DriftedResident, not in the schema",
        "resident.phone: type affinity TEXT in the schema, INTEGER in the model",
        "resident.phone: NOT NULL is True in the schema, False in the model",
        "resident index (('phone',), False, False): in the schema, not in the model",  # redeclared without index
        "resident foreign key ('group_gid', 'village_group', 'gid'): in the schema, not in the model",
        "resident index (('group_gid',), False, False): in the schema, not in the model",  # a plain field has none
        "resident foreign key ('household_gid', 'household', 'gid'): in the schema, not in the model",
        "resident foreign key ('household_gid', 'village_group', 'gid'): in the model, not in the schema",
        "resident index (('household_gid',), False, False): in the model, not in the schema",  # FKs index by default
        "resident index (('name', 'phone'), True, False): in the model, not in the schema",
        "resident index (('name_pinyin', 'name'), False, False): in the schema, not in the model",  # Meta replaced
    ]
    assert sorted(problems) == sorted(expected)


def test_a_drifted_schema_is_reported(built, tmp_path):
    copy = tmp_path / "drifted.db"
    shutil.copy(built, copy)
    with sqlite3.connect(copy) as drifted:
        drifted.executescript("""
            ALTER TABLE parcel ADD COLUMN weight_grams INTEGER;
            DROP INDEX parcel_picked_up_at;
            CREATE INDEX parcel_picked_up_at ON parcel (picked_up_at);
            DROP INDEX resident_phone;
            CREATE TABLE parcel_note (gid TEXT PRIMARY KEY, note TEXT NOT NULL);
        """)
        from db.models import Parcel

        assert drift(drifted, SQLITE, Parcel) == [
            "parcel.weight_grams: in the schema, not in Parcel",
            "parcel index (('picked_up_at',), False, False): in the schema, not in the model",
            "parcel index (('picked_up_at',), False, True): in the model, not in the schema",
        ]
        assert drift(drifted, SQLITE, Resident) == [
            "resident index (('phone',), False, False): in the model, not in the schema"]
        assert schema_tables(drifted) - {m._meta.table_name for m in ALL_MODELS} == {"parcel_note"}
        drifted.execute("DROP TABLE prealert")
        from db.models import Prealert

        assert drift(drifted, SQLITE, Prealert) == ["Prealert: table prealert does not exist"]
