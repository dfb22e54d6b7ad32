"""Reminder rules: remind after N days (once per period, logged per resident), flag for return after M days."""
import dataclasses
import datetime as dt

import pytest

from db.models import AuditEntry, Parcel
from station.errors import PermissionDenied
from station.parcels.notice_log import log_notice, notice_history
from station.parcels.reminders import register_jobs, returns_due, run_reminders
from station.settings import set_setting
from tests.conftest import as_role
from tests.station.parcels.helpers import T0, parcel, village


def at(ctx, days: float):
    return dataclasses.replace(ctx, clock=lambda: T0 + dt.timedelta(days=days))


def test_nothing_is_due_before_n_days(ctx):
    village(ctx)
    run = run_reminders(at(ctx, 2))
    assert run.reminded == [] and run.newly_due_for_return == []


def test_reminders_after_n_days_one_entry_per_resident_with_channel(ctx):
    v = village(ctx)
    run = run_reminders(at(ctx, 3))
    by_name = {(r["name"], tuple(r["codes"])): r["channel"] for r in run.reminded}
    assert by_name == {("王秀英", ("3-2-1045", "3-2-1046")): "phone",  # elderly, has a phone: staff call
                       ("王秀英", ("1-1-2001",)): "board", ("李明", ("2-1-3001",)): "board",
                       ("欧阳娜娜", ("1-2-2002",)): "board"}
    history = notice_history(ctx, v["wang"])
    assert [(h.kind, h.channel, h.parcel_count, h.codes) for h in history] == [
        ("reminder", "phone", 2, "3-2-1045,3-2-1046")]
    assert Parcel.get_by_id(v["wang_a"]).reminder_count == 1
    assert AuditEntry.select().where(AuditEntry.action == "notice.reminder").count() == 4


def test_running_twice_reminds_nobody_twice_until_the_next_period(ctx):
    village(ctx)
    assert len(run_reminders(at(ctx, 3)).reminded) == 4
    assert run_reminders(at(ctx, 4)).reminded == []
    assert len(run_reminders(at(ctx, 6)).reminded) == 4


def test_parcels_past_m_days_are_flagged_for_return_not_reminded(ctx):
    v = village(ctx)
    fresh = parcel(ctx, v["li"], "2-1-3003", "SF5555555555555", arrived=T0 + dt.timedelta(days=5))
    run = run_reminders(at(ctx, 7))
    assert len(run.newly_due_for_return) == 5 and fresh not in run.newly_due_for_return
    assert run.due_for_return == 5
    assert [r["codes"] for r in run.reminded] == [["2-1-3003"]] or run.reminded == []
    due = returns_due(ctx)
    assert {d["pickup_code"] for d in due} == {"3-2-1045", "3-2-1046", "1-1-2001", "2-1-3001", "1-2-2002"}
    assert run_reminders(at(ctx, 8)).newly_due_for_return == []


def test_rules_follow_the_station_settings(ctx):
    village(ctx)
    set_setting(ctx, "parcel_remind_after_days", 1)
    set_setting(ctx, "parcel_return_after_days", 2)
    assert len(run_reminders(at(ctx, 1)).reminded) == 4
    assert len(run_reminders(at(ctx, 2)).newly_due_for_return) == 5


def test_staff_log_a_read_aloud_or_call_and_volunteers_may_not(ctx):
    v = village(ctx)
    record = log_notice(ctx, v["wang"], "read_aloud", "在柜台念给她听")
    assert (record.channel, record.parcel_count, record.note) == ("read_aloud", 2, "在柜台念给她听")
    assert notice_history(ctx, v["wang"])[0].gid == record.gid
    with pytest.raises(PermissionDenied):
        log_notice(as_role(ctx, "volunteer"), v["wang"], "phone")
    with pytest.raises(Exception) as err:
        log_notice(ctx, v["wang"], "carrier_pigeon")
    assert "carrier_pigeon" in err.value.message()
    assert len(notice_history(ctx, v["wang"])) == 1


def test_register_jobs_adds_a_daily_job():
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(timezone="UTC")
    from station.context import CONSOLE, Ctx

    register_jobs(scheduler, Ctx(None, "X", CONSOLE))
    job = scheduler.get_job("parcel_reminders")
    assert job is not None and job.func is run_reminders and str(job.trigger).startswith("cron")
    assert job.args[0].actor.username == "scheduler"
    assert scheduler.get_job("parcel_reminders_startup").func is run_reminders
