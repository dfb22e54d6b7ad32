"""A real HTTP push on 127.0.0.1 to the office server started here (its own process, ephemeral port)."""
import pytest

from db.connection import close_database
from station.sync.push import OfficeUnreachable, push, push_job
from station.sync.status import sync_status
from tests.station.sync.helpers import (
    add_parcel,
    add_resident,
    make_station,
    office_rows,
    running_office,
    station_rows,
    switch,
)


@pytest.fixture
def office_server(tmp_path):
    yield from running_office(tmp_path)


def test_push_sends_the_bundle_and_applies_the_reply(tmp_path, office_server):
    office, url = office_server
    station = make_station(tmp_path, "CN-H-01", office)
    ctx = switch(station)
    resident = add_resident("CN-H-01", "周")
    add_parcel("CN-H-01", "YT9", resident)
    assert sync_status(ctx).waiting == 2
    result = push(ctx, url)
    assert result["outcome"] == "applied" and result["ack"] == 2
    assert sync_status(ctx).waiting == 0 and sync_status(ctx).last_synced is not None
    add_resident("CN-H-01", "吴")
    again = push(ctx, url)
    assert again["ack"] == 3 and sync_status(ctx).waiting == 0
    close_database()
    assert office_rows(office) == station_rows(station)


def test_unreachable_office_keeps_changes_waiting_and_backs_off(tmp_path, office_server):
    office, _url = office_server
    station = make_station(tmp_path, "CN-H-02", office)
    ctx = switch(station)
    add_resident("CN-H-02", "郑")
    with pytest.raises(OfficeUnreachable):
        push(ctx, "http://127.0.0.1:9", attempts=2, backoff_s=0.01)
    assert sync_status(ctx).waiting == 1
    from station.settings import set_setting
    set_setting(ctx, "sync_url", "http://127.0.0.1:9")
    assert push_job(ctx) == "failed"
    assert push_job(ctx) == "backing_off"


def test_push_job_is_registered_with_the_scheduler(ctx):
    from apscheduler.schedulers.background import BackgroundScheduler

    from station.sync.push import register_jobs

    scheduler = BackgroundScheduler()
    register_jobs(scheduler, ctx)
    job = scheduler.get_job("sync.push")
    assert job is not None and job.func is push_job
    assert push_job(ctx) == "not_set_up"  # no office key or address yet: quiet, nothing changed


def test_office_refusal_comes_back_with_its_reason(tmp_path, office_server):
    from station.identity import init_station
    from station.sync.push import OfficeRefused
    from station.sync.state import trust_office

    office, url = office_server
    ctx = init_station(tmp_path / "stranger", "CN-H-09", "未登记站")
    trust_office(ctx, tmp_path / "office.json")
    add_resident("CN-H-09", "冯")
    with pytest.raises(OfficeRefused) as refused:
        push(ctx, url)
    assert "CN-H-09" in refused.value.message()
    assert sync_status(ctx).waiting == 1
