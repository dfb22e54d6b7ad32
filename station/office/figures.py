"""Applying a bundle's records and keeping `office_figure` in step, in the import's one transaction.

Records of entities with no registered measure go in with one bulk upsert (the import's hot path). For measured
entities the block's current versions and contributions are read in one query, each newer record's old
contribution is taken back and its new one added, and the summed deltas go into office_figure in one bulk upsert.
"""
import json
from collections import Counter, defaultdict

from db.bulk import executemany, is_postgres, param_list
from db.models import database
from station.office import measures_cases, measures_orders  # noqa: F401  (the areas' measures register on import)
from station.office.case_links import link_block, relink_all
from station.office.measures import MEASURES, contributions

_COLUMNS = "(station, entity, gid, version, deleted, body, figures)"
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # built once: the hot loop


def _upsert_sql(with_figures: bool) -> str:
    figures = ", figures = excluded.figures" if with_figures else ""
    return (f"INSERT INTO office_record {_COLUMNS} VALUES {{values}} "
            "ON CONFLICT (station, entity, gid) DO UPDATE SET version = excluded.version, "
            f"deleted = excluded.deleted, body = excluded.body{figures} WHERE excluded.version > office_record.version")


def _figure_sql() -> str:
    return ("INSERT INTO office_figure (day, station, measure, dim, value) VALUES {values} "
            "ON CONFLICT (day, station, measure, dim) DO UPDATE SET value = office_figure.value + excluded.value")


def _upsert(sql: str, rows: list[tuple]) -> None:
    """Many rows in few round trips: sqlite3's executemany, or multi-row VALUES pages on PostgreSQL.

    A multi-row upsert may not touch one key twice, so the caller passes each key once (newest version)."""
    if not rows:
        return
    if not is_postgres():
        executemany(sql.format(values=f"({param_list(len(rows[0]))})"), rows)
        return
    from psycopg2.extras import execute_values

    with database.cursor() as cursor:
        execute_values(cursor, sql.format(values="%s"), rows, page_size=2000)


def _newest(rows: list[tuple]) -> list[tuple]:
    """One row per record (station, entity, gid): the same record twice in one block keeps its higher version."""
    newest: dict[tuple, tuple] = {}
    for row in rows:
        key = row[:3]
        if key not in newest or row[3] > newest[key][3]:
            newest[key] = row
    return list(newest.values()) if len(newest) < len(rows) else rows


def apply_block(station: str, rows: list[tuple]) -> None:
    """Upsert (station, entity, gid, version, deleted, body) rows; figures follow the records that are newer."""
    plain, measured = [], defaultdict(list)
    for row in rows:
        (measured[row[1]] if row[1] in MEASURES else plain).append(row)
    if plain:
        _upsert(_upsert_sql(False), [(*r, None) for r in _newest(plain)])
    delta: Counter = Counter()
    for entity, entity_rows in measured.items():
        _upsert(_upsert_sql(True), list(_with_figures(station, entity, entity_rows, delta)))
    link_block(station, rows, delta)  # figures that span two records (a case and its evidence)
    write_deltas(station, delta)


def _current(station: str, entity: str, gids: list[str]) -> dict[str, tuple[int, str | None]]:
    found: dict[str, tuple[int, str | None]] = {}
    p = database.param
    for start in range(0, len(gids), 500):
        part = gids[start:start + 500]
        cursor = database.execute_sql(f"SELECT gid, version, figures FROM office_record WHERE station = {p} AND "
                                      f"entity = {p} AND gid IN ({param_list(len(part))})", (station, entity, *part))
        found.update((g, (v, f)) for g, v, f in cursor.fetchall())
    return found


def _with_figures(station: str, entity: str, rows: list[tuple], delta: Counter):
    current = _current(station, entity, [r[2] for r in rows])
    newest: dict[str, tuple] = {}
    for row in rows:  # the same record twice in one block: the higher version wins
        if row[2] not in newest or row[3] > newest[row[2]][3]:
            newest[row[2]] = row
    for gid, row in newest.items():
        version, old = current.get(gid, (0, None))
        if row[3] <= version:
            continue
        for day, name, dim, value in json.loads(old) if old else ():
            delta[(day, name, dim)] -= value
        new = [] if row[4] else contributions(entity, json.loads(row[5]))
        for day, name, dim, value in new:
            delta[(day, name, dim)] += value
        yield (*row, _encode(new) if new else None)


def write_deltas(station: str, delta: Counter) -> None:
    changes = [(day, station, name, dim, value) for (day, name, dim), value in delta.items() if value]
    _upsert(_figure_sql(), changes)


def rebuild(entities: list[str] | None = None) -> int:
    """Recompute every figure from the records held (after a measure was added or changed); returns records seen."""
    wanted = entities or sorted(MEASURES)
    database.execute_sql("DELETE FROM office_figure")
    database.execute_sql("UPDATE office_record SET figures = NULL")
    seen = 0
    p = database.param
    for entity in sorted(MEASURES):
        if entity not in wanted and entities is not None:
            continue
        cursor = database.execute_sql(f"SELECT station, gid, body FROM office_record WHERE entity = {p} AND "
                                      f"deleted = {p} ORDER BY station", (entity, False))
        by_station: dict[str, Counter] = defaultdict(Counter)
        updates = []
        for station, gid, body in cursor.fetchall():
            new = contributions(entity, json.loads(body))
            for day, name, dim, value in new:
                by_station[station][(day, name, dim)] += value
            updates.append((json.dumps(new, separators=(",", ":")) if new else None, station, entity, gid))
            seen += 1
        executemany(f"UPDATE office_record SET figures = {p} WHERE station = {p} AND entity = {p} AND gid = {p}",
                    updates)
        for station, delta in by_station.items():
            write_deltas(station, delta)
    if entities is None or "rights_case" in wanted:
        for station, delta in relink_all().items():
            write_deltas(station, delta)
    return seen
