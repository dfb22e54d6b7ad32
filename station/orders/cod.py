"""Cash-on-delivery guard (到付 / 代收货款): a parcel with an amount to pay on collection for a resident who
ordered nothing through the station is held before anyone pays — a classic fraud on elderly villagers.

A held parcel sits in the problem queue (the counter will not hand it out) until staff, having asked the
resident or their family, record the payment (a cash entry; the parcel goes back on the shelf) or the
refusal (the parcel goes back to the courier)."""
from dataclasses import asdict, dataclass

from db.models import AssistedOrder, CodCharge, Parcel, ParcelProblem, Resident
from station import audit
from station.audit_actions import COD_EXPECTED, COD_HOLD, COD_PAY, COD_REFUSE
from station.context import Ctx
from station.errors import NotFound, Refused
from station.i18n import N_, tr
from station.ids import new_gid
from station.orders import OPEN_ORDER
from station.orders.cash import add_entry
from station.orders.money import check_fen
from station.parcels import ParcelStatus
from station.parcels.returns import check_courier, find_parcel, hand_back
from station.permissions import Perm
from station.service import service

WARNING = N_("Orders", "Not ordered through the station — ask the resident or their family first.")
HELD, EXPECTED, PAID, REFUSED = "held", "expected", "paid", "refused"
PROBLEM_KIND = "cod_unexpected"
STATUS_LABELS = {
    HELD: N_("CodStatus", "Held: nobody ordered it"),
    EXPECTED: N_("CodStatus", "Expected (ordered through the station)"),
    PAID: N_("CodStatus", "Paid"),
    REFUSED: N_("CodStatus", "Refused, back to the courier"),
}


def status_name(status: str) -> str:
    pair = STATUS_LABELS.get(status)
    return tr(*pair) if pair else status


@dataclass
class CodView:
    id: str
    parcel_gid: str
    tracking: str
    resident_name: str
    amount_fen: int
    status: str
    status_name: str
    order_id: str | None
    warning: str
    created_at: str

    def to_dict(self) -> dict:
        return asdict(self)


def cod_view(c: CodCharge) -> CodView:
    parcel = Parcel.get_by_id(c.parcel_gid)
    resident = Resident.get_or_none(Resident.gid == c.resident_gid) if c.resident_gid else None
    warning = tr(*WARNING) if c.status == HELD else ""
    return CodView(c.gid, c.parcel_gid, parcel.tracking_no, resident.name if resident else "", c.amount_fen, c.status,
                   status_name(c.status), c.order_gid, warning, str(c.created_at))


def _expected_order(resident_gid: str | None, prealert_gid: str | None) -> tuple[bool, str | None]:
    """(expected?, the order it belongs to): a pre-alert, or an open order still without a tracking number."""
    if prealert_gid:
        order = AssistedOrder.get_or_none(AssistedOrder.prealert_gid == prealert_gid)
        return True, order.gid if order else None
    order = (AssistedOrder.select(AssistedOrder.gid).where(
        AssistedOrder.resident == resident_gid, AssistedOrder.status.in_(OPEN_ORDER), AssistedOrder.tracking_no == "")
        .first()) if resident_gid else None
    return (True, order.gid) if order else (False, None)


def guard(ctx: Ctx, parcel_gid: str, resident_gid: str | None, prealert_gid: str | None, cod_fen: int) -> CodView:
    """Inside the intake transaction: record the charge; hold the parcel when nobody expected it."""
    check_fen(cod_fen)
    expected, order_gid = _expected_order(resident_gid, prealert_gid)
    now = ctx.now()
    row = CodCharge.create(gid=new_gid(), owner=ctx.station_code, parcel_gid=parcel_gid, resident_gid=resident_gid,
                           amount_fen=cod_fen, status=EXPECTED if expected else HELD, order_gid=order_gid,
                           created_at=now)
    if not expected:
        ParcelProblem.create(gid=new_gid(), owner=ctx.station_code, parcel_gid=parcel_gid, kind=PROBLEM_KIND,
                             note=tr(*WARNING), status_before=ParcelStatus.WAITING, reported_at=now,
                             reported_by=ctx.actor.username)
        Parcel.update(status=ParcelStatus.PROBLEM, updated_at=now).where(Parcel.gid == parcel_gid).execute()
    audit.record(ctx, COD_HOLD if not expected else COD_EXPECTED, "cod_charge", row.gid, None,
                 {"parcel": parcel_gid, "amount_fen": cod_fen, "order": order_gid})
    return cod_view(row)


def _open_charge(ref: str) -> CodCharge:
    parcel = find_parcel(ref)
    charge = (CodCharge.select().where(CodCharge.parcel_gid == parcel.gid, CodCharge.status.in_((HELD, EXPECTED)))
              .first())
    if charge is None:
        raise NotFound("Parcel {tracking} has no unpaid amount on collection.",
                       why="unpaid_cod", tracking=parcel.tracking_no)
    return charge


@service(Perm.ORDERS)
def pay_cod(ctx: Ctx, parcel_ref: str) -> CodView:
    """The resident (or family) agreed and paid: a cash entry; a held parcel goes back on the shelf."""
    charge = _open_charge(parcel_ref)
    now = ctx.now()
    entry = add_entry(ctx, "cod_paid", charge.amount_fen, charge.resident_gid, ("cod_charge", charge.gid))
    if charge.status == HELD:
        _release(ctx, charge.parcel_gid, "cod_paid")
    CodCharge.update(status=PAID, decided_at=now, decided_by=ctx.actor.username, cash_entry_gid=entry.gid).where(
        CodCharge.gid == charge.gid).execute()
    audit.record(ctx, COD_PAY, "cod_charge", charge.gid, {"status": charge.status},
                 {"status": PAID, "amount_fen": charge.amount_fen, "cash_entry": entry.gid})
    return cod_view(CodCharge.get_by_id(charge.gid))


def _release(ctx: Ctx, parcel_gid: str, resolution: str) -> None:
    now = ctx.now()
    (ParcelProblem.update(resolved_at=now, resolved_by=ctx.actor.username, resolution=resolution)
     .where(ParcelProblem.parcel_gid == parcel_gid, ParcelProblem.kind == PROBLEM_KIND,
            ParcelProblem.resolved_at.is_null()).execute())
    Parcel.update(status=ParcelStatus.WAITING, updated_at=now).where(
        Parcel.gid == parcel_gid, Parcel.status == ParcelStatus.PROBLEM).execute()


@service(Perm.ORDERS)
def refuse_cod(ctx: Ctx, parcel_ref: str, courier_name: str) -> CodView:
    """Nobody ordered it: the parcel goes back to the courier unpaid."""
    courier = check_courier(courier_name)
    charge = _open_charge(parcel_ref)
    parcel = Parcel.get_by_id(charge.parcel_gid)
    if parcel.status not in (ParcelStatus.WAITING, ParcelStatus.PROBLEM):
        raise Refused("Parcel {tracking} is no longer at the counter.", why="not_here", tracking=parcel.tracking_no)
    hand_back(ctx, parcel, courier, "refused", tr(*WARNING))
    CodCharge.update(status=REFUSED, decided_at=ctx.now(), decided_by=ctx.actor.username).where(
        CodCharge.gid == charge.gid).execute()
    audit.record(ctx, COD_REFUSE, "cod_charge", charge.gid, {"status": charge.status},
                 {"status": REFUSED, "courier": courier})
    return cod_view(CodCharge.get_by_id(charge.gid))


@service(Perm.VIEW, write=False)
def list_cod(ctx: Ctx, status: str | None = None, limit: int = 200) -> list[CodView]:
    query = CodCharge.select().order_by(CodCharge.created_at.desc()).limit(limit)
    if status:
        query = query.where(CodCharge.status == status)
    return [cod_view(c) for c in query]
