"""Putting residents and waiting parcels straight into a test station (the intake service has its own tests)."""
import datetime as dt

from db.models import Parcel, Resident
from station.ids import new_gid
from station.residents import add_resident, add_village_group

T0 = dt.datetime(2026, 11, 20, 2, 0, 0)


def group(ctx, name: str, sort: int = 0) -> str:
    return add_village_group(ctx, name, sort)["gid"]


def resident(ctx, name: str, phone: str, group_gid: str | None = None, **care) -> str:
    return add_resident(ctx, name, phone, group_gid, **care).gid


def parcel(ctx, resident_gid: str | None, code: str, tracking: str | None = None, carrier: str = "sf",
           arrived: dt.datetime = T0, status: str = "waiting", shelf: str | None = None) -> str:
    gid = new_gid()
    Parcel.create(gid=gid, owner=ctx.station_code, tracking_no=tracking or f"SF{abs(hash(gid)) % 10**13:013d}",
                  carrier=carrier, resident=resident_gid, pickup_code=code, shelf=shelf or code.rsplit("-", 1)[0],
                  status=status, arrived_at=arrived, updated_at=arrived)
    return gid


def village(ctx) -> dict:
    """Two groups, same-surname and same-name residents, five waiting parcels."""
    g1, g2 = group(ctx, "一组", 1), group(ctx, "二组", 2)
    wang = resident(ctx, "王秀英", "13800001045", g1, care_elderly=True)
    wang2 = resident(ctx, "王秀英", "13900002222", g2)
    li = resident(ctx, "李明", "13700003333", g1)
    ouyang = resident(ctx, "欧阳娜娜", "13600004444", g2)
    ids = {
        "wang_a": parcel(ctx, wang, "3-2-1045", "SF1234567890123"),
        "wang_b": parcel(ctx, wang, "3-2-1046", "YT1234567890123", carrier="yto"),
        "p_wang2": parcel(ctx, wang2, "1-1-2001", "JDVA12345678901", carrier="jd"),
        "p_li": parcel(ctx, li, "2-1-3001", "773123456789012", carrier="sto"),
        "p_ouyang": parcel(ctx, ouyang, "1-2-2002", "EJ123456789CN", carrier="ems"),
        "gone": parcel(ctx, li, "2-1-3002", "SF9999999999999", status="picked_up"),
    }
    return {"groups": (g1, g2), "wang": wang, "wang2": wang2, "li": li, "ouyang": ouyang, **ids}


def reload(gid: str) -> Parcel:
    return Parcel.get_by_id(gid)


def residents_named(name: str) -> list[str]:
    return [r.gid for r in Resident.select().where(Resident.name == name)]
