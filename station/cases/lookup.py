"""Finding cases and complainants, and writing timeline entries (shared by the case services)."""
import datetime as dt

from db.models import CaseEntry, CasePause, RightsCase
from station.context import Ctx
from station.errors import InvalidInput, NotFound, Refused
from station.ids import new_gid
from station.residents.records import ResidentView
from station.residents.search import one_resident


def find_case(ref: str) -> RightsCase:
    """By its number (2026-0001) or its gid."""
    ref = (ref or "").strip()
    case = RightsCase.get_or_none((RightsCase.number == ref) | (RightsCase.gid == ref))
    if case is None:
        raise NotFound("No case {ref}.", why="case", ref=ref)
    return case


def open_case(ref: str) -> RightsCase:
    """A case that may still change: a merged one points to its survivor, a closed one is finished."""
    case = find_case(ref)
    if case.state == "merged":
        survivor = RightsCase.get_by_id(case.merged_into_id)
        raise Refused("Case {number} was merged into {into}; work on {into}.", why="merged", number=case.number,
                      into=survivor.number)
    if case.state == "closed":
        raise Refused("Case {number} is closed.", why="closed", number=case.number)
    return case


def find_resident(ctx: Ctx, ref: str) -> ResidentView:
    """The complainant by full mobile number or ID (the residents' own rule for a command naming one)."""
    if not (ref or "").strip():
        raise InvalidInput("Say who complains (--resident PHONE).", why="no_resident")
    return one_resident(ctx, ref)


def add_entry(ctx: Ctx, case: RightsCase, action: str, day: dt.date, note: str = "") -> CaseEntry:
    return CaseEntry.create(gid=new_gid(), owner=ctx.station_code, case=case.gid, action=action, day=day,
                            at=ctx.now(), actor=ctx.actor.username, note=note or "")


def family(case: RightsCase) -> list[RightsCase]:
    """The case and every case merged into it (and into those), survivor first."""
    found, frontier = [case], [case.gid]
    while frontier:
        children = list(RightsCase.select().where(RightsCase.merged_into.in_(frontier)))
        found += children
        frontier = [c.gid for c in children]
    return found


def case_pauses_view(case_gid: str) -> list[dict]:
    rows = CasePause.select().where(CasePause.case == case_gid).order_by(CasePause.paused_on)
    return [{"paused_on": str(p.paused_on), "resumed_on": str(p.resumed_on) if p.resumed_on else None}
            for p in rows]
