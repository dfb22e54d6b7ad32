"""At the town office: the evidence files of escalated cases, as the stations' bundles brought them.

Each file is kept once under its SHA-256 in the office's data directory (evidence/ab/abcd…, the same layout
as a station's vault) and is re-hashed whenever it is listed, so an altered or missing file is named.
`station office case-evidence CASE [--station CODE]` lists a case's items with their state.
"""
from db.models import OfficeRecord
from station.cases.evidence import check_file
from station.context import Ctx
from station.errors import NotFound
from station.office.measures import record_body
from station.permissions import Perm
from station.service import service


def _bodies(entity: str, station: str | None) -> list[tuple[str, dict]]:
    query = OfficeRecord.select(OfficeRecord.station, OfficeRecord.body).where(
        OfficeRecord.entity == entity, OfficeRecord.deleted == False)  # noqa: E712 (peewee expression)
    if station:
        query = query.where(OfficeRecord.station == station)
    return [(code, record_body(body)) for code, body in query.tuples() if body]


@service(Perm.OFFICE, write=False)
def case_evidence(ctx: Ctx, number: str, station: str | None = None) -> dict:
    """Every evidence item of case `number` (and of cases merged into it), with ok | missing | altered:
    missing means the station has not sent the file (the case is not escalated, or no bundle came yet)."""
    cases = [(code, body) for code, body in _bodies("rights_case", station) if body.get("number") == number]
    if not cases:
        raise NotFound("No case {number} at the office.", why="office_case", number=number)
    code, case = cases[0]
    gids = {case["gid"]} | {b["gid"] for c, b in _bodies("rights_case", code) if b.get("merged_into") == case["gid"]}
    items = [{"file_name": b.get("file_name"), "kind": b.get("kind"), "sha256": b.get("sha256"), "size": b.get("size"),
              "added_at": b.get("added_at"), "added_by": b.get("added_by"),
              "status": check_file(ctx.data_dir, str(b.get("sha256")))}
             for c, b in _bodies("case_evidence", code) if b.get("case_gid") in gids]
    items.sort(key=lambda i: (str(i["added_at"]), str(i["sha256"])))
    return {"number": number, "station": code, "escalated": bool(case.get("escalated_at")), "items": items,
            "ok": all(i["status"] == "ok" for i in items)}
