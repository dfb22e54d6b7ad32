"""Case reminders from the scheduler: deadlines due soon or passed, and today's mediation sessions.

A reminder is a timeline entry ("reminder") put on the case once per clock and day (`reminded_on`), so
staff see it on the Cases page and in the dossier; running it again the same day adds nothing.
"""
import datetime as dt
import logging

from db.models import CaseClock, CaseEntry, RightsCase
from station.cases.clocks import DUE_SOON_DAYS
from station.cases.lookup import add_entry
from station.clock import station_today
from station.context import Ctx
from station.permissions import Perm
from station.service import service

JOB_ID = "case_reminders"


def _remind_clocks(ctx: Ctx, today: dt.date) -> tuple[int, int]:
    soon, late = 0, 0
    rows = (CaseClock.select(CaseClock, RightsCase).join(RightsCase)
            .where(CaseClock.state == "running", CaseClock.due <= today + dt.timedelta(days=DUE_SOON_DAYS),
                   (CaseClock.reminded_on.is_null()) | (CaseClock.reminded_on < today)))
    for clock in rows:
        overdue = clock.due < today
        add_entry(ctx, clock.case, "reminder", today, f"{clock.kind} {'overdue' if overdue else 'due'} {clock.due}")
        CaseClock.update(reminded_on=today).where(CaseClock.gid == clock.gid).execute()
        late, soon = late + overdue, soon + (not overdue)
    return soon, late


def _sessions_today(ctx: Ctx, today: dt.date) -> int:
    sessions = (CaseEntry.select(CaseEntry, RightsCase).join(RightsCase)
                .where(CaseEntry.action == "mediation_session", CaseEntry.day == today, RightsCase.state == "open"))
    count = 0
    for session in sessions:
        already = CaseEntry.select().where(CaseEntry.case == session.case_gid, CaseEntry.action == "reminder",
                                           CaseEntry.day == today, CaseEntry.note.startswith("mediation_session"))
        if not already.exists():
            add_entry(ctx, session.case, "reminder", today, f"mediation_session {session.note}".strip())
            count += 1
    return count


@service(Perm.CASES)
def run_case_reminders(ctx: Ctx) -> dict:
    today = station_today(ctx.now())
    soon, late = _remind_clocks(ctx, today)
    return {"day": str(today), "due_soon": soon, "overdue": late, "sessions": _sessions_today(ctx, today)}


def scheduled_reminders(ctx: Ctx) -> None:
    """The scheduler's call: a failure is logged and the next morning tries again."""
    try:
        run_case_reminders(ctx)
    except Exception:
        logging.getLogger(__name__).exception("case reminders failed")


def register_jobs(scheduler, ctx: Ctx) -> None:
    """Each morning at 08:00 station time (00:00 UTC) and once shortly after start-up (idempotent within a day)."""
    first = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=150)
    scheduler.add_job(scheduled_reminders, "cron", hour=0, minute=0, args=[ctx], id=JOB_ID, next_run_time=first,
                      coalesce=True, max_instances=1, replace_existing=True)
