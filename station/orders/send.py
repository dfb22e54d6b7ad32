"""Outgoing parcels (寄件): a resident sends a parcel; real-name check (the staff member saw the ID — no ID
number is stored) and open-box inspection (开箱验视) are recorded; the fee is a cash entry. Parcels wait for
their carrier's courier, who signs the handover list. Return parcels take the same path."""
from dataclasses import asdict, dataclass

from db.models import CarrierHandover, GoodsReturn, OutgoingParcel, Resident
from station import audit
from station.audit_actions import SEND_ADD, SEND_HANDOVER
from station.context import Ctx
from station.errors import InvalidInput, NotFound, Refused
from station.ids import new_gid
from station.orders.cash import add_entry
from station.orders.money import check_fen
from station.orders.people import resident_by
from station.parcels.carriers import check_tracking
from station.permissions import Perm
from station.phones import mask_phone
from station.service import service


@dataclass
class OutgoingView:
    id: str
    sender_gid: str
    sender_name: str
    carrier: str
    tracking: str
    fee_fen: int
    id_checked: bool
    inspected: bool
    return_id: str | None
    handover_id: str | None
    handed_over_at: str | None
    created_at: str
    created_by: str
    recipient: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def outgoing_view(p: OutgoingParcel, names: dict[str, str] | None = None) -> OutgoingView:
    name = (names or {}).get(p.sender_gid) or Resident.get_by_id(p.sender_gid).name
    return OutgoingView(p.gid, p.sender_gid, name, p.carrier, p.tracking_no, p.fee_fen, bool(p.id_checked),
                        bool(p.inspected), p.return_gid, p.handover_gid,
                        str(p.handed_over_at) if p.handed_over_at else None, str(p.created_at), p.created_by,
                        p.recipient)


def check_carrier(carrier: str) -> str:
    carrier = (carrier or "").strip()
    if not carrier or len(carrier) > 30:
        raise InvalidInput("Give the carrier (at most 30 characters).", why="carrier_missing")
    return carrier


def _tracking(tracking: str) -> str:
    if not (tracking or "").strip():
        raise InvalidInput("An outgoing parcel needs its tracking number.", why="tracking_missing")
    number = check_tracking(tracking)
    if OutgoingParcel.select().where(OutgoingParcel.tracking_no == number).exists():
        raise Refused("{tracking} was already sent from this station.", why="already_sent", tracking=number)
    return number


@service(Perm.ORDERS)
def send_parcel(ctx: Ctx, sender: str, carrier: str, tracking: str, fee_fen: int, inspected: bool = False,
                id_checked: bool = False, note: str = "", recipient: str = "") -> OutgoingView:
    """Record an outgoing parcel; the fee paid in cash goes into the ledger. Without the ID seen or the box
    inspected it is still taken in, marked so on the courier's handover list (the issue records both checks)."""
    resident = resident_by(sender)
    carrier, number = check_carrier(carrier), _tracking(tracking)
    check_fen(fee_fen)
    recipient = _recipient(recipient)
    row = OutgoingParcel.create(gid=new_gid(), owner=ctx.station_code, sender=resident.gid, carrier=carrier,
                                tracking_no=number, fee_fen=fee_fen, id_checked=id_checked, inspected=inspected,
                                note=(note or "").strip()[:200], created_at=ctx.now(), created_by=ctx.actor.username,
                                recipient=recipient)
    add_entry(ctx, "send_fee", fee_fen, resident.gid, ("outgoing_parcel", row.gid), f"{carrier} {number}")
    audit.record(ctx, SEND_ADD, "outgoing_parcel", row.gid, None,
                 {"sender": resident.gid, "carrier": carrier, "tracking": number, "fee_fen": fee_fen,
                  "id_checked": id_checked, "inspected": inspected, "recipient": recipient})
    return outgoing_view(row)


def _recipient(text: str) -> str:
    text = " ".join((text or "").split())
    if len(text) > 60:
        raise InvalidInput("The recipient is at most {most} characters (name and place).", why="recipient_long",
                           most=60)
    return text


@dataclass
class SenderView:
    gid: str
    name: str
    phone: str  # masked


@service(Perm.VIEW, write=False)
def sender_of(ctx: Ctx, phone: str) -> SenderView:
    """Who a phone number belongs to, so staff compare the name with the ID card in front of them."""
    resident = resident_by(phone)
    return SenderView(resident.gid, resident.name, mask_phone(resident.phone))


def send_return_parcel(ctx: Ctx, goods_return: GoodsReturn, carrier: str, tracking: str) -> OutgoingParcel:
    """Inside a transaction: the return parcel, handed to the courier now (a one-parcel handover)."""
    if OutgoingParcel.select().where(OutgoingParcel.tracking_no == tracking).exists():
        raise Refused("{tracking} was already sent from this station.", why="already_sent", tracking=tracking)
    now = ctx.now()
    handover = CarrierHandover.create(gid=new_gid(), owner=ctx.station_code, carrier=carrier, at=now,
                                      staff=ctx.actor.username, parcel_count=1)
    return OutgoingParcel.create(gid=new_gid(), owner=ctx.station_code, sender=goods_return.resident_gid,
                                 carrier=carrier, tracking_no=tracking, fee_fen=0, id_checked=True, inspected=True,
                                 note="return", return_gid=goods_return.gid, handover_gid=handover.gid,
                                 handed_over_at=now, created_at=now, created_by=ctx.actor.username)


def _names(rows: list[OutgoingParcel]) -> dict[str, str]:
    ids = {r.sender_gid for r in rows}
    return {r.gid: r.name for r in Resident.select(Resident.gid, Resident.name).where(Resident.gid.in_(ids))}


@service(Perm.VIEW, write=False)
def list_outgoing(ctx: Ctx, carrier: str | None = None, waiting_only: bool = False,
                  limit: int = 200) -> list[OutgoingView]:
    query = OutgoingParcel.select().order_by(OutgoingParcel.created_at.desc(), OutgoingParcel.gid.desc()).limit(limit)
    if carrier:
        query = query.where(OutgoingParcel.carrier == carrier.strip())
    if waiting_only:
        query = query.where(OutgoingParcel.handover_gid.is_null())
    rows = list(query)
    names = _names(rows)
    return [outgoing_view(r, names) for r in rows]


@dataclass
class HandoverView:
    id: str
    carrier: str
    at: str
    staff: str
    courier_name: str
    parcels: list[OutgoingView]

    def to_dict(self) -> dict:
        return asdict(self)


@service(Perm.ORDERS)
def hand_over(ctx: Ctx, carrier: str, courier_name: str = "") -> HandoverView:
    """Every outgoing parcel waiting for this carrier goes to its courier now (the list they sign)."""
    carrier = check_carrier(carrier)
    waiting = list(OutgoingParcel.select().where(OutgoingParcel.carrier == carrier,
                                                 OutgoingParcel.handover_gid.is_null())
                   .order_by(OutgoingParcel.created_at, OutgoingParcel.gid))
    if not waiting:
        raise Refused("No outgoing parcels are waiting for {carrier}.", why="nothing_to_hand_over", carrier=carrier)
    now = ctx.now()
    row = CarrierHandover.create(gid=new_gid(), owner=ctx.station_code, carrier=carrier, at=now,
                                 staff=ctx.actor.username, courier_name=(courier_name or "").strip()[:30],
                                 parcel_count=len(waiting))
    OutgoingParcel.update(handover_gid=row.gid, handed_over_at=now).where(
        OutgoingParcel.gid.in_([p.gid for p in waiting])).execute()
    audit.record(ctx, SEND_HANDOVER, "carrier_handover", row.gid, None,
                 {"carrier": carrier, "parcels": [p.gid for p in waiting], "courier": row.courier_name})
    return handover_record(ctx, row.gid)


@service(Perm.VIEW, write=False)
def handover_record(ctx: Ctx, handover_id: str) -> HandoverView:
    row = CarrierHandover.get_or_none(CarrierHandover.gid == handover_id)
    if row is None:
        raise NotFound("No handover {id}.", why="handover", id=handover_id)
    parcels = list(OutgoingParcel.select().where(OutgoingParcel.handover_gid == row.gid)
                   .order_by(OutgoingParcel.created_at, OutgoingParcel.gid))
    names = _names(parcels)
    return HandoverView(row.gid, row.carrier, str(row.at), row.staff, row.courier_name,
                        [outgoing_view(p, names) for p in parcels])
