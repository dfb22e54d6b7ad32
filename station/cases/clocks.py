"""Legal clocks of a case, in Chinese working days, recomputed from their start, the calendar and the pauses.

Kinds and their law: `acceptance` 7 working days for the regulator to decide (市场监督管理投诉举报处理暂行办法
Art. 14, started by `filed_12315`), `mediation` 45 after acceptance (Art. 21, started by `accepted`),
`business` 7 for the business to handle a complaint (消费者权益保护法 Art. 46, started by `merchant_contacted`),
`odr` 10 on the 12315 ODR channel, `report` 15 for reports (举报), `custom` any number.
Every change to a clock's due date is kept as a history row (the dossier prints it).
"""
import datetime as dt

from db.models import CaseClock, CaseClockChange, CasePause, RightsCase
from station.cases.calendar import load_calendar
from station.cases.workdays import Due, Pause, WorkCalendar, due_date, working_days_between
from station.context import Ctx
from station.errors import InvalidInput
from station.i18n import N_
from station.ids import new_gid

CLOCK_DAYS = {"acceptance": 7, "mediation": 45, "business": 7, "odr": 10, "report": 15}
CLOCK_LABELS = {
    "acceptance": N_("Cases", "Regulator decides acceptance (7 working days, Art. 14)"),
    "mediation": N_("Cases", "Mediation ends (45 working days after acceptance, Art. 21)"),
    "business": N_("Cases", "Business handles the complaint (7 working days, 消法 Art. 46)"),
    "odr": N_("Cases", "12315 ODR enterprise settles (10 working days)"),
    "report": N_("Cases", "Report (举报) checked (15 working days)"),
    "custom": N_("Cases", "Custom deadline"),
}
CLOCK_SHORT = {
    "acceptance": N_("Cases", "Regulator acceptance"), "mediation": N_("Cases", "Mediation"),
    "business": N_("Cases", "Business handling"), "odr": N_("Cases", "12315 ODR"),
    "report": N_("Cases", "Report check"), "custom": N_("Cases", "Custom deadline"),
}
STATUS_LABELS = {
    "running": N_("Cases", "running"), "due_soon": N_("Cases", "due soon"), "overdue": N_("Cases", "OVERDUE"),
    "paused": N_("Cases", "paused"), "met": N_("Cases", "met"), "late": N_("Cases", "late"),
}
EVENT_LABELS = {
    "started": N_("Cases", "started"), "paused": N_("Cases", "paused"), "resumed": N_("Cases", "resumed"),
    "recomputed": N_("Cases", "recomputed"), "stopped": N_("Cases", "stopped"), "closed": N_("Cases", "case closed"),
    "merged": N_("Cases", "merged"),
}
OPEN_STATES = ("running", "paused")
DUE_SOON_DAYS = 3  # calendar days ahead that count as "due soon"


def case_pauses(case_gid: str) -> list[Pause]:
    return [(p.paused_on, p.resumed_on) for p in CasePause.select().where(CasePause.case == case_gid)
            .order_by(CasePause.paused_on)]


def _note(due: Due) -> str:
    return f"missing calendar {due.missing_year}" if due.provisional else ""


def _change(ctx: Ctx, clock: CaseClock, event: str, note: str = "") -> None:
    CaseClockChange.create(gid=new_gid(), owner=ctx.station_code, clock=clock.gid, at=ctx.now(), event=event,
                           due=clock.due, provisional=clock.provisional, note=note)


def _apply(clock: CaseClock, due: Due) -> bool:
    """Put a computed due date on the clock; True when anything a person sees changed."""
    state = "paused" if due.due is None else "running"
    new = (due.due, due.provisional, due.missing_year, state)
    if new == (clock.due, bool(clock.provisional), clock.missing_year, clock.state):
        return False
    clock.due, clock.provisional, clock.missing_year, clock.state = new
    return True


def start_clock(ctx: Ctx, case: RightsCase, kind: str, start: dt.date, days: int | None = None) -> CaseClock:
    if kind not in CLOCK_LABELS:
        raise InvalidInput("Unknown clock kind {kind}.", why="clock_kind", kind=kind)
    days = CLOCK_DAYS.get(kind, days)
    if not days or not 0 < days <= 365:
        raise InvalidInput("A custom deadline needs 1 to 365 working days (--days).", why="clock_days")
    clock = CaseClock(gid=new_gid(), owner=ctx.station_code, case=case.gid, kind=kind, days=days, start=start)
    due = due_date(start, days, load_calendar(), case_pauses(case.gid))
    _apply(clock, due)
    clock.save(force_insert=True)
    _change(ctx, clock, "started", _note(due))
    return clock


def running_clock(case: RightsCase, kind: str) -> CaseClock | None:
    return (CaseClock.select().where(CaseClock.case == case.gid, CaseClock.kind == kind,
                                     CaseClock.state.in_(OPEN_STATES)).first())


def stop_clocks(ctx: Ctx, case_gid: str, day: dt.date, kinds: tuple[str, ...] | None = None,
                event: str = "stopped") -> int:
    query = CaseClock.select().where(CaseClock.case == case_gid, CaseClock.state.in_(OPEN_STATES))
    if kinds:
        query = query.where(CaseClock.kind.in_(kinds))
    clocks = list(query)
    for clock in clocks:
        clock.state, clock.stopped_on = "stopped", day
        clock.save()
        _change(ctx, clock, event)
    return len(clocks)


def recompute_case_clocks(ctx: Ctx, case_gid: str, event: str) -> None:
    calendar, pauses = load_calendar(), case_pauses(case_gid)
    for clock in CaseClock.select().where(CaseClock.case == case_gid, CaseClock.state.in_(OPEN_STATES)):
        if _apply(clock, due_date(clock.start, clock.days, calendar, pauses)):
            clock.save()
            _change(ctx, clock, event)


def recompute_open_clocks(ctx: Ctx, reason: str = "calendar") -> int:
    """Every open clock against the current calendar (after a new year's table): returns how many changed."""
    calendar = load_calendar()
    pauses: dict[str, list[Pause]] = {}
    for p in CasePause.select(CasePause.case, CasePause.paused_on, CasePause.resumed_on):
        pauses.setdefault(p.case_gid, []).append((p.paused_on, p.resumed_on))
    changed = 0
    for clock in CaseClock.select().where(CaseClock.state.in_(OPEN_STATES)):
        if _apply(clock, due_date(clock.start, clock.days, calendar, pauses.get(clock.case_gid, []))):
            clock.save()
            _change(ctx, clock, "recomputed", reason)
            changed += 1
    return changed


def clock_status(clock: CaseClock, today: dt.date) -> str:
    """running | due_soon | overdue | paused | met | late (a stopped clock: on time or not)."""
    if clock.state == "stopped":
        return "late" if clock.due and clock.stopped_on and clock.stopped_on > clock.due else "met"
    if clock.state == "paused" or clock.due is None:
        return "paused"
    if clock.due < today:
        return "overdue"
    return "due_soon" if clock.due <= today + dt.timedelta(days=DUE_SOON_DAYS) else "running"


def clock_view(clock: CaseClock, today: dt.date, calendar: WorkCalendar | None = None) -> dict:
    left = None
    if calendar is not None and clock.state == "running" and clock.due and clock.due >= today:
        left = working_days_between(today, clock.due, calendar)
    return {"gid": clock.gid, "kind": clock.kind, "days": clock.days, "start": str(clock.start),
            "due": str(clock.due) if clock.due else None, "provisional": bool(clock.provisional),
            "missing_year": clock.missing_year, "state": clock.state,
            "stopped_on": str(clock.stopped_on) if clock.stopped_on else None,
            "status": clock_status(clock, today), "working_days_left": left}


def clock_history(clock_gid: str) -> list[dict]:
    rows = CaseClockChange.select().where(CaseClockChange.clock == clock_gid).order_by(CaseClockChange.at,
                                                                                       CaseClockChange.gid)
    return [{"at": str(r.at), "event": r.event, "due": str(r.due) if r.due else None,
             "provisional": bool(r.provisional), "note": r.note} for r in rows]
