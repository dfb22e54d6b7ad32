"""Reminder rules: remind a resident after N days, flag parcels for return to sender after M days.

`run_reminders` is idempotent within a reminder period: running it twice in a day reminds nobody twice,
so the scheduler, the `station parcel remind` command and a staff click can all call it safely.
"""
import datetime as dt
from dataclasses import asdict, dataclass, field

from peewee import JOIN

from db.models import Parcel, Resident
from station import audit
from station.audit_actions import PARCEL_RETURN_DUE
from station.context import SCHEDULER, Ctx
from station.options import REMIND_AFTER_DAYS, RETURN_AFTER_DAYS
from station.parcels import ParcelStatus
from station.parcels.notice_log import add_entry
from station.parcels.notices import NoticeEntry
from station.permissions import Perm
from station.service import service
from station.settings import read_setting

JOB_ID = "parcel_reminders"
CARE_FOR_PHONE = ("care_elderly", "care_alone", "care_mobility", "care_vision")


@dataclass
class ReminderRun:
    remind_after_days: int
    return_after_days: int
    reminded: list[dict] = field(default_factory=list)  # {resident_gid, name, channel, codes}
    newly_due_for_return: list[str] = field(default_factory=list)  # parcel gids
    due_for_return: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


def channel_for(resident: Resident) -> str:
    """Older, alone, less mobile or poorly sighted residents with a phone get a call from staff; others the board."""
    if resident.phone and any(getattr(resident, flag) for flag in CARE_FOR_PHONE):
        return "phone"
    return "board"


def _due_for_reminder(now: dt.datetime, days: int) -> dict[str, list[Parcel]]:
    cutoff = now - dt.timedelta(days=days)
    rows = (Parcel.select().where(Parcel.status == ParcelStatus.WAITING, Parcel.arrived_at <= cutoff,
                                  Parcel.return_due_at.is_null(), Parcel.resident.is_null(False),
                                  (Parcel.reminded_at.is_null()) | (Parcel.reminded_at <= cutoff))
            .order_by(Parcel.arrived_at))
    by_resident: dict[str, list[Parcel]] = {}
    for parcel in rows:
        by_resident.setdefault(parcel.resident_gid, []).append(parcel)
    return by_resident


def _remind(ctx: Ctx, run: ReminderRun, now: dt.datetime) -> None:
    for resident_gid, parcels in _due_for_reminder(now, run.remind_after_days).items():
        resident = Resident.get_by_id(resident_gid)
        entry = NoticeEntry(resident_gid, resident.name, "", 0, [p.pickup_code for p in parcels])
        channel = channel_for(resident)
        add_entry(ctx, entry, "reminder", channel)
        gids = [p.gid for p in parcels]
        Parcel.update(reminded_at=now, reminder_count=Parcel.reminder_count + 1, updated_at=now).where(
            Parcel.gid.in_(gids)).execute()
        run.reminded.append({"resident_gid": resident_gid, "name": resident.name, "channel": channel,
                             "codes": entry.codes})


def _flag_returns(ctx: Ctx, run: ReminderRun, now: dt.datetime) -> None:
    cutoff = now - dt.timedelta(days=run.return_after_days)
    rows = list(Parcel.select(Parcel.gid, Parcel.tracking_no).where(
        Parcel.status == ParcelStatus.WAITING, Parcel.arrived_at <= cutoff, Parcel.return_due_at.is_null()))
    for parcel in rows:
        Parcel.update(return_due_at=now, updated_at=now).where(Parcel.gid == parcel.gid).execute()
        audit.record(ctx, PARCEL_RETURN_DUE, "parcel", parcel.gid, None, {"return_after_days":
                                                                            run.return_after_days})
        run.newly_due_for_return.append(parcel.gid)


@service(Perm.PARCEL_NOTICES)
def run_reminders(ctx: Ctx) -> ReminderRun:
    """Record the reminders now due (one notice-log entry per resident) and flag parcels due for return."""
    now = ctx.now()
    run = ReminderRun(read_setting(REMIND_AFTER_DAYS.key), read_setting(RETURN_AFTER_DAYS.key))
    _flag_returns(ctx, run, now)
    _remind(ctx, run, now)
    run.due_for_return = Parcel.select().where(Parcel.status == ParcelStatus.WAITING,
                                               Parcel.return_due_at.is_null(False)).count()
    return run


@service(Perm.VIEW, write=False)
def returns_due(ctx: Ctx, limit: int = 1000) -> list[dict]:
    """Parcels staff should hand back to the courier (not collected within M days), oldest first."""
    keys = ("gid", "tracking_no", "carrier", "pickup_code", "shelf", "arrived_at", "return_due_at", "name")
    query = (Parcel.select(Parcel.gid, Parcel.tracking_no, Parcel.carrier, Parcel.pickup_code, Parcel.shelf,
                           Parcel.arrived_at.cast("TEXT"), Parcel.return_due_at.cast("TEXT"), Resident.name)
             .join(Resident, JOIN.LEFT_OUTER, on=(Resident.gid == Parcel.resident_gid))
             .where(Parcel.status == ParcelStatus.WAITING, Parcel.return_due_at.is_null(False))
             .order_by(Parcel.arrived_at, Parcel.gid).limit(limit))
    return [dict(zip(keys, row, strict=True)) for row in query.tuples()]  # times as stored (text), as before


def register_jobs(scheduler, ctx: Ctx, hour: int = 8) -> None:
    """A `(scheduler, ctx)` job maker: every morning at `hour` station time (UTC+8), and once shortly after
    start-up in case the PC was off in the morning (running twice reminds nobody twice)."""
    scheduler_ctx = ctx.as_actor(SCHEDULER)
    scheduler.add_job(run_reminders, "cron", args=[scheduler_ctx], hour=(hour - 8) % 24, minute=0, id=JOB_ID,
                      replace_existing=True, coalesce=True, misfire_grace_time=6 * 3600)
    scheduler.add_job(run_reminders, "date", args=[scheduler_ctx], id=JOB_ID + "_startup", replace_existing=True,
                      run_date=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=3))
