"""The sync status line's times read like every other time in the station (China, UTC+8)."""
import time

from station.sync.status import local_time


def test_last_synced_is_shown_in_the_stations_wall_clock(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert local_time("2026-03-01 23:30:00") == "2026-03-02 07:30"
    finally:
        monkeypatch.undo()
        time.tzset()
