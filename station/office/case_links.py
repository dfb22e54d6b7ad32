"""`cases_with_evidence` per merchant: a figure that spans two records, a case and its evidence items.

A measure sees one record, and neither record names both halves (evidence rows carry only their case's gid,
a case row no evidence count), so this figure is linked after each block is applied: every case the block
touches — sent itself, or named by an evidence row — is looked up with the evidence the office holds for it,
and its contribution is recomputed. The contribution is kept in the case record's `figures` beside its own
measures, so a newer version of the case takes it back like any other and the link adds it again; a re-sent
row changes nothing. Order does not matter: evidence that arrives before its case counts when the case does.
A case counts once (on its opening day, dimension = the merchant as the station wrote it, the name the watch
list carries back), however many items it has; a merged duplicate counts in its survivor only, and only for
the survivor's own evidence.
"""
import json
from collections import Counter

from db.bulk import executemany, param_list
from db.models import database
from station.office.catalog import EVIDENCE
from station.office.measures import record_body
from station.office.measures_cases import MERGED, opened_day

CASE, ITEM = "rights_case", "case_evidence"


def linked_cases(rows: list[tuple]) -> set[str] | None:
    """The cases a block (station, entity, gid, version, deleted, body) touches, to relink once it is applied;
    None for every case of the station (a deleted item has no body to name its case). Reads no table."""
    cases = {r[2] for r in rows if r[1] == CASE}
    items = [r for r in rows if r[1] == ITEM]
    if any(r[5] is None for r in items):
        return None
    return cases | {str(record_body(r[5]).get("case_gid") or "") for r in items}


def relink(station: str, cases: set[str] | None, delta: Counter) -> None:
    """After a block is applied: recompute the evidence figure of the cases it touched."""
    if cases is None or cases:
        _relink(station, cases, delta)


def relink_all() -> dict[str, Counter]:
    """After the figures were rebuilt from the records alone: each station's evidence figures, to write again."""
    stations = [s for (s,) in database.execute_sql(
        f"SELECT DISTINCT station FROM office_record WHERE entity = {database.param}", (CASE,)).fetchall()]
    deltas: dict[str, Counter] = {}
    for station in stations:
        deltas[station] = Counter()
        _relink(station, None, deltas[station])
    return deltas


def _held_cases(station: str, gids: set[str] | None) -> list[tuple]:
    p = database.param
    sql = f"SELECT gid, deleted, body, figures FROM office_record WHERE station = {p} AND entity = {p}"
    if gids is None:
        return database.execute_sql(sql, (station, CASE)).fetchall()
    found, wanted = [], sorted(g for g in gids if g)
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        found += database.execute_sql(f"{sql} AND gid IN ({param_list(len(part))})", (station, CASE, *part)).fetchall()
    return found


def _cases_with_items(station: str) -> set[str]:
    p = database.param
    bodies = database.execute_sql(f"SELECT body FROM office_record WHERE station = {p} AND entity = {p} AND "
                                  f"deleted = {p}", (station, ITEM, False)).fetchall()
    return {str(record_body(body).get("case_gid") or "") for (body,) in bodies if body}


def evidence_contribution(body: dict, has_items: bool) -> list[list]:
    merchant = str(body.get("merchant") or "").strip()
    if not has_items or not merchant or body.get("state") == MERGED:
        return []
    day = opened_day(body)
    return [[day, EVIDENCE, merchant, 1]] if day else []


def _relink(station: str, gids: set[str] | None, delta: Counter) -> None:
    held = _held_cases(station, gids)
    if not held:
        return
    with_items = _cases_with_items(station)
    updates = []
    for gid, deleted, body, figures in held:
        kept = json.loads(figures) if figures else []
        old = [c for c in kept if c[1] == EVIDENCE]
        new = [] if deleted or not body else evidence_contribution(record_body(body), gid in with_items)
        if old == new:
            continue
        for day, name, dim, value in old:
            delta[(day, name, dim)] -= value
        for day, name, dim, value in new:
            delta[(day, name, dim)] += value
        rest = [c for c in kept if c[1] != EVIDENCE] + new
        updates.append((json.dumps(rest, ensure_ascii=False, separators=(",", ":")) if rest else None, station, CASE,
                        gid))
    p = database.param
    executemany(f"UPDATE office_record SET figures = {p} WHERE station = {p} AND entity = {p} AND gid = {p}", updates)
