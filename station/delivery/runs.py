"""Proposals for doorstep delivery and the runs staff build from them.

A parcel is proposed when it waits for a resident with any care flag, or has waited longer than the
station's `delivery_after_days`. A run takes proposed parcels (by village group), one stop (slip) per
resident; its parcels become out_for_delivery until the slip comes back.
"""
import datetime as dt
import os

from db.models import DeliveryItem, DeliveryRun, DeliveryStop, Household, Parcel, Resident, VillageGroup, Volunteer
from station import audit
from station.audit_actions import (
    DELIVERY_ASSIGN,
    DELIVERY_CANCEL,
    DELIVERY_PLAN,
    DELIVERY_REORDER,
    DELIVERY_SLIPS_PRINTED,
)
from station.context import Ctx
from station.delivery import OPEN_RUN_STATUSES, RUN_STATUS_LABELS, Outcome, RunStatus
from station.delivery.volunteers import find_volunteer
from station.errors import NotFound, Refused
from station.i18n import tr
from station.ids import new_gid
from station.parcels import ParcelStatus
from station.permissions import Perm, allowed
from station.residents import CARE_FLAGS
from station.service import service
from station.settings import read_setting

_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud over the phone


def _cared_for():
    condition = None
    for flag in CARE_FLAGS:
        term = getattr(Resident, flag) == True  # noqa: E712
        condition = term if condition is None else condition | term
    return condition


def attempts_of(parcel_gids: list[str]) -> dict[str, int]:
    """Doorstep attempts that found no one home, per parcel."""
    if not parcel_gids:
        return {}
    query = (DeliveryItem.select(DeliveryItem.parcel, DeliveryStop.outcome).join(DeliveryStop)
             .where(DeliveryItem.parcel.in_(parcel_gids), DeliveryStop.outcome == Outcome.NOT_HOME).tuples())
    counts: dict[str, int] = {}
    for parcel_gid, _outcome in query:
        counts[parcel_gid] = counts.get(parcel_gid, 0) + 1
    return counts


def find_group(text: str) -> VillageGroup:
    text = (text or "").strip()
    group = VillageGroup.get_or_none(VillageGroup.gid == text) or VillageGroup.get_or_none(VillageGroup.name == text)
    if group is None:
        raise NotFound("No village group {name}.", why="group", name=text)
    return group


def _proposal_query(ctx: Ctx, group_gid: str | None):
    days = read_setting("delivery_after_days")
    long_ago = ctx.now() - dt.timedelta(days=days)
    query = (Parcel.select(Parcel, Resident).join(Resident)
             .where(Parcel.status == ParcelStatus.WAITING, _cared_for() | (Parcel.arrived_at <= long_ago)))
    if group_gid:
        query = query.where(Resident.group == group_gid)
    return query.order_by(Resident.group, Resident.name, Parcel.arrived_at), long_ago


@service(Perm.DELIVERY_PLAN, write=False)
def proposals(ctx: Ctx, group: str | None = None) -> list[dict]:
    """Parcels to carry to the door, grouped by village group, with why each is proposed."""
    group_gid = find_group(group).gid if group else None
    query, long_ago = _proposal_query(ctx, group_gid)
    parcels = list(query)
    groups = {g.gid: g.name for g in VillageGroup.select()}
    addresses = {h.gid: h.address for h in Household.select(Household.gid, Household.address)}
    tries = attempts_of([p.gid for p in parcels])
    rows = []
    for p in parcels:
        r = p.resident
        care = [f.removeprefix("care_") for f in CARE_FLAGS if getattr(r, f)]
        rows.append({"parcel": p.gid, "tracking_no": p.tracking_no, "carrier": p.carrier,
                     "pickup_code": p.pickup_code, "shelf": p.shelf, "arrived_at": str(p.arrived_at),
                     "resident": r.gid, "name": r.name, "group": r.group_gid or "",
                     "group_name": groups.get(r.group_gid, ""), "address": addresses.get(r.household_gid, ""),
                     "care": care, "long_wait": p.arrived_at <= long_ago, "attempts": tries.get(p.gid, 0)})
    return rows


def _next_run_code() -> str:
    return f"R{DeliveryRun.select().count() + 1:04d}"


def _new_slip_code() -> str:
    while True:
        raw = os.urandom(6)
        code = "".join(_CODE_ALPHABET[b % len(_CODE_ALPHABET)] for b in raw)
        code = f"{code[:3]}-{code[3:]}"
        if DeliveryStop.get_or_none(DeliveryStop.slip_code == code) is None:
            return code


def _pick_parcels(ctx: Ctx, group_gid: str | None, parcel_gids: list[str] | None) -> list[Parcel]:
    if parcel_gids is None:
        parcels = list(_proposal_query(ctx, group_gid)[0])
    else:
        parcels = list(Parcel.select(Parcel, Resident).join(Resident).where(Parcel.gid.in_(list(parcel_gids)))
                       .order_by(Resident.name, Parcel.arrived_at))
        if len(parcels) != len(set(parcel_gids)):
            raise NotFound("Some of the chosen parcels no longer exist.", why="parcel")
        if any(p.status != ParcelStatus.WAITING for p in parcels):
            raise Refused("Some of the chosen parcels are no longer waiting on the shelf; refresh and choose again.",
                          why="parcel_not_waiting")
    if not parcels:
        raise Refused("No parcels to deliver: nothing is proposed for doorstep delivery.", why="nothing_to_deliver")
    return parcels


@service(Perm.DELIVERY_PLAN)
def plan_run(ctx: Ctx, group: str | None = None, volunteer: str | None = None,
             parcel_gids: list[str] | None = None) -> dict:
    """A run of the given parcels (or every proposal, of one village group when given); one stop per resident."""
    group_row = find_group(group) if group else None
    volunteer_row = find_volunteer(volunteer) if volunteer else None
    parcels = _pick_parcels(ctx, group_row.gid if group_row else None, parcel_gids)
    groups = {p.resident.group_gid for p in parcels}
    run_group = group_row.gid if group_row else (groups.pop() if len(groups) == 1 else None)
    run = DeliveryRun.create(gid=new_gid(), owner=ctx.station_code, code=_next_run_code(), group=run_group,
                             volunteer=volunteer_row.gid if volunteer_row else None, status=RunStatus.PLANNED,
                             created_at=ctx.now(), created_by=ctx.actor.username)
    stops: dict[str, str] = {}
    for parcel in parcels:
        if parcel.resident_gid not in stops:
            stop = DeliveryStop.create(gid=new_gid(), owner=ctx.station_code, run=run.gid,
                                       resident=parcel.resident_gid, position=len(stops) + 1,
                                       slip_code=_new_slip_code())
            stops[parcel.resident_gid] = stop.gid
        DeliveryItem.create(gid=new_gid(), owner=ctx.station_code, stop=stops[parcel.resident_gid], parcel=parcel.gid)
    gids = [p.gid for p in parcels]
    Parcel.update(status=ParcelStatus.OUT_FOR_DELIVERY, updated_at=ctx.now()).where(Parcel.gid.in_(gids)).execute()
    audit.record(ctx, DELIVERY_PLAN, "delivery_run", run.gid, None,
                 {"code": run.code, "group": run_group, "volunteer": run.volunteer_gid, "parcels": gids})
    return {"run": run.gid, "code": run.code, "stops": len(stops), "parcels": len(gids)}


def get_run(run: str) -> DeliveryRun:
    text = (run or "").strip()
    found = DeliveryRun.get_or_none(DeliveryRun.gid == text) or DeliveryRun.get_or_none(
        DeliveryRun.code == text.upper())
    if found is None:
        raise NotFound("No delivery run {run}.", why="run", run=text)
    return found


def _open_run(run: str) -> DeliveryRun:
    found = get_run(run)
    if found.status not in OPEN_RUN_STATUSES:
        raise Refused("Delivery run {code} is already {status}; nothing was changed.",
                      why="run_finished", code=found.code,
                      status=tr(*RUN_STATUS_LABELS[RunStatus(found.status)]))
    return found


@service(Perm.DELIVERY_PLAN)
def assign_volunteer(ctx: Ctx, run: str, volunteer: str | None) -> dict:
    found = _open_run(run)
    v = find_volunteer(volunteer) if volunteer else None
    before = found.volunteer_gid
    DeliveryRun.update(volunteer=v.gid if v else None).where(DeliveryRun.gid == found.gid).execute()
    audit.record(ctx, DELIVERY_ASSIGN, "delivery_run", found.gid, {"volunteer": before},
                 {"volunteer": v.gid if v else None})
    return {"run": found.gid, "volunteer": v.name if v else ""}


@service(Perm.DELIVERY_PLAN)
def move_stop(ctx: Ctx, stop_gid: str, delta: int) -> list[str]:
    """Move a stop up (-1) or down (+1) in its run's order; returns the stop gids in the new order."""
    stop = DeliveryStop.get_or_none(DeliveryStop.gid == stop_gid)
    if stop is None:
        raise NotFound("No such delivery slip.", why="slip")
    _open_run(stop.run_gid)
    order = [s.gid for s in DeliveryStop.select().where(DeliveryStop.run == stop.run_gid)
             .order_by(DeliveryStop.position)]
    index = order.index(stop_gid)
    target = max(0, min(len(order) - 1, index + delta))
    order.insert(target, order.pop(index))
    for position, gid in enumerate(order, start=1):
        DeliveryStop.update(position=position).where(DeliveryStop.gid == gid).execute()
    audit.record(ctx, DELIVERY_REORDER, "delivery_run", stop.run_gid, {"position": index + 1},
                 {"stop": stop_gid, "position": target + 1})
    return order


@service(Perm.DELIVERY_PLAN)
def cancel_run(ctx: Ctx, run: str) -> dict:
    """Abandon a run that has not come back: its parcels without an outcome go back on the shelf."""
    found = _open_run(run)
    pending = _pending_parcels(found.gid)
    Parcel.update(status=ParcelStatus.WAITING, updated_at=ctx.now()).where(Parcel.gid.in_(pending)).execute()
    DeliveryRun.update(status=RunStatus.CANCELLED, closed_at=ctx.now()).where(DeliveryRun.gid == found.gid).execute()
    audit.record(ctx, DELIVERY_CANCEL, "delivery_run", found.gid, {"status": found.status},
                 {"status": RunStatus.CANCELLED, "back_to_shelf": pending})
    return {"run": found.gid, "code": found.code, "back_to_shelf": len(pending)}


def _pending_parcels(run_gid: str) -> list[str]:
    return [i.parcel_gid for i in DeliveryItem.select(DeliveryItem.parcel).join(DeliveryStop)
            .where(DeliveryStop.run == run_gid, DeliveryStop.outcome == "")]


@service(Perm.DELIVERY_PLAN)
def mark_slips_printed(ctx: Ctx, run: str) -> dict:
    """The run's clock starts when its slips are first printed."""
    found = _open_run(run)
    if found.status == RunStatus.PLANNED:
        DeliveryRun.update(status=RunStatus.OUT, started_at=ctx.now()).where(DeliveryRun.gid == found.gid).execute()
        audit.record(ctx, DELIVERY_SLIPS_PRINTED, "delivery_run", found.gid, {"status": found.status},
                     {"status": RunStatus.OUT, "started_at": ctx.now()})
    return {"run": found.gid, "code": found.code}


@service(Perm.DELIVERY_CONFIRM, write=False)
def list_runs(ctx: Ctx, include_finished: bool = True, limit: int = 200) -> list[dict]:
    """Newest first; a volunteer (no VIEW permission) sees only the runs given to their own account."""
    query = DeliveryRun.select().order_by(DeliveryRun.created_at.desc(), DeliveryRun.code.desc()).limit(limit)
    if not allowed(ctx.actor.role, Perm.VIEW):
        mine = Volunteer.select(Volunteer.gid).where(Volunteer.account == ctx.actor.username)
        query = query.where(DeliveryRun.volunteer.in_(mine))
    if not include_finished:
        query = query.where(DeliveryRun.status.in_(list(OPEN_RUN_STATUSES)))
    groups = {g.gid: g.name for g in VillageGroup.select()}
    volunteers = {v.gid: v.name for v in Volunteer.select(Volunteer.gid, Volunteer.name)}
    result = []
    for run in query:
        stops = list(DeliveryStop.select(DeliveryStop.outcome).where(DeliveryStop.run == run.gid))
        result.append({"run": run.gid, "code": run.code, "status": run.status, "group": groups.get(run.group_gid, ""),
                       "volunteer": volunteers.get(run.volunteer_gid, ""), "created_at": str(run.created_at),
                       "stops": len(stops), "done": sum(1 for s in stops if s.outcome)})
    return result
