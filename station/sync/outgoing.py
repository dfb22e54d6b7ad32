"""Writing the station's bundle: every record changed since the office's last acknowledgement.

Until an acknowledgement arrives each new bundle covers the older range too, so a lost USB stick loses
nothing. Each record travels as its current row with its newest outbox seq as version; a record that
no longer exists travels as a tombstone. The whole export reads one snapshot (one read transaction).
"""
from collections.abc import Callable
from pathlib import Path

from db.changes import synced_tables
from db.migrations import LATEST_VERSION
from db.models import SyncBundle, database
from station import audit
from station.audit_actions import SYNC_EXPORT
from station.context import Ctx
from station.identity import this_station
from station.ids import new_gid
from station.keystore import signing_key
from station.permissions import Perm
from station.practice import refuse_sync
from station.service import service
from station.sync import anchor, hooks
from station.sync.container import BundleWriter
from station.sync.state import acked_seq, newest_seq, trusted_office

BUNDLE_SUFFIX = ".vsb"
_BATCH = 2000
Report = Callable[[int, int], None]


def _body_sql(table: str) -> str:
    """A json_object(...) over every column, so SQLite (not Python) builds each row's JSON; blobs go as hex.

    Raw SQL over any synced table by name: bench/sync.py exports a million changes at SQLite speed this way,
    with flat memory; model instances per row would be the slow part of the export."""
    columns = database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
    parts = []
    for _cid, name, declared, *_rest in columns:
        value = f'hex(t."{name}")' if "BLOB" in (declared or "").upper() else f't."{name}"'
        parts.append(f"'{name}', {value}")
    return f"json_object({', '.join(parts)})"


def _lines(table: str, seq_from: int, seq_to: int):
    """One payload line per existing record of `table` changed in the range (its newest seq is its version)."""
    return database.execute_sql(
        f"SELECT '{table}' || char(9) || o.gid || char(9) || o.v || char(9) || 'u' || char(9) || {_body_sql(table)} "
        f"|| char(10) FROM (SELECT gid, MAX(seq) AS v FROM outbox WHERE entity = ? AND seq BETWEEN ? AND ? "
        f'GROUP BY gid) AS o JOIN "{table}" AS t ON t.gid = o.gid', (table, seq_from, seq_to))


def _full_lines(table: str):
    """Every existing record of `table` (a full snapshot after a restore); version = its newest outbox seq."""
    return database.execute_sql(
        f"SELECT '{table}' || char(9) || t.gid || char(9) || COALESCE(o.v, 0) || char(9) || 'u' || char(9) || "
        f"{_body_sql(table)} || char(10) FROM \"{table}\" AS t LEFT JOIN (SELECT gid, MAX(seq) AS v FROM outbox "
        f"WHERE entity = ? GROUP BY gid) AS o ON o.gid = t.gid", (table,))


_AUDIT_BODY = ("json_object('seq', seq, 'at', at, 'actor', actor, 'action', action, 'entity', entity, "
               "'entity_id', entity_id, 'before', before, 'after', after, 'prev_hash', prev_hash, 'hash', hash)")


def _write_audit(writer: BundleWriter, after_seq: int) -> int:
    """The audit rows the office does not hold yet, as records of entity `audit` (gid = zero-padded seq)."""
    cursor = database.execute_sql(
        f"SELECT 'audit' || char(9) || printf('%010d', seq) || char(9) || seq || char(9) || 'u' || char(9) || "
        f"{_AUDIT_BODY} || char(10) FROM audit WHERE seq > ? ORDER BY seq", (after_seq,))
    count = 0
    while rows := cursor.fetchmany(_BATCH):
        writer.write("".join(r[0] for r in rows).encode("utf-8"))
        count += len(rows)
    return count


def _tombstone_gids(table: str, seq_from: int, seq_to: int):
    return database.execute_sql(
        f'SELECT o.gid, o.v FROM (SELECT gid, MAX(seq) AS v FROM outbox WHERE entity = ? AND seq BETWEEN ? AND ? '
        f'GROUP BY gid) AS o WHERE NOT EXISTS (SELECT 1 FROM "{table}" AS t WHERE t.gid = o.gid)',
        (table, seq_from, seq_to))


def _write_table(writer: BundleWriter, table: str, seq_from: int, seq_to: int, done: int, total: int,
                 report: Report | None, full: bool = False) -> int:
    count, cursor = 0, _full_lines(table) if full else _lines(table, seq_from, seq_to)
    while rows := cursor.fetchmany(_BATCH):
        writer.write("".join(r[0] for r in rows).encode("utf-8"))
        count += len(rows)
        if report:
            report(min(done + count, total), total)
    if full:
        return count  # the office replaces everything it held for the station: no tombstones needed
    cursor = _tombstone_gids(table, seq_from, seq_to)
    while rows := cursor.fetchmany(_BATCH):
        writer.write("".join(f"{table}\t{gid}\t{version}\td\t\n" for gid, version in rows).encode("utf-8"))
        count += len(rows)
    return count


def _write_extras(ctx: Ctx, writer: BundleWriter, seq_from: int, seq_to: int, full: bool,
                  counts: dict[str, int]) -> list[dict]:
    """Lines the areas add (escalated evidence files, station/sync/hooks.py), counted like records."""
    warnings: list[dict] = []
    for entry in hooks.STATION_LINES:
        for entity, n, said in hooks.load(entry)(ctx, writer, seq_from, seq_to, full):
            if n:
                counts[entity] = counts.get(entity, 0) + n
            warnings += said
    return warnings


def bundle_name(code: str, seq_to: int, bundle_id: str) -> str:
    return f"{code}_{seq_to:010d}_{bundle_id}{BUNDLE_SUFFIX}"


def _clear_stale_parts(out_dir: Path, code: str) -> None:
    """Remove temp files an export killed half-way left behind (never a finished bundle)."""
    if out_dir.is_dir():
        for part in out_dir.glob(f"{code}_*{BUNDLE_SUFFIX}.part"):
            part.unlink(missing_ok=True)


@service(Perm.SYNC, write=False)
def _write_bundle(ctx: Ctx, out_dir: Path, report: Report | None, schema: int) -> dict:
    office, station = trusted_office(), this_station()
    full = anchor.full_pending()
    seq_from, seq_to = 1 if full else acked_seq() + 1, newest_seq()
    bundle_id = new_gid()
    _clear_stale_parts(out_dir, station.code)
    path = out_dir / bundle_name(station.code, seq_to, bundle_id)
    writer = BundleWriter(path, bytes(office.box_public), bundle_id)
    counts: dict[str, int] = {}
    total = max(seq_to - seq_from + 1, 0)
    try:
        for table in synced_tables(database):
            n = _write_table(writer, table, seq_from, seq_to, sum(counts.values()), total, report, full)
            if n:
                counts[table] = n
        warnings = _write_extras(ctx, writer, seq_from, seq_to, full, counts)
        audit_rows = _write_audit(writer, 0 if full else anchor.acked_audit_seq())  # counted apart from records
        head_seq, head_hash = anchor.audit_head()
        manifest = writer.finish({
            "generation": anchor.generation(), "full": full, "audit": audit_rows,
            "audit_head": {"seq": head_seq, "hash": head_hash},
            "kind": "station", "schema": schema, "from": station.code, "from_name": station.name,
            "to": office.code, "to_key": office.fingerprint, "seq_from": seq_from, "seq_to": seq_to,
            "counts": counts, "records": sum(counts.values()), "created_at": ctx.now().isoformat(),
            **({"warnings": warnings} if warnings else {})},
            signing_key())
    except BaseException:
        writer.abort()
        raise
    if report:
        report(total, total)
    return {**manifest, "file": str(path)}


@service(Perm.SYNC)
def _remember(ctx: Ctx, manifest: dict, via: str) -> None:
    SyncBundle.insert(bundle_id=manifest["bundle_id"], direction="out", peer=manifest["to"], at=ctx.now(),
                      seq_from=manifest["seq_from"], seq_to=manifest["seq_to"], records=manifest["records"],
                      file=manifest["file"], sha256=manifest["payload_sha256"], via=via).on_conflict_ignore().execute()
    head = manifest.get("audit_head") or {}
    anchor.remember_sent((head.get("seq", 0), head.get("hash", "")))
    audit.record(ctx, SYNC_EXPORT, "sync_bundle", manifest["bundle_id"], None,
                 {"seq_from": manifest["seq_from"], "seq_to": manifest["seq_to"], "records": manifest["records"],
                  "via": via})


def export_bundle(ctx: Ctx, out_dir: Path, report: Report | None = None, via: str = "folder",
                  schema: int = LATEST_VERSION) -> dict:
    """Write one bundle into `out_dir` (atomically) and note it in the history; returns its manifest + file."""
    refuse_sync(ctx)
    manifest = _write_bundle(ctx, Path(out_dir), report, schema)
    _remember(ctx, manifest, via)
    return manifest
