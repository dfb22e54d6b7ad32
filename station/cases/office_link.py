"""What the cases area adds to the bundles (entries named in station/sync/hooks.py; sync never imports us).

Station → office: the evidence files of escalated cases, as `evidence_file` lines (sha256, size, base64 bytes)
inside the same signed, encrypted bundle as the records. A file travels with every bundle that carries a
change of its escalated case or of its evidence row, so until the office acknowledges, a lost bundle loses
nothing (the office keeps each file once under its hash). A file whose hash no longer matches is not sent:
the bundle's manifest names it under `warnings` (kind `evidence_altered` / `evidence_missing`).

Office → station: the working-day calendar lines of a return bundle replace the station's table for the
years they cover, and open clocks are recomputed (only for years that changed, so an unchanged calendar in
every return bundle is not re-applied and re-audited each time).
"""
import base64
import datetime as dt
import hashlib
import json

from db.models import CalendarDay, CalendarYear, CaseEvidence, RightsCase, database
from station.cases.calendar_import import Table, _add, _day, apply_calendar
from station.cases.evidence import vault_path
from station.context import Ctx

EVIDENCE_FILE = "evidence_file"


def _escalated_items(seq_from: int, seq_to: int, full: bool) -> list[tuple[str, str, str, str]]:
    """(evidence gid, sha256, file name, case number) of escalated cases (and the cases merged into them)
    whose case or evidence row changed in the bundle's range."""
    case_t, ev_t = RightsCase._meta.table_name, CaseEvidence._meta.table_name
    in_range = "SELECT 1 FROM outbox o WHERE o.entity = '{}' AND o.gid = {} AND o.seq BETWEEN ? AND ?"
    changed = "" if full else (f" AND (EXISTS ({in_range.format(case_t, 'top.gid')})"
                               f" OR EXISTS ({in_range.format(ev_t, 'e.gid')}))")
    sql = (f"SELECT e.gid, e.sha256, e.file_name, top.number FROM {ev_t} e JOIN {case_t} c ON c.gid = e.case_gid "
           f"JOIN {case_t} top ON top.gid = COALESCE(c.merged_into, c.gid) "
           f"WHERE top.escalated_at IS NOT NULL{changed} ORDER BY e.added_at, e.gid")
    return database.execute_sql(sql, () if full else (seq_from, seq_to, seq_from, seq_to)).fetchall()


def write_escalated_files(ctx: Ctx, writer, seq_from: int, seq_to: int, full: bool) -> list[tuple]:
    """Write one line per distinct file; returns [(entity, lines written, warnings)]."""
    sent: set[str] = set()
    warnings: list[dict] = []
    for _gid, sha, name, number in _escalated_items(seq_from, seq_to, full):
        if sha in sent:
            continue
        try:
            data = vault_path(ctx.data_dir, sha).read_bytes()
        except FileNotFoundError:
            warnings.append({"kind": "evidence_missing", "case": number, "file": name, "sha256": sha})
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            warnings.append({"kind": "evidence_altered", "case": number, "file": name, "sha256": sha})
            continue
        body = json.dumps({"sha256": sha, "size": len(data), "data": base64.b64encode(data).decode("ascii")})
        writer.write(f"{EVIDENCE_FILE}\t{sha}\t0\tu\t{body}\n".encode("ascii"))
        sent.add(sha)
    return [(EVIDENCE_FILE, len(sent), warnings)]


def store_evidence_files(ctx: Ctx, station: str, rows: list[tuple]) -> None:
    """At the office: check each file against its hash and keep it once under it in the data directory.

    A line whose bytes do not hash to its name refuses the whole bundle (it was signed that way: broken)."""
    from station.sync.errors import BundleRefused

    for _station, _entity, sha, _version, deleted, body in rows:
        if deleted or body is None:
            continue
        try:
            data = base64.b64decode(json.loads(body)["data"], validate=True)
        except (ValueError, KeyError, TypeError):
            raise BundleRefused("tampered", file=f"{station} {EVIDENCE_FILE} {sha[:12]}") from None
        if hashlib.sha256(data).hexdigest() != sha:
            raise BundleRefused("tampered", file=f"{station} {EVIDENCE_FILE} {sha[:12]}")
        _keep(ctx, sha, data)


def _keep(ctx: Ctx, sha: str, data: bytes) -> None:
    from station.cases.evidence import _digest, _store

    if _digest(vault_path(ctx.data_dir, sha)) != sha:
        _store(ctx.data_dir, data)


def apply_office_calendar(ctx: Ctx, items: list[dict]) -> dict | None:
    """Apply the return bundle's calendar lines, for the years whose table differs from the station's."""
    table: Table = {}
    for item in items:
        day = _day(item.get("day"))
        table.setdefault(day.year, {"holiday": {}, "workday": {}})
        _add(table, day.year, str(item.get("kind", "")), day, str(item.get("name", "")))
    known = {y for (y,) in CalendarYear.select(CalendarYear.year).tuples()}
    changed = {year: kinds for year, kinds in table.items() if year not in known or _held(year) != _flat(kinds)}
    return apply_calendar(ctx, changed, "office") if changed else None


def _flat(kinds: dict[str, dict[dt.date, str]]) -> set[tuple]:
    return {(day, kind, name) for kind, days in kinds.items() for day, name in days.items()}


def _held(year: int) -> set[tuple]:
    rows = CalendarDay.select().where(CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    return {(r.day, r.kind, r.name) for r in rows}
