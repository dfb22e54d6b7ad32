"""Case services that change a case: open, log an action, pause/resume, add a clock, close, merge."""
import datetime as dt

from peewee import fn

from db.models import CaseClock, CasePause, RightsCase
from station import audit
from station.audit_actions import CASE_ADD, CASE_CLOCK, CASE_CLOSE, CASE_LOG, CASE_MERGE, CASE_PAUSE, CASE_RESUME
from station.cases import ACTIONS, CATEGORIES, NEXT_STEPS, OUTCOMES, parse_day, parse_money, yuan
from station.cases.clocks import recompute_case_clocks, running_clock, start_clock, stop_clocks
from station.cases.lookup import add_entry, find_case, find_resident, open_case
from station.cases.sources import case_facts_from_parcel, case_facts_from_return, settle_source_return
from station.cases.watch import merchant_warning
from station.clock import station_today
from station.context import Ctx
from station.errors import InvalidInput, Refused
from station.ids import new_gid
from station.permissions import Perm
from station.service import service

# Which logged action starts (and which stops) which clock.
STARTS = {"filed_12315": "acceptance", "accepted": "mediation", "merchant_contacted": "business"}
STOPS = {"accepted": ("acceptance",), "filed_12315": ("business",), "platform_complaint": ("business",)}


def _number(ctx: Ctx, day: dt.date) -> str:
    prefix = f"{day.year}-"
    last = (RightsCase.select(fn.MAX(RightsCase.number)).where(RightsCase.number.startswith(prefix)).scalar())
    return f"{prefix}{int(last.split('-')[1]) + 1 if last else 1:04d}"


def _facts(ctx: Ctx, from_return: str | None, from_parcel: str | None) -> dict:
    if from_return:
        return case_facts_from_return(ctx, from_return)
    return case_facts_from_parcel(from_parcel) if from_parcel else {}


@service(Perm.CASES)
def add_case(ctx: Ctx, resident: str = "", merchant: str = "", platform: str = "", category: str = "",
             amount: str = "", summary: str = "", wants: str = "", from_return: str | None = None,
             from_parcel: str | None = None, opened_on: str | None = None) -> dict:
    """Open a case from scratch or from a return/parcel (its facts carried over, what was typed wins)."""
    facts = _facts(ctx, from_return, from_parcel)
    who = find_resident(ctx, resident or facts.get("resident_gid") or "")
    merchant = (merchant or facts.get("merchant") or "").strip()
    category = category or facts.get("category") or ""
    summary = (summary or facts.get("summary") or "").strip()
    if not merchant:
        raise InvalidInput("Name the merchant the complaint is against (--merchant).", why="no_merchant")
    if category not in CATEGORIES:
        raise InvalidInput("Category must be one of: {choices}.", why="category", choices=", ".join(CATEGORIES))
    if not summary:
        raise InvalidInput("Say what happened (--summary).", why="no_summary")
    day = parse_day(opened_on, station_today(ctx.now()))
    case = RightsCase.create(
        gid=new_gid(), owner=ctx.station_code, number=_number(ctx, day), resident=who.gid, complainant=who.name,
        merchant=merchant, platform=(platform or facts.get("platform") or "").strip(), category=category,
        amount_claimed=parse_money(amount) if amount else int(facts.get("amount_fen") or 0), summary=summary,
        wants=(wants or facts.get("wants") or "").strip(), source_kind=facts.get("source_kind", ""),
        source_ref=facts.get("source_ref", ""), opened_on=day, opened_at=ctx.now(), opened_by=ctx.actor.username)
    add_entry(ctx, case, "opened", day, summary)
    audit.record(ctx, CASE_ADD, "rights_case", case.gid, None,
                 {"number": case.number, "merchant": merchant, "category": category, "source": case.source_kind})
    return {"gid": case.gid, "number": case.number, "warning": merchant_warning(merchant)}


def _check_day(ctx: Ctx, action: str, day: dt.date) -> None:
    if action != "mediation_session" and day > station_today(ctx.now()):
        raise InvalidInput("{day} is in the future; only a mediation session can be scheduled ahead.",
                           why="future_date", day=day)


@service(Perm.CASES)
def log_action(ctx: Ctx, ref: str, action: str, day: str | None = None, note: str = "") -> dict:
    """An action on the timeline; `filed_12315` starts the acceptance clock, `accepted` the mediation clock."""
    case = open_case(ref)
    if action not in ACTIONS:
        raise InvalidInput("Action must be one of: {choices}.", why="action", choices=", ".join(ACTIONS))
    when = parse_day(day, station_today(ctx.now()))
    _check_day(ctx, action, when)
    add_entry(ctx, case, action, when, note)
    if action in STOPS:
        stop_clocks(ctx, case.gid, when, STOPS[action])
    started = None
    if action in STARTS and running_clock(case, STARTS[action]) is None:
        started = start_clock(ctx, case, STARTS[action], when).kind
    if action == "accepted" and case.accepted_on is None:
        RightsCase.update(accepted_on=when).where(RightsCase.gid == case.gid).execute()
    audit.record(ctx, CASE_LOG, "rights_case", case.gid, None, {"action": action, "day": str(when)})
    return {"number": case.number, "action": action, "day": str(when), "clock_started": started}


@service(Perm.CASES)
def add_clock(ctx: Ctx, ref: str, kind: str, day: str | None = None, days: int | None = None) -> dict:
    """A clock started by hand: `odr`, `report`, `custom` (with its number of working days) or any kind."""
    case = open_case(ref)
    when = parse_day(day, station_today(ctx.now()))
    clock = start_clock(ctx, case, kind, when, days)
    add_entry(ctx, case, "clock", when, f"{kind} {clock.days}")
    audit.record(ctx, CASE_CLOCK, "rights_case", case.gid, None, {"kind": kind, "days": clock.days,
                                                                    "start": str(when)})
    return {"number": case.number, "kind": kind, "due": str(clock.due) if clock.due else None,
            "provisional": bool(clock.provisional)}


def _open_pause(case: RightsCase) -> CasePause | None:
    return CasePause.select().where(CasePause.case == case.gid, CasePause.resumed_on.is_null()).first()


@service(Perm.CASES)
def pause_case(ctx: Ctx, ref: str, day: str | None = None, note: str = "") -> dict:
    case = open_case(ref)
    when = parse_day(day, station_today(ctx.now()))
    if _open_pause(case):
        raise Refused("Case {number} is paused already.", why="already_paused", number=case.number)
    last = CasePause.select(fn.MAX(CasePause.resumed_on)).where(CasePause.case == case.gid).scalar()
    if last and when < (last if isinstance(last, dt.date) else dt.date.fromisoformat(last)):
        raise InvalidInput("A pause cannot start before the last resume ({day}).", why="pause_order", day=last)
    CasePause.create(gid=new_gid(), owner=ctx.station_code, case=case.gid, paused_on=when)
    add_entry(ctx, case, "paused", when, note)
    recompute_case_clocks(ctx, case.gid, "paused")
    audit.record(ctx, CASE_PAUSE, "rights_case", case.gid, None, {"day": str(when)})
    return {"number": case.number, "paused_on": str(when)}


@service(Perm.CASES)
def resume_case(ctx: Ctx, ref: str, day: str | None = None, note: str = "") -> dict:
    case = open_case(ref)
    when = parse_day(day, station_today(ctx.now()))
    pause = _open_pause(case)
    if pause is None:
        raise Refused("Case {number} is not paused.", why="not_paused", number=case.number)
    if when < pause.paused_on:
        raise InvalidInput("The resume day is before the pause ({day}).", why="resume_order", day=pause.paused_on)
    CasePause.update(resumed_on=when).where(CasePause.gid == pause.gid).execute()
    add_entry(ctx, case, "resumed", when, note)
    recompute_case_clocks(ctx, case.gid, "resumed")
    audit.record(ctx, CASE_RESUME, "rights_case", case.gid, None, {"paused_on": str(pause.paused_on),
                                                                     "resumed_on": str(when)})
    return {"number": case.number, "paused_on": str(pause.paused_on), "resumed_on": str(when)}


def _timely(case_gid: str, closed_on: dt.date) -> bool:
    return all(c.due is not None and (c.stopped_on or closed_on) <= c.due
               for c in CaseClock.select().where(CaseClock.case == case_gid))


def _check_outcome(outcome: str, amount: int, next_step: str, satisfaction: int | None) -> None:
    if outcome not in OUTCOMES:
        raise InvalidInput("Outcome must be one of: {choices}.", why="outcome", choices=", ".join(OUTCOMES))
    if outcome == "money" and amount <= 0:
        raise InvalidInput("Say how much money was recovered (--amount).", why="no_amount")
    if outcome == "terminated" and next_step not in NEXT_STEPS:
        raise InvalidInput("Say the next step: {choices} (--next-step).", why="next_step",
                           choices=", ".join(NEXT_STEPS))
    if satisfaction is not None and not 1 <= satisfaction <= 5:
        raise InvalidInput("Satisfaction is 1 to 5.", why="satisfaction")


@service(Perm.CASES)
def close_case(ctx: Ctx, ref: str, outcome: str, amount: str = "", next_step: str = "",
               satisfaction: int | None = None, day: str | None = None, note: str = "") -> dict:
    case = open_case(ref)
    fen = parse_money(amount)
    _check_outcome(outcome, fen, next_step, satisfaction)
    when = parse_day(day, station_today(ctx.now()))
    if _open_pause(case):
        CasePause.update(resumed_on=when).where(CasePause.case == case.gid, CasePause.resumed_on.is_null()).execute()
    stop_clocks(ctx, case.gid, when, None, "closed")
    timely = _timely(case.gid, when)
    RightsCase.update(state="closed", closed_on=when, outcome=outcome, amount_recovered=fen,
                      next_step=next_step if outcome == "terminated" else "", satisfaction=satisfaction,
                      timely=timely).where(RightsCase.gid == case.gid).execute()
    add_entry(ctx, case, "closed", when, " ".join(filter(None, [outcome, yuan(fen) if fen else "", next_step, note])))
    done = {"number": case.number, "outcome": outcome, "amount_recovered": yuan(fen), "timely": timely,
            "satisfaction": satisfaction, "next_step": next_step, "closed_on": str(when),
            "return_refunded": settle_source_return(ctx, case.source_kind, case.source_ref, fen)}
    audit.record(ctx, CASE_CLOSE, "rights_case", case.gid, {"state": "open"}, done)
    return done


@service(Perm.CASES)
def merge_case(ctx: Ctx, ref: str, into: str) -> dict:
    """A duplicate joins its survivor: both keep their timelines and evidence; the duplicate points on."""
    duplicate, survivor = open_case(ref), find_case(into)
    if survivor.gid == duplicate.gid:
        raise Refused("A case cannot be merged into itself.", why="merge_self")
    if survivor.state != "open":
        raise Refused("Case {number} is {state}; merge into an open case.", why="survivor_not_open",
                      number=survivor.number, state=survivor.state)
    today = station_today(ctx.now())
    stop_clocks(ctx, duplicate.gid, today, None, "merged")
    RightsCase.update(state="merged", merged_into=survivor.gid).where(RightsCase.gid == duplicate.gid).execute()
    add_entry(ctx, duplicate, "merged_into", today, survivor.number)
    add_entry(ctx, survivor, "merged_from", today, duplicate.number)
    done = {"number": duplicate.number, "into": survivor.number}
    audit.record(ctx, CASE_MERGE, "rights_case", duplicate.gid, {"state": "open"}, done)
    return done
