"""What a run's slips show: each stop's resident, landmark, masked phone, care notes and parcels."""
from dataclasses import asdict, dataclass, field

from db.models import DeliveryItem, DeliveryRun, DeliveryStop, Household, Parcel, Resident, VillageGroup, Volunteer
from station.context import Ctx
from station.delivery.runs import get_run
from station.delivery.slipauth import make_payload, slip_key
from station.permissions import Perm, allowed
from station.phones import mask_phone
from station.residents import CARE_FLAGS
from station.service import service


@dataclass
class SlipParcel:
    gid: str
    tracking_no: str
    carrier: str
    pickup_code: str
    shelf: str
    status: str


@dataclass
class Slip:
    gid: str
    slip_code: str
    position: int
    payload: str
    resident: str
    name: str
    phone: str
    group: str
    address: str
    care: list[str]
    care_notes: str
    outcome: str
    delegate_name: str
    parcels: list[SlipParcel] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class RunSheet:
    gid: str
    code: str
    status: str
    group: str
    volunteer: str
    created_at: str
    started_at: str
    closed_at: str
    slips: list[Slip] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def build_sheet(run: DeliveryRun, show_phone: bool = False) -> RunSheet:
    """Everything the slips need in a handful of queries (the slips benchmark prints 500 of them)."""
    key = slip_key()
    stops = list(DeliveryStop.select(DeliveryStop, Resident).join(Resident)
                 .where(DeliveryStop.run == run.gid).order_by(DeliveryStop.position))
    items = (DeliveryItem.select(DeliveryItem.stop, Parcel).join(Parcel)
             .where(DeliveryItem.stop.in_([s.gid for s in stops])).order_by(Parcel.arrived_at))
    by_stop: dict[str, list[SlipParcel]] = {}
    for item in items:
        p = item.parcel
        by_stop.setdefault(item.stop_gid, []).append(
            SlipParcel(p.gid, p.tracking_no, p.carrier, p.pickup_code, p.shelf, p.status))
    groups = {g.gid: g.name for g in VillageGroup.select()}
    homes = {h.gid: h.address for h in Household.select(Household.gid, Household.address)
             .where(Household.gid.in_([s.resident.household_gid for s in stops if s.resident.household_gid]))}
    volunteer = Volunteer.get_or_none(Volunteer.gid == run.volunteer_gid) if run.volunteer_gid else None
    sheet = RunSheet(run.gid, run.code, run.status, groups.get(run.group_gid, ""), volunteer.name if volunteer else "",
                     _when(run.created_at), _when(run.started_at), _when(run.closed_at))
    for s in stops:
        r = s.resident
        sheet.slips.append(Slip(
            s.gid, s.slip_code, s.position, make_payload(key, s.gid), r.gid, r.name,
            r.phone if show_phone else mask_phone(r.phone), groups.get(r.group_gid, ""), homes.get(r.household_gid, ""),
            [f.removeprefix("care_") for f in CARE_FLAGS if getattr(r, f)], r.care_notes, s.outcome,
            s.delegate_name, by_stop.get(s.gid, [])))
    return sheet


def _when(value) -> str:
    return str(value)[:16] if value else ""


@service(Perm.VIEW, write=False)
def run_sheet(ctx: Ctx, run: str) -> RunSheet:
    """A run with its stops in order (phones masked unless the role may see them)."""
    return build_sheet(get_run(run), allowed(ctx.actor.role, Perm.RESIDENT_PHONES))
