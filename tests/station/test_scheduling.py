"""Starting the scheduler registers every feature's jobs, with the triggers they were meant to have."""
import datetime as dt

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from station import scheduling


def test_start_registers_backup_reminder_and_sync_jobs(ctx):
    scheduler = scheduling.start(ctx)
    try:
        assert isinstance(scheduler, BackgroundScheduler) and scheduler.running
        jobs = {job.id: job for job in scheduler.get_jobs()}
        assert set(jobs) == {"daily_backup", "parcel_reminders", "parcel_reminders_startup", "sync.push",
                             "wal_checkpoint", "case_reminders"}
        backup = jobs["daily_backup"].trigger
        assert isinstance(backup, IntervalTrigger) and backup.interval == dt.timedelta(hours=1)
        morning = jobs["parcel_reminders"].trigger
        assert isinstance(morning, CronTrigger)
        fields = {f.name: str(f) for f in morning.fields}
        assert fields["hour"] == "0" and fields["minute"] == "0"  # 08:00 station time is 00:00 UTC
        assert isinstance(jobs["parcel_reminders_startup"].trigger, DateTrigger)
        push = jobs["sync.push"].trigger
        assert isinstance(push, IntervalTrigger) and push.interval == dt.timedelta(minutes=5)
        for job in jobs.values():
            assert job.next_run_time is not None
            assert job.args[0].actor == scheduling.SCHEDULER and job.args[0].station_code == ctx.station_code
    finally:
        scheduler.shutdown(wait=False)


def test_jobs_run_as_the_scheduler_without_an_office(ctx):
    """Each job does its work (or says why not) instead of raising in the scheduler's thread."""
    from station.parcels.reminders import run_reminders
    from station.sync.push import push_job

    job_ctx = ctx.as_actor(scheduling.SCHEDULER)
    run_reminders(job_ctx)
    assert push_job(job_ctx) == "not_set_up"
