"""Scan-back: a slip's QR code comes back to the counter with an outcome, once.

Every check (authentic tag, known slip, run still open, no outcome yet) happens before anything is
written, inside the service's one transaction, so a refused slip changes nothing.
"""
from db.models import Delegate, DeliveryItem, DeliveryRun, DeliveryStop, Parcel, Resident
from station import audit
from station.audit_actions import DELIVERY_CLOSE, DELIVERY_OUTCOME
from station.clock import format_time, local
from station.context import Ctx
from station.delivery import OPEN_RUN_STATUSES, OUTCOME_LABELS, RUN_STATUS_LABELS, Outcome, RunStatus
from station.delivery.runs import get_run
from station.delivery.slipauth import slip_key, verify_payload
from station.delivery.stops import build_sheet
from station.delivery.volunteers import credit_run
from station.errors import InvalidInput, Refused
from station.i18n import N_, tr
from station.parcels import ParcelStatus, events
from station.permissions import Perm, allowed
from station.service import service

PARCEL_AFTER = {
    Outcome.DELIVERED: ParcelStatus.DELIVERED,
    Outcome.DELEGATE: ParcelStatus.DELIVERED,
    Outcome.NOT_HOME: ParcelStatus.WAITING,
    Outcome.REFUSED: ParcelStatus.PROBLEM,
    Outcome.BAD_ADDRESS: ParcelStatus.WAITING,
    Outcome.DELIVERED_PROBLEM: ParcelStatus.DELIVERED,
}
RECEIVED = (Outcome.DELIVERED, Outcome.DELEGATE, Outcome.DELIVERED_PROBLEM)
WITHOUT_OUTCOME = (N_("Errors", "1 slip of run {code} has no outcome yet: scan it, or close the run as all delivered."),
                   N_("Errors", "{count} slips of run {code} have no outcome yet: scan them, or close it as all "
                                "delivered."))


def check_outcome(outcome: str) -> Outcome:
    try:
        return Outcome(outcome)
    except ValueError:
        raise InvalidInput("Unknown outcome {outcome}; use delivered, delegate, not_home, refused, bad_address or "
                           "delivered_problem.", why="outcome", outcome=outcome) from None


def _stop_for(payload: str) -> DeliveryStop:
    """The open, unanswered stop an authentic payload names — or Refused, with why."""
    stop_gid = verify_payload(slip_key(), payload)
    stop = DeliveryStop.get_or_none(DeliveryStop.gid == stop_gid)
    if stop is None:
        raise Refused("This delivery slip is not on any run of this station; nothing was recorded.", why="unknown_slip")
    if stop.outcome:
        label = tr(*OUTCOME_LABELS[Outcome(stop.outcome)])
        raise Refused("Slip {code} was already scanned back ({outcome}, {at}); nothing was recorded.",
                      why="slip_already_scanned",
                      code=stop.slip_code, outcome=label, at=format_time(local(stop.outcome_at)))
    run = DeliveryRun.get(DeliveryRun.gid == stop.run_gid)
    if run.status not in OPEN_RUN_STATUSES:
        raise Refused("Slip {code} belongs to run {run}, which is {status}; nothing was recorded.", why="run_finished",
                      code=stop.slip_code, run=run.code, status=tr(*RUN_STATUS_LABELS[RunStatus(run.status)]))
    return stop


@service(Perm.DELIVERY_CONFIRM, write=False)
def slip_info(ctx: Ctx, payload: str) -> dict:
    """What the outcome dialog shows for a scanned slip (refuses forged, replayed and closed slips)."""
    stop = _stop_for(payload)
    run = DeliveryRun.get(DeliveryRun.gid == stop.run_gid)
    slip = next(s for s in build_sheet(run, allowed(ctx.actor.role, Perm.RESIDENT_PHONES)).slips
                if s.gid == stop.gid)
    delegates = [{"name": d.name, "relation": d.relation}
                 for d in Delegate.select().where(Delegate.resident == stop.resident_gid)]
    return {**slip.to_dict(), "run": run.gid, "run_code": run.code, "payload": payload, "delegates": delegates}


def _apply(ctx: Ctx, stop: DeliveryStop, outcome: Outcome, delegate: str, note: str = "") -> list[str]:
    resident = Resident.get(Resident.gid == stop.resident_gid)
    parcels = [i.parcel_gid for i in DeliveryItem.select(DeliveryItem.parcel).where(DeliveryItem.stop == stop.gid)]
    fields = {"status": PARCEL_AFTER[outcome], "updated_at": ctx.now()}
    if outcome in RECEIVED:
        relation = ""
        if outcome == Outcome.DELEGATE:
            known = Delegate.get_or_none(Delegate.resident == resident.gid, Delegate.name == delegate)
            relation = known.relation if known else ""
        fields.update(picked_up_at=ctx.now(), receiver_name=delegate or resident.name, receiver_relation=relation)
    Parcel.update(**fields).where(Parcel.gid.in_(parcels), Parcel.status == ParcelStatus.OUT_FOR_DELIVERY).execute()
    DeliveryStop.update(outcome=outcome, delegate_name=delegate, outcome_at=ctx.now(), outcome_by=ctx.actor.username,
                        outcome_note=note).where(DeliveryStop.gid == stop.gid).execute()
    audit.record(ctx, DELIVERY_OUTCOME, "delivery_stop", stop.gid, None,
                 {"slip": stop.slip_code, "outcome": outcome, "delegate": delegate, "parcels": parcels, "note": note})
    if outcome in RECEIVED:
        events.emit(ctx, events.COLLECTED, parcel_gids=parcels, how="delivered", note=note)
    return parcels


def _close_if_done(ctx: Ctx, run: DeliveryRun) -> bool:
    if DeliveryStop.select().where(DeliveryStop.run == run.gid, DeliveryStop.outcome == "").exists():
        return False
    now = ctx.now()
    DeliveryRun.update(status=RunStatus.CLOSED, closed_at=now).where(DeliveryRun.gid == run.gid).execute()
    minutes = credit_run(ctx, run, now)
    audit.record(ctx, DELIVERY_CLOSE, "delivery_run", run.gid, {"status": run.status},
                 {"status": RunStatus.CLOSED, "minutes": minutes})
    return True


@service(Perm.DELIVERY_CONFIRM)
def record_outcome(ctx: Ctx, payload: str, outcome: str, delegate: str = "", note: str = "") -> dict:
    """Record what happened at the door; the run closes (and its hours count) with its last slip.

    "Delivered, problem found at the door" needs a note saying what; it opens a return for the parcels."""
    chosen = check_outcome(outcome)
    delegate, note = (delegate or "").strip(), (note or "").strip()
    if chosen == Outcome.DELIVERED_PROBLEM and not note:
        raise InvalidInput("Say what problem was found at the door (a note).", why="door_note_missing")
    if len(note) > 300:
        raise InvalidInput("A note is at most 300 characters.", why="note_too_long")
    if chosen == Outcome.DELEGATE and not delegate:
        raise InvalidInput("Say who took the parcels for the resident (the delegate's name).",
                           why="delegate_name_missing")
    if chosen != Outcome.DELEGATE:
        delegate = ""
    stop = _stop_for(payload)
    run = DeliveryRun.get(DeliveryRun.gid == stop.run_gid)
    parcels = _apply(ctx, stop, chosen, delegate, note if chosen == Outcome.DELIVERED_PROBLEM else "")
    closed = _close_if_done(ctx, run)
    return {"slip": stop.slip_code, "stop": stop.gid, "run": run.gid, "run_code": run.code, "outcome": str(chosen),
            "parcels": parcels, "run_closed": closed}


@service(Perm.DELIVERY_CONFIRM)
def close_run(ctx: Ctx, run: str, all_delivered: bool = False) -> dict:
    """Close a run; with `all_delivered`, every slip not yet scanned back counts as delivered.

    That marks parcels delivered without a slip scanned, so it is for staff (who plan runs), not volunteers."""
    if all_delivered:
        ctx.require(Perm.DELIVERY_PLAN)
    found = get_run(run)
    if found.status not in OPEN_RUN_STATUSES:
        raise Refused("Delivery run {code} is already {status}; nothing was changed.",
                      why="run_finished", code=found.code,
                      status=tr(*RUN_STATUS_LABELS[RunStatus(found.status)]))
    pending = list(DeliveryStop.select().where(DeliveryStop.run == found.gid, DeliveryStop.outcome == ""))
    if pending and not all_delivered:
        raise Refused(WITHOUT_OUTCOME[len(pending) != 1][1], why="slips_without_outcome",
                      count=len(pending), code=found.code)
    delivered = []
    for stop in pending:
        delivered += _apply(ctx, stop, Outcome.DELIVERED, "")
    _close_if_done(ctx, found)
    return {"run": found.gid, "code": found.code, "delivered": len(delivered), "slips": len(pending)}
