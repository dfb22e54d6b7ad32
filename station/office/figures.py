"""Applying a bundle's records and keeping `office_figure` in step, in the import's one transaction.

Records of entities with no registered measure go in with one bulk upsert (the import's hot path). For measured
entities the block's current versions and contributions are read in one query, each newer record's old
contribution is taken back and its new one added, and the summed deltas go into office_figure in one bulk upsert.
"""
import json
from collections import Counter, defaultdict
from dataclasses import dataclass

import orjson

from db.bulk import executemany, param_list, upsert
from db.models import database
from station.office import measures_cases, measures_orders  # noqa: F401  (the areas' measures register on import)
from station.office.case_links import linked_cases, relink, relink_all
from station.office.measures import MEASURES, contributions, record_body

_std_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _decode(text: str):
    """orjson (a few times faster: the import's hot loop); the standard decoder for what orjson refuses but
    json.loads reads (NaN, integers beyond 64 bits), so a body is read exactly as before, or fails the same way."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _encode(found: list) -> str:
    """orjson writes a non-finite float as null and refuses integers beyond 64 bits; the standard encoder then."""
    try:
        text = orjson.dumps(found)
    except TypeError:
        return _std_encode(found)
    return _std_encode(found) if b"null" in text else text.decode()


_COLUMNS = ("station", "entity", "gid", "version", "deleted", "body")
_RECORD_CONFLICT = ("(station, entity, gid) DO UPDATE SET version = excluded.version, deleted = excluded.deleted, "
                    "body = excluded.body{figures} WHERE excluded.version > office_record.version")
_FIGURE_CONFLICT = "(day, station, measure, dim) DO UPDATE SET value = office_figure.value + excluded.value"


def _upsert_records(rows: list[tuple], with_figures: bool, fresh: bool = False) -> None:
    """Rows of an entity with measures carry what they add (figures); the others leave that column alone.

    A bulk upsert may not touch one key twice, so the caller passes each key once (newest version). `fresh`: the
    office holds none of these keys, so they go in without a conflict check."""
    columns = (*_COLUMNS, "figures") if with_figures else _COLUMNS
    conflict = _RECORD_CONFLICT.format(figures=", figures = excluded.figures" if with_figures else "")
    upsert("office_record", columns, rows, None if fresh else conflict)


def _newest(rows: list[tuple]) -> list[tuple]:
    """One row per record (one station and entity here, so per gid): the same record twice keeps its higher
    version. The common case, every gid once, is told by a set and returns the rows as they are."""
    if len({r[2] for r in rows}) == len(rows):
        return rows
    newest: dict[str, tuple] = {}
    for row in rows:
        held = newest.get(row[2])
        if held is None or row[3] > held[3]:
            newest[row[2]] = row
    return list(newest.values())


@dataclass
class Block:
    """Records split and measured without the database, so that another process can do it (station.sync.prefetch)
    while this one writes: what is left to do here is to compare versions with what the office holds, and write."""

    station: str
    measured: dict[str, list[tuple]]  # entity → rows + what each adds (figures text), one row per record, newest
    plain: list[tuple]  # rows of entities with no measure, one per record
    added: dict[tuple[str, str, str], float]  # the measured rows' contributions, summed
    cases: set[str] | None  # cases to relink (None: every case of the station)


def measure_block(station: str, rows: list[tuple]) -> Block:
    """(station, entity, gid, version, deleted, body) rows as a Block; reads no table."""
    by_entity: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        by_entity[row[1]].append(row)
    measured: dict[str, list[tuple]] = {}
    plain: list[tuple] = []
    added: Counter = Counter()
    for entity, entity_rows in by_entity.items():
        if entity in MEASURES:
            measured[entity] = _with_contributions(entity, _newest(entity_rows), added)
        else:
            plain += _newest(entity_rows)
    return Block(station, measured, plain, dict(added), linked_cases(rows))


def _with_contributions(entity: str, rows: list[tuple], added: Counter) -> list[tuple]:
    out = []
    for row in rows:
        new = [] if row[4] else contributions(entity, record_body(row[5], _decode))
        for day, name, dim, value in new:
            added[(day, name, dim)] += value
        out.append((*row, _encode(new) if new else None))
    return out


def apply_block(station: str, rows: list[tuple], delta: Counter | None = None) -> None:
    """Upsert (station, entity, gid, version, deleted, body) rows; figures follow the records that are newer.

    Given a `delta`, the figure changes are summed into it for the caller to write once (a whole bundle's worth:
    sums add up the same, and a day × measure touched by several blocks is written once)."""
    own = delta is None
    delta = Counter() if own else delta
    apply_measured(measure_block(station, rows), delta)
    if own:
        write_deltas(station, delta)


def apply_measured(block: Block, delta: Counter, fresh: bool = False) -> None:
    """Write a measured block: records newer than the office's, their figure changes summed into `delta`.

    `fresh`: the office holds no record of the block's station (its first bundle, or a full one after a restore),
    so every row is new and goes in without a look at what is held (each key is once in a block)."""
    delta.update(block.added)
    measured: list[tuple] = []
    for entity, rows in block.measured.items():
        measured += rows if fresh else _newer(block.station, entity, rows, delta)
    _upsert_records(measured, True, fresh)  # two statements per block, whatever the entities (each a round trip)
    _upsert_records(block.plain, False, fresh)
    relink(block.station, block.cases, delta)  # figures that span two records (a case and its evidence)


def _newer(station: str, entity: str, rows: list[tuple], delta: Counter) -> list[tuple]:
    """The rows newer than what the office holds. A row not newer takes back what it was counted to add; a row
    that replaces one takes back what the old one added. A station's first records skip all this at once."""
    current = _current(station, entity, [r[2] for r in rows])
    if not current:
        return rows
    out = []
    for row in rows:
        version, old = current.get(row[2], (0, None))
        newer = row[3] > version
        _take_back(old if newer else row[6], delta)
        if newer:
            out.append(row)
    return out


def _take_back(figures: str | None, delta: Counter) -> None:
    for day, name, dim, value in _decode(figures) if figures else ():
        delta[(day, name, dim)] -= value


def _current(station: str, entity: str, gids: list[str]) -> dict[str, tuple[int, str | None]]:
    found: dict[str, tuple[int, str | None]] = {}
    p = database.param
    for start in range(0, len(gids), 500):
        part = gids[start:start + 500]
        cursor = database.execute_sql(f"SELECT gid, version, figures FROM office_record WHERE station = {p} AND "
                                      f"entity = {p} AND gid IN ({param_list(len(part))})", (station, entity, *part))
        found.update((g, (v, f)) for g, v, f in cursor.fetchall())
    return found


def write_deltas(station: str, delta: Counter, fresh: bool = False) -> None:
    """Add the summed changes to office_figure; `fresh`: the station has no figure there yet (a plain insert)."""
    changes = [(day, station, name, dim, value) for (day, name, dim), value in delta.items() if value]
    upsert("office_figure", ("day", "station", "measure", "dim", "value"), changes, None if fresh else _FIGURE_CONFLICT)


def holds_nothing(station: str) -> tuple[bool, bool]:
    """(no record, no figure) of the station at the office: then its bundle's rows go in without conflict checks."""
    p = database.param
    records = database.execute_sql(f"SELECT 1 FROM office_record WHERE station = {p} AND entity NOT IN "
                                   f"({p}, {p}) LIMIT 1", (station, "audit", "audit_replaced")).fetchone()
    found = database.execute_sql(f"SELECT 1 FROM office_figure WHERE station = {p} LIMIT 1", (station,)).fetchone()
    return records is None, found is None


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
            new = contributions(entity, _decode(body))
            for day, name, dim, value in new:
                by_station[station][(day, name, dim)] += value
            updates.append((_encode(new) if new else None, station, entity, gid))
            seen += 1
        executemany(f"UPDATE office_record SET figures = {p} WHERE station = {p} AND entity = {p} AND gid = {p}",
                    updates)
        for station, delta in by_station.items():
            write_deltas(station, delta)
    if entities is None or "rights_case" in wanted:
        for station, delta in relink_all().items():
            write_deltas(station, delta)
    return seen
