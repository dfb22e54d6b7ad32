"""Handout: find a resident's waiting parcels and give them all out together, to the right person.

Two counters handing out the same parcel queue on `BEGIN IMMEDIATE`; the second one finds the parcel
no longer waiting and is refused, and the UPDATE itself repeats the status check as a last guard.
"""
import datetime as dt
import re
from dataclasses import asdict, dataclass, field

from peewee import JOIN

from db.models import Delegate, DeliveryItem, DeliveryRun, DeliveryStop, Handout, Parcel, Volunteer, database
from station import audit
from station.audit_actions import PARCEL_HANDOUT, PARCEL_HANDOUT_UNDO
from station.clock import format_time, local
from station.context import Ctx
from station.errors import InvalidInput, NotFound, Refused
from station.i18n import N_, tr
from station.ids import new_gid
from station.options import HANDOUT_UNDO_MINUTES, read_setting
from station.parcels import ParcelStatus, events
from station.parcels.carriers import looks_like_tracking
from station.parcels.views import (
    SELF_RELATION,
    ParcelView,
    parcels_where,
    relation_name,
    stamp,
    waiting_of,
)
from station.permissions import Perm
from station.residents.delegates import delegate_lines, delegate_where
from station.residents.records import ResidentView, by_gid
from station.residents.search import matching
from station.service import service

PICKUP_CODE = re.compile(r"^\d{1,2}-\d{1,2}-\d{4}$")
UNDO_TOO_LATE = (N_("Errors", "A handout can be undone only within 1 minute; this one was at {at}."),
                 N_("Errors", "A handout can be undone only within {minutes} minutes; this one was at {at}."))


@dataclass
class ResidentWaiting:
    resident: ResidentView | None
    parcels: list[ParcelView]
    delegates: list[dict] = field(default_factory=list)
    out_for_delivery: list[ParcelView] = field(default_factory=list)  # on a volunteer's run: not handed out here


@dataclass
class WaitingLookup:
    """Residents matching a query, each with every parcel waiting for them (several → choose)."""

    query: str
    matches: list[ResidentWaiting]

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class HandoutResult:
    handout_id: str
    at: str
    undo_until: str
    resident: ResidentView | None
    receiver_name: str
    receiver_relation: str
    delegate_gid: str | None
    parcels: list[ParcelView]
    staff: str = ""
    undone_at: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def is_pickup_code(text: str) -> bool:
    return bool(PICKUP_CODE.match(text or ""))


def _refuse_not_waiting(p: ParcelView) -> None:
    code = p.pickup_code or p.tracking_no
    if p.status == ParcelStatus.PICKED_UP:
        raise Refused("{code} was already handed out at {at} to {receiver}.", why="already_picked_up", code=code,
                      at=format_time(local(p.picked_up_at)), receiver=p.receiver_name)
    if p.status == ParcelStatus.RETURNED:
        raise Refused("{code} was returned to the courier; it cannot be handed out.", why="returned", code=code)
    if p.status == ParcelStatus.PROBLEM:
        raise Refused("{code} is in the problem queue; resolve it there first.", why="in_problem_queue", code=code)
    if p.status == ParcelStatus.OUT_FOR_DELIVERY:
        run, volunteer = _delivery_of(p.gid)
        raise Refused("{code} is out for delivery (run {run}, volunteer {volunteer}). If the resident came to the "
                      "counter instead, scan the slip back as \"not home\" first; then hand it out here.",
                      why="out_for_delivery",
                      code=code, run=run, volunteer=volunteer)
    if p.status == ParcelStatus.DELIVERED:
        raise Refused("{code} was already delivered to the door.", why="already_delivered", code=code)


def _delivery_of(parcel_gid: str) -> tuple[str, str]:
    """(run code, volunteer) of the open delivery run carrying a parcel (the delivery tables, read as rows)."""
    row = (DeliveryItem.select(DeliveryRun.code, Volunteer.name).join(DeliveryStop).join(DeliveryRun)
           .join(Volunteer, JOIN.LEFT_OUTER).where(DeliveryItem.parcel == parcel_gid, DeliveryStop.outcome == "")
           .order_by(DeliveryRun.created_at.desc()).limit(1).tuples().first())
    return (row[0], row[1] or "—") if row else ("—", "—")


def _out_for_delivery_of(residents: list[ResidentView]) -> ParcelView | None:
    for resident in residents:
        out = parcels_where("p.resident_gid = ? AND p.status = 'out_for_delivery'", (resident.gid,), limit=1)
        if out:
            return out[0]
    return None


def _by_code(code: str) -> list[ParcelView]:
    found = parcels_where("p.pickup_code = ? AND p.status IN ('waiting', 'out_for_delivery', 'problem')", (code,),
                          limit=1) or parcels_where("p.pickup_code = ?", (code,), limit=1)
    if not found:
        raise NotFound("No parcel has pickup code {code}.", why="pickup_code", code=code)
    _refuse_not_waiting(found[0])
    return found


def _with_parcels(ctx: Ctx, residents: list[ResidentView]) -> list[ResidentWaiting]:
    matches = []
    for resident in residents:
        parcels = waiting_of(resident.gid)
        if parcels:
            away = parcels_where("p.resident_gid = ? AND p.status = 'out_for_delivery'", (resident.gid,),
                                 "p.arrived_at, p.gid")
            matches.append(ResidentWaiting(resident, parcels, delegate_lines(resident.gid), away))
    return matches


def _anchor(ctx: Ctx, parcel: ParcelView) -> list[ResidentWaiting]:
    if parcel.resident_gid is None:
        return [ResidentWaiting(None, [parcel])]
    resident = by_gid(ctx, parcel.resident_gid)
    return _with_parcels(ctx, [resident] if resident else [])


@service(Perm.PARCEL_HANDOUT, write=False)
def waiting_for(ctx: Ctx, query: str) -> WaitingLookup:
    """By pickup code, tracking number, phone (tail) or name: each matching resident's waiting parcels."""
    text = (query or "").strip()
    if is_pickup_code(text):
        matches = _anchor(ctx, _by_code(text)[0])
    elif looks_like_tracking(text) and not (text.isdigit() and len(text) in (4, 11)):
        found = parcels_where("p.tracking_no = ?", (text.upper(),), limit=1)
        if not found:
            raise NotFound("No parcel has tracking number {tracking}.", why="tracking_number", tracking=text.upper())
        _refuse_not_waiting(found[0])
        matches = _anchor(ctx, found[0])
    else:
        residents = matching(ctx, text)
        matches = _with_parcels(ctx, residents)
        if not matches and (out := _out_for_delivery_of(residents)) is not None:
            _refuse_not_waiting(out)  # says which run has them, rather than "nothing waiting"
    if not matches:
        raise NotFound("No parcels are waiting for {query}.", why="waiting_parcels", query=text)
    return WaitingLookup(text, matches)


def _receiver(resident: ResidentView | None, name: str, relation: str, delegate_gid: str | None
              ) -> tuple[str, str, str | None]:
    name, relation = (name or "").strip(), (relation or "").strip()
    if delegate_gid:
        delegate = delegate_where(Delegate.gid == delegate_gid)
        if delegate is None or resident is None or delegate[1] != resident.gid:
            raise InvalidInput("That person is not a registered delegate of this resident.", why="not_a_delegate")
        return delegate[2], delegate[3] or tr("Parcels", "delegate"), delegate[0]
    own_name = resident.name if resident else ""
    if not name or name == own_name:
        if resident is None:
            raise InvalidInput("Write down who takes the parcel.", why="receiver_missing")
        return own_name, SELF_RELATION, None
    if len(name) > 30 or len(relation) > 20:
        raise InvalidInput("A receiver's name has at most 30 characters and a relation at most 20.",
                           why="receiver_too_long")
    if resident is not None:
        delegate = delegate_where(Delegate.resident == resident.gid, Delegate.name == name)
        if delegate is not None:
            return delegate[2], delegate[3] or relation or tr("Parcels", "delegate"), delegate[0]
    if not relation or relation == SELF_RELATION:
        raise InvalidInput("Say how {receiver} is related to {resident}.",
                           why="relation_missing", receiver=name, resident=own_name or "?")
    return name, relation, None


def _load_for_handout(parcel_gids: list[str]) -> list[ParcelView]:
    gids = list(dict.fromkeys(parcel_gids or []))
    if not gids:
        raise InvalidInput("Choose at least one parcel to hand out.", why="no_parcels_chosen")
    marks = ",".join("?" * len(gids))
    parcels = parcels_where(f"p.gid IN ({marks})", tuple(gids), "p.arrived_at, p.gid", limit=len(gids))
    if len(parcels) != len(gids):
        raise NotFound("A chosen parcel no longer exists.", why="parcel")
    for parcel in parcels:
        _refuse_not_waiting(parcel)
    if len({p.resident_gid for p in parcels}) > 1:
        raise InvalidInput("These parcels belong to different residents; hand them out separately.",
                           why="different_residents")
    return parcels


@service(Perm.PARCEL_HANDOUT)
def hand_out(ctx: Ctx, parcel_gids: list[str], receiver_name: str = "", receiver_relation: str = SELF_RELATION,
             delegate_gid: str | None = None) -> HandoutResult:
    parcels = _load_for_handout(parcel_gids)
    owner_gid = parcels[0].resident_gid
    resident = by_gid(ctx, owner_gid) if owner_gid else None
    name, relation, delegate = _receiver(resident, receiver_name, receiver_relation, delegate_gid)
    handout_id, now = new_gid(), stamp(ctx.now())
    # Raw INSERT and UPDATE: the confirm's own writes, measured beside plain sqlite3 in bench/counter.py; as peewee
    # queries they cost ~0.1 ms each more (bench/query_cost.py) on a ~2 ms p50.
    database.execute_sql(
        "INSERT INTO handout (gid, owner, resident_gid, at, receiver_name, receiver_relation, delegate_gid, staff, "
        "parcel_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (handout_id, ctx.station_code, owner_gid, now, name, relation, delegate, ctx.actor.username, len(parcels)))
    gids = [p.gid for p in parcels]
    marks = ",".join("?" * len(gids))
    # `+status`: find the rows by their primary key. Without it SQLite walks the (status, arrived_at) index
    # over every waiting parcel (15,000 on a 1M-parcel station: 4 ms of CPU per handout).
    changed = database.execute_sql(
        f"UPDATE parcel SET status = 'picked_up', picked_up_at = ?, receiver_name = ?, receiver_relation = ?, "
        f"handout_gid = ?, updated_at = ? WHERE gid IN ({marks}) AND +status = 'waiting'",
        (now, name, relation, handout_id, now, *gids)).rowcount
    if changed != len(gids):
        raise Refused("Another counter handed out one of these parcels just now; nothing was changed.",
                      why="handed_out_elsewhere")
    events.emit(ctx, events.COLLECTED, parcel_gids=gids, how="collected")
    audit.record(ctx, PARCEL_HANDOUT, "handout", handout_id, {"parcels": gids, "status": "waiting"},
                 {"parcels": gids, "status": "picked_up", "receiver": name, "relation": relation,
                  "delegate": delegate, "resident": resident.gid if resident else None})
    return _result(ctx, handout_id)


def _result(ctx: Ctx, handout_id: str) -> HandoutResult:
    # Raw: every confirm ends here (bench/counter.py "handout confirm"; peewee +0.1 ms, bench/query_cost.py).
    row = database.execute_sql(
        "SELECT resident_gid, at, receiver_name, receiver_relation, delegate_gid, staff, undone_at FROM handout "
        "WHERE gid = ?", (handout_id,)).fetchone()
    if row is None:
        raise NotFound("No such handout.", why="handout")
    resident_gid, at, receiver, relation, delegate, staff, undone_at = row
    at = dt.datetime.fromisoformat(str(at))
    until = at + dt.timedelta(minutes=read_setting(HANDOUT_UNDO_MINUTES.key))
    resident = by_gid(ctx, resident_gid) if resident_gid else None
    parcels = parcels_where("p.handout_gid = ?", (handout_id,), "p.arrived_at, p.gid", limit=500)
    return HandoutResult(handout_id, stamp(at), stamp(until), resident, receiver, relation, delegate, parcels, staff,
                         stamp(undone_at))


@service(Perm.PARCEL_HANDOUT, write=False)
def handout_record(ctx: Ctx, handout_id: str) -> HandoutResult:
    """One handout as it stands (for a reprinted receipt)."""
    return _result(ctx, handout_id)


@service(Perm.PARCEL_HANDOUT)
def undo_handout(ctx: Ctx, handout_id: str) -> HandoutResult:
    """Put the parcels of a handout back on the shelf, within the undo window; audited.

    The parcels keep pointing at the undone handout until they are handed out again, so its record
    (and receipt) still lists them."""
    result = _result(ctx, handout_id)
    if result.undone_at:
        raise Refused("This handout was already undone.", why="already_undone")
    if stamp(ctx.now()) > result.undo_until:
        minutes = read_setting(HANDOUT_UNDO_MINUTES.key)
        raise Refused(UNDO_TOO_LATE[minutes != 1][1], why="undo_too_late", minutes=minutes,
                      at=format_time(local(result.at)))
    gids = [p.gid for p in result.parcels]
    now = stamp(ctx.now())
    changed = (Parcel.update(status=ParcelStatus.WAITING, picked_up_at=None, receiver_name="", receiver_relation="",
                             updated_at=now)
               .where(Parcel.handout == handout_id, Parcel.status == ParcelStatus.PICKED_UP).execute())
    if changed != len(gids):
        raise Refused("Some of these parcels have changed since; the handout cannot be undone.", why="parcels_changed")
    Handout.update(undone_at=now).where(Handout.gid == handout_id).execute()
    events.emit(ctx, events.UNCOLLECTED, parcel_gids=gids)
    audit.record(ctx, PARCEL_HANDOUT_UNDO, "handout", handout_id, {"parcels": gids, "status": "picked_up"},
                 {"parcels": gids, "status": "waiting"})
    return _result(ctx, handout_id)


def receipt_lines(handout: HandoutResult) -> list[tuple[str, str]]:
    """Label/value lines for a handout receipt, translated (the PDF is laid out by parcels.labels)."""
    resident = handout.resident
    lines = [
        (tr("Receipt", "Handed out"), handout.at),
        (tr("Receipt", "Resident"), f"{resident.name} ({resident.group}) ****{resident.phone_tail}" if resident
         else "—"),
        (tr("Receipt", "Received by"), f"{handout.receiver_name} ({relation_name(handout.receiver_relation)})"),
        (tr("Receipt", "Staff"), handout.staff),
    ]
    for parcel in handout.parcels:
        lines.append((parcel.pickup_code, f"{parcel.carrier_name} {parcel.tracking_no}"))
    lines.append((tr("Receipt", "Parcels"), str(len(handout.parcels))))
    return lines
