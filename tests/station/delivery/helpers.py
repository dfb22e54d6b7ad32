"""Residents and parcels made directly (the counter's intake service is another branch's work)."""
import datetime as dt

from db.models import Parcel, Resident
from station.ids import new_gid
from station.residents import add_resident, add_village_group


def group(ctx, name: str = "一组") -> str:
    return add_village_group(ctx, name)["gid"]


def resident(ctx, name: str, phone: str, group_gid: str | None = None, **care) -> str:
    return add_resident(ctx, name, phone, group_gid, **care).gid


def parcel(ctx, resident_gid: str, days_ago: float = 0, tracking: str | None = None, carrier: str = "中通") -> str:
    arrived = ctx.now() - dt.timedelta(days=days_ago)
    gid = new_gid()
    Parcel.create(gid=gid, owner=ctx.station_code, tracking_no=tracking or f"ZT{gid[-10:]}", carrier=carrier,
                  resident=resident_gid, pickup_code=f"{Parcel.select().count() + 1:04d}",
                  shelf=f"A-{Parcel.select().count() % 9 + 1}", status="waiting", arrived_at=arrived,
                  updated_at=arrived)
    return gid


def status(parcel_gid: str) -> str:
    return Parcel.get(Parcel.gid == parcel_gid).status


def village(ctx) -> dict:
    """Two groups; flagged, unflagged-but-long-waiting and fresh-unflagged residents with parcels."""
    g1, g2 = group(ctx, "一组"), group(ctx, "二组")
    wang = resident(ctx, "王秀英", "13800000001", g1, care_elderly=True, care_hearing=True)
    li = resident(ctx, "李大山", "13800000002", g1)
    zhao = resident(ctx, "赵春梅", "13800000003", g2, care_mobility=True)
    chen = resident(ctx, "陈小明", "13800000004", g1)
    Resident.update(care_notes="耳背，请大声敲门").where(Resident.gid == wang).execute()
    return {
        "g1": g1, "g2": g2, "wang": wang, "li": li, "zhao": zhao, "chen": chen,
        "p_wang": [parcel(ctx, wang), parcel(ctx, wang, carrier="顺丰")],
        "p_li_old": parcel(ctx, li, days_ago=5),
        "p_zhao": parcel(ctx, zhao),
        "p_chen_new": parcel(ctx, chen, days_ago=1),
    }
