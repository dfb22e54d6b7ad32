"""The one background scheduler (APScheduler) for timed work: backups, parcel reminders, sync push.

A feature adds its jobs by appending a function `(scheduler, ctx) -> None` to JOB_MAKERS (or calling
`register_jobs`); the GUI starts the scheduler once with `start(ctx)` and stops it on quit. Jobs act as
the SCHEDULER actor and must be safe to run again (the PC may be off at the planned time).
"""
import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from station.backup import daily_backup
from station.context import SCHEDULER, Ctx
from station.settings import read_setting

if TYPE_CHECKING:  # APScheduler itself is imported in make_scheduler: modules registering jobs stay cheap
    from apscheduler.schedulers.background import BackgroundScheduler

log = logging.getLogger(__name__)

JobMaker = Callable[["BackgroundScheduler", Ctx], None]
JOB_MAKERS: list[JobMaker] = []
BACKUP_CHECK_MINUTES = 60
FIRST_RUN_DELAY_S = 120  # after start-up, so the first minutes at the counter stay quick


def register_jobs(maker: JobMaker) -> JobMaker:
    JOB_MAKERS.append(maker)
    return maker


def run_daily_backup(ctx: Ctx) -> None:
    """Make today's backup if it is missing and prune old ones; a failure is logged and retried next hour."""
    try:
        daily_backup(ctx, read_setting("backup_keep"))
    except Exception:
        log.exception("daily backup failed")


@register_jobs
def _backup_jobs(scheduler: "BackgroundScheduler", ctx: Ctx) -> None:
    # Checked hourly rather than at one fixed time, so a PC switched on late still gets its daily copy.
    first = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=FIRST_RUN_DELAY_S)
    scheduler.add_job(run_daily_backup, "interval", minutes=BACKUP_CHECK_MINUTES, args=[ctx], id="daily_backup",
                      next_run_time=first, coalesce=True, max_instances=1, replace_existing=True)


@register_jobs
def _reminder_jobs(scheduler: "BackgroundScheduler", ctx: Ctx) -> None:
    """Parcel reminders and returns-to-sender, each morning and once after start-up."""
    from station.parcels.reminders import register_jobs as reminder_jobs

    reminder_jobs(scheduler, ctx)


@register_jobs
def _sync_jobs(scheduler: "BackgroundScheduler", ctx: Ctx) -> None:
    """Push waiting changes to the town office every few minutes (it backs off while the office is away)."""
    from station.sync.push import register_jobs as sync_jobs

    sync_jobs(scheduler, ctx)


@register_jobs
def _case_jobs(scheduler: "BackgroundScheduler", ctx: Ctx) -> None:
    """Rights-case deadlines due soon or passed, and today's mediation sessions, each morning."""
    from station.cases.reminders import register_jobs as case_jobs

    case_jobs(scheduler, ctx)


CHECKPOINT_SECONDS = 60


def run_checkpoint(ctx: Ctx) -> None:
    """Fold the WAL back into the database off the counter's path (db.connection.checkpoint)."""
    from db.connection import checkpoint
    from station.paths import DB_FILE

    try:
        checkpoint(ctx.data_dir / DB_FILE)
    except Exception:
        log.exception("WAL checkpoint failed")


@register_jobs
def _checkpoint_jobs(scheduler: "BackgroundScheduler", ctx: Ctx) -> None:
    scheduler.add_job(run_checkpoint, "interval", seconds=CHECKPOINT_SECONDS, args=[ctx], id="wal_checkpoint",
                      coalesce=True, max_instances=1, replace_existing=True)


def make_scheduler(ctx: Ctx) -> "BackgroundScheduler":
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(daemon=True, timezone="UTC")
    job_ctx = ctx.as_actor(SCHEDULER)
    for maker in JOB_MAKERS:
        maker(scheduler, job_ctx)
    return scheduler


def start(ctx: Ctx) -> "BackgroundScheduler":
    """Start the scheduler with every registered job; stop it with `scheduler.shutdown(wait=False)`."""
    scheduler = make_scheduler(ctx)
    scheduler.start()
    return scheduler
