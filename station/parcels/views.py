"""Plain views of parcels for the counter, the CLI and the lists: read with one raw query each.

Raw SQL here (not peewee model instances) because these reads sit on the scan-to-result path,
where a model round-trip costs more than the query itself: bench/query_cost.py measures peewee at ~25x
the raw query (+0.1-0.2 ms each) beside the 0.25 ms p50 handout lookup of bench/counter.py.
"""
import datetime as dt
from dataclasses import asdict, dataclass

from db.models import database
from station.i18n import tr
from station.parcels import STATUS_NAMES
from station.parcels.carriers import carrier_name

__all__ = ["STATUS_NAMES"]  # the glossary lives in station.parcels; re-exported for older callers
SELF_RELATION = "本人"
PARCEL_SQL = (
    "SELECT p.gid, p.tracking_no, p.carrier, p.pickup_code, p.shelf, p.status, p.arrived_at, p.picked_up_at, "
    "p.receiver_name, p.receiver_relation, p.resident_gid, r.name, r.phone_tail, p.handout_gid "
    "FROM parcel p LEFT JOIN resident r ON r.gid = p.resident_gid ")


@dataclass(frozen=True)
class ParcelView:
    gid: str
    tracking_no: str
    carrier: str
    carrier_name: str
    pickup_code: str
    shelf: str
    status: str
    arrived_at: str
    picked_up_at: str | None
    receiver_name: str
    receiver_relation: str
    resident_gid: str | None
    resident_name: str
    phone_tail: str
    handout_gid: str | None

    def to_dict(self) -> dict:
        return asdict(self)


def status_name(status: str) -> str:
    pair = STATUS_NAMES.get(status)
    return tr(*pair) if pair else status


def relation_name(relation: str) -> str:
    return tr("Parcels", "self") if relation == SELF_RELATION else relation


def stamp(moment: dt.datetime | str | None) -> str | None:
    if moment is None or isinstance(moment, str):
        return moment
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def parcel_view(row) -> ParcelView:
    (gid, tracking, carrier, code, shelf, status, arrived, picked, receiver, relation, resident_gid, name,
     tail, handout_gid) = row
    return ParcelView(gid, tracking, carrier, carrier_name(carrier), code, shelf, status, stamp(arrived),
                      stamp(picked), receiver, relation, resident_gid, name or "", tail or "", handout_gid)


def parcels_where(where: str, params: tuple = (), order: str = "p.arrived_at DESC", limit: int = 200
                  ) -> list[ParcelView]:
    sql = f"{PARCEL_SQL} WHERE {where} ORDER BY {order} LIMIT {int(limit)}"
    return [parcel_view(row) for row in database.execute_sql(sql, params)]


def waiting_of(resident_gid: str) -> list[ParcelView]:
    """All parcels on the shelf for one resident, oldest first (the order they are fetched)."""
    return parcels_where("p.resident_gid = ? AND p.status = 'waiting'", (resident_gid,), "p.arrived_at, p.gid")
