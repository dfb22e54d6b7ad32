"""Today's figures for the counter's idle screen: what a station keeper wants to know at a glance.

One small indexed query per figure (raw SQL: these run after every counter action, at a million parcels;
as peewee counts each costs ~0.1 ms more, 5x the raw query: bench/query_cost.py "a today figure").
"Today" is the station's calendar day (China time, UTC+8); times are stored in UTC.
"""
import datetime as dt
from dataclasses import asdict, dataclass

from db.models import database
from station.clock import CHINA
from station.context import Ctx
from station.options import RETURN_AFTER_DAYS
from station.permissions import Perm
from station.service import service
from station.settings import read_setting

FIGURES_SQL = {
    "waiting": "SELECT count(*) FROM parcel WHERE status = 'waiting'",
    "arrived_today": "SELECT count(*) FROM parcel WHERE arrived_at >= :day",
    "handed_out_today": "SELECT count(*) FROM parcel WHERE picked_up_at >= :day AND picked_up_at IS NOT NULL "
                        "AND +status = 'picked_up'",  # unary +: count via the picked_up_at index
    "out_for_delivery": "SELECT count(*) FROM parcel WHERE status = 'out_for_delivery'",
    "problem": "SELECT count(*) FROM parcel WHERE status = 'problem'",
    # The return rule as it stands now (M days on the shelf): a superset of what the morning reminder run has
    # flagged for the returns list, and answered from the (status, arrived_at) index alone, without row reads.
    "due_for_return": "SELECT count(*) FROM parcel WHERE status = 'waiting' AND arrived_at <= :return_cutoff",
}


@dataclass(frozen=True)
class TodayFigures:
    waiting: int
    arrived_today: int
    handed_out_today: int
    out_for_delivery: int
    problem: int
    due_for_return: int

    def to_dict(self) -> dict:
        return asdict(self)


def day_start_utc(now: dt.datetime) -> dt.datetime:
    """Midnight of the station's day containing `now` (naive UTC, as stored)."""
    local = now.replace(tzinfo=dt.UTC).astimezone(CHINA)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.astimezone(dt.UTC).replace(tzinfo=None)


@service(Perm.VIEW, write=False)
def today_figures(ctx: Ctx) -> TodayFigures:
    now = ctx.now()
    cutoff = now - dt.timedelta(days=read_setting(RETURN_AFTER_DAYS.key))
    params = {"day": str(day_start_utc(now)), "return_cutoff": str(cutoff)}
    values = {}
    for name, sql in FIGURES_SQL.items():
        used = {key: value for key, value in params.items() if f":{key}" in sql}
        values[name] = database.execute_sql(sql, used).fetchone()[0]
    return TodayFigures(**values)
