"""The office's side of the anchor: each station's audit chain must extend what the office already holds.

Audit rows the office holds are never overwritten: a row that comes again with another hash, a chain that
does not link to the office's newest row, or a head older than what the office holds is a warning (kept in
`office_warning`, shown by `station office status`, sent back in the return bundle) naming the rows. After
a restore (a new sync generation) the rows the restored log no longer has are kept aside as `audit_replaced`.
"""
import json

from db.bulk import executemany
from db.models import OfficeRecord, OfficeWarning, database
from station.context import Ctx

AUDIT = "audit"
REPLACED = "audit_replaced"


def _held(station: str) -> dict[int, tuple[str, str]]:
    # Plain SQL that both engines speak (json_extract is SQLite's alone); the bodies are small.
    p = database.param
    rows = database.execute_sql(f"SELECT version, body FROM office_record WHERE station = {p} AND entity = {p}",
                                (station, AUDIT)).fetchall()
    return {seq: _hash_pair(body) for seq, body in rows}


def _hash_pair(body: str) -> tuple[str, str]:
    row = json.loads(body or "{}")
    return row.get("hash", ""), row.get("prev_hash", "")


def warn(ctx: Ctx, station: str, kind: str, first: int | None, last: int | None, **params) -> None:
    params = {"station": station, "first": first, "last": last, **params}
    OfficeWarning.create(station=station, at=ctx.now(), kind=kind, first_seq=first, last_seq=last,
                         message=kind, params=json.dumps(params, ensure_ascii=False))


def _store(station: str, rows: list[tuple[int, str, dict]]) -> None:
    p = database.param
    executemany(
        "INSERT INTO office_record (station, entity, gid, version, deleted, body) "
        f"VALUES ({p}, {p}, {p}, {p}, {p}, {p}) ON CONFLICT (station, entity, gid) DO NOTHING",
        [(station, AUDIT, f"{seq:010d}", seq, False, body) for seq, body, _row in rows])


def _set_aside(station: str, generation: str, first: int) -> None:
    """A restore dropped the rows from `first` on: keep the office's copy under another entity."""
    p = database.param
    where = f"station = {p} AND entity = {p} AND version >= {p}"
    kept = database.execute_sql(f"SELECT gid, version, body FROM office_record WHERE {where}",
                                (station, AUDIT, first)).fetchall()
    executemany(
        "INSERT INTO office_record (station, entity, gid, version, deleted, body) "
        f"VALUES ({p}, {p}, {p}, {p}, {p}, {p}) ON CONFLICT (station, entity, gid) DO UPDATE SET "
        "version = excluded.version, body = excluded.body",
        [(station, REPLACED, f"{generation or '-'}:{gid}", version, False, body) for gid, version, body in kept])
    database.execute_sql(f"DELETE FROM office_record WHERE {where}", (station, AUDIT, first))


def check_and_keep(ctx: Ctx, station: str, lines: list[tuple[int, str]], head: dict, restored: str | None) -> None:
    """Check the incoming audit rows (seq, JSON body) and the station's head against what the office holds;
    keep the rows that extend the chain. `restored` is the old generation when this bundle starts a new one."""
    rows = sorted((seq, body, json.loads(body)) for seq, body in lines)
    held = _held(station)
    top = max(held, default=0)
    if restored is not None:
        first_differ = next((seq for seq, _b, row in rows if seq in held and held[seq][0] != row.get("hash")), None)
        if first_differ is None and rows and rows[-1][0] < top:
            first_differ = rows[-1][0] + 1
        if first_differ is not None:
            warn(ctx, station, "audit_replaced", first_differ, top)
            _set_aside(station, restored, first_differ)
            held = {s: v for s, v in held.items() if s < first_differ}
            top = max(held, default=0)
    rewritten = [seq for seq, _b, row in rows if seq in held and held[seq][0] != row.get("hash")]
    if rewritten:
        warn(ctx, station, "audit_rewritten", rewritten[0], rewritten[-1])
    _check_head(ctx, station, head, held, top)
    _keep_linked(ctx, station, [r for r in rows if r[0] > top], held.get(top, ("0" * 64, ""))[0] if top else "0" * 64,
                 top)


def _check_head(ctx: Ctx, station: str, head: dict, held: dict, top: int) -> None:
    seq = head.get("seq") if isinstance(head, dict) else None
    if not isinstance(seq, int):
        return
    if seq < top:
        warn(ctx, station, "audit_cut", seq, top)
    elif seq in held and held[seq][0] != head.get("hash"):
        warn(ctx, station, "audit_rewritten", seq, seq)


def _keep_linked(ctx: Ctx, station: str, new: list, top_hash: str, top: int) -> None:
    """Store the new rows as far as they continue the chain; a gap or a broken link is a warning."""
    linked, expected_seq, expected_prev = [], top + 1, top_hash
    for seq, body, row in new:
        if seq != expected_seq:
            warn(ctx, station, "audit_gap", expected_seq, seq - 1)
            break
        if row.get("prev_hash") != expected_prev:
            warn(ctx, station, "audit_rewritten", seq, seq)
            break
        linked.append((seq, body, row))
        expected_seq, expected_prev = seq + 1, row.get("hash")
    _store(station, linked)


def held_head(station: str) -> dict:
    row = (OfficeRecord.select(OfficeRecord.version, OfficeRecord.body)
           .where(OfficeRecord.station == station, OfficeRecord.entity == AUDIT)
           .order_by(OfficeRecord.version.desc()).first())
    return {"seq": row.version, "hash": json.loads(row.body).get("hash", "")} if row else {"seq": 0, "hash": ""}


def warnings_for(station: str | None = None, limit: int = 50) -> list[dict]:
    query = OfficeWarning.select().order_by(OfficeWarning.at.desc(), OfficeWarning.id.desc()).limit(limit)
    if station:
        query = query.where(OfficeWarning.station == station)
    return [{"station": w.station, "kind": w.kind, "first_seq": w.first_seq, "last_seq": w.last_seq,
             "at": str(w.at), "params": json.loads(w.params or "{}")} for w in query]
