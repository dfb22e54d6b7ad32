"""Handing parcels back to the courier (return to sender): the handoff record says who took them, when,
why, and which staff member gave them. Returned parcels can never be handed out afterwards."""
from dataclasses import asdict, dataclass

from db.models import Parcel, ParcelHandoff, ParcelProblem
from station import audit
from station.audit_actions import PARCEL_RETURN
from station.context import Ctx
from station.errors import InvalidInput, NotFound, Refused
from station.i18n import N_
from station.ids import new_gid
from station.parcels import ParcelStatus
from station.parcels.views import status_name
from station.permissions import Perm
from station.service import service

REASONS = {
    "overdue": N_("Returns", "Not collected in time"),
    "problem": N_("Returns", "Problem parcel"),
    "refused": N_("Returns", "Refused by the addressee"),
}
RETURNABLE = (ParcelStatus.WAITING, ParcelStatus.PROBLEM)


@dataclass(frozen=True)
class Handoff:
    gid: str
    parcel_gid: str
    tracking_no: str
    courier_name: str
    reason: str
    at: str
    staff: str

    def to_dict(self) -> dict:
        return asdict(self)


def find_parcel(ref: str) -> Parcel:
    """A parcel by gid or tracking number; the newest open one when a tracking number repeats."""
    ref = (ref or "").strip()
    if not ref:
        raise InvalidInput("Give a tracking number.", why="tracking_number_missing")
    parcel = Parcel.get_or_none(Parcel.gid == ref)
    if parcel is None:
        rows = list(Parcel.select().where(Parcel.tracking_no.in_({ref, ref.upper()}))
                    .order_by(Parcel.arrived_at.desc()))
        open_rows = [p for p in rows if p.status in (ParcelStatus.WAITING, ParcelStatus.PROBLEM)]
        parcel = (open_rows or rows or [None])[0]
    if parcel is None:
        raise NotFound("No parcel with tracking number {tracking}.", why="tracking_number", tracking=ref)
    return parcel


def check_courier(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 40:
        raise InvalidInput("Give the name of the courier who takes the parcel back (at most 40 characters).",
                           why="courier_name")
    return name


def hand_back(ctx: Ctx, parcel: Parcel, courier_name: str, reason: str, note: str = "") -> Handoff:
    """Inside a service transaction: record the handoff, close any open problem, mark the parcel returned."""
    if reason not in REASONS:
        raise InvalidInput("Unknown return reason {reason}.", why="return_reason", reason=reason)
    if parcel.status not in RETURNABLE:
        raise Refused("Parcel {tracking} (status: {status}): only waiting or problem parcels go back to the courier.",
                      why="parcel_not_returnable",
                      tracking=parcel.tracking_no, status=status_name(parcel.status))
    now = ctx.now()
    before = {"status": parcel.status}
    handoff = ParcelHandoff.create(gid=new_gid(), owner=ctx.station_code, parcel_gid=parcel.gid,
                                   courier_name=courier_name, reason=reason, note=(note or "").strip()[:200], at=now,
                                   staff=ctx.actor.username)
    (ParcelProblem.update(resolved_at=now, resolved_by=ctx.actor.username, resolution="returned",
                          resolution_note=courier_name)
     .where(ParcelProblem.parcel_gid == parcel.gid, ParcelProblem.resolved_at.is_null()).execute())
    changed = (Parcel.update(status=ParcelStatus.RETURNED, updated_at=now)
               .where(Parcel.gid == parcel.gid, Parcel.status == parcel.status).execute())
    if changed != 1:
        raise Refused("Parcel {tracking} was changed by someone else just now; look again.", why="parcel_changed",
                      tracking=parcel.tracking_no)
    audit.record(ctx, PARCEL_RETURN, "parcel", parcel.gid, before,
                 {"status": ParcelStatus.RETURNED, "courier": courier_name, "reason": reason})
    return Handoff(handoff.gid, parcel.gid, parcel.tracking_no, courier_name, reason, str(now), ctx.actor.username)


@service(Perm.PARCEL_PROBLEMS)
def return_to_courier(ctx: Ctx, refs: list[str], courier_name: str, reason: str | None = None,
                      note: str = "") -> list[Handoff]:
    """Hand one or more parcels back to a courier; all or none (one bad reference changes nothing).

    Without a reason, a problem parcel goes back as "problem" and any other as "overdue"."""
    courier_name = check_courier(courier_name)
    if not refs:
        raise InvalidInput("Give a tracking number.", why="tracking_number_missing")
    parcels = [find_parcel(ref) for ref in refs]
    if len({p.gid for p in parcels}) != len(parcels):
        raise InvalidInput("The same parcel is listed twice.", why="duplicate_parcel")
    return [hand_back(ctx, p, courier_name, reason or _default_reason(p), note) for p in parcels]


def _default_reason(parcel: Parcel) -> str:
    return "problem" if parcel.status == ParcelStatus.PROBLEM else "overdue"


@service(Perm.VIEW, write=False)
def handoffs(ctx: Ctx, parcel_ref: str) -> list[Handoff]:
    parcel = find_parcel(parcel_ref)
    rows = ParcelHandoff.select().where(ParcelHandoff.parcel_gid == parcel.gid).order_by(ParcelHandoff.at)
    return [Handoff(h.gid, parcel.gid, parcel.tracking_no, h.courier_name, h.reason, str(h.at), h.staff)
            for h in rows]
