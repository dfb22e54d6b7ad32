import datetime as dt

import pytest

from station.context import Ctx
from station.residents import add_resident

PHONE = "13800001045"


def at(ctx: Ctx, when: dt.datetime) -> Ctx:
    """The same station and actor, with the clock standing at `when` (UTC)."""
    return Ctx(ctx.data_dir, ctx.station_code, ctx.actor, lambda: when)


@pytest.fixture
def desk(ctx):
    """A station with one resident, its clock standing on 2026-12-03 10:00 station time."""
    desk = at(ctx, dt.datetime(2026, 12, 3, 2, 0))
    add_resident(desk, "王秀英", PHONE)
    return desk
