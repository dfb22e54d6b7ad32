"""What staff read: a case with its timeline, evidence and clocks; lists by state, due soon, overdue."""
import datetime as dt

from db.models import CaseClock, CaseEntry, RightsCase
from station.cases import yuan
from station.cases.calendar import load_calendar
from station.cases.clocks import DUE_SOON_DAYS, clock_history, clock_view
from station.cases.evidence import case_items, evidence_view
from station.cases.lookup import case_pauses_view, family, find_case
from station.cases.watch import merchant_warning
from station.clock import station_today
from station.context import Ctx
from station.errors import InvalidInput
from station.permissions import Perm
from station.service import service

LIST_LIMIT = 200


def summary(case: RightsCase) -> dict:
    return {"gid": case.gid, "number": case.number, "complainant": case.complainant, "merchant": case.merchant,
            "platform": case.platform, "category": case.category, "amount_claimed": yuan(case.amount_claimed),
            "state": case.state, "opened_on": str(case.opened_on)}


def _timeline(cases: list[RightsCase]) -> list[dict]:
    numbers = {c.gid: c.number for c in cases}
    rows = (CaseEntry.select().where(CaseEntry.case.in_(list(numbers)))
            .order_by(CaseEntry.day, CaseEntry.at, CaseEntry.gid))
    return [{"day": str(e.day), "action": e.action, "actor": e.actor, "note": e.note, "at": str(e.at),
             "case": numbers[e.case_gid]} for e in rows]


@service(Perm.CASES, write=False)
def show_case(ctx: Ctx, ref: str) -> dict:
    """Everything about a case: facts, parties, outcome, timeline and evidence (its own and merged-in cases'),
    every clock with kind, start, due and `provisional`, its pauses."""
    case = find_case(ref)
    today, calendar, cases = station_today(ctx.now()), load_calendar(), family(case)
    clocks = CaseClock.select().where(CaseClock.case == case.gid).order_by(CaseClock.start, CaseClock.gid)
    survivor = RightsCase.get_by_id(case.merged_into_id).number if case.merged_into_id else None
    return {**summary(case), "summary": case.summary, "wants": case.wants, "source_kind": case.source_kind,
            "source_ref": case.source_ref, "accepted_on": _s(case.accepted_on), "closed_on": _s(case.closed_on),
            "outcome": case.outcome, "amount_recovered": yuan(case.amount_recovered), "next_step": case.next_step,
            "satisfaction": case.satisfaction, "timely": case.timely, "merged_into": survivor,
            "merged_from": [c.number for c in cases[1:]], "warning": merchant_warning(case.merchant),
            "clocks": [{**clock_view(c, today, calendar), "history": clock_history(c.gid)} for c in clocks],
            "pauses": case_pauses_view(case.gid), "timeline": _timeline(cases),
            "evidence": [evidence_view(i) for i in case_items(case)]}


def _s(value: dt.date | None) -> str | None:
    return str(value) if value else None


@service(Perm.CASES, write=False)
def list_cases(ctx: Ctx, state: str | None = None, limit: int = LIST_LIMIT) -> list[dict]:
    if state and state not in ("open", "closed", "merged"):
        raise InvalidInput("State must be open, closed or merged.", why="state")
    query = RightsCase.select().order_by(RightsCase.opened_on.desc(), RightsCase.number.desc()).limit(limit)
    return [summary(c) for c in (query.where(RightsCase.state == state) if state else query)]


_LIST_COLUMNS = (RightsCase.gid, RightsCase.number, RightsCase.complainant, RightsCase.merchant, RightsCase.platform,
                 RightsCase.category, RightsCase.amount_claimed, RightsCase.state, RightsCase.opened_on)


def _clock_rows(where, limit: int) -> list[dict]:
    """Plain tuples, not model objects: building 200 joined models costs more than the query (bench/cases.py)."""
    query = (CaseClock.select(*_LIST_COLUMNS, CaseClock.kind, CaseClock.due, CaseClock.provisional)
             .join(RightsCase).where(CaseClock.state == "running", where)
             .order_by(CaseClock.due, CaseClock.gid).limit(limit).tuples())
    keys = ("gid", "number", "complainant", "merchant", "platform", "category")
    return [{**dict(zip(keys, row[:6], strict=True)), "amount_claimed": yuan(row[6]), "state": row[7],
             "opened_on": str(row[8]), "clock": row[9], "due": str(row[10]), "provisional": bool(row[11])}
            for row in query]


@service(Perm.CASES, write=False)
def due_soon(ctx: Ctx, limit: int = LIST_LIMIT) -> list[dict]:
    """Running clocks due today or within the next few days, soonest first."""
    today = station_today(ctx.now())
    return _clock_rows(CaseClock.due.between(today, today + dt.timedelta(days=DUE_SOON_DAYS)), limit)


@service(Perm.CASES, write=False)
def overdue(ctx: Ctx, limit: int = LIST_LIMIT) -> list[dict]:
    """Running clocks whose due date has passed, longest overdue first."""
    return _clock_rows(CaseClock.due < station_today(ctx.now()), limit)
